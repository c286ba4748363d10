#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
namespace vd {
class Database;
}

/// The administrator's settings (forms/SettingsDialog.ui): authority, party organisation, hall name,
/// phone, window, seal text, number prefixes, validity days and the police station per Jiangxi
/// county, read from and saved to the store (SettingsRepository, names in SettingKeys.h). Every
/// value is checked with SettingRules before anything is saved; a bad value is named and nothing
/// is written. Administrators only: the role check comes with clerk accounts (MainWindow opens it).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// Loads the current settings; `db` must outlive the dialog.
    explicit SettingsDialog(const vd::Database &db, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Checks and saves every value; returns false (and says why) when one is refused.
    bool save();

private:
    struct Field;
    QList<Field> fields() const;
    void load();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    const vd::Database &m_db;
};
