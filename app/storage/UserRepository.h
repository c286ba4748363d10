#pragma once

#include <QString>

#include "Result.h"

namespace vd {

class Database;

/// User accounts (table `users`, db/0005_users.sql). Issue 8 needs only the first administrator,
/// made by the first-run setup; the clerks' accounts, log-in and lock-out (issue 6) extend this
/// class. Passwords are hashed with PasswordHasher (PBKDF2-HMAC-SM3, per-user salt) and never
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
    /// HallSetupRules. Errors: storage_user_exists (the login is taken; nothing changed),
    /// crypto_failed, storage_write_failed, storage_open_failed.
    Status createAdministrator(const QString &login, const QString &displayName, const QString &password);
    /// True when `login` exists and `password` is its password. An unknown login costs one hash
    /// too, so timing does not tell which logins exist; the comparison is constant-time. Does not
    /// count failures yet (issue 6). Errors: storage_read_failed, storage_open_failed, crypto_failed.
    Result<bool> verifyPassword(const QString &login, const QString &password) const;
    /// How many users have `role`. Errors: storage_read_failed, storage_open_failed.
    Result<int> countWithRole(const QString &role) const;

private:
    const Database &m_db;
};

} // namespace vd
