#pragma once

#include <QDialog>

#include <memory>

#include "WorkflowRepository.h"

namespace Ui {
class ItemResultDialog;
}
class WorkflowService;

/// A department handler's record for one item (forms/ItemResultDialog.ui): a new state with its date,
/// handler, outcome, document numbers (e.g. 身份证受理回执号, 社会保障号码) and reason for a return;
/// the funds event where the item waits for one; and the result out (邮寄 with tracking number, 自取
/// with collector and identity check, 短信通知). Save writes through WorkflowService step by step
/// (event, state, result out); a refused step shows its message and keeps the dialog open with the
/// steps already written unticked. The rules are the domain's; the dialog only offers the states
/// ItemWorkflow allows next.
class ItemResultDialog : public QDialog {
    Q_OBJECT
public:
    ItemResultDialog(WorkflowService &service, const QString &caseNo, const vd::WorkflowItem &item,
                     QWidget *parent = nullptr);
    ~ItemResultDialog() override;

public slots:
    void accept() override;

private:
    void updateOutFields();

    std::unique_ptr<Ui::ItemResultDialog> m_ui;
    WorkflowService &m_service;
    QString m_caseNo;
    vd::WorkflowItem m_item;
    std::optional<vd::WorkflowEvent> m_event;
};
