// The joint processing in the store: start at acceptance, checked advances, due dates, closing,
// overdue queries, imported holiday arrangements.
#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

#include "CalendarRepository.h"
#include "CaseRepository.h"
#include "Database.h"
#include "StorageFixtures.h"
#include "WorkflowRepository.h"

using namespace vd;

namespace {

const QString Hall = QStringLiteral("360121");
const QDate Accepted(2024, 9, 12); // Thursday; 09-14 (Sat) is an adjusted working day, 09-15…17 中秋

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    WorkdayCalendar calendar = WorkdayCalendar::builtIn();

    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    WorkflowRepository workflow() const { return WorkflowRepository(*db, calendar); }
    QString addFull(const QDate &day = Accepted) const
    {
        const auto added = db->cases().add(test::loadExample(QStringLiteral("valid-full.json")), Hall, day);
        REQUIRE(added.ok());
        return added.value();
    }
    int revision(const QString &caseNo) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT revision FROM cases WHERE case_no = ?"));
        q.addBindValue(caseNo);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    int events() const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM workflow_events")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

WorkflowItem itemOf(const Store &s, const QString &caseNo, ItemId id)
{
    const auto items = s.workflow().items(caseNo);
    REQUIRE(items.ok());
    for (const WorkflowItem &w : items.value()) {
        if (w.item == id)
            return w;
    }
    FAIL("item not in case");
    return {};
}

WorkflowOutcome advanceOk(const Store &s, const QString &caseNo, ItemId id, ItemState to, const QDate &on,
                          const QString &reason = QString())
{
    WorkflowChange change;
    change.to = to;
    change.on = on;
    change.reason = reason;
    auto r = s.workflow().advance(caseNo, id, change);
    INFO(itemKey(id).toStdString() << " -> " << stateKey(to).toStdString() << ": "
                                   << (r.ok() ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

Error advanceFails(const Store &s, const QString &caseNo, ItemId id, ItemState to, const QDate &on)
{
    WorkflowChange change;
    change.to = to;
    change.on = on;
    const auto r = s.workflow().advance(caseNo, id, change);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

ResultOut pickup(const QDate &on)
{
    ResultOut out;
    out.method = ResultOutMethod::Pickup;
    out.outOn = on;
    out.collectedBy = QStringLiteral("测试甲");
    out.identityChecked = true;
    return out;
}

} // namespace

TEST_CASE("accepting a case starts its workflow: every item pending, reserve registration done on the spot",
          "[workflow][storage]")
{
    Store s;
    const QString caseNo = s.addFull();
    const auto items = s.workflow().items(caseNo);
    REQUIRE(items.ok());
    REQUIRE(items.value().size() == 9);
    CHECK(items.value().first().item == ItemId::DischargeReporting);
    for (const WorkflowItem &w : items.value()) {
        INFO(itemKey(w.item).toStdString());
        if (w.item == ItemId::ReserveRegistration) {
            CHECK(w.state == ItemState::Completed);
            CHECK(w.dueOn == Accepted);
        } else {
            CHECK(w.state == ItemState::PendingPush);
            CHECK_FALSE(w.dueOn.isValid());
        }
        CHECK(w.stateOn == Accepted);
    }
    CHECK(s.events() == 10); // nine "started" and the on-the-spot completion

    const Case minimal = test::loadExample(QStringLiteral("valid-minimal.json"));
    const auto added = s.db->cases().add(minimal, Hall, Accepted);
    REQUIRE(added.ok());
    CHECK(s.workflow().items(added.value()).value().size() == minimal.items.size());
}

TEST_CASE("a case from acceptance to closed; refused changes write nothing", "[workflow][storage]")
{
    Store s;
    const QString caseNo = s.addFull();
    const int revision = s.revision(caseNo);
    const int events = s.events();

    // The plan's order: nothing but discharge reporting and the subsidy before discharge reporting is done.
    Error e = advanceFails(s, caseNo, ItemId::HukouRegistration, ItemState::Pushed, Accepted);
    CHECK(e.code == QStringLiteral("workflow_order"));
    e = advanceFails(s, caseNo, ItemId::DischargeReporting, ItemState::Completed, Accepted);
    CHECK(e.code == QStringLiteral("workflow_illegal_transition"));
    CHECK(e.message.contains(QStringLiteral("待推送")));
    CHECK(e.message.contains(QStringLiteral("已办结")));
    e = advanceFails(s, caseNo, ItemId::DischargeReporting, ItemState::Pushed, Accepted.addDays(-1));
    CHECK(e.code == QStringLiteral("workflow_date_invalid"));
    e = advanceFails(s, caseNo, ItemId::DischargeReporting, ItemState::Pushed, QDate::currentDate().addDays(1));
    CHECK(e.code == QStringLiteral("workflow_date_invalid"));
    CHECK(s.revision(caseNo) == revision);
    CHECK(s.events() == events);

    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Pushed, Accepted);
    advanceOk(s, caseNo, ItemId::SubsidyPayment, ItemState::Pushed, Accepted);
    CHECK(s.revision(caseNo) == revision + 2);
    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Completed, QDate(2024, 9, 13));

    // Household registration: 3 working days from Friday 09-13 = 09-14 (Sat, worked), 09-18, 09-19.
    WorkflowOutcome o = advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::Pushed, QDate(2024, 9, 13));
    CHECK(o.item.dueOn == QDate(2024, 9, 19));
    CHECK(o.warning.isEmpty());
    e = advanceFails(s, caseNo, ItemId::IdCardIssuance, ItemState::Pushed, QDate(2024, 9, 13));
    CHECK(e.code == QStringLiteral("workflow_order"));
    advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::InProgress, QDate(2024, 9, 14));
    WorkflowChange done;
    done.to = ItemState::Completed;
    done.on = QDate(2024, 9, 18);
    done.handler = QStringLiteral("测试乙");
    done.outcome = QStringLiteral("已落户");
    REQUIRE(s.workflow().advance(caseNo, ItemId::HukouRegistration, done).ok());

