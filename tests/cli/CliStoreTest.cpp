// The store's commands end to end (issue 6): backups and restore, the audit chain against the
// sqlite3 tool, clerk accounts, duplicates, the passphrase alternative, and accepting under SIGKILL.
#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

#include "BackupService.h"
#include "CaseJson.h"
#include "CliRunner.h"
#include "StorageFixtures.h"

using namespace vd;
using namespace vd::test;

namespace {

/// A case file for a made-up applicant number `n` (obviously fake name and ID number), with every
/// material received.
QString fakeCaseFile(const CliSandbox &box, int n)
{
    const Case c = withAllMaterialsReceived(withApplicant(
        loadExample(QStringLiteral("valid-minimal.json")), QStringLiteral("测试%1").arg(QChar(0x7532 + n % 5)),
        fakeIdNumber(QStringLiteral("360102"), QDate(1990, 1, 1).addDays(n % 3000), 900 + (n / 3000) % 100)));
    return box.write(QStringLiteral("case-%1.json").arg(n), CaseJson::write(c));
}

} // namespace

TEST_CASE("cli store: backup, backups, restore and audit verify against the sqlite3 tool", "[cli][store6]")
{
    CliSandbox box;
    const CliRun added = box.run({QStringLiteral("add"), fakeCaseFile(box, 1), fakeCaseFile(box, 2)});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    REQUIRE(added.outLines().size() == 2);

    const CliRun backup = box.run({QStringLiteral("backup"), QStringLiteral("--to"), box.path(QStringLiteral("b"))});
    INFO(backup.describe());
    REQUIRE(backup.exitCode == 0);
    const QString backupFile = backup.outLines().value(0);
    CHECK(QFileInfo(backupFile).isFile());

    const CliRun intact = box.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(intact.describe());
    CHECK(intact.exitCode == 0);
    CHECK(intact.outLines().value(0) == QStringLiteral("intact\t3")); // two accepts and a backup

    // One byte of one audit row changed with the sqlite3 tool.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty());
    REQUIRE(QProcess::execute(sqlite3, {box.db(), QStringLiteral("UPDATE audit_log SET at = substr(at, 1, 18) || "
                                                                  "(CASE substr(at, 19, 1) WHEN '1' THEN '2' ELSE '1' END) || "
                                                                  "substr(at, 20) WHERE id = 2;")})
            == 0);
    const CliRun broken = box.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(broken.describe());
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.startsWith("audit_broken\t"));
    CHECK(broken.err.contains("第 2 条"));

    // A deleted entry is found too.
    REQUIRE(QProcess::execute(sqlite3, {box.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 1;")}) == 0);
    CHECK(box.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 1);

    // Restore the backup: the chain is intact again and the restore itself is recorded.
    const CliRun restored = box.run({QStringLiteral("restore"), backupFile});
    INFO(restored.describe());
    REQUIRE(restored.exitCode == 0);
    const CliRun after = box.run({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(after.exitCode == 0);
    CHECK(box.run({QStringLiteral("list")}).outLines().size() == 2);

    // Not a backup at all: refused, the store untouched.
    const CliRun junk = box.run({QStringLiteral("restore"), box.write(QStringLiteral("junk.sqlite"), "not a database")});
    CHECK(junk.exitCode == 1);
    CHECK(junk.err.startsWith("backup_invalid\t"));
    CHECK(box.run({QStringLiteral("list")}).outLines().size() == 2);
    const CliRun listed = box.run({QStringLiteral("backups")});
    CHECK(listed.exitCode == 0);
}

TEST_CASE("cli store: an open case with the same ID number is not doubled", "[cli][store6]")
{
    CliSandbox box;
    const QString file = fakeCaseFile(box, 7);
    REQUIRE(box.run({QStringLiteral("add"), file}).exitCode == 0);
    const CliRun again = box.run({QStringLiteral("add"), file});
    INFO(again.describe());
    CHECK(again.exitCode == 1);
    CHECK(again.err.startsWith("duplicate_case\t"));
    CHECK(box.run({QStringLiteral("list")}).outLines().size() == 1);
    CHECK(box.run({QStringLiteral("add"), QStringLiteral("--allow-duplicate"), file}).exitCode == 0);
    CHECK(box.run({QStringLiteral("list")}).outLines().size() == 2);
}

TEST_CASE("cli store: clerk accounts", "[cli][store6]")
{
    CliSandbox box;
    const QString password = box.write(QStringLiteral("pw"), "Clerk-Pass-2026\n");
    const CliRun added = box.run({QStringLiteral("user-add"), QStringLiteral("clerk01"), QStringLiteral("window_clerk"),
                                  QStringLiteral("--password-file"), password, QStringLiteral("--name"), QStringLiteral("测试甲")});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    const CliRun users = box.run({QStringLiteral("users")});
    CHECK(users.outLines().value(0) == QStringLiteral("clerk01\t测试甲\twindow_clerk\tactive"));
    CHECK(box.run({QStringLiteral("user-add"), QStringLiteral("clerk01"), QStringLiteral("window_clerk"),
                   QStringLiteral("--password-file"), password})
              .exitCode
          == 1);
    CHECK(box.run({QStringLiteral("user-add"), QStringLiteral("clerk02"), QStringLiteral("root"),
                   QStringLiteral("--password-file"), password})
              .exitCode
          == 1);
    const CliRun weak = box.run({QStringLiteral("user-add"), QStringLiteral("clerk03"), QStringLiteral("window_clerk"),
                                 QStringLiteral("--password-file"), box.write(QStringLiteral("weak"), "123")});
    CHECK(weak.exitCode == 1);
    CHECK(box.run({QStringLiteral("user-add"), QStringLiteral("clerk04"), QStringLiteral("window_clerk")}).exitCode == 2);
    CHECK(box.run({QStringLiteral("user-add"), QStringLiteral("clerk05"), QStringLiteral("window_clerk"),
                   QStringLiteral("--password-file"), box.path(QStringLiteral("missing"))})
              .exitCode
          == 2);
}

TEST_CASE("cli store: a store protected by an administrator passphrase", "[cli][store6]")
{
    CliSandbox box;
    const QString pass = box.write(QStringLiteral("pass"), "an administrator passphrase\n");
    const QString wrong = box.write(QStringLiteral("wrong"), "another passphrase entirely\n");
    const QString db = box.path(QStringLiteral("pp.sqlite"));
    const CliRun added = runCli({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), pass,
                                 QStringLiteral("add"), fakeCaseFile(box, 3)});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    const CliRun without = runCli({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(without.exitCode == 2);
    CHECK(without.err.startsWith("passphrase_required\t"));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), wrong, QStringLiteral("list")})
              .err.startsWith("passphrase_wrong\t"));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), pass, QStringLiteral("list")})
              .outLines()
              .size()
          == 1);
    const CliRun shortOne = runCli({QStringLiteral("--db"), box.path(QStringLiteral("new.sqlite")),
                                    QStringLiteral("--passphrase-file"), box.write(QStringLiteral("s"), "short"),
                                    QStringLiteral("list")});
    CHECK(shortOne.exitCode == 2);
    CHECK(shortOne.err.startsWith("passphrase_too_short\t"));
}

