// The store under bad conditions (issue 6): a full disk, a read-only store, the file removed under
// the running program, a network share, two accepts of one form. Each gives a clear message and
// loses nothing that was acknowledged.
//
// A full disk and a read-only file system are real where the tests run as root (a small tmpfs,
// remounted read-only); elsewhere the same SQLite errors are produced with PRAGMA max_page_count
// and a WARN line says so.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <unistd.h>

#include "AuditLog.h"
#include "BackupService.h"
#include "CaseRepository.h"
#include "Database.h"
#include "SqlDialect.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

Case fakeCase(int sequence)
{
    return test::withApplicant(test::loadExample(QStringLiteral("valid-full.json")), QStringLiteral("测试甲"),
                               test::fakeIdNumber(QStringLiteral("360102"), QDate(1998, 1, 2), sequence % 1000));
}

/// A tmpfs of `kilobytes` mounted on a fresh folder while it lives (root only; isMounted() false otherwise).
class SmallDisk {
public:
    explicit SmallDisk(int kilobytes)
    {
        if (geteuid() != 0)
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                 QStringLiteral("-o"),
                                                                 QStringLiteral("size=%1k").arg(kilobytes),
                                                                 QStringLiteral("tmpfs"), m_dir.path()})
                    == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    bool isMounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"),
                                                           m_dir.path()})
               == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("A full disk: a clear message, every acknowledged case kept, writing resumes when there is room", "[bad]")
{
    SmallDisk disk(3000);
    QTemporaryDir fallback;
    const QString path = disk.isMounted() ? disk.path(QStringLiteral("store.sqlite"))
                                          : fallback.filePath(QStringLiteral("store.sqlite"));
    // Ballast, removed later to make room again.
    const QString ballast = QFileInfo(path).absolutePath() + QStringLiteral("/ballast");
    if (disk.isMounted()) {
        QFile b(ballast);
        REQUIRE(b.open(QIODevice::WriteOnly));
        REQUIRE(b.write(QByteArray(600 * 1024, 'b')) == 600 * 1024);
        b.close();
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    if (!disk.isMounted()) {
        WARN("not root: the full disk is simulated with PRAGMA max_page_count");
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 120")));
    }
    QStringList acknowledged;
    Error failure;
    for (int i = 0; i < 5000; ++i) {
        const auto no = db.cases().add(fakeCase(101 + 2 * i), QStringLiteral("360102"));
        if (!no.ok()) {
            failure = no.error();
            break;
        }
        acknowledged.append(no.value());
    }
    REQUIRE_FALSE(failure.code.isEmpty());
    CHECK(failure.code == QStringLiteral("storage_write_failed"));
    INFO(failure.message.toStdString());
    CHECK(failure.message.contains(QStringLiteral("磁盘已满")));
    REQUIRE(acknowledged.size() > 3);
    for (const QString &no : acknowledged) {
        const auto c = db.cases().find(no);
        REQUIRE(c.ok());
        CHECK(c.value().has_value());
    }
    CHECK(db.cases().list().value().size() == acknowledged.size());
    CHECK(db.audit().verify().value().intact);
    CHECK(db.audit().verify().value().entries == acknowledged.size());

    // Room again (the ballast removed, or the simulated limit raised): writing goes on.
    if (disk.isMounted()) {
        REQUIRE(QFile::remove(ballast));
    } else {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 100000")));
    }
    const auto again = db.cases().add(fakeCase(999), QStringLiteral("360102"));
    INFO((again.ok() ? std::string() : again.error().message.toStdString()));
    CHECK(again.ok());
    CHECK(BackupService::quickCheck(path).ok());
}

TEST_CASE("A read-only store: it can be read, writing is refused clearly and changes nothing", "[bad]")
{
    SmallDisk disk(4096);
    if (!disk.isMounted()) {
        WARN("not root: a read-only file system cannot be mounted here; test skipped");
        return;
    }
    const QString path = disk.path(QStringLiteral("store.sqlite"));
    QString caseNo;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        caseNo = db.value()->cases().add(fakeCase(901), QStringLiteral("360102")).value();
    }
    REQUIRE(disk.remountReadOnly());
    auto db = Database::open(path);
    if (db.ok()) {
        const auto c = db.value()->cases().find(caseNo);
        CHECK(c.ok());
        const auto added = db.value()->cases().add(fakeCase(903), QStringLiteral("360102"));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("只读")));
    } else {
        // SQLite may refuse a WAL store on a read-only file system at once: then with a clear reason.
        INFO(db.error().message.toStdString());
        CHECK((db.error().message.contains(QStringLiteral("只读")) || db.error().message.contains(QStringLiteral("无法打开"))));
    }
}

TEST_CASE("The store file removed under the running program: writing stops with a clear message", "[bad]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(db.value()->cases().add(fakeCase(901), QStringLiteral("360102")).ok());
    REQUIRE(QFile::remove(path));
    const auto added = db.value()->cases().add(fakeCase(903), QStringLiteral("360102"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == QStringLiteral("storage_file_missing"));
    CHECK(added.error().message.contains(QStringLiteral("已被删除或移走")));
}

TEST_CASE("A store on a network share runs without WAL, with a warning", "[bad]")
{
    for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "NFS"})
        CHECK(SqlDialect::isNetworkFileSystem(type));
    for (const char *type : {"ext4", "xfs", "btrfs", "tmpfs", "ntfs", "vfat", "overlay", ""})
        CHECK_FALSE(SqlDialect::isNetworkFileSystem(type));
    const SqlDialect sqlite(QStringLiteral("QSQLITE"));
    CHECK(sqlite.connectionSetup(1000, true).contains(QStringLiteral("PRAGMA journal_mode = DELETE")));
    CHECK_FALSE(sqlite.connectionSetup(1000, true).join(QLatin1Char(' ')).contains(QStringLiteral("WAL")));
    CHECK(sqlite.connectionSetup(1000, false).contains(QStringLiteral("PRAGMA journal_mode = WAL")));

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    CHECK_FALSE(db.value()->isOnNetworkShare()); // a local folder
    CHECK(db.value()->warnings().isEmpty());
}

TEST_CASE("Accepting the same form twice gives one case", "[bad]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    const Case c = fakeCase(901);
    const auto first = db.value()->cases().add(c, QStringLiteral("360102"), QDate(2026, 11, 2), QStringLiteral("draft-1"));
    const auto second = db.value()->cases().add(c, QStringLiteral("360102"), QDate(2026, 11, 2), QStringLiteral("draft-1"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value() == second.value());
    CHECK(db.value()->cases().list().value().size() == 1);
    const auto other = db.value()->cases().add(c, QStringLiteral("360102"), QDate(2026, 11, 2), QStringLiteral("draft-2"));
    REQUIRE(other.ok());
    CHECK(other.value() != first.value());
    CHECK(db.value()->cases().list().value().size() == 2);
}

TEST_CASE("A damaged store is found by the start-up check", "[bad]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        for (int i = 0; i < 20; ++i)
            REQUIRE(db.value()->cases().add(fakeCase(101 + 2 * i), QStringLiteral("360102")).ok());
    }
    REQUIRE(BackupService::quickCheck(path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 16384);
    for (qint64 at = 8192; at < size - 4096; at += 4096) {
        f.seek(at + 100);
        f.write(QByteArray(64, '\xa5'));
    }
    f.close();
    const Status check = BackupService::quickCheck(path);
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().code == QStringLiteral("storage_corrupt"));
}
