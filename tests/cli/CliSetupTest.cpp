// `veteran-desk-cli setup` end to end (docs/cli.md "setup"): a complete setup, then every kind of
// wrong input — each rejected with its code, and nothing stored.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include "CliRunner.h"
#include "Database.h"
#include "FirstRunSetup.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

using namespace vd;
using namespace vd::test;

namespace {

const QString Password = QStringLiteral("Ceshi-2024");

/// The options of a complete, valid setup; `passwordFile` and `backup` inside the sandbox.
QStringList goodOptions(const CliSandbox &box)
{
    const QString pw = box.write(QStringLiteral("pw.txt"), Password.toUtf8() + "\n");
    return {QStringLiteral("setup"),
            QStringLiteral("--hall-name"), QStringLiteral("某某区政务服务中心"),
            QStringLiteral("--hall-region"), QStringLiteral("360102"),
            QStringLiteral("--window-no"), QStringLiteral("3"),
            QStringLiteral("--issuing-authority"), QStringLiteral("某某区退役军人事务局"),
            QStringLiteral("--letter-prefix"), QStringLiteral("settlement-letter=赣退役落字"),
            QStringLiteral("--letter-prefix=party-letter=赣退役党字"),
            QStringLiteral("--admin-user"), QStringLiteral("admin"),
            QStringLiteral("--admin-name"), QStringLiteral("测试甲"),
            QStringLiteral("--admin-password-file"), pw,
            QStringLiteral("--backup-folder"), box.path(QStringLiteral("backups"))};
}

/// `options` with the value after `name` replaced by `value` (or `name=…` forms left alone).
QStringList withOption(QStringList options, const QString &name, const QString &value)
{
    const int i = options.indexOf(name);
    REQUIRE(i >= 0);
    options[i + 1] = value;
    return options;
}

/// Whether the sandbox's store holds a completed setup and an administrator.
struct Stored {
    bool completed = false;
    int administrators = 0;
    QString hallName;
};
Stored stored(const CliSandbox &box)
{
    auto db = Database::open(box.db());
    REQUIRE(db);
    Stored s;
    s.completed = FirstRunSetup(*db.value()).isCompleted().value();
    s.administrators = UserRepository(*db.value()).countWithRole(UserRepository::roleAdministrator()).value();
    s.hallName = db.value()->settings().value(SettingKeys::hallName()).value().value_or(QString());
    return s;
}

/// A rejected setup: exit 1, the finding `code` on `field` on standard output, setup_invalid on
/// standard error, nothing stored.
void requireRejected(const CliSandbox &box, const CliRun &run, const QString &field, const QString &code)
{
    INFO(run.describe());
    CHECK(run.exitCode == 1);
    bool found = false;
    for (const QString &line : run.outLines())
        found = found || line.startsWith(QStringLiteral("error\t%1\t%2\t").arg(field, code));
    CHECK(found);
    CHECK(run.errLines().last().startsWith(QStringLiteral("setup_invalid\t")));
    CHECK(errorLinesWellFormed(run));
    const Stored s = stored(box);
    CHECK_FALSE(s.completed);
    CHECK(s.administrators == 0);
    CHECK(s.hallName.isEmpty());
}

} // namespace

TEST_CASE("cli setup: a complete setup is stored once", "[cli][setup]")
{
    CliSandbox box;
    const CliRun run = box.run(goodOptions(box));
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outLines().contains(QStringLiteral("setting\thall_region\t360102")));
    CHECK(run.outLines().contains(QStringLiteral("hall_region_name\t南昌市东湖区")));
    CHECK(run.outLines().contains(QStringLiteral("administrator\tadmin")));
    CHECK(run.outLines().last() == QStringLiteral("setup\tcompleted"));
    CHECK_FALSE(run.out.contains(Password.toUtf8()));
    CHECK_FALSE(run.err.contains(Password.toUtf8()));

    auto db = Database::open(box.db());
    REQUIRE(db);
    CHECK(FirstRunSetup(*db.value()).isCompleted().value());
    CHECK(UserRepository(*db.value()).verifyPassword(QStringLiteral("admin"), Password).value());
    CHECK(db.value()->settings().value(SettingKeys::letterPrefix(QStringLiteral("party-letter"))).value()
          == std::optional<QString>(QStringLiteral("赣退役党字")));

    // A second setup is refused; the first stays.
    const CliRun again = box.run(withOption(goodOptions(box), QStringLiteral("--hall-name"), QStringLiteral("另一个")));
    CHECK(again.exitCode == 1);
    CHECK(again.errLines().last().startsWith(QStringLiteral("setup_already_completed\t")));
    CHECK(stored(box).hallName == QStringLiteral("某某区政务服务中心"));
}

