#pragma once

#include <QList>
#include <QString>

namespace vd {

/// The nine items of the joint service (联办事项), in the plan's order
/// (赣退役军人字〔2023〕2号, 二(二) and Attachment 1 四(二)).
enum class ItemId {
    DischargeReporting,           ///< 退役报到 (mandatory)
    HukouRegistration,            ///< 户口登记（退役军人恢复户口）
    IdCardIssuance,               ///< 核发居民身份证
    ReserveRegistration,          ///< 预备役登记 (mandatory, on the spot)
    SocialInsuranceRegistration,  ///< 社会保险登记
    PensionTransfer,              ///< 军地养老保险关系转移接续
    MedicalInsuranceRegistration, ///< 基本医疗保险参保和变更登记
    MedicalInsuranceTransfer,     ///< 基本医疗保险关系转移接续
    SubsidyPayment,               ///< 退役士兵自主就业一次性经济补助金的给付
};

/// Facts about one item: its JSON id, its Chinese name and its department (spec/case-format.md).
struct ItemInfo {
    ItemId id;
    const char *key;        ///< e.g. "discharge_reporting"
    QString name;           ///< e.g. 退役报到
    QString department;     ///< e.g. 退役军人事务部门
    bool mandatory;         ///< 退役报到 and 预备役登记 (备注: 必须办理)
};

/// All nine items in the plan's order.
const QList<ItemInfo> &allItems();
/// The facts of one item.
const ItemInfo &itemInfo(ItemId id);
/// The JSON id of an item ("discharge_reporting" …).
QString itemKey(ItemId id);
/// Parses a JSON item id; returns false for an unknown id.
bool itemFromKey(const QString &key, ItemId *out);

} // namespace vd
