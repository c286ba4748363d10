#include "CaseJson.h"
#include "DomainFixtures.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <functional>

using namespace vd;
using vd::test::codesAt;

namespace {

QByteArray withChange(const QString &example, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(test::readFile(test::sharedPath("spec/examples/" + example))).object();
    change(o);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST_CASE("every example file reads without structural findings", "[json]")
{
    for (const char *name : {"valid-full.json", "valid-minimal.json", "invalid-id-check-digit.json",
                             "invalid-missing-reserve-registration.json"}) {
        INFO(name);
        const auto r = CaseJson::read(test::readFile(test::sharedPath(QStringLiteral("spec/examples/") + name)));
        CHECK(r.findings.isEmpty());
    }
}

TEST_CASE("valid-full reads every field of Attachment 3", "[json]")
{
    const Case c = test::exampleCase("valid-full.json");
    CHECK(c.applicant.name == QStringLiteral("陈志强"));
    CHECK(c.applicant.birthDate == QDate(1998, 11, 2));
    CHECK(c.applicant.preEnlistmentHukouCancelled == std::optional<bool>(true));
    CHECK(c.service.unitCode == QStringLiteral("99999部队"));
    CHECK(c.service.awards == QStringLiteral("嘉奖一次"));
    CHECK(c.items.size() == 9);
    CHECK(c.hukou.relationToHouseholder == QStringLiteral("12"));
    CHECK(c.delivery.hukouBook == QStringLiteral("mail"));
    CHECK(c.subsidyAccount.accountNumber == QStringLiteral("6217000000000000129"));
    CHECK(c.applicationDate == QDate(2024, 9, 12));
}

TEST_CASE("write then read gives the same case", "[json]")
{
    Case c = test::exampleCase("valid-full.json");
    c.caseNo = QStringLiteral("360121-20240912-0001");
    c.materials.append({QStringLiteral("discharge_certificate"), QStringLiteral("original"), QStringLiteral("2 页"), 2, QDate()});
    c.applicant.name = QStringLiteral("王\U0002020C"); // 𠈌, outside the BMP
    const auto back = CaseJson::read(CaseJson::write(c));
    CHECK(back.findings.isEmpty());
    CHECK(back.value == c);
    CHECK(back.value.applicant.name.toUcs4().size() == 2);
}

TEST_CASE("unknown keys are errors at their path, never dropped", "[json]")
{
    auto top = CaseJson::read(withChange("valid-minimal.json", [](QJsonObject &o) { o["applicant_name"] = "x"; }));
    CHECK(codesAt(top.findings, "applicant_name") == QStringList{"unknown_field"});

    auto nested = CaseJson::read(withChange("valid-minimal.json", [](QJsonObject &o) {
        QJsonObject a = o["applicant"].toObject();
        a["nmae"] = "typo";
        o["applicant"] = a;
    }));
    CHECK(codesAt(nested.findings, "applicant.nmae") == QStringList{"unknown_field"});
}

TEST_CASE("wrong types, bad dates and unknown items are reported, not crashed on", "[json]")
{
    auto r = CaseJson::read(withChange("valid-minimal.json", [](QJsonObject &o) {
        QJsonObject a = o["applicant"].toObject();
        a["name"] = 42;
        a["birth_date"] = "1999-02-30";
        a["pre_enlistment_hukou_cancelled"] = "no";
        o["applicant"] = a;
        o["items"] = QJsonArray{"discharge_reporting", "reserve_registration", "flying", 7, "reserve_registration"};
        o["service"] = "not an object";
    }));
    CHECK(codesAt(r.findings, "applicant.name") == QStringList{"wrong_type"});
    CHECK(codesAt(r.findings, "applicant.birth_date") == QStringList{"invalid_date"});
    CHECK(codesAt(r.findings, "applicant.pre_enlistment_hukou_cancelled") == QStringList{"wrong_type"});
    CHECK(codesAt(r.findings, "items[2]") == QStringList{"unknown_item"});
    CHECK(codesAt(r.findings, "items[3]") == QStringList{"wrong_type"});
    CHECK(codesAt(r.findings, "items[4]") == QStringList{"duplicate_item"});
    CHECK(codesAt(r.findings, "service") == QStringList{"wrong_type"});
}

TEST_CASE("malformed, empty, hostile and huge input gives one clear finding", "[json]")
{
    const QByteArray inputs[] = {
        QByteArray(),
        QByteArray("   "),
        QByteArray("[1,2,3]"),
        QByteArray("{\"format\": \"veteran-desk/case\", \"version\": 1,"),
        QByteArray("\xff\xfe\x00\x01garbage", 11),
        QByteArray(100000, '['),
    };
    for (const QByteArray &in : inputs) {
        const auto r = CaseJson::read(in);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings.first().code == QStringLiteral("invalid_json"));
    }
    const auto huge = CaseJson::read(QByteArray(CaseJson::MaxFileSize + 1, ' '));
    REQUIRE(huge.findings.size() == 1);
    CHECK(huge.findings.first().code == QStringLiteral("input_too_large"));

    const auto wrongFormat = CaseJson::read("{\"format\": \"other\", \"version\": 2}");
    CHECK(codesAt(wrongFormat.findings, "format") == QStringList{"invalid_format"});
    CHECK(codesAt(wrongFormat.findings, "version") == QStringList{"unsupported_version"});
}
