#pragma once

#include <QDate>
#include <QObject>

#include "WorkflowRepository.h"

namespace vd {
class Database;
}

/// The GUI's one door to the joint processing (Subsurface's command → core → notifier idea): the
/// widgets call it, it calls vd::WorkflowRepository on the store's effective working-day calendar,
/// and after every successful write emits changed() so that the item panel, the dashboard and the
/// case list all follow. It holds no rules: those are vd::ItemWorkflow and vd::TimeLimits.
class WorkflowService : public QObject {
    Q_OBJECT
public:
    /// `db` must outlive the service. Loads the calendar (built-in merged with imported files); if that
    /// fails, the built-in calendar is used and calendarError() says why.
    explicit WorkflowService(const vd::Database &db, QObject *parent = nullptr);

    /// What the dashboard shows, as of `on`.
    struct Dashboard {
        QDate on;
        QMap<vd::ItemState, int> counts;
        QList<vd::DueItem> overdue;
        QList<vd::DueItem> dueSoon; ///< due on `on` or the next working day
        int awaitingResultOut = 0;
    };

    vd::Result<QList<vd::WorkflowItem>> items(const QString &caseNo) const;
    vd::Result<Dashboard> dashboard(const QDate &on = QDate::currentDate()) const;
    /// The writes of vd::WorkflowRepository; each emits changed(caseNo) when it succeeded.
    vd::Result<vd::WorkflowOutcome> advance(const QString &caseNo, vd::ItemId item, const vd::WorkflowChange &change);
    vd::Result<vd::WorkflowOutcome> recordEvent(const QString &caseNo, vd::ItemId item, vd::WorkflowEvent event,
                                                const QDate &on);
    vd::Result<vd::WorkflowOutcome> recordResultOut(const QString &caseNo, vd::ItemId item, const vd::ResultOut &out);

    const vd::WorkdayCalendar &calendar() const { return m_calendar; }
    /// Why the imported holiday files could not be used ("" when they could).
    QString calendarError() const { return m_calendarError; }
    /// The store (the dashboard computes in a worker thread and gives its connection back, issue 9).
    const vd::Database &database() const { return m_db; }

signals:
    /// Something of `caseNo` changed (an item, its result out, maybe the case status).
    void changed(const QString &caseNo);

private:
    vd::Result<vd::WorkflowOutcome> notify(const QString &caseNo, vd::Result<vd::WorkflowOutcome> result);

    const vd::Database &m_db;
    vd::WorkdayCalendar m_calendar;
    QString m_calendarError;
};
