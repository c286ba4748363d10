// The item workflow (Attachment 1 四(二)) and the time limits in working days.
#include <catch2/catch.hpp>

#include <QSet>

#include "Case.h"
#include "DomainFixtures.h"
#include "ItemWorkflow.h"
#include "TimeLimits.h"
#include "TestSupport.h"

using namespace vd;

namespace {

const ItemWorkflow &wf()
{
    return ItemWorkflow::builtIn();
}

/// The allowed transitions as the plan reads them, written out independently of workflow.json.
const QSet<QPair<ItemState, ItemState>> &expectedAllowed()
{
    using S = ItemState;
    static const QSet<QPair<S, S>> allowed = {
        {S::PendingPush, S::Pushed},  {S::PendingPush, S::Refused}, {S::Pushed, S::InProgress},
        {S::Pushed, S::Completed},    {S::Pushed, S::Returned},     {S::Pushed, S::Refused},
        {S::InProgress, S::Completed}, {S::InProgress, S::Returned}, {S::InProgress, S::Refused},
        {S::Returned, S::Pushed},
    };
    return allowed;
}

} // namespace

TEST_CASE("every pair of states: allowed transitions pass, every other is refused naming both states", "[workflow]")
{
    for (const ItemInfo &item : allItems()) {
        for (ItemState from : allItemStates()) {
            for (ItemState to : allItemStates()) {
                bool expected = expectedAllowed().contains({from, to});
                if (item.id == ItemId::ReserveRegistration && from == ItemState::PendingPush && to == ItemState::Completed)
                    expected = true; // on the spot
                const Status s = wf().checkTransition(item.id, from, to);
                INFO(item.key << ": " << stateKey(from).toStdString() << " -> " << stateKey(to).toStdString());
                CHECK(s.ok() == expected);
                CHECK(wf().nextStates(item.id, from).contains(to) == expected);
                if (!s.ok()) {
                    CHECK(s.error().code == QStringLiteral("workflow_illegal_transition"));
                    CHECK(s.error().message.contains(item.name));
                    CHECK(s.error().message.contains(stateName(from)));
                    if (from != to)
                        CHECK(s.error().message.contains(stateName(to)));
                }
            }
        }
    }
}

TEST_CASE("returned and refused need a reason", "[workflow]")
{
    ItemWorkflow::Context ctx;
    ctx.caseItems = {{ItemId::DischargeReporting, ItemState::Pushed}};
    for (ItemState to : {ItemState::Returned, ItemState::Refused}) {
        ctx.reason = QStringLiteral("  ");
        const Status s = wf().checkAdvance(ItemId::DischargeReporting, ItemState::Pushed, to, ctx);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("workflow_reason_required"));
        ctx.reason = QStringLiteral("材料不全");
        CHECK(wf().checkAdvance(ItemId::DischargeReporting, ItemState::Pushed, to, ctx).ok());
    }
    ctx.reason.clear();
    CHECK(wf().checkAdvance(ItemId::DischargeReporting, ItemState::Pushed, ItemState::Completed, ctx).ok());
}

TEST_CASE("the plan's order: discharge reporting, then household registration, then the rest", "[workflow]")
{
    ItemWorkflow::Context ctx;
    ctx.caseItems = {{ItemId::DischargeReporting, ItemState::Pushed},
                     {ItemId::HukouRegistration, ItemState::PendingPush},
                     {ItemId::IdCardIssuance, ItemState::PendingPush},
                     {ItemId::SocialInsuranceRegistration, ItemState::PendingPush},
                     {ItemId::SubsidyPayment, ItemState::PendingPush}};
    const auto push = [&ctx](ItemId item) {
        return wf().checkAdvance(item, ItemState::PendingPush, ItemState::Pushed, ctx);
    };
    Status s = push(ItemId::HukouRegistration);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("workflow_order"));
    CHECK(s.error().message.contains(QStringLiteral("退役报到")));
    CHECK(push(ItemId::SubsidyPayment).ok()); // handled together with discharge reporting

    ctx.caseItems[ItemId::DischargeReporting] = ItemState::Completed;
    CHECK(push(ItemId::HukouRegistration).ok());
    s = push(ItemId::SocialInsuranceRegistration);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("户口登记")));
    CHECK_FALSE(push(ItemId::IdCardIssuance).ok());

    ctx.caseItems[ItemId::HukouRegistration] = ItemState::Completed;
    CHECK(push(ItemId::SocialInsuranceRegistration).ok());
    CHECK(push(ItemId::IdCardIssuance).ok());

    // Without household registration in the case, the insurance items need only discharge reporting.
    ctx.caseItems.remove(ItemId::HukouRegistration);
    CHECK(push(ItemId::SocialInsuranceRegistration).ok());
}

TEST_CASE("the pension transfer and the subsidy wait for their funds", "[workflow]")
{
    ItemWorkflow::Context ctx;
    Status s = wf().checkAdvance(ItemId::PensionTransfer, ItemState::InProgress, ItemState::Completed, ctx);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("workflow_event_required"));
    CHECK(s.error().message.contains(QStringLiteral("转移基金到账")));
    ctx.events = {WorkflowEvent::FundsArrived};
    CHECK(wf().checkAdvance(ItemId::PensionTransfer, ItemState::InProgress, ItemState::Completed, ctx).ok());

    ctx.events.clear();
    CHECK_FALSE(wf().checkAdvance(ItemId::SubsidyPayment, ItemState::Pushed, ItemState::Completed, ctx).ok());
    ctx.events = {WorkflowEvent::FundsAllocated};
    CHECK(wf().checkAdvance(ItemId::SubsidyPayment, ItemState::Pushed, ItemState::Completed, ctx).ok());
    // Returning needs no funds.
    ctx.events.clear();
    ctx.reason = QStringLiteral("账户信息有误");
    CHECK(wf().checkAdvance(ItemId::SubsidyPayment, ItemState::Pushed, ItemState::Returned, ctx).ok());
}