TEST_CASE("cli store: SIGKILL at random moments during 1,000 accepts loses no acknowledged case", "[cli][store6][kill]")
{
    CliSandbox box;
    constexpr int Cases = 1000;
    QStringList files;
    for (int i = 0; i < Cases; ++i)
        files << fakeCaseFile(box, 100 + i);

    QSet<QString> acknowledged;
    int next = 0;
    int kills = 0;
    QElapsedTimer clock;
    clock.start();
    auto *random = QRandomGenerator::global();
    while (next < Cases) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(VD_CLI_PATH), QStringList{QStringLiteral("--db"), box.db(), QStringLiteral("add"),
                                                           QStringLiteral("--allow-duplicate")}
                                                   + files.mid(next));
        REQUIRE(cli.waitForStarted(30000));
        // Every run is killed at a random moment (start-up included), until enough kills were seen;
        // then the rest runs to the end.
        const bool kill = kills < 40;
        if (kill) {
            cli.waitForFinished(int(random->bounded(10, 150)));
            if (cli.state() != QProcess::NotRunning) {
                ::kill(pid_t(cli.processId()), SIGKILL);
                ++kills;
            }
        }
        if (cli.state() != QProcess::NotRunning)
            REQUIRE(cli.waitForFinished(120000));
        const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &no : lines)
            acknowledged.insert(no);
        // Go on after the files whose cases were acknowledged; a case committed but not yet printed
        // when the kill came is stored again under a new number (allowed: --allow-duplicate).
        next += int(lines.size());
        if (!kill)
            REQUIRE(cli.exitCode() == 0);
    }
    WARN("1,000 accepts with " << kills << " SIGKILLs in " << clock.elapsed() / 1000.0 << " s");
    CHECK(kills >= 20);

    const CliRun listed = box.run({QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    QSet<QString> stored;
    for (const QString &line : listed.outLines())
        stored.insert(line.section(QLatin1Char('\t'), 0, 0));
    for (const QString &no : std::as_const(acknowledged))
        CHECK(stored.contains(no));
    CHECK(acknowledged.size() == Cases);
    CHECK(stored.size() >= Cases);
    CHECK(stored.size() <= Cases + kills); // at most one committed-but-unacknowledged case per kill
    // No partial case: every stored case reads back whole, with its workflow; the file is intact.
    CHECK(BackupService::quickCheck(box.db()).ok());
    const CliRun verify = box.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verify.describe());
    CHECK(verify.exitCode == 0);
    CHECK(verify.outLines().value(0) == QStringLiteral("intact\t%1").arg(stored.size()));
    int checked = 0;
    for (const QString &no : std::as_const(stored)) {
        if (checked++ % 50 != 0)
            continue; // a sample: show and status of every 50th case
        CHECK(box.run({QStringLiteral("show"), no}).exitCode == 0);
        CHECK(box.run({QStringLiteral("status"), no}).exitCode == 0);
    }
}

TEST_CASE("cli store: without a keychain, personal data is refused and the calendar still works", "[cli][store6]")
{
    CliSandbox box;
    auto runWithoutKeychain = [&](const QStringList &args) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(VD_CLI_PATH), QStringList{QStringLiteral("--db"), box.path(QStringLiteral("nk.sqlite"))} + args);
        REQUIRE(cli.waitForFinished(60000));
        return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()));
    };
    const auto workdays = runWithoutKeychain({QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2024-02-09"),
                                              QStringLiteral("1")});
    INFO(workdays.second.toStdString());
    CHECK(workdays.first == 0);
    CHECK(workdays.second.startsWith(QStringLiteral("2024-02-18")));
    const auto added = runWithoutKeychain({QStringLiteral("add"), fakeCaseFile(box, 11)});
    INFO(added.second.toStdString());
    CHECK(added.first == 2);
    CHECK(added.second.contains(QStringLiteral("keychain_")));
    CHECK(added.second.contains(QStringLiteral("管理员口令")));
    CHECK(runWithoutKeychain({QStringLiteral("audit"), QStringLiteral("verify")}).second.startsWith(QStringLiteral("intact\t0")));
}
