// User accounts: PBKDF2-HMAC-SM3 hashing (checked against OpenSSL's independent implementation),
// the first administrator, password verification.
#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include "AuditLog.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "UserRepository.h"

#include <iostream>

using namespace vd;

namespace {
std::unique_ptr<Database> freshStore(const QTemporaryDir &dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db);
    return std::move(db).value();
}
} // namespace

TEST_CASE("PasswordHasher: PBKDF2-HMAC-SM3 agrees with OpenSSL", "[storage][users]")
{
    // Reference values from OpenSSL 3.0:
    //   openssl kdf -keylen 32 -kdfopt digest:SM3 -kdfopt pass:password
    //       -kdfopt hexsalt:000102030405060708090a0b0c0d0e0f -kdfopt iter:1000 PBKDF2
    const auto key = PasswordHasher::derive(QStringLiteral("password"),
                                            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"), 1000);
    REQUIRE(key);
    CHECK(key.value().toHex() == QByteArray("304c324b5c73584d3af229f224b9c0c2a7e8541ad99e976d46182125f3843f0d"));
    // Non-ASCII passwords are hashed as UTF-8 (… -kdfopt 'pass:密码Aa1!' -kdfopt salt:saltsaltsaltsalt -kdfopt iter:2).
    const auto chinese = PasswordHasher::derive(QStringLiteral("密码Aa1!"), QByteArray("saltsaltsaltsalt"), 2);
    REQUIRE(chinese);
    CHECK(chinese.value().toHex() == QByteArray("e5b1ab345c5faf42ec8776366dcb7080ebfdd8799d01eb1cf9590c244b360140"));

    CHECK_FALSE(PasswordHasher::derive(QStringLiteral("x"), QByteArray(), 10));
    CHECK_FALSE(PasswordHasher::derive(QStringLiteral("x"), QByteArray("salt"), 0));
    CHECK(PasswordHasher::derive(QStringLiteral("x"), QByteArray("salt"), 0).error().code == "crypto_failed");
}

TEST_CASE("PasswordHasher: random salts and constant-time comparison", "[storage][users]")
{
    const QByteArray a = PasswordHasher::randomSalt();
    const QByteArray b = PasswordHasher::randomSalt();
    CHECK(a.size() == 16);
    CHECK(a != b);
    CHECK(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
    CHECK_FALSE(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    CHECK_FALSE(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("ab")));
    CHECK(PasswordHasher::constantTimeEquals(QByteArray(), QByteArray()));
}

TEST_CASE("PasswordHasher: one hash costs at least about 100 ms", "[storage][users]")
{
    QElapsedTimer t;
    t.start();
    REQUIRE(PasswordHasher::derive(QStringLiteral("Aa1!aaaa"), PasswordHasher::randomSalt(),
                                   PasswordHasher::DefaultIterations));
    const qint64 ms = t.elapsed();
    std::cout << "PBKDF2-HMAC-SM3, " << PasswordHasher::DefaultIterations << " iterations: " << ms << " ms\n";
    // A fast machine may take less; the bound only guards against a cost lowered by mistake.
    CHECK(ms >= 40);
}

TEST_CASE("UserRepository: the administrator and password checks", "[storage][users]")
{
    QTemporaryDir dir;
    const auto db = freshStore(dir);
    UserRepository users(*db);
    const QString password = QStringLiteral("Ceshi-2024甲");

    REQUIRE(users.countWithRole(UserRepository::roleAdministrator()).value() == 0);
    REQUIRE(users.createAdministrator(QStringLiteral("admin"), QStringLiteral("测试甲"), password));
    CHECK(users.countWithRole(UserRepository::roleAdministrator()).value() == 1);

    CHECK(users.verifyPassword(QStringLiteral("admin"), password).value());
    CHECK_FALSE(users.verifyPassword(QStringLiteral("admin"), QStringLiteral("Ceshi-2024乙")).value());
    CHECK_FALSE(users.verifyPassword(QStringLiteral("admin"), QString()).value());
    CHECK_FALSE(users.verifyPassword(QStringLiteral("Admin"), password).value()); // logins are exact
    CHECK_FALSE(users.verifyPassword(QStringLiteral("nobody"), password).value());
    CHECK_FALSE(users.verifyPassword(QStringLiteral("admin' OR '1'='1"), password).value());

    // The same login again: refused, the first account unchanged.
    const Status again = users.createAdministrator(QStringLiteral("admin"), QString(), QStringLiteral("Other-Pass1"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == "storage_user_exists");
    CHECK(users.verifyPassword(QStringLiteral("admin"), password).value());

    // What is stored: no password, a 16-byte salt, a 32-byte hash, the iteration count, the role.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT display_name, role, password_hash, salt, iterations, failed_attempts, "
                                  "locked_until, created_at FROM users")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("测试甲"));
    CHECK(q.value(1).toString() == QStringLiteral("administrator"));
    CHECK(q.value(2).toString().size() == 64);
    CHECK(q.value(3).toString().size() == 32);
    CHECK(q.value(4).toInt() == PasswordHasher::DefaultIterations);
    CHECK(q.value(5).toInt() == 0);
    CHECK(q.value(6).isNull());
    CHECK(q.value(7).toString().endsWith(QLatin1Char('Z')));
    CHECK_FALSE(q.value(2).toString().contains(QStringLiteral("Ceshi")));
}

TEST_CASE("UserRepository: a damaged row never verifies", "[storage][users]")
{
    QTemporaryDir dir;
    const auto db = freshStore(dir);
    UserRepository users(*db);
    REQUIRE(users.createAdministrator(QStringLiteral("admin"), QString(), QStringLiteral("Ceshi-2024x")));
    for (const char *damage : {"UPDATE users SET password_hash = 'zz'", "UPDATE users SET salt = ''",
                               "UPDATE users SET iterations = 0", "UPDATE users SET iterations = -5"}) {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QString::fromLatin1(damage)));
        INFO(damage);
        const auto ok = users.verifyPassword(QStringLiteral("admin"), QStringLiteral("Ceshi-2024x"));
        REQUIRE(ok);
        CHECK_FALSE(ok.value());
    }
    // The role column refuses unknown roles.
    QSqlQuery bad(db->connection());
    CHECK_FALSE(bad.exec(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, salt, iterations, "
                                        "created_at) VALUES ('x', 'x', 'root', 'h', 's', 1, 't')")));
}

