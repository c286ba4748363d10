#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "Result.h"

namespace vd {

class Database;

/// A clerk's account as shown (never the password hash).
struct UserAccount {
    QString login;
    QString displayName;
    QString role; ///< UserRepository::role…()
    bool locked = false;
};

/// User accounts (table `users`, db/0005_users.sql): the first administrator made by the first-run
/// setup (issue 8), the clerks' accounts, log-in and lock-out (issue 6). Passwords are hashed with PasswordHasher (PBKDF2-HMAC-SM3, per-user salt) and never
/// stored, logged or returned.
class UserRepository {
public:
    /// The roles of docs/DESIGN.md: window clerk (窗口人员), department handler (部门经办人),
    /// administrator (管理员), as stored in `users.role`.
    static QString roleWindowClerk() { return QStringLiteral("window_clerk"); }
    static QString roleDepartmentHandler() { return QStringLiteral("department_handler"); }
    static QString roleAdministrator() { return QStringLiteral("administrator"); }

    explicit UserRepository(const Database &db) : m_db(db) {}

    /// Creates an administrator `login` with `displayName` ("" = the login) and the hash of
    /// `password`, in one transaction. The caller has checked login and password against
    /// HallSetupRules. Audited like createUser. Errors: storage_user_exists (the login is taken;
    /// nothing changed), crypto_failed, storage_write_failed, storage_open_failed.
    Status createAdministrator(const QString &login, const QString &displayName, const QString &password);
    /// True when `login` exists and `password` is its password. An unknown login costs one hash
    /// too, so timing does not tell which logins exist; the comparison is constant-time. Does not
    /// count failures yet (issue 6). Errors: storage_read_failed, storage_open_failed, crypto_failed.
    Result<bool> verifyPassword(const QString &login, const QString &password) const;
    /// How many users have `role`. Errors: storage_read_failed, storage_open_failed.
    Result<int> countWithRole(const QString &role) const;

    // Clerks, log-in and lock-out (issue 6).

    /// Failed log-ins in a row after which an account is locked.
    static constexpr int MaxFailedAttempts = 5;
    /// Minutes an account stays locked after MaxFailedAttempts failures.
    static constexpr int LockoutMinutes = 15;
    /// True for the three roles.
    static bool isRole(const QString &role);
    /// Creates an account of `role` (an administrator's action; the caller checks that the acting
    /// user is an administrator and the login and password against HallSetupRules). Audited
    /// ("user_create") in the same transaction. Errors: storage_user_exists, user_role_unknown,
    /// crypto_failed, storage_write_failed, storage_open_failed.
    Status createUser(const QString &login, const QString &displayName, const QString &role, const QString &password);
    /// Logs `login` in at `now` (UTC): the account when the password is right and the account is not
    /// locked. A failure counts against the account (MaxFailedAttempts in a row lock it for
    /// LockoutMinutes); a success resets the count. Both are recorded in the audit log ("login",
    /// "login_failed"; never the password) in the same transaction. An unknown login costs as much
    /// as a known one. Errors: login_failed (wrong login or password: one message for both),
    /// login_locked (the message says until when), crypto_failed, storage_write_failed.
    Result<UserAccount> logIn(const QString &login, const QString &password,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Every account, by login. Errors: storage_read_failed, storage_open_failed.
    Result<QList<UserAccount>> list(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    const Database &m_db;
};

} // namespace vd
