#include "CaseJson.h"
#include "CitizenIdNumber.h"
#include "DomainFixtures.h"
#include "Normalizer.h"
#include "TestSupport.h"
#include "Validator.h"

#include <catch2/catch.hpp>

using namespace vd;
using vd::test::codesAt;
using vd::test::describe;
using vd::test::exampleCase;

namespace {

Findings validated(Case c)
{
    Normalizer::normalize(c);
    return Validator::validate(c, test::exampleToday());
}

bool hasCode(const Findings &f, const QString &field, const QString &code)
{
    return codesAt(f, field).contains(code);
}

Finding::Severity severityOf(const Findings &f, const QString &code)
{
    for (const Finding &x : f) {
        if (x.code == code)
            return x.severity;
    }
    FAIL("no finding " << code.toStdString());
    return Finding::Severity::Error;
}

} // namespace

TEST_CASE("the valid examples have no errors", "[validate]")
{
    for (const char *name : {"valid-full.json", "valid-minimal.json"}) {
        INFO(name);
        const Findings f = validated(exampleCase(name));
        INFO(describe(f).toStdString());
        CHECK_FALSE(hasErrors(f));
    }
}

TEST_CASE("the invalid examples fail on the field their name says", "[validate]")
{
    const Findings id = validated(exampleCase("invalid-id-check-digit.json"));
    CHECK(hasErrors(id));
    CHECK(codesAt(id, "applicant.id_number") == QStringList{"id_number_check_digit"});

    const Findings items = validated(exampleCase("invalid-missing-reserve-registration.json"));
    CHECK(hasErrors(items));
    CHECK(codesAt(items, "items") == QStringList{"mandatory_item_missing"});
}

TEST_CASE("an empty case reports every required field at once", "[validate]")
{
    const Findings f = validated(Case{});
    for (const char *field : {"applicant.name", "applicant.sex", "applicant.birth_date", "applicant.id_number",
                              "applicant.phone", "applicant.pre_enlistment_hukou_cancelled", "service.rank",
                              "service.unit_code", "service.specialty_category", "placement_region",
                              "application_date"}) {
        INFO(field);
        CHECK(hasCode(f, field, "required"));
    }
    CHECK(codesAt(f, "items").size() == 2); // both mandatory items
    for (const Finding &x : f)
        CHECK(x.message.size() > 2);
}

TEST_CASE("sex and birth date must agree with the ID number", "[validate]")
{
    Case c = exampleCase("valid-minimal.json");
    c.applicant.sex = QStringLiteral("1");
    c.applicant.birthDate = QDate(1999, 7, 21);
    const Findings f = validated(c);
    CHECK(hasCode(f, "applicant.sex", "sex_mismatch"));
    CHECK(hasCode(f, "applicant.birth_date", "birth_date_mismatch"));
}

TEST_CASE("conditional blocks follow the items", "[validate]")
{
    Case c = exampleCase("valid-full.json");
    c.pensionScheme.clear();
    c.medicalScheme.clear();
    c.hukou = {};
    c.delivery.mailingAddress.clear();
    c.subsidyAccount.accountName = QStringLiteral("刘婷");
    Findings f = validated(c);
    CHECK(hasCode(f, "pension_scheme", "required"));
    CHECK(hasCode(f, "medical_scheme", "required"));
    CHECK(hasCode(f, "hukou.householder_name", "required"));
    CHECK(hasCode(f, "hukou.relation_to_householder", "required"));
    CHECK(hasCode(f, "delivery.mailing_address", "required"));
    CHECK(hasCode(f, "subsidy_account.account_name", "account_holder_mismatch"));

    // The same blocks are not needed without their items (valid-minimal has none of them).
    const Findings minimal = validated(exampleCase("valid-minimal.json"));
    CHECK(codesAt(minimal, "pension_scheme").isEmpty());
    CHECK(codesAt(minimal, "hukou.householder_name").isEmpty());
    CHECK(codesAt(minimal, "subsidy_account.kind").isEmpty());
}

TEST_CASE("a spouse householder is found: the marriage certificate is needed", "[validate]")
{
    const Findings f = validated(exampleCase("valid-full.json"));
    CHECK(hasCode(f, "hukou.relation_to_householder", "marriage_certificate_needed"));
    CHECK(severityOf(f, "marriage_certificate_needed") == Finding::Severity::Warning);
}

TEST_CASE("date order", "[validate]")
{
    Case c = exampleCase("valid-full.json");
    c.service.dischargeDate = QDate(2017, 9, 1); // before enlistment 2017-09-08
    CHECK(hasCode(validated(c), "service.discharge_date", "discharge_before_enlistment"));

    c = exampleCase("valid-full.json");
    c.service.dischargeDate = QDate(2024, 9, 13); // after application 2024-09-12
    CHECK(hasCode(validated(c), "service.discharge_date", "discharge_after_application"));

    c = exampleCase("valid-full.json");
    c.service.enlistmentDate = QDate(2015, 11, 1); // 16 years old
    CHECK(hasCode(validated(c), "service.enlistment_date", "enlistment_too_young"));
    c.service.enlistmentDate = QDate(2015, 11, 2); // the 17th birthday
    CHECK_FALSE(hasCode(validated(c), "service.enlistment_date", "enlistment_too_young"));

    c = exampleCase("valid-full.json");
    c.applicationDate = QDate(2024, 10, 1); // 30 days after discharge: still in time
    CHECK_FALSE(hasCode(Validator::validate(c, QDate(2024, 12, 1)), "service.discharge_date", "late_report"));
    c.applicationDate = QDate(2024, 10, 2); // 31 days: a warning only (judged on a later "today")
    Normalizer::normalize(c);
    const Findings f = Validator::validate(c, QDate(2024, 12, 1));
    CHECK(hasCode(f, "service.discharge_date", "late_report"));
    CHECK(severityOf(f, "late_report") == Finding::Severity::Warning);

    c = exampleCase("valid-full.json");
    c.applicationDate = QDate(2024, 9, 16); // tomorrow
    CHECK(hasCode(validated(c), "application_date", "date_in_future"));
}