TEST_CASE("Clerks log in; five wrong passwords lock the account for fifteen minutes; all audited", "[storage][users][login]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    UserRepository users(db);
    const QString password = QStringLiteral("Window-Pass-2026");
    REQUIRE(users.createUser(QStringLiteral("clerk01"), QStringLiteral("测试甲"), UserRepository::roleWindowClerk(),
                             password)
                .ok());
    CHECK(users.createUser(QStringLiteral("clerk01"), QString(), UserRepository::roleWindowClerk(), password)
              .error()
              .code
          == QStringLiteral("storage_user_exists"));
    CHECK(users.createUser(QStringLiteral("clerk02"), QString(), QStringLiteral("root"), password).error().code
          == QStringLiteral("user_role_unknown"));

    const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    const auto ok = users.logIn(QStringLiteral("clerk01"), password, t0);
    REQUIRE(ok.ok());
    CHECK(ok.value().role == UserRepository::roleWindowClerk());
    CHECK(ok.value().displayName == QStringLiteral("测试甲"));

    const auto unknown = users.logIn(QStringLiteral("nobody"), password, t0);
    REQUIRE_FALSE(unknown.ok());
    const auto wrongOnce = users.logIn(QStringLiteral("clerk01"), QStringLiteral("wrong"), t0);
    REQUIRE_FALSE(wrongOnce.ok());
    CHECK(wrongOnce.error().message == unknown.error().message); // one message: no hint which logins exist

    for (int i = 1; i < UserRepository::MaxFailedAttempts; ++i)
        CHECK(users.logIn(QStringLiteral("clerk01"), QStringLiteral("wrong"), t0.addSecs(i)).error().code
              == QStringLiteral("login_failed"));
    // Locked: even the right password is refused until the lock runs out.
    const auto locked = users.logIn(QStringLiteral("clerk01"), password, t0.addSecs(60));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("login_locked"));
    CHECK(users.list(t0.addSecs(60)).value().first().locked);
    CHECK(users.logIn(QStringLiteral("clerk01"), password, t0.addSecs(UserRepository::LockoutMinutes * 60 + 10)).ok());
    CHECK_FALSE(users.list(t0.addSecs(UserRepository::LockoutMinutes * 60 + 10)).value().first().locked);

    const auto v = db.audit().verify();
    REQUIRE(v.ok());
    CHECK(v.value().intact);
    const auto entries = db.audit().latest(100).value();
    int logins = 0;
    int failures = 0;
    for (const AuditEntry &e : entries) {
        logins += e.event.action == QLatin1String("login");
        failures += e.event.action == QLatin1String("login_failed");
        CHECK_FALSE(e.event.detail.contains(password));
    }
    CHECK(logins == 2);
    CHECK(failures == 1 + 1 + (UserRepository::MaxFailedAttempts - 1) + 1);
}