    const QDate pushDay(2024, 9, 19);
    for (ItemId id : {ItemId::IdCardIssuance, ItemId::SocialInsuranceRegistration, ItemId::PensionTransfer,
                      ItemId::MedicalInsuranceRegistration, ItemId::MedicalInsuranceTransfer})
        advanceOk(s, caseNo, id, ItemState::Pushed, pushDay);
    CHECK(itemOf(s, caseNo, ItemId::IdCardIssuance).dueOn == QDate(2024, 10, 15)); // across 国庆 (09-29, 10-12 worked)
    CHECK(itemOf(s, caseNo, ItemId::SocialInsuranceRegistration).dueOn == QDate(2024, 9, 20));
    CHECK(itemOf(s, caseNo, ItemId::MedicalInsuranceTransfer).dueOn == QDate(2024, 9, 26));
    CHECK_FALSE(itemOf(s, caseNo, ItemId::PensionTransfer).dueOn.isValid()); // waits for the funds

    // The pension transfer: not before the funds arrive; then 3 working days from their arrival.
    e = advanceFails(s, caseNo, ItemId::PensionTransfer, ItemState::Completed, QDate(2024, 9, 20));
    CHECK(e.code == QStringLiteral("workflow_event_required"));
    auto ev = s.workflow().recordEvent(caseNo, ItemId::PensionTransfer, WorkflowEvent::FundsArrived, QDate(2024, 9, 27));
    REQUIRE(ev.ok());
    CHECK(ev.value().item.dueOn == QDate(2024, 10, 8)); // 09-29 (Sun, worked), 09-30, then 10-08
    CHECK(s.workflow().recordEvent(caseNo, ItemId::PensionTransfer, WorkflowEvent::FundsAllocated, QDate(2024, 9, 27))
              .error()
              .code == QStringLiteral("workflow_event_not_applicable"));

    WorkflowChange idCard;
    idCard.to = ItemState::Completed;
    idCard.on = QDate(2024, 10, 10);
    idCard.documentNumbers = QStringLiteral("身份证受理回执号 TEST-0001");
    const auto idDone = s.workflow().advance(caseNo, ItemId::IdCardIssuance, idCard);
    REQUIRE(idDone.ok());
    CHECK(idDone.value().item.documentNumbers == QStringLiteral("身份证受理回执号 TEST-0001"));
    for (ItemId id : {ItemId::SocialInsuranceRegistration, ItemId::PensionTransfer, ItemId::MedicalInsuranceRegistration})
        advanceOk(s, caseNo, id, ItemState::Completed, QDate(2024, 10, 10));
    advanceOk(s, caseNo, ItemId::MedicalInsuranceTransfer, ItemState::Returned, QDate(2024, 9, 20),
              QStringLiteral("原参保地未办理停保"));
    REQUIRE(s.workflow()
                .recordEvent(caseNo, ItemId::SubsidyPayment, WorkflowEvent::FundsAllocated, QDate(2024, 10, 11))
                .ok());
    advanceOk(s, caseNo, ItemId::SubsidyPayment, ItemState::Completed, QDate(2024, 10, 11));

