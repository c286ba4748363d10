#include "SyntheticCases.h"

#include "CaseJson.h"
#include "CitizenIdNumber.h"
#include "Normalizer.h"

namespace vd::bench::SyntheticCases {
namespace {

// 32 ordinary name characters (letters for QChar::isLetter, no digits or symbols).
const QString Alphabet = QStringLiteral("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北金木");

// The template: spec/examples/valid-full.json with fake values; the per-case fields are set in make().
const char Template[] = R"({
  "format": "veteran-desk/case", "version": 1,
  "applicant": {"name": "测试", "sex": "1", "birth_date": "1998-11-02", "native_place": "江西省南昌市某某县",
    "education": "61", "political_status": "13", "ethnicity": "01", "id_number": "",
    "home_address": "", "phone": "13800001234", "pre_enlistment_hukou_address": "",
    "pre_enlistment_hukou_region": "360121", "pre_enlistment_hukou_cancelled": true},
  "service": {"enlistment_date": "2017-09-08", "enlistment_place": "江西省南昌市某某县", "discharge_date": "2024-09-01",
    "rank": "中士", "pre_enlistment_hukou_category": "rural", "unit_code": "99999部队", "major_unit": "陆军某集团军",
    "battalion_unit": "某旅某营", "specialty_post": "驾驶员", "specialty_category": "汽车驾驶"},
  "placement_region": "360121",
  "items": [], "application_date": "2024-09-12"
})";

} // namespace

QDate today()
{
    return QDate(2024, 9, 20);
}

QString name(int i)
{
    QString n = QStringLiteral("测试");
    for (int shift = 15; shift >= 0; shift -= 5)
        n += Alphabet.at((i >> shift) & 31);
    return n;
}

QString idNumber(int i)
{
    // Region 360121 (南昌县), a birth date in 1990–1999 from i, and a 3-digit sequence from i.
    const QDate birth = QDate(1990, 1, 1).addDays(i % 3650);
    const int sequence = (i / 3650) % 1000;
    const QString body = QStringLiteral("360121") + birth.toString(QStringLiteral("yyyyMMdd"))
                         + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return body + CitizenIdNumber::checkCharacter(body);
}

Case make(int i)
{
    static const Case base = CaseJson::read(QByteArray(Template)).value;
    Case c = base;
    const QString id = idNumber(i);
    c.applicant.name = name(i);
    c.applicant.idNumber = id;
    c.applicant.birthDate = CitizenIdNumber::birthDate(id);
    c.applicant.sex = CitizenIdNumber::sexCode(id);
    const QString address = QStringLiteral("江西省南昌市某某县某某路%1号").arg(i % 9999 + 1);
    c.applicant.homeAddress = address;
    c.applicant.preEnlistmentHukouAddress = address;
    switch (i % 3) {
    case 0: { // everything, with both schemes
        c.items = {ItemId::DischargeReporting, ItemId::HukouRegistration, ItemId::IdCardIssuance,
                   ItemId::ReserveRegistration, ItemId::SocialInsuranceRegistration, ItemId::PensionTransfer,
                   ItemId::MedicalInsuranceRegistration, ItemId::MedicalInsuranceTransfer, ItemId::SubsidyPayment};
        c.pensionScheme = QStringLiteral("enterprise_employee");
        c.medicalScheme = (i / 3) % 2 ? QStringLiteral("urban_employee") : QStringLiteral("urban_rural_resident");
        break;
    }
    case 1: // the minimum: reporting and reserve registration, hukou kept
        c.items = {ItemId::DischargeReporting, ItemId::ReserveRegistration};
        c.applicant.preEnlistmentHukouCancelled = false;
        break;
    default: // pension without medical
        c.items = {ItemId::DischargeReporting, ItemId::HukouRegistration, ItemId::IdCardIssuance,
                   ItemId::ReserveRegistration, ItemId::SocialInsuranceRegistration, ItemId::PensionTransfer,
                   ItemId::SubsidyPayment};
        c.pensionScheme = QStringLiteral("urban_rural_resident");
        break;
    }
    if (c.hasItem(ItemId::HukouRegistration)) {
        c.hukou.householderName = QStringLiteral("测试户主");
        c.hukou.relationToHouseholder = QStringLiteral("12");
        c.hukou.householderPhone = QStringLiteral("13900005678");
        c.hukou.settlementAddress = address;
        c.delivery.hukouBook = QStringLiteral("mail");
        c.delivery.idCard = QStringLiteral("pickup");
        c.delivery.mailingAddress = address;
        c.delivery.contactName = c.applicant.name;
        c.delivery.contactPhone = QStringLiteral("13800001234");
    }
    if (c.hasItem(ItemId::SubsidyPayment)) {
        c.subsidyAccount.kind = QStringLiteral("bank_card");
        c.subsidyAccount.accountName = c.applicant.name;
        c.subsidyAccount.accountNumber = QStringLiteral("6217000000000000129");
    }
    Normalizer::normalize(c);
    return c;
}

} // namespace vd::bench::SyntheticCases
