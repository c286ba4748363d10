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

QStringList SqlDialect::connectionSetup(int busyTimeoutMs, bool networkShare) const
{
    if (m_driverName != SqliteDriver)
        return {};
    // busy_timeout first: switching to WAL itself may have to wait for another connection.
    return {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        networkShare ? QStringLiteral("PRAGMA journal_mode = DELETE") : QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
}

bool SqlDialect::isNetworkFileSystem(const QByteArray &fileSystemType)
{
    static const QList<QByteArray> network = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs",
                                              "afs", "9p", "ceph", "glusterfs", "davfs", "fuse.sshfs",
                                              "fuse.davfs", "fuse.glusterfs", "fuse.cifs", "lustre", "gpfs"};
    return network.contains(fileSystemType.toLower());
}

QString SqlDialect::explain(const QSqlError &error) const
{
    if (m_driverName != SqliteDriver)
        return QString();
    // Some driver paths (COMMIT in Qt 6.4's QSQLITE) drop the native code but keep SQLite's
    // sqlite3_errstr() text: recognise both.
    const QString text = error.databaseText();
    int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 0) {
        if (text.contains(QLatin1String("database or disk is full")))
            code = 13;
        else if (text.contains(QLatin1String("readonly database")))
            code = 8;
        else if (text.contains(QLatin1String("disk I/O error")))
            code = 10;
        else if (text.contains(QLatin1String("unable to open database file")))
            code = 14;
        else if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("file is not a database")))
            code = 11;
    }
    switch (code) {
    case 13: // SQLITE_FULL
        return QStringLiteral("磁盘已满：请清理磁盘空间后再保存，已输入的内容没有丢失");
    case 8: // SQLITE_READONLY
        return QStringLiteral("数据库文件或其文件夹是只读的：请检查权限或存放位置");
    case 10: // SQLITE_IOERR
        return QStringLiteral("读写数据库文件时出错（磁盘故障、U 盘拔出或网络中断）");
    case 14: // SQLITE_CANTOPEN
        return QStringLiteral("无法打开数据库文件（已被删除、移走或无权限）");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QStringLiteral("数据库文件已损坏：请从最近的备份恢复");
    default:
        return QString();
    }
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
