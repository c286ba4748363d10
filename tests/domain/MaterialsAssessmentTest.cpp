#include "CaseJson.h"
#include "DomainFixtures.h"
#include "MaterialsAssessment.h"
#include "OneTimeNotice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace vd;
using Acceptance = MaterialsAssessment::Acceptance;

namespace {

const QDate Today(2024, 9, 20);

MaterialReceipt receipt(const QString &id, const QString &status, const QDate &by = QDate())
{
    MaterialReceipt r;
    r.material = id;
    r.status = status;
    r.supplementBy = by;
    return r;
}

/// valid-minimal (needs the unit letter, the discharge certificate and the ID card) with all three received.
Case minimalComplete()
{
    Case c = test::exampleCase("valid-minimal.json");
    c.materials = {receipt("unit_introduction_letter", "original"), receipt("discharge_certificate", "original"),
                   receipt("id_card", "copy")};
    return c;
}

QStringList outstandingIds(const MaterialsAssessment &a)
{
    QStringList ids;
    for (const MaterialState &s : a.outstanding())
        ids << s.material.id;
    return ids;
}

} // namespace

TEST_CASE("every required material received: complete, no findings", "[assessment]")
{
    const MaterialsAssessment a = MaterialsAssessment::assess(minimalComplete(), Today);
    CHECK(a.acceptance() == Acceptance::Complete);
    CHECK(a.canAccept());
    CHECK(a.findings().isEmpty());
    CHECK(a.outstanding().isEmpty());
    CHECK(a.materials().size() == 3);
}

TEST_CASE("waived counts as received; missing and no entry do not", "[assessment]")
{
    Case c = minimalComplete();
    c.materials[2].status = QStringLiteral("waived");
    CHECK(MaterialsAssessment::assess(c, Today).acceptance() == Acceptance::Complete);

    c.materials[2].status = QStringLiteral("missing");
    MaterialsAssessment a = MaterialsAssessment::assess(c, Today);
    CHECK(outstandingIds(a) == QStringList{"id_card"});

    c.materials.removeAt(2);
    a = MaterialsAssessment::assess(c, Today);
    CHECK(outstandingIds(a) == QStringList{"id_card"});
    CHECK(a.materials().at(2).receipt.status.isEmpty());
}

TEST_CASE("a missing key material refuses acceptance, naming the material", "[assessment]")
{
    for (const QString id : {"unit_introduction_letter", "discharge_certificate", "id_card"}) {
        Case c = minimalComplete();
        for (MaterialReceipt &r : c.materials) {
            if (r.material == id) {
                r.status = QStringLiteral("missing");
                r.supplementBy = Today.addDays(5); // a promise does not help for a key material
            }
        }
        const MaterialsAssessment a = MaterialsAssessment::assess(c, Today);
        INFO(id.toStdString());
        CHECK(a.acceptance() == Acceptance::Refused);
        CHECK_FALSE(a.canAccept());
        CHECK(test::codesAt(a.findings(), MaterialsAssessment::fieldFor(id)) == QStringList{"key_material_missing"});
        CHECK(a.findings().at(0).message.contains(MaterialsChecklist::materialName(id)));
    }
}

TEST_CASE("which materials are key comes from the rules data", "[assessment]")
{
    QStringList key;
    for (const RequiredMaterial &m : MaterialsChecklist::compute(test::exampleCase("valid-full.json"))) {
        if (m.key)
            key << m.id;
    }
    key.sort();
    CHECK(key == QStringList{"discharge_certificate", "hukou_book", "id_card", "unit_introduction_letter"});
}

TEST_CASE("a missing non-key material: deficiency with a date, refused without or with a past one", "[assessment]")
{
    Case c = test::exampleCase("valid-full.json");
    for (const RequiredMaterial &m : MaterialsChecklist::compute(c)) {
        if (m.requirement == RequiredMaterial::Requirement::Required)
            c.materials.append(receipt(m.id, "original"));
    }
    REQUIRE(MaterialsAssessment::assess(c, Today).acceptance() == Acceptance::Complete);

    const QString id = QStringLiteral("marriage_certificate");
    for (MaterialReceipt &r : c.materials) {
        if (r.material == id)
            r.status = QStringLiteral("missing");
    }
    const QString field = MaterialsAssessment::fieldFor(id);

    SECTION("no promised date: refused")
    {
        const MaterialsAssessment a = MaterialsAssessment::assess(c, Today);
        CHECK(a.acceptance() == Acceptance::Refused);
        CHECK(test::codesAt(a.findings(), field) == QStringList{"supplement_date_required"});
    }
    SECTION("a date before today: refused")
    {
        c.materials.last().supplementBy = Today.addDays(-1);
        for (MaterialReceipt &r : c.materials) {
            if (r.material == id)
                r.supplementBy = Today.addDays(-1);
        }
        const MaterialsAssessment a = MaterialsAssessment::assess(c, Today);
        CHECK(a.acceptance() == Acceptance::Refused);
        CHECK(test::codesAt(a.findings(), field) == QStringList{"supplement_date_past"});
    }
    SECTION("today or later: accepted with deficiency, a warning naming the date")
    {
        for (const QDate &by : {Today, Today.addDays(10)}) {
            for (MaterialReceipt &r : c.materials) {
                if (r.material == id)
                    r.supplementBy = by;
            }
            const MaterialsAssessment a = MaterialsAssessment::assess(c, Today);
            CHECK(a.acceptance() == Acceptance::WithDeficiency);
            CHECK(a.canAccept());
            CHECK(outstandingIds(a) == QStringList{id});
            REQUIRE(a.findings().size() == 1);
            CHECK_FALSE(a.findings().at(0).isError());
            CHECK(a.findings().at(0).code == "material_deficient");
            CHECK(a.findings().at(0).message.contains(by.toString(Qt::ISODate)));
        }
    }
}

