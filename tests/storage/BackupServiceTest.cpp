// Backups with SQLite's online backup API, their naming, retention, checks and restore.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "BackupService.h"
#include "CaseRepository.h"
#include "Database.h"
#include "MigrationRunner.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

QString addExampleCase(Database &db, const QString &name, int sequence)
{
    Case c = test::withApplicant(test::loadExample(QStringLiteral("valid-minimal.json")), name,
                                 test::fakeIdNumber(QStringLiteral("360102"), QDate(1998, 1, 2), sequence));
    const Result<QString> no = db.cases().add(c, QStringLiteral("360102"), QDate(2026, 11, 2));
    REQUIRE(no.ok());
    return no.value();
}

int caseCount(Database &db)
{
    const auto all = db.cases().list();
    REQUIRE(all.ok());
    return int(all.value().size());
}

} // namespace

TEST_CASE("A backup is an intact copy taken while the store is open, and restore brings it back", "[backup]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QString first;
    {
        auto db = Database::open(store);
        REQUIRE(db.ok());
        first = addExampleCase(*db.value(), QStringLiteral("测试甲"), 901);

        const auto made = BackupService::backup(store, folder, QStringLiteral("manual"),
                                                QDateTime(QDate(2026, 11, 2), QTime(9, 30)));
        REQUIRE(made.ok());
        CHECK(QFileInfo(made.value()).fileName() == QStringLiteral("veteran-desk-20261102-093000-manual.sqlite"));
        CHECK(BackupService::check(made.value(), MigrationRunner::latestVersion()).ok());

        addExampleCase(*db.value(), QStringLiteral("测试乙"), 903);
        CHECK(caseCount(*db.value()) == 2);
    }
    const QList<BackupInfo> backups = BackupService::list(folder);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == QStringLiteral("manual"));

    const auto restored = BackupService::restore(backups.first().path, store, folder, MigrationRunner::latestVersion());
    REQUIRE(restored.ok());
    CHECK(QFileInfo(restored.value()).fileName().endsWith(QStringLiteral("-pre-restore.sqlite")));
    {
        auto db = Database::open(store);
        REQUIRE(db.ok());
        CHECK(caseCount(*db.value()) == 1);
        CHECK(db.value()->cases().find(first).value().has_value());
    }
    // The store as it was before the restore is a backup of its own.
    CHECK(BackupService::list(folder).size() == 2);
}

TEST_CASE("Daily backups: one per day; pruning keeps the newest always", "[backup]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("b"));
    REQUIRE(Database::open(store).ok());
    const QDateTime day1(QDate(2026, 1, 5), QTime(8, 0));
    const auto a = BackupService::dailyBackupIfDue(store, folder, day1);
    REQUIRE(a.ok());
    CHECK(a.value().has_value());
    const auto again = BackupService::dailyBackupIfDue(store, folder, day1.addSecs(3600));
    REQUIRE(again.ok());
    CHECK_FALSE(again.value().has_value());
    const auto next = BackupService::dailyBackupIfDue(store, folder, day1.addDays(1));
    REQUIRE(next.ok());
    CHECK(next.value().has_value());
    CHECK(BackupService::list(folder).size() == 2);

    CHECK(BackupService::prune(folder, 30, QDate(2026, 1, 20)) == 0);
    CHECK(BackupService::prune(folder, 30, QDate(2026, 3, 1)) == 1); // the newest stays
    REQUIRE(BackupService::list(folder).size() == 1);
    CHECK(BackupService::list(folder).first().createdAt.date() == QDate(2026, 1, 6));

    // Files that are not ours are neither listed nor deleted.
    QFile other(folder + QStringLiteral("/notes.sqlite"));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    CHECK(BackupService::prune(folder, 0, QDate(2027, 1, 1)) == 0);
    CHECK(QFileInfo::exists(folder + QStringLiteral("/notes.sqlite")));
}