TEST_CASE("cli setup: --check-only and --json", "[cli][setup]")
{
    CliSandbox box;
    QStringList options = goodOptions(box);
    options << QStringLiteral("--check-only");
    const CliRun checked = box.run(options);
    INFO(checked.describe());
    CHECK(checked.exitCode == 0);
    CHECK(checked.outLines().last() == QStringLiteral("setup\tchecked"));
    CHECK_FALSE(stored(box).completed);

    QStringList json = goodOptions(box);
    json.prepend(QStringLiteral("--json"));
    const CliRun run = box.run(json);
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    CHECK(o.value(QStringLiteral("stored")).toBool());
    CHECK(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("window_no")).toString() == QStringLiteral("3"));
    CHECK(o.value(QStringLiteral("keychain")).toObject().contains(QStringLiteral("state")));

    CliSandbox bad;
    QStringList badJson = withOption(goodOptions(bad), QStringLiteral("--hall-region"), QStringLiteral("110101"));
    badJson.prepend(QStringLiteral("--json"));
    const CliRun rejected = bad.run(badJson);
    CHECK(rejected.exitCode == 1);
    const QJsonArray findings = QJsonDocument::fromJson(rejected.out).object().value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("setup_region_unknown"));
}

TEST_CASE("cli setup: wrong input is rejected and nothing is stored", "[cli][setup]")
{
    SECTION("unknown region code")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--hall-region"), QStringLiteral("369999"))),
                        QStringLiteral("hall_region"), QStringLiteral("setup_region_unknown"));
    }
    SECTION("malformed region code")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--hall-region"), QStringLiteral("36-0102"))),
                        QStringLiteral("hall_region"), QStringLiteral("setup_region_malformed"));
    }
    SECTION("empty hall name")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--hall-name"), QStringLiteral("   "))),
                        QStringLiteral("hall_name"), QStringLiteral("setup_missing"));
    }
    SECTION("hall name with a control character; tabs and line breaks cannot forge output lines")
    {
        CliSandbox box;
        const CliRun run = box.run(withOption(goodOptions(box), QStringLiteral("--hall-name"),
                                              QStringLiteral("某某\x1b[31m大厅\terror\tx")));
        requireRejected(box, run, QStringLiteral("hall_name"), QStringLiteral("setup_unprintable"));
        for (const QString &line : run.outLines())
            CHECK(line.startsWith(QStringLiteral("error\t")));
    }
    SECTION("unwritable backup folder: below a file")
    {
        CliSandbox box;
        const QString file = box.write(QStringLiteral("not-a-folder"), "x");
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--backup-folder"), file + QStringLiteral("/bk"))),
                        QStringLiteral("backup_folder"), QStringLiteral("setup_folder_unwritable"));
    }
    SECTION("unwritable backup folder: a place nobody may write")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--backup-folder"), QStringLiteral("/proc/vd-backups"))),
                        QStringLiteral("backup_folder"), QStringLiteral("setup_folder_unwritable"));
    }
    SECTION("relative backup folder")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--backup-folder"), QStringLiteral("bk"))),
                        QStringLiteral("backup_folder"), QStringLiteral("setup_folder_relative"));
    }
    SECTION("weak password")
    {
        CliSandbox box;
        const QString pw = box.write(QStringLiteral("weak.txt"), "password\n");
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--admin-password-file"), pw)),
                        QStringLiteral("admin.password"), QStringLiteral("setup_password_weak"));
    }
    SECTION("password containing the login")
    {
        CliSandbox box;
        const QString pw = box.write(QStringLiteral("login.txt"), "Admin-2024x");
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--admin-password-file"), pw)),
                        QStringLiteral("admin.password"), QStringLiteral("setup_password_weak"));
    }
    SECTION("empty password file")
    {
        CliSandbox box;
        const QString pw = box.write(QStringLiteral("empty.txt"), "");
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--admin-password-file"), pw)),
                        QStringLiteral("admin.password"), QStringLiteral("setup_missing"));
    }
    SECTION("no password file at all")
    {
        CliSandbox box;
        QStringList options = goodOptions(box);
        const int i = options.indexOf(QStringLiteral("--admin-password-file"));
        options.remove(i, 2);
        requireRejected(box, box.run(options), QStringLiteral("admin.password"), QStringLiteral("setup_missing"));
    }
    SECTION("letter prefix with year and number")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--letter-prefix"),
                                                QStringLiteral("settlement-letter=赣退役落字〔2024〕"))),
                        QStringLiteral("letter_prefix.settlement-letter"), QStringLiteral("setup_prefix_malformed"));
    }
    SECTION("letter prefix for a document without numbers")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--letter-prefix"),
                                                QStringLiteral("receipt=赣退役回字"))),
                        QStringLiteral("letter_prefix.receipt"), QStringLiteral("setup_unknown_document"));
    }
    SECTION("bad login")
    {
        CliSandbox box;
        requireRejected(box, box.run(withOption(goodOptions(box), QStringLiteral("--admin-user"), QStringLiteral("管理员"))),
                        QStringLiteral("admin.login"), QStringLiteral("setup_login_malformed"));
    }
}

