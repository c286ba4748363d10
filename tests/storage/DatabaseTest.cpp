// The store itself: creation, connection settings, migrations, refusal of stores it cannot use,
// one connection per thread.
#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include "CaseRepository.h"
#include "Database.h"
#include "MigrationRunner.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0);
}

/// Sets PRAGMA user_version of an SQLite file behind the program's back (a store from elsewhere).
void setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("raw-user-version");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int userVersion(const QString &path)
{
    const QString name = QStringLiteral("raw-user-version-read");
    int version = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        version = q.value(0).toInt();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

TEST_CASE("the migrations embedded in the program are numbered from 1 upwards without repeats", "[storage][migrations]")
{
    const auto migrations = MigrationRunner::available();
    REQUIRE(migrations.ok());
    REQUIRE(!migrations.value().isEmpty());
    CHECK(migrations.value().first().name == QStringLiteral("0001_initial"));
    for (int i = 1; i < migrations.value().size(); ++i)
        CHECK(migrations.value().at(i).version > migrations.value().at(i - 1).version);
    CHECK(MigrationRunner::latestVersion() == migrations.value().last().version);
}

TEST_CASE("migration scripts split at semicolons outside quotes and comments", "[storage][migrations]")
{
    const QStringList statements = MigrationRunner::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" TEXT);\n"
        "/* block; comment */ INSERT INTO t (a) VALUES ('it''s; fine');\n"
        "  ;\n"
        "SELECT 1"));
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" TEXT)"));
    CHECK(statements.at(1) == QStringLiteral("INSERT INTO t (a) VALUES ('it''s; fine')"));
    CHECK(statements.at(2) == QStringLiteral("SELECT 1"));
}

TEST_CASE("opening creates folders and the file, with WAL, foreign keys and the latest schema", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/b/veteran-desk.sqlite"));
    auto db = Database::open(path);
    INFO((db.ok() ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.ok());
    CHECK(QFile::exists(path));
    CHECK(db.value()->path() == path);
    CHECK(db.value()->schemaVersion() == MigrationRunner::latestVersion());

    const QSqlDatabase c = db.value()->connection();
    REQUIRE(c.isOpen());
    CHECK(pragma(c, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(c, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(c, QStringLiteral("synchronous")).toInt() == 2); // FULL
    CHECK(pragma(c, QStringLiteral("busy_timeout")).toInt() == Database::BusyTimeoutMs);
    CHECK(c.tables().contains(QStringLiteral("cases")));
    CHECK(c.tables().contains(QStringLiteral("case_sequence")));
    CHECK(c.tables().contains(QStringLiteral("settings")));
}

TEST_CASE("migrations are idempotent: reopening keeps the version and the data", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString caseNo;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        auto added = db.value()->cases().add(test::loadExample(QStringLiteral("valid-minimal.json")),
                                             QStringLiteral("360425"), QDate(2021, 9, 18));
        REQUIRE(added.ok());
        caseNo = added.value();
    }
    for (int round = 0; round < 2; ++round) {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == MigrationRunner::latestVersion());
        // Running the migrations again on an up-to-date store changes nothing.
        const auto again = MigrationRunner::migrate(db.value()->connection(), db.value()->dialect());
        REQUIRE(again.ok());
        CHECK(again.value() == MigrationRunner::latestVersion());
        const auto found = db.value()->cases().find(caseNo);
        REQUIRE(found.ok());
        CHECK(found.value().has_value());
    }
}

TEST_CASE("a store made by a newer program is refused and left untouched", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(Database::open(path).ok());
    const int newer = MigrationRunner::latestVersion() + 1;
    setUserVersion(path, newer);

    const auto db = Database::open(path);
    REQUIRE(!db.ok());
    CHECK(db.error().code == QStringLiteral("storage_newer_schema"));
    CHECK(db.error().message.contains(QString::number(newer)));
    CHECK(userVersion(path) == newer);
}

TEST_CASE("a path that cannot hold a store is an error, not a crash", "[storage]")
{
    QTemporaryDir dir;

    SECTION("a file that is not a database")
    {
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile junk(path);
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, '\x5a'));
        junk.close();
        const auto db = Database::open(path);
        REQUIRE(!db.ok());
        CHECK(db.error().code == QStringLiteral("storage_open_failed"));
        CHECK(!db.error().message.isEmpty());
    }
    SECTION("a folder")
    {
        const auto db = Database::open(dir.path());
        REQUIRE(!db.ok());
        CHECK(db.error().code == QStringLiteral("storage_open_failed"));
    }
    SECTION("a folder that cannot be created")
    {
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        const auto db = Database::open(blocker + QStringLiteral("/sub/store.sqlite"));
        REQUIRE(!db.ok());
        CHECK(db.error().code == QStringLiteral("storage_open_failed"));
    }
    SECTION("an empty path")
    {
        const auto db = Database::open(QString());
        REQUIRE(!db.ok());
        CHECK(db.error().code == QStringLiteral("storage_open_failed"));
    }
}

TEST_CASE("the default path is the application-data location", "[storage]")
{
    const QString path = Database::defaultPath();
    CHECK(path.endsWith(QStringLiteral("/veteran-desk.sqlite")));
    CHECK(path.contains(QStringLiteral("VeteranDeskTests"))); // the test runner's application name
}

TEST_CASE("every thread gets its own connection to the same store", "[storage][threads]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    const Database &store = *db.value();
    REQUIRE(store.cases().add(test::loadExample(QStringLiteral("valid-minimal.json")), QStringLiteral("360425"),
                              QDate(2021, 9, 18))
                .ok());

    const QString mainName = store.connection().connectionName();
    QString workerName;
    int workerCount = -1;
    QThread *worker = QThread::create([&] {
        workerName = store.connection().connectionName();
        const auto list = store.cases().list();
        workerCount = list.ok() ? int(list.value().size()) : -1;
        store.releaseThreadConnection();
    });
    worker->start();
    REQUIRE(worker->wait(30000));
    delete worker;

    CHECK(!workerName.isEmpty());
    CHECK(workerName != mainName);
    CHECK(workerCount == 1);
    CHECK(store.connection().connectionName() == mainName);
}

TEST_CASE("two programs creating the same new store at once both succeed", "[storage][migrations][threads]")
{
    // The GUI and the CLI started together on a fresh machine: one migrates, the other waits
    // for the write lock and then finds the store already at the latest version.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh/store.sqlite"));
    QString workerError = QStringLiteral("not run");
    QThread *worker = QThread::create([&] {
        auto db = Database::open(path);
        workerError = db.ok() ? QString() : db.error().message;
    });
    worker->start();
    auto db = Database::open(path);
    REQUIRE(worker->wait(60000));
    delete worker;
    INFO((db.ok() ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.ok());
    CHECK(workerError.toStdString() == std::string());
    CHECK(db.value()->schemaVersion() == MigrationRunner::latestVersion());
}
