#include "BackupService.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <sqlite3.h>

#include "StorageError.h"

namespace vd::BackupService {
namespace {

const QString FailedCode = QStringLiteral("backup_failed");
const QString InvalidCode = QStringLiteral("backup_invalid");

/// Pages copied per step; between steps other connections may write.
constexpr int PagesPerStep = 256;
/// How long a step waits for a busy or locked store before giving up, in milliseconds.
constexpr int BusyWaitMs = 30000;

/// An sqlite3 connection that closes itself.
struct Connection {
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("无法打开"); }
};

int openFile(const QString &path, int flags, Connection *c)
{
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &c->db, flags, nullptr);
    if (rc == SQLITE_OK)
        sqlite3_busy_timeout(c->db, BusyWaitMs);
    return rc;
}

/// Copies database "main" of `from` into `to` with the online backup API.
int copy(sqlite3 *from, sqlite3 *to)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    int waitedMs = 0;
    do {
        rc = sqlite3_backup_step(b, PagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waitedMs >= BusyWaitMs)
                break;
            QThread::msleep(50);
            waitedMs += 50;
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? finish : rc;
}

Status pragmaCheck(sqlite3 *db, const QString &code)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK)
        return StorageError::make(code, QStringLiteral("不是有效的数据库文件（%1）").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    QString first;
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        first = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return StorageError::make(code, QStringLiteral("数据库文件已损坏或无法读取（%1）").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    if (first != QLatin1String("ok"))
        return StorageError::make(code, QStringLiteral("数据库文件已损坏（%1）").arg(first.left(200)));
    return Status::success();
}

int userVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^veteran-desk-(\\d{8})-(\\d{6})(?:-(\\d+))?-([a-z-]+)\\.sqlite$"));
    return re;
}

} // namespace

QString defaultFolder(const QString &storePath)
{
    return QFileInfo(storePath).absolutePath() + QStringLiteral("/backups");
}

