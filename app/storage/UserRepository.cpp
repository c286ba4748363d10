#include "UserRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

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
    // Hash before taking the write lock: it takes a few hundred milliseconds.
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
    QSqlQuery exists(db.value());
    exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
    exists.addBindValue(login);
    if (!exists.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("读取用户失败"), exists.lastError());
    if (exists.next())
        return StorageError::make(QStringLiteral("storage_user_exists"),
                                  QStringLiteral("登录名“%1”已被使用，请换一个。").arg(login));

    QSqlQuery insert(db.value());
    insert.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, salt, iterations, "
                                  "created_at, failed_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"));
    insert.addBindValue(login);
    insert.addBindValue(displayName.isEmpty() ? login : displayName);
    insert.addBindValue(roleAdministrator());
    insert.addBindValue(QString::fromLatin1(hash.value().toHex()));
    insert.addBindValue(QString::fromLatin1(salt.toHex()));
    insert.addBindValue(iterations);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存管理员账号失败"), insert.lastError());
    return tx.commit();
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

} // namespace vd
