#include "WorkflowDocks.h"

#include <QDockWidget>
#include <QMainWindow>

#include "ItemStatusPanel.h"
#include "WorkflowDashboard.h"
#include "WorkflowService.h"

WorkflowDocks::WorkflowDocks(const vd::Database &db, QMainWindow *window)
    : QObject(window), m_service(new WorkflowService(db, this))
{
    auto *itemDock = new QDockWidget(tr("Item progress"), window);
    itemDock->setObjectName(QStringLiteral("itemStatusDock"));
    itemDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_panel = new ItemStatusPanel(*m_service, itemDock);
    m_panel->setObjectName(QStringLiteral("itemStatusPanel"));
    itemDock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, itemDock);

    auto *dashboardDock = new QDockWidget(tr("Dashboard"), window);
    dashboardDock->setObjectName(QStringLiteral("workflowDashboardDock"));
    dashboardDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dashboard = new WorkflowDashboard(*m_service, dashboardDock);
    m_dashboard->setObjectName(QStringLiteral("workflowDashboard"));
    m_dashboard->setMinimumWidth(300);
    dashboardDock->setWidget(m_dashboard);
    window->addDockWidget(Qt::RightDockWidgetArea, dashboardDock);

    connect(m_service, &WorkflowService::changed, this, &WorkflowDocks::caseChanged);
    connect(m_dashboard, &WorkflowDashboard::caseActivated, this, &WorkflowDocks::caseActivated);
}

void WorkflowDocks::showCase(const QString &caseNo)
{
    if (caseNo != m_panel->caseNo())
        m_panel->setCase(caseNo);
}

void WorkflowDocks::refresh()
{
    m_dashboard->refresh();
    m_panel->refresh();
}