TEST_CASE("in-process materials are never outstanding", "[assessment]")
{
    Case c = test::exampleCase("valid-full.json"); // no entries at all
    const MaterialsAssessment a = MaterialsAssessment::assess(c, Today);
    const QStringList out = outstandingIds(a);
    for (const QString id : {"settlement_referral_letter", "hukou_book", "id_card"})
        CHECK_FALSE(out.contains(id));
    CHECK(out.contains("marriage_certificate"));
    CHECK(out.contains("discharge_certificate"));
    CHECK(a.acceptance() == Acceptance::Refused);
}

TEST_CASE("an entry for a material the case does not need changes nothing", "[assessment]")
{
    Case c = minimalComplete();
    c.materials.append(receipt("marriage_certificate", "missing"));
    const MaterialsAssessment a = MaterialsAssessment::assess(c, Today);
    CHECK(a.acceptance() == Acceptance::Complete);
    CHECK(a.materials().size() == 3);
}

TEST_CASE("case JSON: pages and supplement_by round-trip and refuse wrong values", "[assessment][json]")
{
    Case c = minimalComplete();
    c.materials[0].pages = 3;
    c.materials[1].supplementBy = QDate(2024, 10, 8);
    c.materials[1].status = QStringLiteral("missing");
    const CaseJson::ReadResult back = CaseJson::read(CaseJson::write(c));
    CHECK(back.findings.isEmpty());
    CHECK(back.value.materials == c.materials);
    CHECK(CaseJson::write(c).contains("\"supplement_by\": \"2024-10-08\""));
    CHECK(CaseJson::write(c).contains("\"pages\": 3"));

    const auto codeFor = [](const QJsonValue &pages, const char *key = "pages") {
        QJsonObject o = CaseJson::toObject(minimalComplete());
        QJsonArray materials = o.value("materials").toArray();
        QJsonObject first = materials.at(0).toObject();
        first.insert(QLatin1String(key), pages);
        materials[0] = first;
        o.insert("materials", materials);
        const CaseJson::ReadResult r = CaseJson::fromObject(o);
        return test::codesAt(r.findings, QStringLiteral("materials[0].") + QLatin1String(key));
    };
    CHECK(codeFor(QJsonValue(12)).isEmpty());
    CHECK(codeFor(QJsonValue(0)).isEmpty());
    CHECK(codeFor(QJsonValue(QJsonValue::Null)).isEmpty());
    CHECK(codeFor(QJsonValue("3")) == QStringList{"wrong_type"});
    CHECK(codeFor(QJsonValue(true)) == QStringList{"wrong_type"});
    CHECK(codeFor(QJsonValue(-1)) == QStringList{"invalid_count"});
    CHECK(codeFor(QJsonValue(2.5)) == QStringList{"invalid_count"});
    CHECK(codeFor(QJsonValue(1e300)) == QStringList{"invalid_count"});
    CHECK(codeFor(QJsonValue(10000)) == QStringList{"invalid_count"});
    CHECK(codeFor(QJsonValue(9999)).isEmpty());
    CHECK(codeFor(QJsonValue("2024-02-30"), "supplement_by") == QStringList{"invalid_date"});
    CHECK(codeFor(QJsonValue(20241008), "supplement_by") == QStringList{"wrong_type"});
    CHECK(codeFor(QJsonValue("2024-10-08"), "supplement_by").isEmpty());
}

TEST_CASE("the one-time notice lists exactly the outstanding materials and the form errors", "[assessment][notice]")
{
    Case c = test::exampleCase("valid-full.json");
    QStringList expected;
    for (const RequiredMaterial &m : MaterialsChecklist::compute(c)) {
        if (m.requirement != RequiredMaterial::Requirement::Required)
            continue;
        // Receive every other material; the rest stay missing, one non-key with a promised date.
        if (expected.size() < c.materials.size()) {
            expected << m.id;
            c.materials.append(receipt(m.id, "missing", m.key ? QDate() : Today.addDays(7)));
        } else {
            c.materials.append(receipt(m.id, "original"));
        }
    }
    REQUIRE(expected.size() >= 2);
    OneTimeNotice n = OneTimeNotice::build(c, Today);
    QStringList listed;
    for (const auto &e : n.materials) {
        listed << e.id;
        CHECK_FALSE(e.reason.isEmpty());
        CHECK_FALSE(e.obtainFrom.isEmpty());
        CHECK(e.supplementBy.isValid() == !e.key);
    }
    CHECK(listed == expected);
    CHECK(n.problems.isEmpty());
    CHECK_FALSE(n.isEmpty());

    const QJsonObject json = n.toJson();
    CHECK(json.value("materials").toArray().size() == expected.size());
    CHECK(json.value("date").toString() == "2024-09-20");

    // A form error is listed too; a complete, valid case has nothing to tell.
    c.applicant.phone = QStringLiteral("123");
    n = OneTimeNotice::build(c, Today);
    REQUIRE(n.problems.size() == 1);
    CHECK(n.problems.at(0).code == "phone_invalid");

    Case complete = minimalComplete();
    CHECK(OneTimeNotice::build(complete, Today).isEmpty());
}
