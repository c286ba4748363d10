// veteran-desk-cli end to end (spec/cli.md): usage, validate, normalize, checklist, add, list, show.
#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "CaseJson.h"
#include "CliRunner.h"
#include "Database.h"
#include "SecretStore.h"
#include "SettingsRepository.h"
#include "StorageFixtures.h"
#include "TestSupport.h"

using namespace vd;
using namespace vd::test;

namespace {

QString example(const QString &name)
{
    return sharedPath(QStringLiteral("spec/examples/") + name);
}

/// Every standard-output line is SEVERITY FIELD CODE MESSAGE (spec/cli.md `validate`).
void requireFindingLines(const CliRun &run)
{
    static const QRegularExpression finding(QStringLiteral("^(error|warning)\\t[^\\t]*\\t[a-z0-9_]+\\t[^\\t]+$"));
    for (const QString &line : run.outLines()) {
        INFO(line.toStdString());
        CHECK(finding.match(line).hasMatch());
    }
}

bool hasFinding(const CliRun &run, const QString &severity, const QString &field)
{
    for (const QString &line : run.outLines()) {
        if (line.startsWith(severity + QLatin1Char('\t') + field + QLatin1Char('\t')))
            return true;
    }
    return false;
}

const QRegularExpression CaseNoPattern(QStringLiteral("^[0-9]{6}-[0-9]{8}-[0-9]{4}$"));

} // namespace

TEST_CASE("cli: --version, --help and usage errors", "[cli]")
{
    const CliRun version = runCli({QStringLiteral("--version")});
    INFO(version.describe());
    CHECK(version.exitCode == 0);
    REQUIRE(version.outLines().size() >= 3);
    CHECK(version.outLines().first() == QStringLiteral("veteran-desk-cli 0.1.0"));
    CHECK(version.outLines().at(1).startsWith(QStringLiteral("构建：")));
    CHECK(version.outLines().at(2).startsWith(QStringLiteral("许可：")));

    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("用法")));
    CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("settlement-letter")));

    const QList<QStringList> bad = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("validate")},
        {QStringLiteral("validate"), QStringLiteral("a.json"), QStringLiteral("b.json")},
        {QStringLiteral("--bogus"), QStringLiteral("list")},
        {QStringLiteral("validate"), QStringLiteral("--search"), QStringLiteral("x"), QStringLiteral("a.json")},
        {QStringLiteral("print"), QStringLiteral("registration-form"), QStringLiteral("360112-20240915-0001")},
        {QStringLiteral("list"), QStringLiteral("--db")},
    };
    for (const QStringList &args : bad) {
        const CliRun run = runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.describe());
        CHECK(!run.crashed);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith("usage_error\t"));
        CHECK(errorLinesWellFormed(run));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("cli: validate every example of the spec", "[cli][validate]")
{
    const QStringList files =
        QDir(sharedPath(QStringLiteral("spec/examples"))).entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() >= 4);
    for (const QString &file : files) {
        const CliRun run = runCli({QStringLiteral("validate"), example(file)});
        INFO(file.toStdString() << "\n" << run.describe());
        CHECK(!run.crashed);
        requireFindingLines(run);
        CHECK(errorLinesWellFormed(run));
        if (file.startsWith(QLatin1String("valid"))) {
            CHECK(run.exitCode == 0);
            CHECK(!run.out.contains("error\t"));
            CHECK(run.err.isEmpty());
        } else {
            CHECK(run.exitCode == 1);
            CHECK(run.err.startsWith("case_invalid\t"));
        }
    }

    const CliRun checkDigit =
        runCli({QStringLiteral("validate"), example(QStringLiteral("invalid-id-check-digit.json"))});
    INFO(checkDigit.describe());
    CHECK(checkDigit.exitCode == 1);
    CHECK(hasFinding(checkDigit, QStringLiteral("error"), QStringLiteral("applicant.id_number")));

    const CliRun reserve =
        runCli({QStringLiteral("validate"), example(QStringLiteral("invalid-missing-reserve-registration.json"))});
    INFO(reserve.describe());
    CHECK(reserve.exitCode == 1);
    CHECK(hasFinding(reserve, QStringLiteral("error"), QStringLiteral("items")));

    const CliRun json = runCli({QStringLiteral("--json"), QStringLiteral("validate"),
                                example(QStringLiteral("invalid-id-check-digit.json"))});
    CHECK(json.exitCode == 1);
    const QJsonArray findings = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray();
    REQUIRE(!findings.isEmpty());
    bool named = false;
    for (const QJsonValue &f : findings) {
        if (f.toObject().value(QStringLiteral("field")).toString() == QStringLiteral("applicant.id_number"))
            named = true;
    }
    CHECK(named);
}

