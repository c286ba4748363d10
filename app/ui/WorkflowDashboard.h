#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class WorkflowDashboard;
}
class WorkflowService;

/// 办理看板 (forms/WorkflowDashboard.ui): how many items are in each state, how many are overdue,
/// due within one working day or waiting for their result out, and the overdue (red) and due-soon
/// items by case. Refreshes on WorkflowService::changed and when asked. Activating an entry emits
/// caseActivated.
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
    std::unique_ptr<Ui::WorkflowDashboard> m_ui;
    WorkflowService &m_service;
    QDate m_today;
};
