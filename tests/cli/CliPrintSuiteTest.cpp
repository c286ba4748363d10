// veteran-desk-cli: the print suite (receipt, party letter, numbered letters through the print log)
// and the settings commands.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace vd::test;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

QString addCase(const CliSandbox &box, const QByteArray &json, const QString &name = QStringLiteral("case.json"))
{
    // Several cases of the same example person: duplicates allowed on purpose.
    const CliRun added = box.run({QStringLiteral("add"), QStringLiteral("--allow-duplicate"), box.write(name, json)});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    return added.outLines().value(0);
}

QByteArray example(const QString &name)
{
    return readFile(sharedPath(QStringLiteral("spec/examples/") + name));
}

QByteArray withPoliticalStatus(const QString &code)
{
    QJsonObject o = QJsonDocument::fromJson(example(QStringLiteral("valid-full.json"))).object();
    QJsonObject a = o.value(QStringLiteral("applicant")).toObject();
    a.insert(QStringLiteral("political_status"), code);
    o.insert(QStringLiteral("applicant"), a);
    return QJsonDocument(o).toJson();
}

CliRun print(const CliSandbox &box, const QString &doc, const QString &caseNo, const QString &out, bool json = false)
{
    QStringList args;
    if (json)
        args << QStringLiteral("--json");
    args << QStringLiteral("print") << doc << caseNo << QStringLiteral("-o") << box.path(out);
    return box.run(args);
}

} // namespace

TEST_CASE("cli: receipt and party letter of valid-full.json", "[cli][print][suite]")
{
    CliSandbox box;
    REQUIRE(box.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("hall_phone"),
                     QStringLiteral("0791-85700000")})
                .exitCode == 0);
    const QString caseNo = addCase(box, example(QStringLiteral("valid-full.json")));

    const CliRun receipt = print(box, QStringLiteral("receipt"), caseNo, QStringLiteral("receipt.pdf"));
    INFO(receipt.describe());
    REQUIRE(receipt.exitCode == 0);
    CHECK(receipt.out.isEmpty());
    const QString r = pdfText(box.path(QStringLiteral("receipt.pdf")));
    CHECK(r.contains(caseNo));
    CHECK(r.contains(QStringLiteral("3607**********4715")));
    CHECK_FALSE(r.contains(QStringLiteral("360723199811024715")));
    CHECK(r.contains(QStringLiteral("0791-85700000")));

    // valid-full.json is a league member (03): the league letter, numbered 0001.
    const CliRun party = print(box, QStringLiteral("party-letter"), caseNo, QStringLiteral("party.pdf"), true);
    INFO(party.describe());
    REQUIRE(party.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(party.out).object();
    CHECK(result.value(QStringLiteral("number")).toString().endsWith(QStringLiteral("第0001号")));
    CHECK_FALSE(result.value(QStringLiteral("reprint")).toBool());
    const QString p = pdfText(box.path(QStringLiteral("party.pdf")));
    CHECK(p.contains(QStringLiteral("团员组织关系介绍信")));
    CHECK(p.contains(QStringLiteral("（有效期叁拾天）")));
}

TEST_CASE("cli: the party letter is refused for a non-member with exit 1", "[cli][print][suite]")
{
    CliSandbox box;
    const QString caseNo = addCase(box, withPoliticalStatus(QStringLiteral("13")));
    const CliRun run = print(box, QStringLiteral("party-letter"), caseNo, QStringLiteral("x.pdf"));
    INFO(run.describe());
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith("document_not_applicable\t"));
    CHECK(QString::fromUtf8(run.err).contains(QStringLiteral("群众")));
    CHECK(errorLinesWellFormed(run));
    CHECK_FALSE(QFile::exists(box.path(QStringLiteral("x.pdf"))));
}

TEST_CASE("cli: settlement letters numbered by the register, prefix from settings, reprint keeps the number",
          "[cli][print][suite]")
{
    CliSandbox box;
    REQUIRE(box.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("letter_prefix.settlement-letter"),
                     QStringLiteral("赣南昌退役落字")})
                .exitCode == 0);
    QStringList cases;
    for (int i = 0; i < 3; ++i)
        cases << addCase(box, example(QStringLiteral("valid-full.json")), QStringLiteral("c%1.json").arg(i));
    const int year = QDate::currentDate().year();
    for (int i = 0; i < 3; ++i) {
        const CliRun run = print(box, QStringLiteral("settlement-letter"), cases.at(i), QStringLiteral("l%1.pdf").arg(i));
        INFO(run.describe());
        REQUIRE(run.exitCode == 0);
        const QString number = QStringLiteral("赣南昌退役落字〔%1〕第%2号").arg(year).arg(i + 1, 4, 10, QLatin1Char('0'));
        CHECK(pdfText(box.path(QStringLiteral("l%1.pdf").arg(i))).count(number) == 3);
    }
    // A failed print (no such folder) leaves no gap.
    const CliRun failed = box.run({QStringLiteral("print"), QStringLiteral("settlement-letter"), cases.at(0),
                                   QStringLiteral("-o"), box.path(QStringLiteral("no/such/dir/x.pdf"))});
    CHECK(failed.exitCode == 2);
    const CliRun again = print(box, QStringLiteral("settlement-letter"), cases.at(1), QStringLiteral("again.pdf"), true);
    INFO(again.describe());
    REQUIRE(again.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(again.out).object();
    CHECK(result.value(QStringLiteral("reprint")).toBool());
    CHECK(result.value(QStringLiteral("number")).toString()
          == QStringLiteral("赣南昌退役落字〔%1〕第0002号").arg(year));
    CHECK(pdfText(box.path(QStringLiteral("again.pdf"))).count(QStringLiteral("补打")) == 2);
}