TEST_CASE("cli: add, then list, search and show", "[cli][store]")
{
    CliSandbox box;
    const CliRun added = box.run({QStringLiteral("add"), box.receivedExample(QStringLiteral("valid-full.json"))});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    REQUIRE(added.outLines().size() == 1);
    const QString caseNo = added.outLines().first();
    CHECK(CaseNoPattern.match(caseNo).hasMatch());
    // No hall_region setting: the case's placement region and today's date.
    CHECK(caseNo == QStringLiteral("360121-%1-0001").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    CHECK(errorLinesWellFormed(added)); // warnings of the case, if any

    const CliRun second = box.run({QStringLiteral("add"), box.receivedExample(QStringLiteral("valid-minimal.json"))});
    INFO(second.describe());
    REQUIRE(second.exitCode == 0);
    const QString secondNo = second.outLines().value(0);

    const CliRun list = box.run({QStringLiteral("list")});
    INFO(list.describe());
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.outLines().size() == 2);
    CHECK(list.outLines().at(0).startsWith(secondNo + QLatin1Char('\t'))); // newest first
    CHECK(list.outLines().at(1)
          == caseNo + QStringLiteral("\t陈志强\t3607**********4715\taccepted\t2024-09-12"));
    CHECK(!list.out.contains("360723199811024715")); // the list never shows the full number

    for (const QString &search : {QStringLiteral("志强"), caseNo, QStringLiteral("360723199811024715")}) {
        const CliRun found = box.run({QStringLiteral("list"), QStringLiteral("--search"), search});
        INFO(search.toStdString() << "\n" << found.describe());
        CHECK(found.exitCode == 0);
        CHECK(found.outLines().size() == 1);
        CHECK(found.outLines().value(0).startsWith(caseNo + QLatin1Char('\t')));
    }
    const CliRun none = box.run({QStringLiteral("list"), QStringLiteral("--search=不存在的人")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());

    const CliRun listJson = box.run({QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(listJson.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listJson.out).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).toObject().value(QStringLiteral("case_no")).toString() == caseNo);
    CHECK(rows.at(1).toObject().value(QStringLiteral("masked_id_number")).toString()
          == QStringLiteral("3607**********4715"));

    const CliRun show = box.run({QStringLiteral("show"), caseNo});
    INFO(show.describe());
    REQUIRE(show.exitCode == 0);
    const CaseJson::ReadResult shown = CaseJson::read(show.out);
    CHECK(!hasErrors(shown.findings));
    CHECK(shown.value.caseNo == caseNo);
    Case expected = withAllMaterialsReceived(loadExample(QStringLiteral("valid-full.json")));
    expected.caseNo = caseNo;
    CHECK(shown.value == expected);
}

TEST_CASE("cli: an invalid case is not stored", "[cli][store]")
{
    CliSandbox box;
    const CliRun run = box.run({QStringLiteral("add"), example(QStringLiteral("invalid-id-check-digit.json"))});
    INFO(run.describe());
    CHECK(run.exitCode == 1);
    CHECK(hasFinding(run, QStringLiteral("error"), QStringLiteral("applicant.id_number")));
    requireFindingLines(run);
    CHECK(run.err.startsWith("case_invalid\t"));
    const CliRun list = box.run({QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.isEmpty());
}

TEST_CASE("cli: the hall's own region code from the store's settings numbers the case", "[cli][store]")
{
    CliSandbox box;
    {
        // The program keeps the store's key in the keychain (the test runs in with-keyring.sh).
        KeychainSecretStore keychain;
        auto db = Database::open(box.db(), {&keychain, QString(), false});
        REQUIRE(db.ok());
        REQUIRE(db.value()->settings().setValue(QStringLiteral("hall_region"), QStringLiteral("360112")).ok());
    }
    const CliRun added = box.run({QStringLiteral("add"), box.receivedExample(QStringLiteral("valid-full.json"))});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    CHECK(added.outLines().value(0).startsWith(QStringLiteral("360112-")));
}

TEST_CASE("cli: unknown case numbers are rejected", "[cli][store]")
{
    CliSandbox box;
    const CliRun show = box.run({QStringLiteral("show"), QStringLiteral("360112-20240915-0042")});
    INFO(show.describe());
    CHECK(show.exitCode == 1);
    CHECK(show.err.startsWith("case_not_found\t"));
    CHECK(show.out.isEmpty());
}

TEST_CASE("cli: unreadable files and unusable stores exit 2", "[cli]")
{
    CliSandbox box;
    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("add"), QStringLiteral("normalize"),
                                   QStringLiteral("checklist")}) {
        const CliRun missing = box.run({command, box.path(QStringLiteral("no-such-file.json"))});
        INFO(command.toStdString() << "\n" << missing.describe());
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.startsWith("file_unreadable\t"));
        const CliRun folder = box.run({command, box.path(QString())});
        CHECK(folder.exitCode == 2);
        CHECK(folder.err.startsWith("file_unreadable\t"));
    }

    const QString fileInTheWay = box.write(QStringLiteral("file"), "x");
    const CliRun noStore = runCli({QStringLiteral("--db"), fileInTheWay + QStringLiteral("/store.sqlite"),
                                   QStringLiteral("list")});
    INFO(noStore.describe());
    CHECK(noStore.exitCode == 2);
    CHECK(noStore.err.startsWith("storage_open_failed\t"));

    const QString junkStore = box.write(QStringLiteral("junk.sqlite"), QByteArray(8192, 'j'));
    const CliRun junk = runCli({QStringLiteral("--db"), junkStore, QStringLiteral("add"),
                                box.receivedExample(QStringLiteral("valid-minimal.json"))});
    INFO(junk.describe());
    CHECK(junk.exitCode == 2);
    CHECK(junk.err.startsWith("storage_open_failed\t"));
    CHECK(junk.out.isEmpty());

    // A store from a newer program version.
    REQUIRE(box.run({QStringLiteral("list")}).exitCode == 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-raw"));
        raw.setDatabaseName(box.db());
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-raw"));
    const CliRun newer = box.run({QStringLiteral("list")});
    INFO(newer.describe());
    CHECK(newer.exitCode == 2);
    CHECK(newer.err.startsWith("storage_newer_schema\t"));
}

