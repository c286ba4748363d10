#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UserManagementDialog;
}
namespace vd {
class Database;
}

/// The administrator's list of clerk accounts (forms/UserManagementDialog.ui): login, name, role
/// and whether the account is locked out, and a form that creates an account of a role
/// (UserRepository::createUser, audited). Login, name and password follow the first-run setup's
/// rules (HallSetupRules::checkAdministrator); the password is typed twice. Opened only for an
/// administrator (MainWindow checks the role).
class UserManagementDialog : public QDialog {
    Q_OBJECT
public:
    /// `db` must outlive the dialog.
    explicit UserManagementDialog(const vd::Database &db, QWidget *parent = nullptr);
    ~UserManagementDialog() override;

    /// The Chinese name of a role stored in users.role (the role itself when unknown).
    static QString roleName(const QString &role);

public slots:
    /// Reloads the list.
    void refresh();
    /// Checks the form and creates the account; the outcome shows below the form.
    void createUser();

private:
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Ui::UserManagementDialog> m_ui;
    const vd::Database &m_db;
};
