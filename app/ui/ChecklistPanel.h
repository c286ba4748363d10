#pragma once

#include <QList>
#include <QWidget>

#include <memory>

#include "MaterialsChecklist.h"

namespace Ui {
class ChecklistPanel;
}

/// 材料清单 beside the form (Attachment 4): what the current case needs, computed by
/// vd::MaterialsChecklist, one row per material: name, 需提交 / 流程内生成, the items needing it.
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);
    ~ChecklistPanel() override;

    /// Shows `materials` (replacing what was shown).
    void setMaterials(const QList<vd::RequiredMaterial> &materials);

private:
    std::unique_ptr<Ui::ChecklistPanel> m_ui;
};
