#pragma once

#include <QWidget>

#include <memory>

#include "WorkflowRepository.h"

namespace Ui {
class ItemStatusPanel;
}
class WorkflowService;

/// 事项办理进度 of one case (forms/ItemStatusPanel.ui): each item with its department, state, due date
/// and result out; overdue items in red. 登记办理结果… (or a double-click) opens ItemResultDialog for
/// the selected item. Follows WorkflowService::changed.
class ItemStatusPanel : public QWidget {
    Q_OBJECT
public:
    /// `service` must outlive the panel.
    explicit ItemStatusPanel(WorkflowService &service, QWidget *parent = nullptr);
    ~ItemStatusPanel() override;

    /// Shows the items of `caseNo` ("" clears the panel).
    void setCase(const QString &caseNo);
    QString caseNo() const { return m_caseNo; }
    /// The items shown, in the table's order.
    QList<vd::WorkflowItem> shownItems() const { return m_items; }

public slots:
    /// Reloads the items of the case shown.
    void refresh();
    /// Opens the result dialog for the selected item.
    void recordSelected();

private:
    std::unique_ptr<Ui::ItemStatusPanel> m_ui;
    WorkflowService &m_service;
    QString m_caseNo;
    QList<vd::WorkflowItem> m_items;
};