TEST_CASE("cli setup: unreadable password files and usage errors exit 2", "[cli][setup]")
{
    const struct {
        const char *what;
        std::function<QStringList(const CliSandbox &)> options;
        const char *code;
    } cases[] = {
        {"missing password file",
         [](const CliSandbox &b) {
             return withOption(goodOptions(b), QStringLiteral("--admin-password-file"), b.path(QStringLiteral("nope")));
         },
         "file_unreadable"},
        {"password file is a folder",
         [](const CliSandbox &b) { return withOption(goodOptions(b), QStringLiteral("--admin-password-file"), b.path(QString())); },
         "file_unreadable"},
        {"huge password file",
         [](const CliSandbox &b) {
             return withOption(goodOptions(b), QStringLiteral("--admin-password-file"),
                               b.write(QStringLiteral("huge"), QByteArray(100000, 'A')));
         },
         "file_too_large"},
        {"password file not UTF-8",
         [](const CliSandbox &b) {
             return withOption(goodOptions(b), QStringLiteral("--admin-password-file"),
                               b.write(QStringLiteral("latin1"), QByteArray("Ceshi-\xe9\xe9-2024")));
         },
         "file_unreadable"},
        {"unknown option", [](const CliSandbox &b) { return goodOptions(b) << QStringLiteral("--hall-phone"); }, "usage_error"},
        {"stray argument", [](const CliSandbox &b) { return goodOptions(b) << QStringLiteral("extra"); }, "usage_error"},
        {"option without value", [](const CliSandbox &b) { return goodOptions(b) << QStringLiteral("--window-no"); }, "usage_error"},
        {"repeated option",
         [](const CliSandbox &b) { return goodOptions(b) << QStringLiteral("--window-no") << QStringLiteral("4"); },
         "usage_error"},
        {"letter prefix without document",
         [](const CliSandbox &b) { return withOption(goodOptions(b), QStringLiteral("--letter-prefix"), QStringLiteral("赣退役落字")); },
         "usage_error"},
        {"letter prefix twice",
         [](const CliSandbox &b) {
             return goodOptions(b) << QStringLiteral("--letter-prefix") << QStringLiteral("settlement-letter=赣退役字");
         },
         "usage_error"},
    };
    for (const auto &c : cases) {
        CliSandbox box;
        const CliRun run = box.run(c.options(box));
        INFO(c.what << "\n" << run.describe());
        CHECK(run.exitCode == 2);
        REQUIRE_FALSE(run.errLines().isEmpty());
        CHECK(run.errLines().first().startsWith(QString::fromLatin1(c.code) + QLatin1Char('\t')));
        CHECK(errorLinesWellFormed(run));
        if (QFile::exists(box.db()))
            CHECK_FALSE(stored(box).completed);
    }
}

TEST_CASE("cli setup: the password can come from standard input; help lists setup", "[cli][setup]")
{
    CliSandbox box;
    QStringList options = withOption(goodOptions(box), QStringLiteral("--admin-password-file"), QStringLiteral("-"));
    options.prepend(box.db());
    options.prepend(QStringLiteral("--db"));
    const CliRun run = runCli(options, Password.toUtf8() + "\r\n");
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    auto db = Database::open(box.db());
    REQUIRE(db);
    CHECK(UserRepository(*db.value()).verifyPassword(QStringLiteral("admin"), Password).value());

    const CliRun help = runCli({QStringLiteral("setup"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("--admin-password-file")));
}
