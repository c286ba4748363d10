#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "ItemId.h"
#include "WorkdayCalendar.h"

namespace vd {

struct Case;

/// The time limit promised for one item (Attachment 1 四(二), in working days 工作日).
struct TimeLimitPromise {
    ItemId item = ItemId::DischargeReporting;
    int workingDays = -1;       ///< -1: no time limit in working days (the text says how it is tracked)
    QDate start;                ///< the day the limit counts from (as passed in)
    QDate dueOn;                ///< start + workingDays working days; invalid when there is no date to promise
    bool beyondCalendar = false; ///< dueOn relies on a year whose holiday arrangement is unknown
    QString text;               ///< Chinese, for the receipt, e.g. "推送后 3 个工作日内办结（预计 2024年9月20日前）"
    QString warning;            ///< Chinese, non-empty with beyondCalendar
};

/// The time limits of the items in working days, from resources/rules/workflow.json, and the due
/// dates they give on a working-day calendar (WorkdayCalendar: the State Council's holiday notices).
class TimeLimits {
public:
    /// The promise for `item` if its clock starts on `start` (the push date, the acceptance date for
    /// an on-the-spot item, the funds' arrival for the pension transfer). For the acceptance receipt,
    /// pass the acceptance date: the dates are then the earliest the hall can promise, and the text
    /// states the rule the date follows. Items without a limit in working days (退役报到, the subsidy)
    /// get text only. A date beyond the calendar's known years sets `beyondCalendar` and `warning`
    /// (never a silent guess). An invalid `start` gives text only.
    static TimeLimitPromise promise(ItemId item, const QDate &start, const WorkdayCalendar &calendar);
    /// promise() for every item chosen in `c`, in the plan's order, counted from `acceptedOn`.
    static QList<TimeLimitPromise> promises(const Case &c, const QDate &acceptedOn, const WorkdayCalendar &calendar);
    /// The due date of `item` whose clock started on `start`; invalid when the item has no limit in
    /// working days or `start` is invalid. `*beyondCalendar` as in WorkdayCalendar::addWorkdays.
    static QDate dueDate(ItemId item, const QDate &start, const WorkdayCalendar &calendar,
                         bool *beyondCalendar = nullptr);
    /// The warning for a due date that relies on an unknown year (Chinese; names the known years and
    /// says how to import the new arrangement).
    static QString beyondCalendarWarning(const QDate &dueOn, const WorkdayCalendar &calendar);
};

} // namespace vd
