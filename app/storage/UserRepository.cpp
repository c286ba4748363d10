#include "UserRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include "AuditLog.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {
const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");
} // namespace

Status UserRepository::createAdministrator(const QString &login, const QString &displayName, const QString &password)
{
    return createUser(login, displayName, roleAdministrator(), password);
}

Result<bool> UserRepository::verifyPassword(const QString &login, const QString &password) const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT password_hash, salt, iterations FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取用户失败"), q.lastError());

    const bool found = q.next();
    // An unknown login (or a damaged row) is verified against a throw-away hash with the default
    // cost, so that both answers take the same time.
    QByteArray stored = QByteArray(PasswordHasher::KeyLength, '\0');
    QByteArray salt = PasswordHasher::randomSalt();
    int iterations = PasswordHasher::DefaultIterations;
    bool usable = false;
    if (found) {
        const QByteArray h = QByteArray::fromHex(q.value(0).toString().toLatin1());
        const QByteArray s = QByteArray::fromHex(q.value(1).toString().toLatin1());
        const int n = q.value(2).toInt();
        if (h.size() == PasswordHasher::KeyLength && !s.isEmpty() && n > 0 && n <= 100000000) {
            stored = h;
            salt = s;
            iterations = n;
            usable = true;
        }
    }
    const Result<QByteArray> derived = PasswordHasher::derive(password, salt, iterations);
    if (!derived)
        return derived.error();
    const bool same = PasswordHasher::constantTimeEquals(derived.value(), stored);
    return usable && same;
}

Result<int> UserRepository::countWithRole(const QString &role) const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ?"));
    q.addBindValue(role);
    if (!q.exec() || !q.next())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取用户失败"), q.lastError());
    return q.value(0).toInt();
}

bool UserRepository::isRole(const QString &role)
{
    return role == roleWindowClerk() || role == roleDepartmentHandler() || role == roleAdministrator();
}

Status UserRepository::createUser(const QString &login, const QString &displayName, const QString &role,
                                  const QString &password)
{
    if (!isRole(role))
        return StorageError::make(QStringLiteral("user_role_unknown"),
                                  QStringLiteral("角色“%1”不存在：应为 window_clerk、department_handler 或 administrator")
                                      .arg(role.left(40)));
    const QByteArray salt = PasswordHasher::randomSalt();
    const int iterations = PasswordHasher::DefaultIterations;
    const Result<QByteArray> hash = PasswordHasher::derive(password, salt, iterations);
    if (!hash)
        return hash.error();
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery insert(db.value());
    insert.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, salt, iterations, "
                                  "created_at, failed_attempts) "
                                  "SELECT ?, ?, ?, ?, ?, ?, ?, 0 WHERE NOT EXISTS (SELECT 1 FROM users WHERE login = ?)"));
    insert.addBindValue(login);
    insert.addBindValue(displayName.isEmpty() ? login : displayName);
    insert.addBindValue(role);
    insert.addBindValue(QString::fromLatin1(hash.value().toHex()));
    insert.addBindValue(QString::fromLatin1(salt.toHex()));
    insert.addBindValue(iterations);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(login);
    if (!insert.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存账号失败"), insert.lastError());
    if (insert.numRowsAffected() == 0)
        return StorageError::make(QStringLiteral("storage_user_exists"),
                                  QStringLiteral("登录名“%1”已被使用，请换一个。").arg(login.left(40)));
    if (Status s = AuditLog::append(db.value(), m_db.actor(), {QStringLiteral("user_create"), QString(), {},
                                                               QStringLiteral("%1 (%2)").arg(login, role)});
        !s)
        return s;
    return tx.commit();
}

Result<UserAccount> UserRepository::logIn(const QString &login, const QString &password, const QDateTime &now)
{
    // The hash first, outside the write lock (it takes a few hundred milliseconds).
    const Result<bool> right = verifyPassword(login, password);
    if (!right)
        return right.error();
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT display_name, role, failed_attempts, locked_until FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("读取用户失败"), q.lastError());
    const QString shownLogin = login.left(32);
    const Error wrong = StorageError::make(QStringLiteral("login_failed"), QStringLiteral("登录名或密码不对"));
    auto audit = [&](const QString &action, const QString &detail) {
        return AuditLog::append(db.value(), shownLogin, {action, QString(), {}, detail});
    };
    if (!q.next()) {
        // An unknown login: recorded, nothing to count against.
        if (Status s = audit(QStringLiteral("login_failed"), QStringLiteral("unknown login")); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return wrong;
    }
    UserAccount account;
    account.login = login;
    account.displayName = q.value(0).toString();
    account.role = q.value(1).toString();
    const int failures = q.value(2).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    q.finish();

    if (lockedUntil.isValid() && lockedUntil > now) {
        if (Status s = audit(QStringLiteral("login_failed"), QStringLiteral("locked")); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return StorageError::make(QStringLiteral("login_locked"),
                                  QStringLiteral("连续 %1 次密码错误，账号已锁定到 %2，请稍后再试或请管理员处理")
                                      .arg(MaxFailedAttempts)
                                      .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    QSqlQuery update(db.value());
    if (right.value()) {
        update.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE login = ?"));
        update.addBindValue(login);
    } else {
        const int count = (lockedUntil.isValid() ? 0 : failures) + 1; // a lock that ran out starts afresh
        update.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE login = ?"));
        update.addBindValue(count);
        update.addBindValue(count >= MaxFailedAttempts
                                ? QVariant(now.addSecs(LockoutMinutes * 60).toString(Qt::ISODateWithMs))
                                : QVariant(QMetaType::fromType<QString>()));
        update.addBindValue(login);
    }
    if (!update.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存登录记录失败"), update.lastError());
    if (Status s = audit(right.value() ? QStringLiteral("login") : QStringLiteral("login_failed"), QString()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!right.value())
        return wrong;
    return account;
}

Result<QList<UserAccount>> UserRepository::list(const QDateTime &now) const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT login, display_name, role, locked_until FROM users ORDER BY login")))
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取用户失败"), q.lastError());
    QList<UserAccount> out;
    while (q.next()) {
        UserAccount a;
        a.login = q.value(0).toString();
        a.displayName = q.value(1).toString();
        a.role = q.value(2).toString();
        const QDateTime until = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        a.locked = until.isValid() && until > now;
        out.append(a);
    }
    return out;
}

} // namespace vd
