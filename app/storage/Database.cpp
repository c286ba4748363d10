#include "Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QUuid>

#include <utility>

#include "AuditLog.h"
#include "BackupService.h"
#include "CaseRepository.h"
#include "DraftRepository.h"
#include "MigrationRunner.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "StorageError.h"

namespace vd {
namespace {

const QString Driver = QStringLiteral("QSQLITE");
const QString OpenFailed = QStringLiteral("storage_open_failed");

/// A number unique to the calling thread for the life of the process (thread ids and QThread
/// addresses can be reused; this cannot), so that a connection name is never shared by two threads.
int threadSerial()
{
    static QAtomicInt counter;
    thread_local const int serial = counter.fetchAndAddRelaxed(1) + 1;
    return serial;
}

} // namespace

Database::Database(QString path, QString connectionPrefix)
    : m_path(std::move(path)), m_connectionPrefix(std::move(connectionPrefix)), m_dialect(Driver)
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/veteran-desk.sqlite");
}

namespace {
KeyAccess &defaultAccess()
{
    static KeychainSecretStore keychain;
    static KeyAccess access{&keychain, QString(), false};
    return access;
}
} // namespace

KeyAccess Database::defaultKeyAccess()
{
    return defaultAccess();
}

void Database::setDefaultKeyAccess(const KeyAccess &access)
{
    defaultAccess() = access;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, defaultKeyAccess());
}

Status Database::unlock(const KeyAccess &access)
{
    const Result<DataKeyring::Protection> protection = DataKeyring::protection(*this);
    if (!protection)
        return protection.error();
    Result<DataKey> key = Error{};
    switch (protection.value()) {
    case DataKeyring::Protection::NotSetUp:
        if (access.createWithPassphrase)
            key = DataKeyring::createWithPassphrase(*this, access.passphrase);
        else if (access.secrets)
            key = DataKeyring::createInKeychain(*this, *access.secrets);
        else
            return StorageError::make(QStringLiteral("keychain_unavailable"),
                                      QStringLiteral("没有可用的系统钥匙串来保存数据密钥。可由管理员改用管理员口令保护"
                                                     "（见 docs/security.md）"));
        break;
    case DataKeyring::Protection::Keychain:
        if (!access.secrets)
            return StorageError::make(QStringLiteral("keychain_unavailable"),
                                      QStringLiteral("本库的数据密钥保存在系统钥匙串中，但钥匙串不可用"));
        key = DataKeyring::unlockFromKeychain(*this, *access.secrets);
        break;
    case DataKeyring::Protection::Passphrase:
        if (access.passphrase.isEmpty())
            return StorageError::make(QStringLiteral("passphrase_required"),
                                      QStringLiteral("本库的数据密钥由管理员口令保护，请输入管理员口令"));
        key = DataKeyring::unlockWithPassphrase(*this, access.passphrase);
        break;
    }
    if (!key) {
        if (protection.value() == DataKeyring::Protection::NotSetUp && key.error().code.startsWith(QLatin1String("keychain_")))
            return Error{key.error().code, QString(key.error().message).remove(QRegularExpression(QStringLiteral("[。.]+$")))
                                               + QStringLiteral("。本库尚未保存任何数据；没有可用的钥匙串时，可由管理员改用"
                                                                "管理员口令保护数据密钥（docs/security.md）")};
        return key.error();
    }
    m_dataKey = key.value();
    // Cases stored before the data key existed (schema < 6) are sealed now, once.
    return cases().sealPlainCases();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const KeyAccess &access)
{
    if (!QSqlDatabase::isDriverAvailable(Driver)) {
        return Error{OpenFailed, QStringLiteral("缺少 SQLite 数据库驱动（QSQLITE），请安装 libqt6sql6-sqlite。")};
    }
    if (path.trimmed().isEmpty())
        return Error{OpenFailed, QStringLiteral("未指定数据库文件。")};

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error{OpenFailed, QStringLiteral("“%1”是一个文件夹，不是数据库文件。").arg(QDir::toNativeSeparators(path))};
    const QString folder = info.absolutePath();
    const bool folderExisted = QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        return Error{OpenFailed,
                     QStringLiteral("无法创建数据文件夹“%1”，请检查权限。").arg(QDir::toNativeSeparators(folder))};
    }

    if (!folderExisted)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString prefix = QStringLiteral("vd-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), prefix));
    const QByteArray fileSystem = QStorageInfo(folder).fileSystemType();
    if (SqlDialect::isNetworkFileSystem(fileSystem)) {
        db->m_networkShare = true;
        db->m_warnings.append(QStringLiteral("数据库位于网络共享（%1）上：已改用不带 WAL 的日志模式，速度较慢，"
                                             "且多台电脑同时使用可能损坏数据。建议把数据库放在本机磁盘上")
                                  .arg(QString::fromLatin1(fileSystem)));
    }
    if (!QFileInfo::exists(db->m_path)) {
        // Created here, so that the missing-file check of checkedConnection() holds from the start.
        // Owner-only (0600): the store holds personal data, and SQLite gives its -wal and -shm files
        // the same permissions. The folder, if this program made it, is owner-only too.
        QFile create(db->m_path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !QFileInfo::exists(db->m_path)) {
            return Error{OpenFailed, QStringLiteral("无法创建数据库文件“%1”：%2")
                                         .arg(QDir::toNativeSeparators(db->m_path), create.errorString())};
        }
    }
    const Result<QSqlDatabase> connection = db->checkedConnection();
    if (!connection)
        return connection.error();
    const Result<int> before = db->m_dialect.schemaVersion(connection.value());
    if (before && before.value() >= 1 && before.value() < MigrationRunner::latestVersion()) {
        // An older store: keep a copy as it was before the migration changes it.
        const auto folder = db->settings().value(SettingKeys::backupFolder());
        const QString target = folder && folder.value() && !folder.value()->isEmpty()
                                   ? *folder.value()
                                   : BackupService::defaultFolder(db->m_path);
        const Result<QString> saved = BackupService::backup(db->m_path, target, QStringLiteral("pre-migration"));
        if (!saved)
            return saved.error();
    }
    const Result<int> migrated = MigrationRunner::migrate(connection.value(), db->m_dialect);
    if (!migrated)
        return migrated.error();
    if (access.unlock) {
        if (Status s = db->unlock(access); !s)
            return s.error();
    }
    return Result<std::unique_ptr<Database>>(std::move(db));
}

