#pragma once

#include <QDialog>

#include <memory>

#include "UserRepository.h"

namespace Ui {
class LoginDialog;
}
namespace vd {
class Database;
}

/// The clerk's log-in (forms/LoginDialog.ui): login and password, checked with
/// UserRepository::logIn (failures counted, lock-out after five, both audited). A failure shows
/// the store's Chinese message (wrong login or password; locked until …) in the dialog, empties
/// the password and stays open. In lock mode (ScreenLock) the login is fixed and the dialog can
/// only be left by logging in or by quitting the program.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    /// `db` must outlive the dialog.
    explicit LoginDialog(const vd::Database &db, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// Lock mode: `login` fixed, the text says the screen is locked, Cancel reads "Quit".
    void setLockMode(const QString &login);
    bool isLockMode() const { return m_lockMode; }
    /// The account logged in (valid after Accepted).
    vd::UserAccount account() const { return m_account; }
    /// The message shown after the last failed try ("" before any).
    QString message() const;

public slots:
    /// Tries to log in; closes with Accepted on success.
    void accept() override;
    /// Closes with Rejected; in lock mode only after confirming that the program is to end.
    void reject() override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    const vd::Database &m_db;
    vd::UserAccount m_account;
    bool m_lockMode = false;
};
