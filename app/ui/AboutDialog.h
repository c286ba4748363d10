#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

/// Help ▸ About (forms/AboutDialog.ui): the program's name, version, build (date and git commit),
/// licence, and the third-party notices (THIRD-PARTY-NOTICES.md: libraries, fonts, data sources),
/// all from vd::BuildInfo.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