TEST_CASE("cli: checklist lists each material once with its items", "[cli][checklist]")
{
    const CliRun run = runCli({QStringLiteral("checklist"), example(QStringLiteral("valid-full.json"))});
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    QStringList ids;
    for (const QString &line : run.outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        REQUIRE(f.size() == 4);
        CHECK((f.at(1) == QStringLiteral("required") || f.at(1) == QStringLiteral("in_process")));
        CHECK(!f.at(2).isEmpty());
        CHECK(!f.at(3).isEmpty());
        ids.append(f.at(0));
        if (f.at(0) == QStringLiteral("discharge_certificate"))
            CHECK(f.at(2) == QStringLiteral("discharge_reporting,reserve_registration"));
        if (f.at(0) == QStringLiteral("settlement_referral_letter"))
            CHECK(f.at(1) == QStringLiteral("in_process"));
    }
    CHECK(ids.contains(QStringLiteral("discharge_certificate")));
    CHECK(ids.contains(QStringLiteral("marriage_certificate"))); // householder is the spouse
    CHECK(ids.removeDuplicates() == 0);
}

TEST_CASE("cli: normalize prints the case as it would be stored", "[cli][normalize]")
{
    CliSandbox box;
    QJsonObject o = QJsonDocument::fromJson(readFile(example(QStringLiteral("valid-full.json")))).object();
    QJsonObject applicant = o.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("id_number"), QStringLiteral("３６０７２３１９９８１１０２４７１５ "));
    applicant.insert(QStringLiteral("name"), QStringLiteral(" 陈志强\u200b"));
    o.insert(QStringLiteral("applicant"), applicant);
    const QString file = box.write(QStringLiteral("typed.json"), QJsonDocument(o).toJson());

    const CliRun run = runCli({QStringLiteral("normalize"), file});
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    CHECK(out.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("id_number")).toString()
          == QStringLiteral("360723199811024715"));
    CHECK(out.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("陈志强"));
}

TEST_CASE("cli: a name outside the BMP goes through add, list and show intact", "[cli][store]")
{
    CliSandbox box;
    const QString id = fakeIdNumber(QStringLiteral("360121"), QDate(1998, 11, 2), 999);
    const Case c = withAllMaterialsReceived(
        withApplicant(loadExample(QStringLiteral("valid-full.json")), QStringLiteral("王𠈌"), id));
    const QString file = box.write(QStringLiteral("rare.json"), CaseJson::write(c));

    const CliRun valid = box.run({QStringLiteral("validate"), file});
    INFO(valid.describe());
    CHECK(valid.exitCode == 0);
    const CliRun added = box.run({QStringLiteral("add"), file});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    const QString caseNo = added.outLines().value(0);

    const CliRun list = box.run({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("𠈌")});
    INFO(list.describe());
    REQUIRE(list.outLines().size() == 1);
    CHECK(list.outLines().first().split(QLatin1Char('\t')).value(1) == QStringLiteral("王𠈌"));

    const CliRun show = box.run({QStringLiteral("show"), caseNo});
    REQUIRE(show.exitCode == 0);
    CHECK(CaseJson::read(show.out).value.applicant.name == QStringLiteral("王𠈌"));
    CHECK(show.out.contains(QStringLiteral("王𠈌").toUtf8()));
}