TEST_CASE("cli: settings get, set and list", "[cli][settings]")
{
    CliSandbox box;
    auto settings = [&](const QStringList &args) { return box.run(QStringList{QStringLiteral("settings")} + args); };
    const CliRun set = settings({QStringLiteral("set"), QStringLiteral("hall_name"), QStringLiteral("南昌县政务服务中心")});
    INFO(set.describe());
    REQUIRE(set.exitCode == 0);
    const CliRun get = settings({QStringLiteral("get"), QStringLiteral("hall_name")});
    CHECK(get.exitCode == 0);
    CHECK(get.outLines() == QStringList{QStringLiteral("南昌县政务服务中心")});
    const CliRun unset = settings({QStringLiteral("get"), QStringLiteral("hall_phone")});
    CHECK(unset.exitCode == 0);
    CHECK(unset.out.trimmed().isEmpty());
    REQUIRE(settings({QStringLiteral("set"), QStringLiteral("police_station.360121"), QStringLiteral("莲塘派出所")}).exitCode == 0);
    const CliRun list = settings({QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.outLines().contains(QStringLiteral("hall_name\t南昌县政务服务中心")));
    CHECK(list.outLines().contains(QStringLiteral("hall_phone\t")));
    CHECK(list.outLines().contains(QStringLiteral("police_station.360121\t莲塘派出所")));
    const CliRun json = box.run({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("get"),
                                 QStringLiteral("hall_phone")});
    CHECK(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("value")).isNull());
}

TEST_CASE("cli: settings refuse unknown names and bad values, losing nothing", "[cli][settings]")
{
    CliSandbox box;
    REQUIRE(box.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("validity_days.settlement-letter"),
                     QStringLiteral("30")})
                .exitCode == 0);
    struct Bad {
        QStringList args;
        int exit;
        const char *code;
    };
    const QList<Bad> bad = {
        {{QStringLiteral("set"), QStringLiteral("no_such_setting"), QStringLiteral("1")}, 1, "setting_unknown\t"},
        {{QStringLiteral("get"), QStringLiteral("no_such_setting")}, 1, "setting_unknown\t"},
        {{QStringLiteral("set"), QStringLiteral("police_station.36012"), QStringLiteral("x")}, 1, "setting_unknown\t"},
        {{QStringLiteral("set"), QStringLiteral("validity_days.settlement-letter"), QStringLiteral("abc")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("validity_days.settlement-letter"), QStringLiteral("0")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("validity_days.settlement-letter"), QStringLiteral("99999999999")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("validity_days.settlement-letter"), QStringLiteral(" 30")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("hall_region"), QStringLiteral("36012")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("hall_phone"), QStringLiteral("call me")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("hall_name"), QStringLiteral("甲\n乙")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("hall_name"), QStringLiteral("甲\u202E乙")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("hall_name"), QStringLiteral("大").repeated(30000)}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("letter_prefix.settlement-letter"), QStringLiteral("赣退役落字〔2024〕")}, 1, "setting_invalid\t"},
        {{QStringLiteral("set"), QStringLiteral("hall_name")}, 2, "usage_error\t"},
        {{QStringLiteral("delete"), QStringLiteral("hall_name")}, 2, "usage_error\t"},
        {{}, 2, "usage_error\t"},
        {{QStringLiteral("list"), QStringLiteral("extra")}, 2, "usage_error\t"},
    };
    for (const Bad &b : bad) {
        const CliRun run = box.run(QStringList{QStringLiteral("settings")} + b.args);
        INFO(b.args.join(QLatin1Char(' ')).left(80).toStdString() << "\n" << run.describe().substr(0, 2000));
        CHECK(run.exitCode == b.exit);
        CHECK(run.err.startsWith(b.code));
        CHECK(errorLinesWellFormed(run));
    }
    // Nothing was lost or changed.
    const CliRun get = box.run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("validity_days.settlement-letter")});
    CHECK(get.outLines() == QStringList{QStringLiteral("30")});
    const CliRun hall = box.run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("hall_name")});
    CHECK(hall.out.trimmed().isEmpty());
}