TEST_CASE("Wrong, damaged and foreign files are refused as backups, and restore leaves the store alone", "[backup]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    {
        auto db = Database::open(store);
        REQUIRE(db.ok());
        addExampleCase(*db.value(), QStringLiteral("测试甲"), 901);
    }
    const int latest = MigrationRunner::latestVersion();
    auto writeFile = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        return f.fileName();
    };
    CHECK(BackupService::check(dir.filePath(QStringLiteral("missing.sqlite")), latest).error().code
          == QStringLiteral("backup_invalid"));
    CHECK_FALSE(BackupService::check(writeFile(QStringLiteral("empty.sqlite"), QByteArray()), latest).ok());
    CHECK_FALSE(BackupService::check(writeFile(QStringLiteral("text.sqlite"), QByteArray("not a database\n").repeated(500)), latest).ok());

    // A real store with its middle pages overwritten.
    QFile original(store);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    original.close();
    REQUIRE(bytes.size() > 8192);
    for (int i = 4096; i < bytes.size() - 100; i += 7)
        bytes[i] = char(0x5a);
    const QString damaged = writeFile(QStringLiteral("damaged.sqlite"), bytes);
    CHECK_FALSE(BackupService::check(damaged, latest).ok());
    CHECK_FALSE(BackupService::quickCheck(damaged).ok());
    CHECK(BackupService::quickCheck(store).ok());

    // An SQLite file of some other program, and a store from a newer program.
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(store, newer));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(foreign);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        raw.setDatabaseName(newer);
        raw.close();
        REQUIRE(raw.open());
        QSqlQuery n(raw);
        REQUIRE(n.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CHECK(BackupService::check(foreign, latest).error().message.contains(QStringLiteral("不是本系统")));
    CHECK(BackupService::check(newer, latest).error().message.contains(QStringLiteral("更新版本")));

    const auto r = BackupService::restore(damaged, store, dir.filePath(QStringLiteral("b")), latest);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("backup_invalid"));
    auto db = Database::open(store);
    REQUIRE(db.ok());
    CHECK(caseCount(*db.value()) == 1);
}

TEST_CASE("A backup into a folder that cannot be written fails clearly and leaves no file", "[backup]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(Database::open(store).ok());
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto r = BackupService::backup(store, blocker.fileName() + QStringLiteral("/sub"), QStringLiteral("manual"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("backup_failed"));
    CHECK_FALSE(BackupService::backup(dir.filePath(QStringLiteral("none.sqlite")), dir.path(), QStringLiteral("manual")).ok());
}

TEST_CASE("A damaged store is moved aside and the backup restored into a fresh file", "[backup]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QString kept;
    {
        auto db = Database::open(store);
        REQUIRE(db.ok());
        kept = addExampleCase(*db.value(), QStringLiteral("测试甲"), 901);
        const auto made = BackupService::backup(store, folder, QStringLiteral("manual"));
        REQUIRE(made.ok());
        for (int i = 0; i < 10; ++i)
            addExampleCase(*db.value(), QStringLiteral("测试乙"), 903 + 2 * i);
    }
    QFile f(store);
    REQUIRE(f.open(QIODevice::ReadWrite));
    for (qint64 at = 4096; at < f.size(); at += 4096) {
        f.seek(at);
        f.write(QByteArray(512, '\xa5'));
    }
    f.close();
    REQUIRE_FALSE(BackupService::quickCheck(store).ok());

    const auto restored =
        BackupService::restore(BackupService::list(folder).first().path, store, folder, MigrationRunner::latestVersion());
    INFO((restored.ok() ? std::string() : restored.error().message.toStdString()));
    REQUIRE(restored.ok());
    CHECK(restored.value().contains(QStringLiteral(".damaged-")));
    CHECK(QFileInfo::exists(restored.value()));
    CHECK(BackupService::quickCheck(store).ok());
    auto db = Database::open(store);
    REQUIRE(db.ok());
    CHECK(db.value()->cases().find(kept).value().has_value());
}
