// veteran-desk-cli and the materials of issue 4: the checklist "Done when" outputs, the acceptance
// rule on add, attach, and the checklist / one-time notice documents (recorded with the case).
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "CaseJson.h"
#include "CliRunner.h"
#include "Database.h"
#include "NoticeRepository.h"
#include "StorageFixtures.h"
#include "TestSupport.h"

using namespace vd;
using namespace vd::test;

namespace {

QString example(const QString &name)
{
    return sharedPath(QStringLiteral("spec/examples/") + name);
}

/// MATERIAL_ID → "requirement<TAB>items" from `checklist` output.
QMap<QString, QString> checklistOf(const QString &file)
{
    const CliRun run = runCli({QStringLiteral("checklist"), file});
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    QMap<QString, QString> out;
    for (const QString &line : run.outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        REQUIRE(f.size() == 4);
        REQUIRE_FALSE(out.contains(f.at(0))); // every material once
        out.insert(f.at(0), f.at(1));
    }
    return out;
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE(!tool.isEmpty());
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

/// valid-full with everything received except the marriage certificate, promised in a week.
Case deficientFull()
{
    Case c = withAllMaterialsReceived(loadExample(QStringLiteral("valid-full.json")));
    for (MaterialReceipt &r : c.materials) {
        if (r.material == QLatin1String("marriage_certificate")) {
            r.status = QStringLiteral("missing");
            r.supplementBy = QDate::currentDate().addDays(7);
        }
    }
    return c;
}

QString addCase(const CliSandbox &box, const Case &c, const QString &name)
{
    const CliRun added = box.run({QStringLiteral("add"), box.write(name, CaseJson::write(c))});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    return added.outLines().value(0);
}

} // namespace

TEST_CASE("cli checklist: valid-full — conditional materials required, shared ones in process", "[cli][materials]")
{
    const auto m = checklistOf(example(QStringLiteral("valid-full.json")));
    CHECK(m.value("marriage_certificate") == "required");
    CHECK(m.value("hukou_cancellation_proof") == "required");
    CHECK(m.value("hukou_book") == "in_process");
    CHECK(m.value("id_card") == "in_process");
    CHECK(m.value("settlement_referral_letter") == "in_process");
}

TEST_CASE("cli checklist: valid-minimal — exactly the letter, the certificate and the ID card", "[cli][materials]")
{
    const auto m = checklistOf(example(QStringLiteral("valid-minimal.json")));
    CHECK(m.keys() == QStringList{"discharge_certificate", "id_card", "unit_introduction_letter"});
    for (const QString &r : m)
        CHECK(r == "required");
}

TEST_CASE("cli add: a missing key material is refused, nothing stored; a deficient one is accepted",
          "[cli][materials]")
{
    CliSandbox box;
    // A file that records receiving, with the discharge certificate (a key material) missing.
    Case keyMissing = test::loadExample(QStringLiteral("valid-minimal.json"));
    keyMissing.materials = {{QStringLiteral("unit_introduction_letter"), QStringLiteral("original"), QString()},
                            {QStringLiteral("discharge_certificate"), QStringLiteral("missing"), QString()}};
    const CliRun refused =
        box.run({QStringLiteral("add"), box.write(QStringLiteral("key-missing.json"), CaseJson::write(keyMissing))});
    INFO(refused.describe());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith("materials_incomplete\t"));
    CHECK(refused.out.contains("key_material_missing"));
    CHECK(refused.out.contains("materials.discharge_certificate"));
    CHECK(errorLinesWellFormed(refused));

    Case noDate = deficientFull();
    for (MaterialReceipt &r : noDate.materials)
        r.supplementBy = QDate();
    const CliRun undated = box.run({QStringLiteral("add"), box.write(QStringLiteral("undated.json"), CaseJson::write(noDate))});
    CHECK(undated.exitCode == 1);
    CHECK(undated.out.contains("supplement_date_required"));
    CHECK(box.run({QStringLiteral("list")}).out.isEmpty());

    const CliRun accepted = box.run({QStringLiteral("add"), box.write(QStringLiteral("def.json"), CaseJson::write(deficientFull()))});
    INFO(accepted.describe());
    CHECK(accepted.exitCode == 0);
    CHECK(accepted.err.contains("material_deficient\t"));
    CHECK(box.run({QStringLiteral("list")}).outLines().size() == 1);

    // A file that records no receiving at all is stored, with a warning to record it at the window.
    const CliRun unrecorded = box.run({QStringLiteral("add"), example(QStringLiteral("valid-minimal.json"))});
    INFO(unrecorded.describe());
    CHECK(unrecorded.exitCode == 0);
    CHECK(unrecorded.err.contains("materials_not_recorded\t"));
    CHECK(box.run({QStringLiteral("list")}).outLines().size() == 2);
}

