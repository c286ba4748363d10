#pragma once

#include <QHash>
#include <functional>
#include <QList>
#include <QWidget>

#include <memory>

#include "Case.h"
#include "Finding.h"
#include "MaterialsChecklist.h"

namespace Ui {
class ChecklistPanel;
}
class QComboBox;

/// 材料清单 beside the form (Attachment 4): what the current case needs (vd::MaterialsChecklist), one
/// row per material, and what the window received (issue 4): per material its status (原件 / 复印件 /
/// 缺 / 免提交), pages, the promised supplement date for 容缺受理, a note, and a button for its scanned
/// files. The list follows the form; what was ticked is kept per material id when the list changes
/// (a material that leaves and comes back keeps its ticks). In-process materials have no ticks.
/// Holds no rules: findings of the acceptance rule are given to it (setFindings) and shown at the row.
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);
    ~ChecklistPanel() override;

    /// Shows `materials`; rows are rebuilt only when the list itself changed, so that a cell being
    /// edited keeps its focus while the form is validated.
    void setMaterials(const QList<vd::RequiredMaterial> &materials);
    /// Replaces what was received (e.g. a stored case) and shows it.
    void setReceipts(const QList<vd::MaterialReceipt> &receipts);
    /// What was received, for the materials now listed that the clerk has given a status, in list order.
    QList<vd::MaterialReceipt> receipts() const;
    /// Marks each row with the findings whose field is `materials.<id>` (colour and tooltip).
    void setFindings(const vd::Findings &findings);
    /// Shows the 保存材料接收情况 button (viewing a stored case: later supplements).
    void setSaveVisible(bool visible);
    /// Shows, per material id, how many files are attached.
    void setAttachmentCounts(const QHash<QString, int> &counts);

signals:
    /// The clerk changed a status, pages, date or note.
    void receiptsChanged();
    /// The clerk asked for the files of material `materialId`.
    void attachmentsRequested(const QString &materialId);
    /// The clerk asked to store the received materials of a stored case.
    void saveRequested();

private:
    void rebuild();
    void update(const QString &id, const std::function<void(vd::MaterialReceipt &)> &change);

    std::unique_ptr<Ui::ChecklistPanel> m_ui;
    QList<vd::RequiredMaterial> m_materials;
    QHash<QString, vd::MaterialReceipt> m_receipts; ///< by material id, also for materials not listed now
    QHash<QString, int> m_attachmentCounts;
};