QString Database::threadConnectionName() const
{
    return m_connectionPrefix + QStringLiteral("-t") + QString::number(threadSerial());
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(Driver, name);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        return StorageError::fromSql(OpenFailed,
                                     QStringLiteral("无法打开数据库“%1”").arg(QDir::toNativeSeparators(m_path)),
                                     db.lastError());
    }
    for (const QString &statement : m_dialect.connectionSetup(BusyTimeoutMs, m_networkShare)) {
        QSqlQuery q(db);
        // SQLite answers SQLITE_BUSY at once, without the busy handler, where waiting could deadlock
        // (e.g. two programs switching a new store to WAL together): retry within the busy timeout.
        QElapsedTimer waited;
        waited.start();
        bool done = q.exec(statement);
        while (!done && m_dialect.isBusy(q.lastError()) && waited.elapsed() < BusyTimeoutMs) {
            QThread::msleep(10 + QRandomGenerator::global()->bounded(40));
            done = q.exec(statement);
        }
        if (!done) {
            const Error e = StorageError::fromSql(
                OpenFailed,
                QStringLiteral("无法打开数据库“%1”，文件可能已损坏或不是本程序的数据库")
                    .arg(QDir::toNativeSeparators(m_path)),
                q.lastError());
            db.close();
            return e;
        }
    }
    return db;
}

Result<QSqlDatabase> Database::checkedConnection() const
{
    // On Linux a deleted file stays writable through open handles: every commit would vanish.
    if (!QFileInfo::exists(m_path)) {
        return StorageError::make(QStringLiteral("storage_file_missing"),
                                  QStringLiteral("数据库文件“%1”已被删除或移走，无法继续保存。请不要关闭窗口，"
                                                 "联系管理员恢复文件或从备份恢复")
                                      .arg(QDir::toNativeSeparators(m_path)));
    }
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        // An earlier attempt in this thread failed: try again from scratch.
        db = QSqlDatabase();
        releaseThreadConnection();
    }
    return openConnection(name);
}

QSqlDatabase Database::connection() const
{
    const Result<QSqlDatabase> db = checkedConnection();
    return db ? db.value() : QSqlDatabase();
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.removeAll(name);
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
    const Result<QSqlDatabase> db = checkedConnection();
    if (!db)
        return -1;
    const Result<int> version = m_dialect.schemaVersion(db.value());
    return version ? version.value() : -1;
}

QString Database::actor() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_actor.isEmpty())
        return m_actor;
    // Nobody logged in (yet): the operating-system account, so that the audit log still says who.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral("os:") + (user.isEmpty() ? QStringLiteral("?") : user);
}

void Database::setActor(const QString &actor)
{
    QMutexLocker lock(&m_mutex);
    m_actor = actor;
}

AuditLog Database::audit() const
{
    return AuditLog(*this);
}

DraftRepository Database::drafts() const
{
    return DraftRepository(*this);
}

CaseRepository Database::cases() const
{
    return CaseRepository(*this);
}

SettingsRepository Database::settings() const
{
    return SettingsRepository(*this);
}

} // namespace vd