    // Every item has ended, but results are not out yet: the case is still open.
    CHECK(s.workflow().caseStatus(caseNo).value() == CaseRepository::statusAccepted());
    CHECK(s.workflow().awaitingResultOut().value() == 8);
    CHECK(s.workflow().recordResultOut(caseNo, ItemId::DischargeReporting, [] {
                           ResultOut bad = pickup(QDate(2024, 10, 12));
                           bad.identityChecked = false;
                           return bad;
                       }())
              .error()
              .code == QStringLiteral("result_out_invalid"));

    const QList<ItemId> remaining = {ItemId::DischargeReporting, ItemId::HukouRegistration, ItemId::IdCardIssuance,
                                     ItemId::SocialInsuranceRegistration, ItemId::PensionTransfer,
                                     ItemId::MedicalInsuranceRegistration, ItemId::MedicalInsuranceTransfer};
    for (ItemId id : remaining) {
        const auto out = s.workflow().recordResultOut(caseNo, id, pickup(QDate(2024, 10, 12)));
        REQUIRE(out.ok());
        CHECK_FALSE(out.value().caseClosed);
    }
    ResultOut sms;
    sms.method = ResultOutMethod::Sms;
    sms.outOn = QDate(2024, 10, 12);
    const auto last = s.workflow().recordResultOut(caseNo, ItemId::SubsidyPayment, sms);
    INFO((last.ok() ? std::string() : last.error().message.toStdString()));
    REQUIRE(last.ok());
    CHECK(last.value().caseClosed);
    CHECK(last.value().item.resultOut->smsText.contains(caseNo));
    CHECK_FALSE(last.value().item.resultOut->smsText.contains(QStringLiteral("陈志强"))); // no name in SMS
    CHECK(s.workflow().caseStatus(caseNo).value() == WorkflowRepository::statusClosed());
    CHECK(s.db->cases().list().value().first().status == QStringLiteral("closed"));

    e = advanceFails(s, caseNo, ItemId::MedicalInsuranceTransfer, ItemState::Pushed, QDate(2024, 10, 14));
    CHECK(e.code == QStringLiteral("workflow_case_closed"));
}

TEST_CASE("correcting a push date recomputes the due date", "[workflow][storage]")
{
    Store s;
    const QString caseNo = s.addFull();
    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Pushed, Accepted);
    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Completed, Accepted);
    CHECK(advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::Pushed, QDate(2024, 9, 20)).item.dueOn
          == QDate(2024, 9, 25));
    auto corrected = s.workflow().correctPushDate(caseNo, ItemId::HukouRegistration, QDate(2024, 9, 13));
    REQUIRE(corrected.ok());
    CHECK(corrected.value().item.pushedOn == QDate(2024, 9, 13));
    CHECK(corrected.value().item.dueOn == QDate(2024, 9, 19));
    CHECK(itemOf(s, caseNo, ItemId::HukouRegistration).dueOn == QDate(2024, 9, 19));

    CHECK(s.workflow().correctPushDate(caseNo, ItemId::IdCardIssuance, QDate(2024, 9, 13)).error().code
          == QStringLiteral("workflow_not_pushed"));
    CHECK(s.workflow().correctPushDate(caseNo, ItemId::HukouRegistration, QDate(2024, 9, 1)).error().code
          == QStringLiteral("workflow_date_invalid")); // before acceptance
    advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::InProgress, QDate(2024, 9, 14));
    CHECK(s.workflow().correctPushDate(caseNo, ItemId::HukouRegistration, QDate(2024, 9, 18)).error().code
          == QStringLiteral("workflow_date_invalid")); // after the later change

    // The funds' arrival corrected the same way: recorded again.
    for (ItemId id : {ItemId::HukouRegistration})
        advanceOk(s, caseNo, id, ItemState::Completed, QDate(2024, 9, 18));
    advanceOk(s, caseNo, ItemId::PensionTransfer, ItemState::Pushed, QDate(2024, 9, 18));
    REQUIRE(s.workflow().recordEvent(caseNo, ItemId::PensionTransfer, WorkflowEvent::FundsArrived, QDate(2024, 9, 30)).ok());
    CHECK(itemOf(s, caseNo, ItemId::PensionTransfer).dueOn == QDate(2024, 10, 10));
    REQUIRE(s.workflow().recordEvent(caseNo, ItemId::PensionTransfer, WorkflowEvent::FundsArrived, QDate(2024, 9, 19)).ok());
    CHECK(itemOf(s, caseNo, ItemId::PensionTransfer).dueOn == QDate(2024, 9, 24));
}