TEST_CASE("time limits in working days are the plan's", "[workflow][timelimits]")
{
    CHECK(wf().rule(ItemId::HukouRegistration).workingDays == 3);
    CHECK(wf().rule(ItemId::IdCardIssuance).workingDays == 15);
    CHECK(wf().rule(ItemId::SocialInsuranceRegistration).workingDays == 1);
    CHECK(wf().rule(ItemId::PensionTransfer).workingDays == 3);
    CHECK(wf().rule(ItemId::PensionTransfer).clock == ClockStart::Event);
    CHECK(wf().rule(ItemId::MedicalInsuranceRegistration).workingDays == 1);
    CHECK(wf().rule(ItemId::MedicalInsuranceTransfer).workingDays == 5);
    CHECK(wf().rule(ItemId::ReserveRegistration).workingDays == 0);
    CHECK(wf().rule(ItemId::ReserveRegistration).onTheSpot);
    CHECK(wf().rule(ItemId::SubsidyPayment).workingDays == -1);
    CHECK(wf().rule(ItemId::DischargeReporting).workingDays == -1);

    const WorkdayCalendar &cal = WorkdayCalendar::builtIn();
    // Pushed Friday 2024-02-09 before the Spring Festival: 3 working days = 02-18 (Sun, worked), 19, 20.
    CHECK(TimeLimits::dueDate(ItemId::HukouRegistration, QDate(2024, 2, 9), cal) == QDate(2024, 2, 20));
    // Pushed 2026-02-13: the adjusted Saturday 02-14, then the nine days off, then 02-24.
    CHECK(TimeLimits::dueDate(ItemId::SocialInsuranceRegistration, QDate(2026, 2, 13), cal) == QDate(2026, 2, 14));
    CHECK(TimeLimits::dueDate(ItemId::MedicalInsuranceTransfer, QDate(2026, 2, 13), cal) == QDate(2026, 2, 27));
    CHECK_FALSE(TimeLimits::dueDate(ItemId::SubsidyPayment, QDate(2026, 2, 13), cal).isValid());
    CHECK_FALSE(TimeLimits::dueDate(ItemId::HukouRegistration, QDate(), cal).isValid());
}

TEST_CASE("promises for the receipt: dates, rule texts and a warning beyond the calendar", "[workflow][timelimits]")
{
    const WorkdayCalendar &cal = WorkdayCalendar::builtIn();
    const TimeLimitPromise hukou = TimeLimits::promise(ItemId::HukouRegistration, QDate(2024, 9, 12), cal);
    CHECK(hukou.dueOn == QDate(2024, 9, 18)); // 13 Fri, 14 Sat (worked), 18 Wed after 中秋 15–17
    CHECK(hukou.text == QStringLiteral("推送后 3 个工作日内办结（预计 2024年9月18日 前）"));
    CHECK_FALSE(hukou.beyondCalendar);
    CHECK(hukou.warning.isEmpty());

    const TimeLimitPromise beyond = TimeLimits::promise(ItemId::IdCardIssuance, QDate(2026, 12, 20), cal);
    CHECK(beyond.beyondCalendar);
    CHECK(beyond.dueOn.year() == 2027);
    CHECK(beyond.warning.contains(QStringLiteral("2023–2026")));

    const Case c = test::exampleCase(QStringLiteral("valid-full.json"));
    const QList<TimeLimitPromise> all = TimeLimits::promises(c, QDate(2024, 9, 12), cal);
    REQUIRE(all.size() == 9);
    CHECK(all.at(0).item == ItemId::DischargeReporting);
    CHECK_FALSE(all.at(0).dueOn.isValid());
    CHECK(all.at(0).text == QStringLiteral("按退役军人事务部门明确的时限办理"));
    CHECK(all.at(3).item == ItemId::ReserveRegistration);
    CHECK(all.at(3).dueOn == QDate(2024, 9, 12));
    CHECK(all.at(3).text == QStringLiteral("当场办理（2024年9月12日）"));
    CHECK(all.at(5).item == ItemId::PensionTransfer);
    CHECK_FALSE(all.at(5).dueOn.isValid()); // the funds' arrival is not known at acceptance
    CHECK(all.at(5).text.contains(QStringLiteral("到账后 3 个工作日")));
}

TEST_CASE("a broken workflow file is refused with a clear error", "[workflow]")
{
    const QByteArray good = test::readFile(QStringLiteral(VD_SOURCE_DIR "/resources/rules/workflow.json"));
    REQUIRE(ItemWorkflow::fromJson(good).ok());
    QList<QByteArray> bad = {QByteArray(), QByteArray("[]"), QByteArray("{"), QByteArray(1 << 20, 'x')};
    QByteArray unknownState = good;
    unknownState.replace("\"returned\": [\"pushed\"]", "\"returned\": [\"lost\"]");
    QByteArray unknownItem = good;
    unknownItem.replace("\"id\": \"subsidy_payment\"", "\"id\": \"lottery\"");
    QByteArray badDays = good;
    badDays.replace("\"working_days\": 15", "\"working_days\": -2");
    QByteArray selfLoop = good;
    selfLoop.replace("\"returned\": [\"pushed\"]", "\"returned\": [\"returned\"]");
    bad << unknownState << unknownItem << badDays << selfLoop;
    for (const QByteArray &b : bad) {
        REQUIRE(b != good);
        const auto r = ItemWorkflow::fromJson(b);
        CHECK_FALSE(r.ok());
        if (!r.ok())
            CHECK(r.error().code == QStringLiteral("workflow_file_invalid"));
    }
}
