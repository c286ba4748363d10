#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "ItemId.h"

namespace vd {

/// 基本信息 of Attachment 3 (spec/case-format.md, `applicant`).
/// Code-table fields hold the standard's code as a string ("" = not filled).
struct Applicant {
    QString name;                      ///< 姓名; 1–30 code points
    QString sex;                       ///< 性别, GB/T 2261.1 code ("1" 男, "2" 女)
    QDate birthDate;                   ///< 出生日期
    QString nativePlace;               ///< 籍贯
    QString education;                 ///< 文化程度, GB/T 4658-2006 code
    QString politicalStatus;           ///< 政治面貌, GB/T 4762 code
    QDate partyJoinDate;               ///< 入党(团)时间; required for 01, 02, 03
    QString ethnicity;                 ///< 民族, GB/T 3304 code
    QString idNumber;                  ///< 身份证件号, GB 11643 (normalised: 18 chars, upper-case X)
    QString homeAddress;               ///< 家庭住址
    QString phone;                     ///< 联系方式 (normalised: digits, landline may keep one dash)
    QString preEnlistmentHukouAddress; ///< 入伍前户籍地址
    QString preEnlistmentHukouRegion;  ///< GB/T 2260 county code of that household registration
    std::optional<bool> preEnlistmentHukouCancelled; ///< 备注是否注销; nullopt = not filled

    bool operator==(const Applicant &o) const;
};

/// 预备役登记信息 (必填事项) of Attachment 3 (`service`).
struct ServiceRecord {
    QDate enlistmentDate;               ///< 入伍时间
    QString enlistmentPlace;            ///< 入伍地
    QDate dischargeDate;                ///< 退役时间
    QString rank;                       ///< 退役时军衔 (name in force on the discharge date)
    QString preEnlistmentHukouCategory; ///< "urban" | "rural" (入伍前户籍类别)
    QString unitCode;                   ///< 部队代号, five digits optionally followed by 部队
    QString awards;                     ///< 立功受奖情况 (optional)
    QString majorUnit;                  ///< 服现役大单位
    QString battalionUnit;              ///< 服现役旅营级单位
    QString specialtyPost;              ///< 专业岗位
    QString specialtyCategory;          ///< 专业类别

    bool operator==(const ServiceRecord &o) const;
};

/// 户口登记 block (`hukou`), needed when hukou_registration is chosen.
struct HukouRegistration {
    QString householderName;       ///< 拟投靠户主姓名
    QString relationToHouseholder; ///< 与户主关系, GB/T 4761-2008 code
    QString householderPhone;      ///< 户主联系方式
    QString settlementAddress;     ///< 落户地址

    bool isEmpty() const;
    bool operator==(const HukouRegistration &o) const;
};

/// 户口簿、身份证送达方式 (`delivery`): "mail" | "pickup" per document.
struct Delivery {
    QString hukouBook;      ///< 户口簿
    QString idCard;         ///< 身份证
    QString mailingAddress; ///< 邮寄地址 (required when any is "mail")
    QString contactName;    ///< 联系人
    QString contactPhone;   ///< 联系电话

    bool isEmpty() const;
    bool anyMail() const;
    bool operator==(const Delivery &o) const;
};

/// 一次性经济补助发放 (`subsidy_account`).
struct SubsidyAccount {
    QString kind;          ///< "social_security_card" | "bank_card"
    QString accountName;   ///< 户名 (must be the applicant)
    QString accountNumber; ///< 账号, 16–19 digits with Luhn check

    bool isEmpty() const;
    bool operator==(const SubsidyAccount &o) const;
};

/// One received material (`materials[]`): what the window got, per material id of Attachment 4.
struct MaterialReceipt {
    QString material; ///< material id (spec/case-format.md, "Materials")
    QString status;   ///< "original" | "copy" | "missing" | "waived"
    QString note;
    int pages = 0;        ///< 页数 received, 0 = not counted (project addition, case key `pages`, 0–MaxPages)
    QDate supplementBy;   ///< 承诺补齐日期 under 容缺受理 (project addition, case key `supplement_by`)

    /// Largest page count a receipt may record (a bound on typing errors, not a rule of the plan).
    static constexpr int MaxPages = 9999;

    bool operator==(const MaterialReceipt &o) const;
};

/// One case: the registration form of Attachment 3 plus what the window adds.
/// Source of truth for the field list: spec/case-format.md (format version 1).
struct Case {
    QString caseNo; ///< 受理编号, assigned when stored; "" before
    Applicant applicant;
    ServiceRecord service;
    QString placementRegion; ///< 安置地, GB/T 2260 county code in Jiangxi (36xxxx)
    QList<ItemId> items;     ///< 需要办理事项, in the order of ItemId
    QString pensionScheme;   ///< "enterprise_employee" | "urban_rural_resident"
    QString medicalScheme;   ///< "urban_employee" | "urban_rural_resident"
    HukouRegistration hukou;
    Delivery delivery;
    SubsidyAccount subsidyAccount;
    QDate applicationDate; ///< 申请日期
    QList<MaterialReceipt> materials;

    bool hasItem(ItemId id) const { return items.contains(id); }
    /// Adds or removes an item, keeping `items` in the plan's order without duplicates.
    void setItem(ItemId id, bool on);
    /// 易地安置: the pre-enlistment household county differs from the placement county.
    bool isRelocated() const;
    bool operator==(const Case &o) const;
};

} // namespace vd