TEST_CASE("cli attach: type by content, size and emptiness refused, digest printed", "[cli][materials]")
{
    CliSandbox box;
    const QString caseNo = addCase(box, deficientFull(), QStringLiteral("c.json"));
    const QString material = QStringLiteral("discharge_certificate");
    auto attach = [&](const QString &id, const QString &file, const QString &no = QString()) {
        return box.run({QStringLiteral("attach"), no.isEmpty() ? caseNo : no, id, file});
    };

    const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray("abc");
    const CliRun ok = attach(material, box.write(QStringLiteral("scan.pdf"), png));
    INFO(ok.describe());
    REQUIRE(ok.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(ok.outLines().value(0)).hasMatch());
    const CliRun abc = attach(material, box.write(QStringLiteral("abc.pdf"), "%PDF-abc"));
    REQUIRE(abc.exitCode == 0);
    const CliRun listed = box.run({QStringLiteral("attachments"), caseNo});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.outLines().size() == 2);
    CHECK(listed.out.contains("\timage/png\t11\t" + ok.outLines().value(0).toUtf8() + "\tscan.pdf"));

    const CliRun text = attach(material, box.write(QStringLiteral("note.jpg"), "plain text"));
    CHECK(text.exitCode == 1);
    CHECK(text.err.startsWith("attachment_type_refused\t"));
    const CliRun empty = attach(material, box.write(QStringLiteral("empty.png"), QByteArray()));
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.startsWith("attachment_empty\t"));
    const CliRun unknown = attach(QStringLiteral("passport"), box.write(QStringLiteral("p.png"), png));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.startsWith("unknown_material\t"));
    const CliRun noCase = attach(material, box.path(QStringLiteral("p.png")), QStringLiteral("360121-20000101-0001"));
    CHECK(noCase.exitCode == 1);
    CHECK(noCase.err.startsWith("case_not_found\t"));
    const CliRun missing = attach(material, box.path(QStringLiteral("nope.pdf")));
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.startsWith("file_unreadable\t"));

    {
        QFile big(box.path(QStringLiteral("big.pdf")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        big.write("%PDF-1.7\n");
        REQUIRE(big.resize(21 * 1000 * 1000)); // sparse
    }
    const CliRun tooLarge = attach(material, box.path(QStringLiteral("big.pdf")));
    CHECK(tooLarge.exitCode == 2);
    CHECK(tooLarge.err.startsWith("file_too_large\t"));
    CHECK(box.run({QStringLiteral("attachments"), caseNo}).outLines().size() == 2);
}

TEST_CASE("cli print notice and checklist: the deficiency is told, the notice recorded", "[cli][materials][print]")
{
    CliSandbox box;
    const QString caseNo = addCase(box, deficientFull(), QStringLiteral("c.json"));
    const QString pdf = box.path(QStringLiteral("notice.pdf"));
    const CliRun notice = box.run({QStringLiteral("print"), QStringLiteral("notice"), caseNo, QStringLiteral("-o"), pdf});
    INFO(notice.describe());
    REQUIRE(notice.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("一次性告知书")));
    CHECK(text.contains(QStringLiteral("结婚证")));
    CHECK(text.contains(QStringLiteral("容缺受理")));
    CHECK(text.contains(QStringLiteral("第三十二条")));
    CHECK(text.contains(QStringLiteral("婚姻登记机关"))); // where to obtain it
    CHECK_FALSE(text.contains(QStringLiteral("退役证"))); // received: not listed

    {
        auto db = Database::open(box.db());
        REQUIRE(db.ok());
        const auto recorded = NoticeRepository(*db.value()).list(caseNo);
        REQUIRE(recorded.ok());
        REQUIRE(recorded.value().size() == 1);
        const QJsonArray materials = recorded.value().at(0).content.value(QStringLiteral("materials")).toArray();
        REQUIRE(materials.size() == 1);
        CHECK(materials.at(0).toObject().value(QStringLiteral("material")).toString() == "marriage_certificate");
    }

    const QString checklist = box.path(QStringLiteral("checklist.pdf"));
    const CliRun printed = box.run({QStringLiteral("print"), QStringLiteral("checklist"), caseNo, QStringLiteral("-o"), checklist});
    INFO(printed.describe());
    REQUIRE(printed.exitCode == 0);
    const QString list = pdfText(checklist);
    CHECK(list.contains(QStringLiteral("材料接收凭证")));
    CHECK(list.contains(QStringLiteral("容缺受理")));
    CHECK(list.contains(QStringLiteral("申请人（签字）")));

    const QString complete = addCase(box, withAllMaterialsReceived(loadExample(QStringLiteral("valid-minimal.json"))),
                                     QStringLiteral("m.json"));
    const CliRun none = box.run({QStringLiteral("print"), QStringLiteral("notice"), complete, QStringLiteral("-o"), pdf});
    CHECK(none.exitCode == 1);
    CHECK(none.err.startsWith("document_not_applicable\t"));
}