TEST_CASE("party and league members need their join date", "[validate]")
{
    Case c = exampleCase("valid-full.json");
    c.applicant.partyJoinDate = QDate();
    CHECK(hasCode(validated(c), "applicant.party_join_date", "party_join_date_required"));
    c.applicant.partyJoinDate = QDate(2012, 11, 1); // league at 13
    CHECK(hasCode(validated(c), "applicant.party_join_date", "league_join_too_young"));
    c.applicant.partyJoinDate = QDate(2012, 11, 2); // the 14th birthday
    CHECK(codesAt(validated(c), "applicant.party_join_date").isEmpty());
}

TEST_CASE("placement region must be a current county of Jiangxi", "[validate]")
{
    Case c = exampleCase("valid-minimal.json");
    c.placementRegion = QStringLiteral("110105");
    CHECK(hasCode(validated(c), "placement_region", "placement_outside_jiangxi"));
    c.placementRegion = QStringLiteral("360105"); // 湾里区, abolished 2018
    CHECK(hasCode(validated(c), "placement_region", "region_code_unknown"));
    c.placementRegion = QStringLiteral("3601");
    CHECK(hasCode(validated(c), "placement_region", "region_code_invalid"));
}

TEST_CASE("an abolished Jiangxi code inside an ID number is accepted", "[validate]")
{
    Case c = exampleCase("valid-minimal.json");
    // 362101 赣州市 (1982–1997): still valid inside numbers issued then.
    const QString body = QStringLiteral("36210119990720152");
    c.applicant.idNumber = body + CitizenIdNumber::checkCharacter(body);
    CHECK(codesAt(validated(c), "applicant.id_number").isEmpty());
    // A 36xxxx code that never existed: a warning, not an error.
    const QString unknown = QStringLiteral("36999919990720152");
    c.applicant.idNumber = unknown + CitizenIdNumber::checkCharacter(unknown);
    const Findings f = validated(c);
    CHECK(codesAt(f, "applicant.id_number") == QStringList{"id_number_region_unknown"});
    CHECK_FALSE(hasErrors(f));
}

TEST_CASE("ranks must be in force on the discharge date", "[validate]")
{
    Case c = exampleCase("valid-full.json"); // discharged 2024: new ranks
    c.service.rank = QStringLiteral("上士");
    CHECK(hasCode(validated(c), "service.rank", "rank_not_in_force"));
    c.service.rank = QStringLiteral("二级上士");
    CHECK(codesAt(validated(c), "service.rank").isEmpty());

    c = exampleCase("valid-minimal.json"); // discharged 2021: 2009–2022 ranks
    c.service.rank = QStringLiteral("上士");
    CHECK(codesAt(validated(c), "service.rank").isEmpty());
    c.service.rank = QStringLiteral("一级上士");
    CHECK(hasCode(validated(c), "service.rank", "rank_not_in_force"));
}

TEST_CASE("names, phones, unit codes and account numbers", "[validate]")
{
    Case c = exampleCase("valid-full.json");
    c.applicant.name = QStringLiteral("陈志强2");
    c.applicant.phone = QStringLiteral("1380000123");      // 10 digits
    c.service.unitCode = QStringLiteral("9999部队");
    c.subsidyAccount.accountNumber = QStringLiteral("6217000000000000128"); // Luhn fails
    Findings f = validated(c);
    CHECK(hasCode(f, "applicant.name", "name_has_digits"));
    CHECK(hasCode(f, "applicant.phone", "phone_invalid"));
    CHECK(hasCode(f, "service.unit_code", "unit_code_invalid"));
    CHECK(hasCode(f, "subsidy_account.account_number", "account_number_check_digit"));

    c = exampleCase("valid-full.json");
    c.applicant.name = QStringLiteral("陈志强John");
    c.subsidyAccount.accountName = c.applicant.name;
    c.applicant.phone = QStringLiteral("+86 138 0000 1234");
    c.service.unitCode = QStringLiteral("99999");
    f = validated(c);
    CHECK(codesAt(f, "applicant.name") == QStringList{"name_has_latin"});
    CHECK(codesAt(f, "applicant.phone").isEmpty());
    CHECK(codesAt(f, "service.unit_code").isEmpty());

    c.applicant.name = QString(31, QChar(0x4E00));
    CHECK(hasCode(validated(c), "applicant.name", "name_too_long"));
    c.applicant.name = QString();
    for (int i = 0; i < 30; ++i)
        c.applicant.name += QStringLiteral("\U0002020C"); // 30 code points, 60 UTF-16 units
    CHECK_FALSE(hasCode(validated(c), "applicant.name", "name_too_long"));
}
