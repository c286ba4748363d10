#include "SqlDialect.h"

#include <QSqlQuery>
#include <QVariant>

#include "StorageError.h"

namespace vd {
namespace {
const QString SqliteDriver = QStringLiteral("QSQLITE");
}

SqlDialect::SqlDialect(const QString &driverName) : m_driverName(driverName) {}

bool SqlDialect::isSupported() const
{
    return m_driverName == SqliteDriver;
}

QStringList SqlDialect::connectionSetup(int busyTimeoutMs) const
{
    if (m_driverName != SqliteDriver)
        return {};
    // busy_timeout first: switching to WAL itself may have to wait for another connection.
    return {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
}

bool SqlDialect::isBusy(const QSqlError &error) const
{
    if (m_driverName != SqliteDriver)
        return false;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without extended codes.
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == 5 || (code & 0xff) == 6;
}

QString SqlDialect::beginWriteStatement() const
{
    return m_driverName == SqliteDriver ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

Result<int> SqlDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return StorageError::fromSql(QStringLiteral("storage_open_failed"),
                                     QStringLiteral("无法读取数据库版本，文件可能不是本程序的数据库"), q.lastError());
    }
    return q.value(0).toInt();
}

Status SqlDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    QSqlQuery q(db);
    // PRAGMA takes no bound parameters; the value is an int, so formatting it is safe.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        return StorageError::fromSql(QStringLiteral("storage_migration_failed"),
                                     QStringLiteral("无法记录数据库版本 %1").arg(version), q.lastError());
    }
    return Status::success();
}

} // namespace vd
