#pragma once

#include <QObject>

namespace vd {
class Database;
}
class ItemStatusPanel;
class QMainWindow;
class WorkflowDashboard;
class WorkflowService;

/// The joint processing in the main window, kept out of MainWindow: one WorkflowService, the
/// selected case's ItemStatusPanel in a dock at the bottom (objectName itemStatusDock) and the
/// WorkflowDashboard in a dock at the right (workflowDashboardDock).
class WorkflowDocks : public QObject {
    Q_OBJECT
public:
    /// Adds the docks to `window`; `db` must outlive it.
    WorkflowDocks(const vd::Database &db, QMainWindow *window);

    /// Shows the items of `caseNo` ("" clears).
    void showCase(const QString &caseNo);
    /// Recounts the dashboard (e.g. after a new case was accepted).
    void refresh();

    WorkflowService *service() const { return m_service; }
    ItemStatusPanel *panel() const { return m_panel; }
    WorkflowDashboard *dashboard() const { return m_dashboard; }

signals:
    /// A case's workflow changed (its status in the list may have become closed).
    void caseChanged(const QString &caseNo);
    /// The clerk activated a case on the dashboard.
    void caseActivated(const QString &caseNo);

private:
    WorkflowService *m_service;
    ItemStatusPanel *m_panel;
    WorkflowDashboard *m_dashboard;
};
