#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

#include "Case.h"
#include "ItemState.h"
#include "Result.h"
#include "ResultOut.h"
#include "WorkdayCalendar.h"

namespace vd {

class Database;

/// One item of a case in the joint processing, as stored (table workflow_items, db/0002_workflow.sql).
struct WorkflowItem {
    ItemId item = ItemId::DischargeReporting;
    ItemState state = ItemState::PendingPush;
    QDate stateOn;      ///< the day of the last state change (acceptance for 待推送)
    QDate pushedOn;     ///< invalid until pushed
    QDate clockStartOn; ///< the day the time limit counts from (push; funds' arrival; acceptance)
    QDate dueOn;        ///< invalid when the item has no limit in working days or its clock has not started
    bool dueBeyondCalendar = false; ///< dueOn relies on a year without a known holiday arrangement
    QString handler;
    QString outcome;
    QString documentNumbers; ///< e.g. 身份证受理回执号, 社会保障号码
    QString reason;          ///< for 退回 / 不予办理
    QList<WorkflowEvent> events;       ///< events recorded (funds arrived / allocated)
    std::optional<ResultOut> resultOut; ///< 出件, once recorded

    /// True when the item is still open (not ended) and `on` is after its due date.
    bool isOverdue(const QDate &on) const { return !isEnded(state) && dueOn.isValid() && dueOn < on; }
};

/// A state change as the department's handler or the window records it.
struct WorkflowChange {
    ItemState to = ItemState::Pushed;
    QDate on = QDate::currentDate(); ///< the day it happened; not in the future, not before the last change
    QString note;
    QString handler;
    QString outcome;
    QString documentNumbers;
    QString reason; ///< required for 退回 / 不予办理
};

/// What a write did.
struct WorkflowOutcome {
    WorkflowItem item;        ///< the item after the write
    bool caseClosed = false;  ///< this write closed the case
    QString warning;          ///< Chinese; e.g. the due date relies on an unknown year
};

/// An open item with a due date, for the dashboard and `overdue`.
struct DueItem {
    QString caseNo;
    QString applicantName;
    ItemId item = ItemId::DischargeReporting;
    ItemState state = ItemState::Pushed;
    QDate dueOn;
};

/// Counts for statistics: items by item, state and month of their last state change.
struct WorkflowStatistic {
    ItemId item = ItemId::DischargeReporting;
    ItemState state = ItemState::PendingPush;
    QString month; ///< YYYY-MM
    int count = 0;
};

/// The joint processing of a case's items in the store (Attachment 1 四(二), 四(三)). Every write is
/// one checked transaction (BEGIN IMMEDIATE): the item row, an append-only event, the case's
/// revision and, when every item has ended and its result is out, the case status `closed`.
/// Rules come from ItemWorkflow (domain); due dates from TimeLimits on `calendar`.
class WorkflowRepository {
public:
    /// `calendar`: the effective working-day calendar (CalendarRepository::effective()); both must
    /// outlive the repository.
    WorkflowRepository(const Database &db, const WorkdayCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    /// Case status once every item has ended and its result is out.
    static QString statusClosed() { return QStringLiteral("closed"); }

    /// Starts the workflow of a case being accepted, inside the caller's transaction on `db`: every
    /// chosen item 待推送, except on-the-spot items (预备役登记), which are 已办结 on `acceptedOn`.
    /// Errors: storage_write_failed.
    static Status startWithin(const QSqlDatabase &db, const QString &caseUuid, const Case &c, const QDate &acceptedOn);

    /// The items of a case in the plan's order. Errors: case_not_found, storage_read_failed,
    /// storage_open_failed.
    Result<QList<WorkflowItem>> items(const QString &caseNo) const;
    /// The case's status (accepted, closed). Errors as items().
    Result<QString> caseStatus(const QString &caseNo) const;

    /// Moves `item` to `change.to`. Errors: case_not_found, workflow_item_not_in_case,
    /// workflow_case_closed, workflow_date_invalid (in the future, before the last change or the
    /// acceptance), workflow_text_invalid (control characters, over 500 characters),
    /// ItemWorkflow::checkAdvance's errors, storage_write_failed — nothing is written then.
    Result<WorkflowOutcome> advance(const QString &caseNo, ItemId item, const WorkflowChange &change);
    /// Records an event (转移基金到账, 补助经费到账) of the item it belongs to; funds_arrived starts the
    /// pension transfer's 3 working days. Recording it again corrects the date. Errors as advance(),
    /// plus workflow_event_not_applicable.
    Result<WorkflowOutcome> recordEvent(const QString &caseNo, ItemId item, WorkflowEvent event, const QDate &on,
                                        const QString &note = QString());
    /// Corrects the day the item was pushed; its due date is recomputed. Errors as advance(), plus
    /// workflow_not_pushed.
    Result<WorkflowOutcome> correctPushDate(const QString &caseNo, ItemId item, const QDate &pushedOn,
                                            const QString &note = QString());
    /// Records (or corrects) the item's result out; the item must have ended. For SMS the text is
    /// prepared here (ResultOut::prepareSms). Errors as advance(), plus result_out_invalid,
    /// workflow_result_not_ready.
    Result<WorkflowOutcome> recordResultOut(const QString &caseNo, ItemId item, const ResultOut &out);

    /// Open items whose due date is before `on`, earliest first. Errors: storage_read_failed.
    Result<QList<DueItem>> overdue(const QDate &on) const;
    /// Open items due on `on` or the next working day. Errors: storage_read_failed.
    Result<QList<DueItem>> dueWithinOneWorkingDay(const QDate &on) const;
    /// The number of items in each state (all cases). Errors: storage_read_failed.
    Result<QMap<ItemState, int>> countByState() const;
    /// Ended items whose result out is required and not yet recorded. Errors: storage_read_failed.
    Result<int> awaitingResultOut() const;
    /// Items by item, state and month of the last state change in [from, to]. Errors: storage_read_failed.
    Result<QList<WorkflowStatistic>> statistics(const QDate &from, const QDate &to) const;

private:
    struct Loaded;
    /// The case (uuid, number, status, acceptance day) and its items with events and results out.
    static Result<Loaded> load(const QSqlDatabase &db, const QString &caseNo, const QString &errorCode);
    /// Runs one write: loads the case and its items in a write transaction, lets `change` modify the
    /// item (returning the events to append), then writes, closes the case if due and commits.
    template <typename F>
    Result<WorkflowOutcome> write(const QString &caseNo, ItemId item, F change);
    Result<QList<DueItem>> dueItems(const QString &where, const QList<QVariant> &values) const;

    const Database &m_db;
    const WorkdayCalendar &m_calendar;
};

} // namespace vd
