// veteran-desk-cli's joint-processing commands end to end (docs/cli.md): workdays add, calendar
// import, status, advance, event, correct-push, out, overdue — a case from acceptance to closed.
#include <catch2/catch.hpp>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace vd::test;

namespace {

const QString Header = QStringLiteral("date,weekday,name,is_off_day,source_year_file,paper\n");

CliRun ok(const CliSandbox &box, const QStringList &args)
{
    const CliRun run = box.run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.describe());
    REQUIRE(run.exitCode == 0);
    REQUIRE(errorLinesWellFormed(run));
    return run;
}

CliRun rejected(const CliSandbox &box, const QStringList &args, int exitCode, const QString &code)
{
    const CliRun run = box.run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.describe());
    CHECK(!run.crashed);
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.startsWith(code.toUtf8() + '\t'));
    CHECK(errorLinesWellFormed(run));
    return run;
}

/// The status lines of a case as ITEM → fields.
QMap<QString, QStringList> status(const CliSandbox &box, const QString &caseNo)
{
    QMap<QString, QStringList> items;
    for (const QString &line : ok(box, {QStringLiteral("status"), caseNo}).outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        REQUIRE(f.size() == 6);
        items.insert(f.at(0), f);
    }
    return items;
}

} // namespace

TEST_CASE("cli: workdays add counts adjusted weekend working days and warns beyond the calendar", "[cli][workflow]")
{
    CliSandbox box;
    CliRun run = ok(box, {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-09"), QStringLiteral("1")});
    CHECK(run.out == QByteArray("2024-02-18\n"));
    CHECK(run.err.isEmpty());
    run = ok(box, {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-02-13"), QStringLiteral("2")});
    CHECK(run.out == QByteArray("2026-02-24\n")); // 02-14 (Sat) worked, then the nine days off
    run = ok(box, {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-12-30"), QStringLiteral("3")});
    CHECK(run.err.startsWith("calendar_beyond_known_years\t"));
    run = ok(box, {QStringLiteral("--json"), QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-09"),
                   QStringLiteral("0")});
    CHECK(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("date")).toString() == QStringLiteral("2024-02-09"));

    for (const QStringList &bad : QList<QStringList>{
             {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-30"), QStringLiteral("1")},
             {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-2-9"), QStringLiteral("1")},
             {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-09"), QStringLiteral("x")},
             {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-09"), QStringLiteral("99999")},
             {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-09"), QStringLiteral("-1")},
             {QStringLiteral("workdays"), QStringLiteral("sub"), QStringLiteral("2024-02-09"), QStringLiteral("1")},
             {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-09")},
         })
        rejected(box, bad, 2, QStringLiteral("usage_error"));
}

TEST_CASE("cli: calendar import validates the file and the new year counts at once", "[cli][workflow]")
{
    CliSandbox box;
    const auto importFile = [&box](const QByteArray &bytes) {
        return box.run({QStringLiteral("calendar"), QStringLiteral("import"), box.write(QStringLiteral("h.csv"), bytes)});
    };
    struct Bad {
        QByteArray file;
        int exitCode;
        QString code;
    };
    const QList<Bad> bad = {
        {QByteArray(), 1, QStringLiteral("holiday_file_invalid")},
        {"date;weekday\n2027-01-01;Fri\n", 1, QStringLiteral("holiday_file_invalid")},
        {Header.toUtf8() + "2027-01-01,Fri,元旦,true\n", 1, QStringLiteral("holiday_file_invalid")},
        {Header.toUtf8() + "2027-02-29,Mon,x,true,2027,x\n", 1, QStringLiteral("holiday_file_invalid")},
        {Header.toUtf8() + "2027-01-01,Fri,元旦,true,2027,x\n2027-01-01,Fri,元旦,true,2027,x\n", 1,
         QStringLiteral("holiday_file_invalid")},
        {QByteArray(400 * 1024, 'x'), 2, QStringLiteral("file_too_large")},
        {QByteArray("\x00\x01\x02\xff", 4), 1, QStringLiteral("holiday_file_invalid")},
    };
    for (const Bad &b : bad) {
        const CliRun run = importFile(b.file);
        INFO(run.describe());
        CHECK(run.exitCode == b.exitCode);
        CHECK(run.err.startsWith(b.code.toUtf8() + '\t'));
    }
    rejected(box, {QStringLiteral("calendar"), QStringLiteral("import"), box.path(QStringLiteral("missing.csv"))}, 2,
             QStringLiteral("file_unreadable"));
    rejected(box, {QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("x")}, 2, QStringLiteral("usage_error"));

    // Nothing was stored: 2026-12-31 + 1 is still a guess.
    CliRun run = ok(box, {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-12-31"), QStringLiteral("1")});
    CHECK(run.err.startsWith("calendar_beyond_known_years\t"));

    const CliRun imported = importFile(Header.toUtf8() + "2027-01-01,Fri,元旦,true,2027,x\n2027-01-04,Mon,元旦,true,2027,x\n");
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == QByteArray("2027\n"));
    run = ok(box, {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-12-31"), QStringLiteral("1")});
    CHECK(run.out == QByteArray("2027-01-05\n"));
    CHECK(run.err.isEmpty());
}

TEST_CASE("cli: a case from valid-full.json from acceptance to closed", "[cli][workflow]")
{
    CliSandbox box;
    const QString caseNo =
        QString::fromUtf8(ok(box, {QStringLiteral("add"), sharedPath(QStringLiteral("spec/examples/valid-full.json"))}).out)
            .trimmed();
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    QMap<QString, QStringList> items = status(box, caseNo);
    REQUIRE(items.size() == 9);
    CHECK(items.value(QStringLiteral("reserve_registration")).at(1) == QStringLiteral("completed"));
    CHECK(items.value(QStringLiteral("hukou_registration")).at(1) == QStringLiteral("pending_push"));

    // Illegal changes are refused with their codes, and change nothing.
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("hukou_registration"), QStringLiteral("pushed")}, 1,
             QStringLiteral("workflow_order"));
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("discharge_reporting"), QStringLiteral("in_progress")}, 1,
             QStringLiteral("workflow_illegal_transition"));
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("discharge_reporting"), QStringLiteral("refused")}, 1,
             QStringLiteral("workflow_reason_required"));
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("discharge_reporting"), QStringLiteral("pushed"),
                   QStringLiteral("--note"), QStringLiteral("a\tb")},
             1, QStringLiteral("workflow_text_invalid"));
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("discharge_reporting"), QStringLiteral("pushed"),
                   QStringLiteral("--date"), QStringLiteral("2999-01-01")},
             1, QStringLiteral("workflow_date_invalid"));
    rejected(box, {QStringLiteral("advance"), QStringLiteral("360121-20000101-0001"), QStringLiteral("discharge_reporting"),
                   QStringLiteral("pushed")},
             1, QStringLiteral("case_not_found"));
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("lottery"), QStringLiteral("pushed")}, 2,
             QStringLiteral("usage_error"));
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("discharge_reporting"), QStringLiteral("pushed"),
                   QStringLiteral("--tracking-no"), QStringLiteral("1")},
             2, QStringLiteral("usage_error"));
    CHECK(status(box, caseNo) == items);

    const auto advance = [&](const QString &item, const QString &state, const QStringList &more = {}) {
        return ok(box, QStringList{QStringLiteral("advance"), caseNo, item, state} + more);
    };
    advance(QStringLiteral("discharge_reporting"), QStringLiteral("pushed"), {QStringLiteral("--note"), QStringLiteral("材料已流转")});
    advance(QStringLiteral("subsidy_payment"), QStringLiteral("pushed"));
    advance(QStringLiteral("discharge_reporting"), QStringLiteral("completed"),
            {QStringLiteral("--handler"), QStringLiteral("测试乙"), QStringLiteral("--document-no"), QStringLiteral("落户介绍信 TEST-1")});
    CliRun run = advance(QStringLiteral("hukou_registration"), QStringLiteral("pushed"));
    const QStringList hukou = run.outLines().first().split(QLatin1Char('\t'));
    CHECK(hukou.at(1) == QStringLiteral("pushed"));
    CHECK(QDate::fromString(hukou.at(2), Qt::ISODate) > QDate::currentDate()); // 3 working days later

    // Overdue: nothing today; the household registration a month from now.
    CHECK(ok(box, {QStringLiteral("overdue"), QStringLiteral("--on"), today}).out.isEmpty());
    run = ok(box, {QStringLiteral("overdue"), QStringLiteral("--on"), QDate::currentDate().addDays(30).toString(Qt::ISODate)});
    REQUIRE(run.outLines().size() == 1);
    CHECK(run.outLines().first().startsWith(caseNo + QStringLiteral("\thukou_registration\tpushed\t")));

    // Correcting the push date moves the due date (to the same day here: it cannot be moved later
    // than today, nor before acceptance).
    rejected(box, {QStringLiteral("correct-push"), caseNo, QStringLiteral("hukou_registration"), QStringLiteral("2000-01-01")},
             1, QStringLiteral("workflow_date_invalid"));
    ok(box, {QStringLiteral("correct-push"), caseNo, QStringLiteral("hukou_registration"), today});

    advance(QStringLiteral("hukou_registration"), QStringLiteral("completed"), {QStringLiteral("--outcome"), QStringLiteral("已落户")});
    for (const QString &item : {QStringLiteral("id_card_issuance"), QStringLiteral("social_insurance_registration"),
                                QStringLiteral("pension_transfer"), QStringLiteral("medical_insurance_registration"),
                                QStringLiteral("medical_insurance_transfer")})
        advance(item, QStringLiteral("pushed"));
    advance(QStringLiteral("id_card_issuance"), QStringLiteral("in_progress"));
    advance(QStringLiteral("id_card_issuance"), QStringLiteral("completed"),
            {QStringLiteral("--document-no"), QStringLiteral("身份证受理回执号 TEST-0001")});
    advance(QStringLiteral("social_insurance_registration"), QStringLiteral("completed"),
            {QStringLiteral("--document-no"), QStringLiteral("社会保障号码 TEST")});
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("pension_transfer"), QStringLiteral("completed")}, 1,
             QStringLiteral("workflow_event_required"));
    rejected(box, {QStringLiteral("event"), caseNo, QStringLiteral("pension_transfer"), QStringLiteral("funds_allocated")}, 1,
             QStringLiteral("workflow_event_not_applicable"));
    run = ok(box, {QStringLiteral("event"), caseNo, QStringLiteral("pension_transfer"), QStringLiteral("funds_arrived")});
    CHECK_FALSE(run.outLines().first().split(QLatin1Char('\t')).at(2).isEmpty()); // the clock started
    advance(QStringLiteral("pension_transfer"), QStringLiteral("completed"));
    advance(QStringLiteral("medical_insurance_registration"), QStringLiteral("completed"));
    advance(QStringLiteral("medical_insurance_transfer"), QStringLiteral("returned"),
            {QStringLiteral("--reason"), QStringLiteral("原参保地未办理停保")});
    ok(box, {QStringLiteral("event"), caseNo, QStringLiteral("subsidy_payment"), QStringLiteral("funds_allocated")});
    advance(QStringLiteral("subsidy_payment"), QStringLiteral("completed"));

    // Results out: mail needs a tracking number, pickup a checked identity; not before an item ended.
    rejected(box, {QStringLiteral("out"), caseNo, QStringLiteral("hukou_registration"), QStringLiteral("mail")}, 1,
             QStringLiteral("result_out_invalid"));
    rejected(box, {QStringLiteral("out"), caseNo, QStringLiteral("id_card_issuance"), QStringLiteral("pickup"),
                   QStringLiteral("--collected-by"), QStringLiteral("测试甲")},
             1, QStringLiteral("result_out_invalid"));
    ok(box, {QStringLiteral("out"), caseNo, QStringLiteral("hukou_registration"), QStringLiteral("mail"),
             QStringLiteral("--tracking-no"), QStringLiteral("SF0000000001")});
    ok(box, {QStringLiteral("out"), caseNo, QStringLiteral("id_card_issuance"), QStringLiteral("pickup"),
             QStringLiteral("--collected-by"), QStringLiteral("测试甲"), QStringLiteral("--identity-checked")});
    for (const QString &item : {QStringLiteral("discharge_reporting"), QStringLiteral("social_insurance_registration"),
                                QStringLiteral("pension_transfer"), QStringLiteral("medical_insurance_registration")}) {
        run = ok(box, {QStringLiteral("out"), caseNo, item, QStringLiteral("sms")});
        CHECK(run.outLines().at(1).startsWith(QStringLiteral("sms\t【军人退役“一件事一次办”】")));
        CHECK_FALSE(run.out.contains("case\tclosed"));
    }
    run = ok(box, {QStringLiteral("out"), caseNo, QStringLiteral("medical_insurance_transfer"), QStringLiteral("sms")});
    CHECK(QString::fromUtf8(run.out).contains(QStringLiteral("原参保地未办理停保")));
    run = ok(box, {QStringLiteral("--json"), QStringLiteral("out"), caseNo, QStringLiteral("subsidy_payment"), QStringLiteral("sms")});
    const QJsonObject last = QJsonDocument::fromJson(run.out).object();
    CHECK(last.value(QStringLiteral("case_closed")).toBool());

    // Closed: in the list, in status --json, and nothing changes any more.
    CHECK(ok(box, {QStringLiteral("list")}).outLines().first().split(QLatin1Char('\t')).at(3) == QStringLiteral("closed"));
    const QJsonObject json =
        QJsonDocument::fromJson(ok(box, {QStringLiteral("--json"), QStringLiteral("status"), caseNo}).out).object();
    CHECK(json.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    const QJsonArray jsonItems = json.value(QStringLiteral("items")).toArray();
    REQUIRE(jsonItems.size() == 9);
    CHECK(jsonItems.at(2).toObject().value(QStringLiteral("document_numbers")).toString()
          == QStringLiteral("身份证受理回执号 TEST-0001"));
    CHECK(jsonItems.at(2).toObject().value(QStringLiteral("result_out")).toObject().value(QStringLiteral("identity_checked")).toBool());
    rejected(box, {QStringLiteral("advance"), caseNo, QStringLiteral("medical_insurance_transfer"), QStringLiteral("pushed")}, 1,
             QStringLiteral("workflow_case_closed"));
}
