#include "ItemId.h"

namespace vd {

const QList<ItemInfo> &allItems()
{
    // Names and departments: spec/case-format.md "Item ids" and the plan's 二(二) / 三.
    static const QList<ItemInfo> items = {
        {ItemId::DischargeReporting, "discharge_reporting", QStringLiteral("退役报到"),
         QStringLiteral("退役军人事务部门"), true},
        {ItemId::HukouRegistration, "hukou_registration", QStringLiteral("户口登记（退役军人恢复户口）"),
         QStringLiteral("公安部门"), false},
        {ItemId::IdCardIssuance, "id_card_issuance", QStringLiteral("核发居民身份证"), QStringLiteral("公安部门"),
         false},
        {ItemId::ReserveRegistration, "reserve_registration", QStringLiteral("预备役登记"),
         QStringLiteral("人武部门"), true},
        {ItemId::SocialInsuranceRegistration, "social_insurance_registration", QStringLiteral("社会保险登记"),
         QStringLiteral("人社部门"), false},
        {ItemId::PensionTransfer, "pension_transfer", QStringLiteral("军地养老保险关系转移接续"),
         QStringLiteral("人社部门"), false},
        {ItemId::MedicalInsuranceRegistration, "medical_insurance_registration",
         QStringLiteral("基本医疗保险参保和变更登记"), QStringLiteral("医保部门"), false},
        {ItemId::MedicalInsuranceTransfer, "medical_insurance_transfer", QStringLiteral("基本医疗保险关系转移接续"),
         QStringLiteral("医保部门"), false},
        {ItemId::SubsidyPayment, "subsidy_payment", QStringLiteral("退役士兵自主就业一次性经济补助金的给付"),
         QStringLiteral("退役军人事务部门"), false},
    };
    return items;
}

const ItemInfo &itemInfo(ItemId id)
{
    return allItems().at(static_cast<int>(id));
}

QString itemKey(ItemId id)
{
    return QString::fromLatin1(itemInfo(id).key);
}

bool itemFromKey(const QString &key, ItemId *out)
{
    for (const ItemInfo &info : allItems()) {
        if (key == QLatin1String(info.key)) {
            *out = info.id;
            return true;
        }
    }
    return false;
}

} // namespace vd
