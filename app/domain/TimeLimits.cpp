#include "TimeLimits.h"

#include "Case.h"
#include "ItemWorkflow.h"

namespace vd {

QDate TimeLimits::dueDate(ItemId item, const QDate &start, const WorkdayCalendar &calendar, bool *beyondCalendar)
{
    if (beyondCalendar)
        *beyondCalendar = false;
    const ItemRule &r = ItemWorkflow::builtIn().rule(item);
    if (r.workingDays < 0 || !start.isValid())
        return QDate();
    return calendar.addWorkdays(start, r.workingDays, beyondCalendar);
}

QString TimeLimits::beyondCalendarWarning(const QDate &dueOn, const WorkdayCalendar &calendar)
{
    const QList<int> years = calendar.years();
    const QString known = years.isEmpty() ? QStringLiteral("无")
                                          : QStringLiteral("%1–%2 年").arg(years.first()).arg(years.last());
    return QStringLiteral("截止日期 %1 超出已知的节假日安排（%2），仅按周末推算，可能不准确；"
                          "请导入新一年的节假日安排（veteran-desk-cli calendar import 文件）。")
        .arg(dueOn.toString(Qt::ISODate), known);
}

TimeLimitPromise TimeLimits::promise(ItemId item, const QDate &start, const WorkdayCalendar &calendar)
{
    const ItemRule &r = ItemWorkflow::builtIn().rule(item);
    TimeLimitPromise p;
    p.item = item;
    p.workingDays = r.workingDays;
    p.start = start;
    p.text = r.limitText;
    p.dueOn = dueDate(item, start, calendar, &p.beyondCalendar);
    if (p.dueOn.isValid()) {
        const QString day = QStringLiteral("%1年%2月%3日").arg(p.dueOn.year()).arg(p.dueOn.month()).arg(p.dueOn.day());
        p.text += r.workingDays == 0 ? QStringLiteral("（%1）").arg(day) : QStringLiteral("（预计 %1 前）").arg(day);
        if (p.beyondCalendar)
            p.warning = beyondCalendarWarning(p.dueOn, calendar);
    }
    return p;
}

QList<TimeLimitPromise> TimeLimits::promises(const Case &c, const QDate &acceptedOn, const WorkdayCalendar &calendar)
{
    QList<TimeLimitPromise> list;
    for (const ItemInfo &info : allItems()) {
        if (!c.items.contains(info.id))
            continue;
        // An event's day (the funds' arrival) is unknown at acceptance: promise the rule, not a date.
        const bool eventClock = ItemWorkflow::builtIn().rule(info.id).clock == ClockStart::Event;
        list.append(promise(info.id, eventClock ? QDate() : acceptedOn, calendar));
    }
    return list;
}

} // namespace vd