TEST_CASE("overdue and due within one working day, counts by state", "[workflow][storage]")
{
    Store s;
    const QString caseNo = s.addFull();
    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Pushed, Accepted);
    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Completed, Accepted);
    advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::Pushed, QDate(2024, 9, 13)); // due 09-19 (Thu)

    CHECK(s.workflow().overdue(QDate(2024, 9, 19)).value().isEmpty());
    const auto late = s.workflow().overdue(QDate(2024, 9, 20));
    REQUIRE(late.ok());
    REQUIRE(late.value().size() == 1);
    CHECK(late.value().first().caseNo == caseNo);
    CHECK(late.value().first().item == ItemId::HukouRegistration);
    CHECK(late.value().first().dueOn == QDate(2024, 9, 19));

    // Due within one working day: on 09-18 (the next working day is 09-19) and on 09-19 itself;
    // on 09-14 (Sat, worked) the next working day is 09-18, so not yet.
    CHECK(s.workflow().dueWithinOneWorkingDay(QDate(2024, 9, 18)).value().size() == 1);
    CHECK(s.workflow().dueWithinOneWorkingDay(QDate(2024, 9, 19)).value().size() == 1);
    CHECK(s.workflow().dueWithinOneWorkingDay(QDate(2024, 9, 14)).value().isEmpty());
    CHECK(s.workflow().dueWithinOneWorkingDay(QDate(2024, 9, 20)).value().isEmpty());

    const auto counts = s.workflow().countByState();
    REQUIRE(counts.ok());
    CHECK(counts.value().value(ItemState::PendingPush) == 6);
    CHECK(counts.value().value(ItemState::Pushed) == 1);
    CHECK(counts.value().value(ItemState::Completed) == 2);
    CHECK(counts.value().value(ItemState::Refused) == 0);

    const auto stats = s.workflow().statistics(QDate(2024, 9, 1), QDate(2024, 9, 30));
    REQUIRE(stats.ok());
    int total = 0;
    for (const WorkflowStatistic &st : stats.value()) {
        CHECK(st.month == QStringLiteral("2024-09"));
        total += st.count;
    }
    CHECK(total == 9);

    // Completed items are no longer overdue.
    advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::Completed, QDate(2024, 9, 20));
    CHECK(s.workflow().overdue(QDate(2024, 9, 30)).value().isEmpty());
}

TEST_CASE("hostile text and unknown cases are refused", "[workflow][storage]")
{
    Store s;
    const QString caseNo = s.addFull();
    WorkflowChange change;
    change.to = ItemState::Pushed;
    change.on = Accepted;
    change.note = QStringLiteral("a\tb");
    CHECK(s.workflow().advance(caseNo, ItemId::DischargeReporting, change).error().code
          == QStringLiteral("workflow_text_invalid"));
    change.note = QString(501, QLatin1Char('x'));
    CHECK(s.workflow().advance(caseNo, ItemId::DischargeReporting, change).error().code
          == QStringLiteral("workflow_text_invalid"));
    change.note = QStringLiteral("'; DROP TABLE cases; --");
    CHECK(s.workflow().advance(caseNo, ItemId::DischargeReporting, change).ok());
    CHECK(s.workflow().items(QStringLiteral("360121-20240912-9999")).error().code == QStringLiteral("case_not_found"));

    const auto minimal = s.db->cases().add(test::loadExample(QStringLiteral("valid-minimal.json")), Hall, Accepted);
    REQUIRE(minimal.ok());
    if (!test::loadExample(QStringLiteral("valid-minimal.json")).items.contains(ItemId::PensionTransfer)) {
        change.note.clear();
        CHECK(s.workflow().advance(minimal.value(), ItemId::PensionTransfer, change).error().code
              == QStringLiteral("workflow_item_not_in_case"));
    }
}

