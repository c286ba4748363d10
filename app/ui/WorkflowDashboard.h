#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class WorkflowDashboard;
}
class QThread;
class WorkflowService;

/// 办理看板 (forms/WorkflowDashboard.ui): how many items are in each state, how many are overdue,
/// due within one working day or waiting for their result out, and the overdue (red) and due-soon
/// items by case. Refreshes on WorkflowService::changed and when asked. Activating an entry emits
/// caseActivated. The counts are computed in a worker thread (issue 9: they read every item of the
/// store, seconds for a million cases) and shown when ready; a newer refresh supersedes an older one.
class WorkflowDashboard : public QWidget {
    Q_OBJECT
public:
    /// `service` must outlive the dashboard.
    explicit WorkflowDashboard(WorkflowService &service, QWidget *parent = nullptr);
    ~WorkflowDashboard() override;

    /// The day the dashboard counts from (default today; tests may set another).
    void setToday(const QDate &day);

public slots:
    void refresh();

signals:
    /// The clerk wants to see case `caseNo`.
    void caseActivated(const QString &caseNo);

private:
    struct Computed;
    /// Shows a computed dashboard (GUI thread).
    void showComputed(const Computed &computed);
    /// Starts a worker for the latest refresh.
    void startComputing();

    std::unique_ptr<Ui::WorkflowDashboard> m_ui;
    WorkflowService &m_service;
    QDate m_today;
    int m_generation = 0;       ///< the latest refresh; older results are dropped
    bool m_refreshQueued = false;
    QList<QThread *> m_workers; ///< running computations, waited for in the destructor
};