Result<QString> backup(const QString &sourcePath, const QString &folder, const QString &reason, const QDateTime &now)
{
    if (!QFileInfo::exists(sourcePath))
        return StorageError::make(FailedCode, QStringLiteral("要备份的数据库文件不存在"));
    if (!QDir().mkpath(folder))
        return StorageError::make(FailedCode,
                                  QStringLiteral("无法创建备份文件夹“%1”").arg(QDir::toNativeSeparators(folder)));
    const QString stem = QStringLiteral("veteran-desk-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1/%2-%3.sqlite").arg(folder, stem, reason);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1/%2-%3-%4.sqlite").arg(folder, stem).arg(n).arg(reason);

    Connection from;
    Connection to;
    if (openFile(sourcePath, SQLITE_OPEN_READONLY, &from) != SQLITE_OK)
        return StorageError::make(FailedCode, QStringLiteral("无法读取数据库文件（%1）").arg(from.error()));
    if (openFile(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &to) != SQLITE_OK) {
        QFile::remove(target);
        return StorageError::make(FailedCode, QStringLiteral("无法写入备份文件（%1）").arg(to.error()));
    }
    const int rc = copy(from.db, to.db);
    Status checked = rc == SQLITE_OK ? pragmaCheck(to.db, FailedCode) : Status::success();
    if (rc == SQLITE_OK && checked) {
        // A backup is a single file: no WAL beside it.
        sqlite3_exec(to.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    const QString why = rc == SQLITE_FULL ? QStringLiteral("磁盘已满") : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(to.db);
    to.db = nullptr;
    if (rc != SQLITE_OK || !checked) {
        QFile::remove(target);
        return rc != SQLITE_OK ? StorageError::make(FailedCode, QStringLiteral("备份失败（%1），未留下不完整的备份").arg(why))
                               : checked.error();
    }
    return target;
}

Result<std::optional<QString>> dailyBackupIfDue(const QString &sourcePath, const QString &folder, const QDateTime &now)
{
    for (const BackupInfo &b : list(folder)) {
        if (b.createdAt.date() == now.date())
            return std::optional<QString>();
    }
    const Result<QString> made = backup(sourcePath, folder, QStringLiteral("daily"), now);
    if (!made)
        return made.error();
    return std::optional<QString>(made.value());
}

QList<BackupInfo> list(const QString &folder)
{
    QList<BackupInfo> out;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("veteran-desk-*.sqlite")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const auto m = namePattern().match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.path = f.absoluteFilePath();
        b.createdAt = QDateTime::fromString(m.captured(1) + m.captured(2), QStringLiteral("yyyyMMddHHmmss"));
        if (!b.createdAt.isValid())
            continue;
        b.reason = m.captured(4);
        b.bytes = f.size();
        out.append(b);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return out;
}

int prune(const QString &folder, int keepDays, const QDate &today)
{
    const QList<BackupInfo> all = list(folder);
    int deleted = 0;
    for (int i = 1; i < all.size(); ++i) { // index 0, the newest, always stays
        if (all[i].createdAt.date().daysTo(today) > keepDays && QFile::remove(all[i].path))
            ++deleted;
    }
    return deleted;
}

Status check(const QString &path, int latestSchemaVersion)
{
    if (!QFileInfo(path).isFile())
        return StorageError::make(InvalidCode, QStringLiteral("备份文件不存在"));
    Connection c;
    if (openFile(path, SQLITE_OPEN_READONLY, &c) != SQLITE_OK)
        return StorageError::make(InvalidCode, QStringLiteral("无法打开备份文件（%1）").arg(c.error()));
    if (Status s = pragmaCheck(c.db, InvalidCode); !s)
        return s;
    const int version = userVersion(c.db);
    if (version < 1)
        return StorageError::make(InvalidCode, QStringLiteral("这不是本系统的数据库备份"));
    if (version > latestSchemaVersion)
        return StorageError::make(InvalidCode, QStringLiteral("备份来自更新版本的程序（结构版本 %1），请先升级程序").arg(version));
    sqlite3_stmt *stmt = nullptr;
    const bool hasCases = sqlite3_prepare_v2(c.db, "SELECT count(*) FROM cases", -1, &stmt, nullptr) == SQLITE_OK
                          && sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    if (!hasCases)
        return StorageError::make(InvalidCode, QStringLiteral("这不是本系统的数据库备份"));
    return Status::success();
}

Result<QString> restore(const QString &backupPath, const QString &storePath, const QString &folder,
                        int latestSchemaVersion)
{
    if (Status s = check(backupPath, latestSchemaVersion); !s)
        return s.error();
    QString saved;
    if (QFileInfo::exists(storePath)) {
        const Result<QString> before = backup(storePath, folder, QStringLiteral("pre-restore"));
        if (before) {
            saved = before.value();
        } else {
            // A store too damaged to be copied (the usual reason to restore): kept aside as it is,
            // with its journal files, and the backup goes into a fresh file.
            const QString aside = storePath + QStringLiteral(".damaged-")
                                  + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            if (!QFile::rename(storePath, aside))
                return StorageError::make(QStringLiteral("restore_failed"),
                                          QStringLiteral("数据库已损坏且无法移开（%1），未作恢复").arg(before.error().message));
            for (const char *suffix : {"-wal", "-shm", "-journal"})
                QFile::rename(storePath + QLatin1String(suffix), aside + QLatin1String(suffix));
            saved = aside;
        }
    }
    Connection from;
    Connection to;
    if (openFile(backupPath, SQLITE_OPEN_READONLY, &from) != SQLITE_OK)
        return StorageError::make(QStringLiteral("restore_failed"), QStringLiteral("无法读取备份（%1）").arg(from.error()));
    if (openFile(storePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &to) != SQLITE_OK)
        return StorageError::make(QStringLiteral("restore_failed"), QStringLiteral("无法写入数据库（%1）").arg(to.error()));
    // One step over all pages: the destination is written in a single transaction.
    sqlite3_backup *b = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!b)
        return StorageError::make(QStringLiteral("restore_failed"), QStringLiteral("恢复失败（%1）").arg(to.error()));
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return StorageError::make(QStringLiteral("restore_failed"),
                                  QStringLiteral("恢复失败（%1），数据库保持原样").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return saved;
}

Status quickCheck(const QString &path)
{
    Connection c;
    if (openFile(path, SQLITE_OPEN_READONLY, &c) != SQLITE_OK)
        return StorageError::make(QStringLiteral("storage_corrupt"), QStringLiteral("无法打开数据库（%1）").arg(c.error()));
    return pragmaCheck(c.db, QStringLiteral("storage_corrupt"));
}

} // namespace vd::BackupService