TEST_CASE("an imported holiday arrangement is merged over the built-in calendar", "[workflow][storage][workdays]")
{
    Store s;
    CalendarRepository calendars(*s.db);
    bool beyond = false;
    s.calendar = calendars.effective().value();
    s.calendar.addWorkdays(QDate(2026, 12, 31), 1, &beyond);
    CHECK(beyond);

    CHECK(calendars.import("date,weekday\n2027-01-01,Fri\n").error().code == QStringLiteral("holiday_file_invalid"));
    const auto years = calendars.import("date,weekday,name,is_off_day,source_year_file,paper\n"
                                        "2027-01-01,Fri,元旦,true,2027,x\n2027-01-04,Mon,元旦,true,2027,x\n");
    REQUIRE(years.ok());
    CHECK(years.value() == QList<int>{2027});
    const auto merged = calendars.effective();
    REQUIRE(merged.ok());
    CHECK(merged.value().years() == QList<int>{2023, 2024, 2025, 2026, 2027});
    CHECK(merged.value().addWorkdays(QDate(2026, 12, 31), 1, &beyond) == QDate(2027, 1, 5));
    CHECK_FALSE(beyond);

    // A later file wins for the same day.
    REQUIRE(calendars.import("date,weekday,name,is_off_day,source_year_file,paper\n2027-01-04,Mon,元旦,false,2027,x\n").ok());
    CHECK(calendars.effective().value().isWorkday(QDate(2027, 1, 4)));
}

TEST_CASE("a case accepted before the workflow existed starts it on its first change", "[workflow][storage]")
{
    Store s;
    const QString caseNo = s.addFull();
    {
        // As a store from before migration 0002 would have it: a case, no item rows.
        QSqlQuery q(s.db->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM workflow_events")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM workflow_items")));
    }
    const auto shown = s.workflow().items(caseNo);
    REQUIRE(shown.ok());
    REQUIRE(shown.value().size() == 9);
    CHECK(shown.value().at(3).state == ItemState::Completed); // reserve registration, on the spot
    CHECK(shown.value().at(0).state == ItemState::PendingPush);
    CHECK(s.events() == 0); // reading writes nothing

    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Pushed, Accepted);
    CHECK(itemOf(s, caseNo, ItemId::DischargeReporting).state == ItemState::Pushed);
    CHECK(s.events() == 11); // started ×9, reserve on the spot, the push
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM workflow_items")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 9);
}

TEST_CASE("a due date beyond the known holiday years is flagged with a warning", "[workflow][storage][workdays]")
{
    Store s;
    // A calendar that knows 2024 only: a push late in December counts into 2025 by weekends alone.
    const auto only2024 = WorkdayCalendar::fromCsv("date,weekday,name,is_off_day,source_year_file,paper\n"
                                                   "2024-10-01,Tue,国庆节,true,2024,x\n");
    REQUIRE(only2024.ok());
    s.calendar = only2024.value();
    const QString caseNo = s.addFull(QDate(2024, 12, 2));
    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Pushed, QDate(2024, 12, 2));
    advanceOk(s, caseNo, ItemId::DischargeReporting, ItemState::Completed, QDate(2024, 12, 2));
    const WorkflowOutcome inYear = advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::Pushed, QDate(2024, 12, 2));
    CHECK_FALSE(inYear.item.dueBeyondCalendar);
    CHECK(inYear.warning.isEmpty());
    const WorkflowOutcome o = advanceOk(s, caseNo, ItemId::SubsidyPayment, ItemState::Pushed, QDate(2024, 12, 2));
    CHECK(o.warning.isEmpty()); // no time limit, nothing to guess
    advanceOk(s, caseNo, ItemId::HukouRegistration, ItemState::Completed, QDate(2024, 12, 3));
    const WorkflowOutcome idCard = advanceOk(s, caseNo, ItemId::IdCardIssuance, ItemState::Pushed, QDate(2024, 12, 20));
    CHECK(idCard.item.dueBeyondCalendar);
    CHECK(idCard.item.dueOn == QDate(2025, 1, 10)); // weekends only: 2025-01-01 is not known as a holiday
    CHECK(idCard.warning.contains(QStringLiteral("2025-01-10")));
    CHECK(itemOf(s, caseNo, ItemId::IdCardIssuance).dueBeyondCalendar);
}
