#include "WorkflowService.h"

#include "CalendarRepository.h"
#include "Database.h"

WorkflowService::WorkflowService(const vd::Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_calendar(vd::WorkdayCalendar::builtIn())
{
    const vd::Result<vd::WorkdayCalendar> effective = vd::CalendarRepository(db).effective();
    if (effective)
        m_calendar = effective.value();
    else
        m_calendarError = effective.error().message;
}

vd::Result<QList<vd::WorkflowItem>> WorkflowService::items(const QString &caseNo) const
{
    return vd::WorkflowRepository(m_db, m_calendar).items(caseNo);
}

vd::Result<WorkflowService::Dashboard> WorkflowService::dashboard(const QDate &on) const
{
    const vd::WorkflowRepository repo(m_db, m_calendar);
    Dashboard d;
    d.on = on;
    const auto counts = repo.countByState();
    if (!counts)
        return counts.error();
    d.counts = counts.value();
    const auto overdue = repo.overdue(on);
    if (!overdue)
        return overdue.error();
    d.overdue = overdue.value();
    const auto soon = repo.dueWithinOneWorkingDay(on);
    if (!soon)
        return soon.error();
    d.dueSoon = soon.value();
    const auto awaiting = repo.awaitingResultOut();
    if (!awaiting)
        return awaiting.error();
    d.awaitingResultOut = awaiting.value();
    return d;
}

vd::Result<vd::WorkflowOutcome> WorkflowService::notify(const QString &caseNo, vd::Result<vd::WorkflowOutcome> result)
{
    if (result)
        emit changed(caseNo);
    return result;
}

vd::Result<vd::WorkflowOutcome> WorkflowService::advance(const QString &caseNo, vd::ItemId item,
                                                         const vd::WorkflowChange &change)
{
    return notify(caseNo, vd::WorkflowRepository(m_db, m_calendar).advance(caseNo, item, change));
}

vd::Result<vd::WorkflowOutcome> WorkflowService::recordEvent(const QString &caseNo, vd::ItemId item,
                                                             vd::WorkflowEvent event, const QDate &on)
{
    return notify(caseNo, vd::WorkflowRepository(m_db, m_calendar).recordEvent(caseNo, item, event, on));
}

vd::Result<vd::WorkflowOutcome> WorkflowService::recordResultOut(const QString &caseNo, vd::ItemId item,
                                                                 const vd::ResultOut &out)
{
    return notify(caseNo, vd::WorkflowRepository(m_db, m_calendar).recordResultOut(caseNo, item, out));
}
