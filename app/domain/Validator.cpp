#include "Validator.h"

#include "CitizenIdNumber.h"
#include "CodeTables.h"
#include "FieldLabels.h"
#include "MaterialsChecklist.h"

#include <QRegularExpression>

namespace vd::Validator {
namespace {

using Severity = Finding::Severity;

/// Years between two dates, counting whole birthdays (age on `on`).
int ageOn(const QDate &birth, const QDate &on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

int codePointCount(const QString &s)
{
    return s.toUcs4().size();
}

/// Luhn (ISO/IEC 7812-1) check over an all-digit string.
bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (int i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

class Check {
public:
    Check(const Case &c, const QDate &today) : m_c(c), m_today(today) {}

    Findings run()
    {
        requiredFields();
        items();
        applicant();
        idNumber();
        service();
        regions();
        conditionalBlocks();
        materials();
        return m_findings;
    }

private:
    const Case &m_c;
    const QDate m_today;
    Findings m_findings;

    void add(Severity severity, const QString &field, const QString &code, const QString &message)
    {
        const QString label = fieldLabel(field);
        m_findings.append({severity, field, code, label.isEmpty() ? message : label + QStringLiteral("：") + message});
    }
    void error(const QString &field, const QString &code, const QString &message)
    {
        add(Severity::Error, field, code, message);
    }
    void warning(const QString &field, const QString &code, const QString &message)
    {
        add(Severity::Warning, field, code, message);
    }

    void require(const QString &field, bool filled)
    {
        if (!filled)
            error(field, QStringLiteral("required"), QStringLiteral("必填，请填写。"));
    }

    void requireCode(const QString &field, const QString &value, const QList<CodeEntry> &table)
    {
        if (value.isEmpty())
            require(field, false);
        else if (!CodeTables::contains(table, value))
            error(field, QStringLiteral("invalid_code"),
                  QStringLiteral("“%1”不是有效的代码，请从列表中选择。").arg(value.left(20)));
    }

    void requiredFields()
    {
        const Applicant &a = m_c.applicant;
        const ServiceRecord &s = m_c.service;
        const CodeTables &t = CodeTables::instance();
        require(QStringLiteral("applicant.name"), !a.name.isEmpty());
        requireCode(QStringLiteral("applicant.sex"), a.sex, t.sexes());
        require(QStringLiteral("applicant.birth_date"), a.birthDate.isValid());
        require(QStringLiteral("applicant.native_place"), !a.nativePlace.isEmpty());
        requireCode(QStringLiteral("applicant.education"), a.education, t.educations());
        requireCode(QStringLiteral("applicant.political_status"), a.politicalStatus, t.politicalStatuses());
        requireCode(QStringLiteral("applicant.ethnicity"), a.ethnicity, t.ethnicities());
        require(QStringLiteral("applicant.id_number"), !a.idNumber.isEmpty());
        require(QStringLiteral("applicant.home_address"), !a.homeAddress.isEmpty());
        require(QStringLiteral("applicant.phone"), !a.phone.isEmpty());
        require(QStringLiteral("applicant.pre_enlistment_hukou_address"), !a.preEnlistmentHukouAddress.isEmpty());
        require(QStringLiteral("applicant.pre_enlistment_hukou_region"), !a.preEnlistmentHukouRegion.isEmpty());
        require(QStringLiteral("applicant.pre_enlistment_hukou_cancelled"), a.preEnlistmentHukouCancelled.has_value());

        require(QStringLiteral("service.enlistment_date"), s.enlistmentDate.isValid());
        require(QStringLiteral("service.enlistment_place"), !s.enlistmentPlace.isEmpty());
        require(QStringLiteral("service.discharge_date"), s.dischargeDate.isValid());
        require(QStringLiteral("service.rank"), !s.rank.isEmpty());
        requireCode(QStringLiteral("service.pre_enlistment_hukou_category"), s.preEnlistmentHukouCategory,
                    t.hukouCategories());
        require(QStringLiteral("service.unit_code"), !s.unitCode.isEmpty());
        require(QStringLiteral("service.major_unit"), !s.majorUnit.isEmpty());
        require(QStringLiteral("service.battalion_unit"), !s.battalionUnit.isEmpty());
        require(QStringLiteral("service.specialty_post"), !s.specialtyPost.isEmpty());
        require(QStringLiteral("service.specialty_category"), !s.specialtyCategory.isEmpty());

        require(QStringLiteral("placement_region"), !m_c.placementRegion.isEmpty());
        require(QStringLiteral("application_date"), m_c.applicationDate.isValid());
    }

    void items()
    {
        for (const ItemInfo &info : allItems()) {
            if (info.mandatory && !m_c.hasItem(info.id)) {
                error(QStringLiteral("items"), QStringLiteral("mandatory_item_missing"),
                      QStringLiteral("“%1”为必须办理事项，请勾选。").arg(info.name));
            }
        }
    }

    void name(const QString &field, const QString &value)
    {
        if (value.isEmpty())
            return;
        const int n = codePointCount(value);
        if (n > 30)
            error(field, QStringLiteral("name_too_long"), QStringLiteral("不能超过 30 个字（现为 %1 个）。").arg(n));
        bool digit = false, latin = false, other = false;
        for (char32_t c : value.toUcs4()) {
            if (QChar::isDigit(c))
                digit = true;
            else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                latin = true;
            else if (!QChar::isLetter(c) && c != 0x00B7 && c != ' ')
                other = true;
        }
        if (digit)
            error(field, QStringLiteral("name_has_digits"), QStringLiteral("姓名中不能有数字。"));
        if (other)
            error(field, QStringLiteral("name_invalid_characters"),
                  QStringLiteral("姓名中有标点或符号；少数民族姓名的间隔号请用“·”。"));
        if (latin)
            warning(field, QStringLiteral("name_has_latin"),
                    QStringLiteral("姓名中有拉丁字母，请与身份证件核对。"));
    }

    void phone(const QString &field, const QString &value)
    {
        if (value.isEmpty())
            return;
        // Mainland mobile: 11 digits from 13–19; landline: 0 + area code (2–3 more digits) + 7–8 digits.
        static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
        static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}\\d{7,8}$"));
        if (!mobile.match(value).hasMatch() && !landline.match(value).hasMatch())
            error(field, QStringLiteral("phone_invalid"),
                  QStringLiteral("“%1”不是有效的手机号码（11 位）或带区号的固定电话。").arg(value.left(24)));
    }

    void notInFuture(const QString &field, const QDate &d)
    {
        if (d.isValid() && d > m_today)
            error(field, QStringLiteral("date_in_future"), QStringLiteral("日期不能晚于今天。"));
    }

    void applicant()
    {
        const Applicant &a = m_c.applicant;
        name(QStringLiteral("applicant.name"), a.name);
        phone(QStringLiteral("applicant.phone"), a.phone);
        notInFuture(QStringLiteral("applicant.birth_date"), a.birthDate);
        notInFuture(QStringLiteral("applicant.party_join_date"), a.partyJoinDate);
        notInFuture(QStringLiteral("application_date"), m_c.applicationDate);

        static const QStringList partyOrLeague = {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03")};
        const bool member = partyOrLeague.contains(a.politicalStatus);
        if (member && !a.partyJoinDate.isValid()) {
            error(QStringLiteral("applicant.party_join_date"), QStringLiteral("party_join_date_required"),
                  QStringLiteral("党员、预备党员和团员须填写入党(团)时间。"));
        }
        if (a.partyJoinDate.isValid() && a.birthDate.isValid()) {
            const int age = ageOn(a.birthDate, a.partyJoinDate);
            if (a.politicalStatus == QLatin1String("03") && age < 14) {
                error(QStringLiteral("applicant.party_join_date"), QStringLiteral("league_join_too_young"),
                      QStringLiteral("入团时不满 14 周岁（%1 岁），请核对。").arg(age));
            } else if (a.politicalStatus != QLatin1String("03") && age < 18) {
                warning(QStringLiteral("applicant.party_join_date"), QStringLiteral("party_join_too_young"),
                        QStringLiteral("入党时不满 18 周岁（%1 岁），请核对。").arg(qMax(age, 0)));
            }
        }
    }

    void idNumber()
    {
        const Applicant &a = m_c.applicant;
        const QString field = QStringLiteral("applicant.id_number");
        if (a.idNumber.isEmpty())
            return;
        using P = CitizenIdNumber::Problem;
        switch (CitizenIdNumber::check(a.idNumber, m_today)) {
        case P::None:
            break;
        case P::Empty:
            return;
        case P::WrongLength:
            error(field, QStringLiteral("id_number_length"),
                  QStringLiteral("应为 18 位（现为 %1 位）。").arg(codePointCount(a.idNumber)));
            return;
        case P::BadCharacters:
            error(field, QStringLiteral("id_number_characters"),
                  QStringLiteral("前 17 位应为数字，最后一位为数字或 X。"));
            return;
        case P::BadProvince:
            error(field, QStringLiteral("id_number_province"),
                  QStringLiteral("前两位“%1”不是省级行政区划代码。").arg(a.idNumber.left(2)));
            return;
        case P::BadBirthDate:
            error(field, QStringLiteral("id_number_birth_date"),
                  QStringLiteral("第 7–14 位“%1”不是有效的出生日期。").arg(a.idNumber.mid(6, 8)));
            return;
        case P::BirthBefore1900:
            error(field, QStringLiteral("id_number_birth_date"), QStringLiteral("出生年份早于 1900 年。"));
            return;
        case P::BirthInFuture:
            error(field, QStringLiteral("id_number_birth_date"), QStringLiteral("出生日期晚于今天。"));
            return;
        case P::BadCheckDigit:
            error(field, QStringLiteral("id_number_check_digit"),
                  QStringLiteral("校验位错误（按 GB 11643 应为 %1），请逐位核对。")
                      .arg(CitizenIdNumber::checkCharacter(a.idNumber.left(17))));
            return;
        }
        const QString address = a.idNumber.left(6);
        if (address.startsWith(QLatin1String("36")) && !CodeTables::instance().isKnownJiangxiCode(address)) {
            warning(field, QStringLiteral("id_number_region_unknown"),
                    QStringLiteral("地址码“%1”不在江西省区划代码（含已撤销代码）中，请核对。").arg(address));
        }
        if (!a.sex.isEmpty() && a.sex != CitizenIdNumber::sexCode(a.idNumber)) {
            error(QStringLiteral("applicant.sex"), QStringLiteral("sex_mismatch"),
                  QStringLiteral("与身份证件号第 17 位不符（奇数为男，偶数为女）。"));
        }
        if (a.birthDate.isValid() && a.birthDate != CitizenIdNumber::birthDate(a.idNumber)) {
            error(QStringLiteral("applicant.birth_date"), QStringLiteral("birth_date_mismatch"),
                  QStringLiteral("与身份证件号中的出生日期（%1）不符。")
                      .arg(CitizenIdNumber::birthDate(a.idNumber).toString(Qt::ISODate)));
        }
    }

    void service()
    {
        const ServiceRecord &s = m_c.service;
        const QDate birth = m_c.applicant.birthDate;
        notInFuture(QStringLiteral("service.enlistment_date"), s.enlistmentDate);
        notInFuture(QStringLiteral("service.discharge_date"), s.dischargeDate);
        if (birth.isValid() && s.enlistmentDate.isValid() && ageOn(birth, s.enlistmentDate) < 17) {
            error(QStringLiteral("service.enlistment_date"), QStringLiteral("enlistment_too_young"),
                  QStringLiteral("入伍时不满 17 周岁，请核对入伍时间和出生日期。"));
        }
        if (s.enlistmentDate.isValid() && s.dischargeDate.isValid() && s.dischargeDate <= s.enlistmentDate) {
            error(QStringLiteral("service.discharge_date"), QStringLiteral("discharge_before_enlistment"),
                  QStringLiteral("退役时间应晚于入伍时间。"));
        }
        if (s.dischargeDate.isValid() && m_c.applicationDate.isValid()) {
            if (s.dischargeDate > m_c.applicationDate) {
                error(QStringLiteral("service.discharge_date"), QStringLiteral("discharge_after_application"),
                      QStringLiteral("退役时间不能晚于申请日期。"));
            } else if (s.dischargeDate.daysTo(m_c.applicationDate) > 30) {
                warning(QStringLiteral("service.discharge_date"), QStringLiteral("late_report"),
                        QStringLiteral("退役已 %1 天，超过 30 日报到期限（《退役士兵安置条例》），请核实原因。")
                            .arg(s.dischargeDate.daysTo(m_c.applicationDate)));
            }
        }
        if (!s.rank.isEmpty() && s.dischargeDate.isValid()) {
            const QStringList ranks = CodeTables::instance().ranksOn(s.dischargeDate);
            if (!ranks.contains(s.rank)) {
                error(QStringLiteral("service.rank"), QStringLiteral("rank_not_in_force"),
                      QStringLiteral("“%1”不是退役时（%2）施行的军衔，可选：%3。")
                          .arg(s.rank.left(20), s.dischargeDate.toString(Qt::ISODate),
                               ranks.join(QStringLiteral("、"))));
            }
        }
        static const QRegularExpression unitCode(QStringLiteral("^\\d{5}(部队)?$"));
        if (!s.unitCode.isEmpty() && !unitCode.match(s.unitCode).hasMatch()) {
            error(QStringLiteral("service.unit_code"), QStringLiteral("unit_code_invalid"),
                  QStringLiteral("应为 5 位数字，可带“部队”，如“99999部队”。"));
        }
    }

    void regions()
    {
        static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
        const CodeTables &t = CodeTables::instance();
        const QString placement = m_c.placementRegion;
        if (!placement.isEmpty()) {
            if (!sixDigits.match(placement).hasMatch()) {
                error(QStringLiteral("placement_region"), QStringLiteral("region_code_invalid"),
                      QStringLiteral("应为 6 位行政区划代码。"));
            } else if (!placement.startsWith(QLatin1String("36"))) {
                error(QStringLiteral("placement_region"), QStringLiteral("placement_outside_jiangxi"),
                      QStringLiteral("安置地须在江西省范围内（本方案联办范围）。"));
            } else if (!CodeTables::contains(t.jiangxiCounties(), placement)) {
                error(QStringLiteral("placement_region"), QStringLiteral("region_code_unknown"),
                      QStringLiteral("“%1”不是江西省现行的县级行政区划代码。").arg(placement));
            }
        }
        const QString pre = m_c.applicant.preEnlistmentHukouRegion;
        if (!pre.isEmpty()) {
            if (!sixDigits.match(pre).hasMatch()) {
                error(QStringLiteral("applicant.pre_enlistment_hukou_region"), QStringLiteral("region_code_invalid"),
                      QStringLiteral("应为 6 位行政区划代码。"));
            } else if (!CodeTables::isProvinceCode(pre.left(2))) {
                error(QStringLiteral("applicant.pre_enlistment_hukou_region"), QStringLiteral("region_code_unknown"),
                      QStringLiteral("前两位“%1”不是省级行政区划代码。").arg(pre.left(2)));
            } else if (pre.startsWith(QLatin1String("36")) && !CodeTables::contains(t.jiangxiCounties(), pre)) {
                warning(QStringLiteral("applicant.pre_enlistment_hukou_region"),
                        QStringLiteral("region_code_not_current"),
                        QStringLiteral("“%1”不是江西省现行的县级行政区划代码，请核对。").arg(pre));
            }
        }
    }

    /// A block that belongs to an item: required with it, noted without it.
    void schemeFor(ItemId item, const QString &field, const QString &value, const QList<CodeEntry> &table)
    {
        if (m_c.hasItem(item)) {
            requireCode(field, value, table);
        } else if (!value.isEmpty()) {
            warning(field, QStringLiteral("not_applicable"),
                    QStringLiteral("未勾选“%1”，此项不会办理。").arg(itemInfo(item).name));
        }
    }

    void conditionalBlocks()
    {
        const CodeTables &t = CodeTables::instance();
        schemeFor(ItemId::SocialInsuranceRegistration, QStringLiteral("pension_scheme"), m_c.pensionScheme,
                  t.pensionSchemes());
        schemeFor(ItemId::MedicalInsuranceRegistration, QStringLiteral("medical_scheme"), m_c.medicalScheme,
                  t.medicalSchemes());

        const HukouRegistration &h = m_c.hukou;
        if (m_c.hasItem(ItemId::HukouRegistration)) {
            require(QStringLiteral("hukou.householder_name"), !h.householderName.isEmpty());
            requireCode(QStringLiteral("hukou.relation_to_householder"), h.relationToHouseholder, t.relations());
            require(QStringLiteral("hukou.householder_phone"), !h.householderPhone.isEmpty());
            require(QStringLiteral("hukou.settlement_address"), !h.settlementAddress.isEmpty());
            name(QStringLiteral("hukou.householder_name"), h.householderName);
            phone(QStringLiteral("hukou.householder_phone"), h.householderPhone);
            if (t.isSpouseRelation(h.relationToHouseholder)) {
                warning(QStringLiteral("hukou.relation_to_householder"), QStringLiteral("marriage_certificate_needed"),
                        QStringLiteral("拟投靠人为配偶，须提交结婚证。"));
            }
        } else if (!h.isEmpty()) {
            warning(QStringLiteral("hukou"), QStringLiteral("not_applicable"),
                    QStringLiteral("未勾选“户口登记”，户口登记信息不会使用。"));
        }

        const Delivery &d = m_c.delivery;
        const bool hukouItem = m_c.hasItem(ItemId::HukouRegistration);
        const bool idCardItem = m_c.hasItem(ItemId::IdCardIssuance);
        if (hukouItem)
            requireCode(QStringLiteral("delivery.hukou_book"), d.hukouBook, t.deliveryMethods());
        if (idCardItem)
            requireCode(QStringLiteral("delivery.id_card"), d.idCard, t.deliveryMethods());
        if ((hukouItem || idCardItem) && d.anyMail()) {
            require(QStringLiteral("delivery.mailing_address"), !d.mailingAddress.isEmpty());
            require(QStringLiteral("delivery.contact_name"), !d.contactName.isEmpty());
            require(QStringLiteral("delivery.contact_phone"), !d.contactPhone.isEmpty());
        }
        if (hukouItem || idCardItem) {
            name(QStringLiteral("delivery.contact_name"), d.contactName);
            phone(QStringLiteral("delivery.contact_phone"), d.contactPhone);
        } else if (!d.isEmpty()) {
            warning(QStringLiteral("delivery"), QStringLiteral("not_applicable"),
                    QStringLiteral("未勾选“户口登记”或“核发居民身份证”，送达方式不会使用。"));
        }

        const SubsidyAccount &s = m_c.subsidyAccount;
        if (m_c.hasItem(ItemId::SubsidyPayment)) {
            requireCode(QStringLiteral("subsidy_account.kind"), s.kind, t.subsidyKinds());
            require(QStringLiteral("subsidy_account.account_name"), !s.accountName.isEmpty());
            require(QStringLiteral("subsidy_account.account_number"), !s.accountNumber.isEmpty());
            if (!s.accountName.isEmpty() && !m_c.applicant.name.isEmpty() && s.accountName != m_c.applicant.name) {
                error(QStringLiteral("subsidy_account.account_name"), QStringLiteral("account_holder_mismatch"),
                      QStringLiteral("补助金只能发放到申请人本人的卡，户名应为“%1”。").arg(m_c.applicant.name));
            }
            accountNumber(s.accountNumber);
        } else if (!s.isEmpty()) {
            warning(QStringLiteral("subsidy_account"), QStringLiteral("not_applicable"),
                    QStringLiteral("未勾选“一次性经济补助金的给付”，账户信息不会使用。"));
        }
    }

    void accountNumber(const QString &number)
    {
        const QString field = QStringLiteral("subsidy_account.account_number");
        if (number.isEmpty())
            return;
        static const QRegularExpression digits(QStringLiteral("^\\d{16,19}$"));
        if (!digits.match(number).hasMatch()) {
            error(field, QStringLiteral("account_number_invalid"), QStringLiteral("应为 16–19 位数字。"));
        } else if (!luhnValid(number)) {
            error(field, QStringLiteral("account_number_check_digit"),
                  QStringLiteral("校验位不符（Luhn），请逐位核对卡号。"));
        }
    }

    void materials()
    {
        for (int i = 0; i < m_c.materials.size(); ++i) {
            const QString id = m_c.materials.at(i).material;
            if (!MaterialsChecklist::isKnownMaterial(id)) {
                error(QStringLiteral("materials[%1].material").arg(i), QStringLiteral("unknown_material"),
                      QStringLiteral("未知材料“%1”。").arg(id.left(40)));
            }
        }
    }
};

} // namespace

Findings validate(const Case &c, const QDate &today)
{
    return Check(c, today).run();
}

} // namespace vd::Validator
