#pragma once

#include <QWidget>

#include <memory>

#include "Finding.h"

namespace Ui {
class FindingsPanel;
}

/// 问题列表: every finding of the current form (errors first), each with its Chinese message.
/// Activating one (double-click, Enter) emits fieldActivated with its JSON path.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    ~FindingsPanel() override;

    /// Shows `findings` (replacing what was shown).
    void setFindings(const vd::Findings &findings);

signals:
    /// The clerk wants to go to the field at `path` (e.g. "applicant.id_number").
    void fieldActivated(const QString &path);

private:
    std::unique_ptr<Ui::FindingsPanel> m_ui;
};
