// The first-run setup on a real store: the backup folder on disk, settings and administrator
// written, setup_completed last, a repeated setup after an interruption.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "Database.h"
#include "FirstRunSetup.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

using namespace vd;

namespace {

HallSetup good(const QTemporaryDir &dir)
{
    HallSetup s;
    s.hallName = QStringLiteral("某某区政务服务中心");
    s.hallRegion = QStringLiteral("360102");
    s.windowNo = QStringLiteral("3");
    s.issuingAuthority = QStringLiteral("某某区退役军人事务局");
    s.letterPrefixes.insert(QStringLiteral("settlement-letter"), QStringLiteral("赣退役落字"));
    s.letterPrefixes.insert(QStringLiteral("party-letter"), QStringLiteral("赣退役党字"));
    s.adminLogin = QStringLiteral("admin");
    s.adminDisplayName = QStringLiteral("测试甲");
    s.adminPassword = QStringLiteral("Ceshi-2024");
    s.backupFolder = dir.filePath(QStringLiteral("backups/daily"));
    return s;
}

QString setting(const Database &db, const QString &name)
{
    const auto v = db.settings().value(name);
    REQUIRE(v);
    return v.value().value_or(QStringLiteral("<unset>"));
}

} // namespace

TEST_CASE("first-run setup: the backup folder must be usable", "[storage][setup]")
{
    QTemporaryDir dir;
    // Created when missing, and left without the probe file.
    const QString fresh = dir.filePath(QStringLiteral("a/b/c"));
    CHECK_FALSE(FirstRunSetup::checkBackupFolder(fresh).has_value());
    CHECK(QDir(fresh).exists());
    CHECK(QDir(fresh).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // A file where the folder should be, a folder below a file, a place nobody may write (not even
    // root: the tests may run as root, for whom permission bits do not count).
    QFile file(dir.filePath(QStringLiteral("plain-file")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QString &bad : {file.fileName(), file.fileName() + QStringLiteral("/backups"),
                               QStringLiteral("/proc/veteran-desk-backups")}) {
        INFO(bad.toStdString());
        const auto f = FirstRunSetup::checkBackupFolder(bad);
        REQUIRE(f.has_value());
        CHECK(f->field == QStringLiteral("backup_folder"));
        CHECK(f->code == QStringLiteral("setup_folder_unwritable"));
    }
    CHECK(FirstRunSetup::checkBackupFolder(QString())->code == QStringLiteral("setup_missing"));
    CHECK(FirstRunSetup::checkBackupFolder(QStringLiteral("relative/dir"))->code == QStringLiteral("setup_folder_relative"));
}

TEST_CASE("first-run setup: stores the settings and the administrator, completed last", "[storage][setup]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened);
    const auto &db = *opened.value();
    FirstRunSetup setup(db);
    REQUIRE(setup.isCompleted());
    CHECK_FALSE(setup.isCompleted().value());
    CHECK(setup.proposedBackupFolder() == dir.filePath(QStringLiteral("backups")));

    REQUIRE(setup.apply(good(dir)));
    CHECK(setup.isCompleted().value());
    CHECK(setting(db, SettingKeys::hallName()) == QStringLiteral("某某区政务服务中心"));
    CHECK(setting(db, SettingKeys::hallRegion()) == QStringLiteral("360102"));
    CHECK(setting(db, SettingKeys::windowNo()) == QStringLiteral("3"));
    CHECK(setting(db, SettingKeys::issuingAuthority()) == QStringLiteral("某某区退役军人事务局"));
    CHECK(setting(db, SettingKeys::letterPrefix(QStringLiteral("settlement-letter"))) == QStringLiteral("赣退役落字"));
    CHECK(setting(db, SettingKeys::letterPrefix(QStringLiteral("party-letter"))) == QStringLiteral("赣退役党字"));
    CHECK(setting(db, SettingKeys::backupFolder()) == dir.filePath(QStringLiteral("backups/daily")));
    CHECK(setting(db, SettingKeys::setupCompleted()) == QStringLiteral("1"));
    CHECK(UserRepository(db).verifyPassword(QStringLiteral("admin"), QStringLiteral("Ceshi-2024")).value());

    const auto stored = setup.stored();
    REQUIRE(stored);
    CHECK(stored.value().hallName == QStringLiteral("某某区政务服务中心"));
    CHECK(stored.value().letterPrefixes.value(QStringLiteral("party-letter")) == QStringLiteral("赣退役党字"));
    CHECK(stored.value().adminPassword.isEmpty());
}

TEST_CASE("first-run setup: invalid input stores nothing", "[storage][setup]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened);
    const auto &db = *opened.value();
    FirstRunSetup setup(db);
    HallSetup s = good(dir);
    s.hallRegion = QStringLiteral("999999");
    const Status st = setup.apply(s);
    REQUIRE_FALSE(st);
    CHECK(st.error().code == QStringLiteral("setup_invalid"));
    CHECK(setting(db, SettingKeys::hallName()) == QStringLiteral("<unset>"));
    CHECK(UserRepository(db).countWithRole(UserRepository::roleAdministrator()).value() == 0);
    CHECK_FALSE(setup.isCompleted().value());
}

TEST_CASE("first-run setup: a repeated setup needs the administrator's own password", "[storage][setup]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened);
    const auto &db = *opened.value();
    // An interrupted earlier run: the administrator exists, setup_completed does not.
    REQUIRE(UserRepository(db).createAdministrator(QStringLiteral("admin"), QString(), QStringLiteral("Ceshi-2024")));
    FirstRunSetup setup(db);

    HallSetup other = good(dir);
    other.adminPassword = QStringLiteral("Fremd-2024x");
    const Status refused = setup.apply(other);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("storage_user_exists"));
    CHECK_FALSE(setup.isCompleted().value());
    CHECK(UserRepository(db).verifyPassword(QStringLiteral("admin"), QStringLiteral("Ceshi-2024")).value());

    REQUIRE(setup.apply(good(dir)));
    CHECK(setup.isCompleted().value());
}
