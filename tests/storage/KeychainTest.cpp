// The data key in the operating system's keychain, for real (run by ctest as keychain_present
// inside with-keyring.sh), and the path without a keychain (keychain_absent: no D-Bus session),
// where the store refuses to keep personal data until an administrator passphrase protects it.
#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "CaseRepository.h"
#include "Database.h"
#include "SecretStore.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

bool keychainExpected()
{
    return qEnvironmentVariable("VD_EXPECT_KEYCHAIN") == QLatin1String("1");
}

Case exampleCase()
{
    return test::withApplicant(test::loadExample(QStringLiteral("valid-minimal.json")), QStringLiteral("测试甲"),
                               test::fakeIdNumber(QStringLiteral("360102"), QDate(1998, 1, 2), 901));
}

} // namespace

TEST_CASE("The keychain is there exactly when the test environment says so", "[.][keychain]")
{
    KeychainSecretStore keychain(QStringLiteral("VeteranDeskTests"));
    const Status probe = keychain.probe();
    if (keychainExpected()) {
        REQUIRE(probe.ok());
        REQUIRE(keychain.write(QStringLiteral("t1"), QByteArray("\x00\x01\xff secret", 10)).ok());
        const auto back = keychain.read(QStringLiteral("t1"));
        REQUIRE(back.ok());
        REQUIRE(back.value().has_value());
        CHECK(*back.value() == QByteArray("\x00\x01\xff secret", 10));
        REQUIRE(keychain.remove(QStringLiteral("t1")).ok());
        const auto gone = keychain.read(QStringLiteral("t1"));
        REQUIRE(gone.ok());
        CHECK_FALSE(gone.value().has_value());
        CHECK(keychain.remove(QStringLiteral("never-there")).ok());
    } else {
        REQUIRE_FALSE(probe.ok());
        CHECK(probe.error().code == QStringLiteral("keychain_unavailable"));
        CHECK(probe.error().message.contains(QStringLiteral("管理员口令")));
    }
}

TEST_CASE("A store keeps its data key in the keychain, or refuses without one", "[.][keychain]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    KeychainSecretStore keychain(QStringLiteral("VeteranDeskTests"));
    const KeyAccess access{&keychain, QString(), false};
    if (keychainExpected()) {
        QString caseNo;
        {
            auto db = Database::open(path, access);
            REQUIRE(db.ok());
            const auto no = db.value()->cases().add(exampleCase(), QStringLiteral("360102"));
            REQUIRE(no.ok());
            caseNo = no.value();
        }
        auto again = Database::open(path, access);
        REQUIRE(again.ok());
        const auto found = again.value()->cases().find(caseNo);
        REQUIRE(found.ok());
        REQUIRE(found.value().has_value());
        CHECK(found.value()->applicant.idNumber == exampleCase().applicant.idNumber);

        // Another keychain (another user account, a copied store) does not have the key.
        MemorySecretStore elsewhere;
        const auto copied = Database::open(path, {&elsewhere, QString(), false});
        REQUIRE_FALSE(copied.ok());
        CHECK(copied.error().code == QStringLiteral("storage_key_missing"));
    } else {
        const auto db = Database::open(path, access);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == QStringLiteral("keychain_unavailable"));
    }
}

TEST_CASE("Without a keychain an administrator passphrase protects the data key", "[keychain-fallback]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    MemorySecretStore none;
    none.setUnavailable(true);
    const QString passphrase = QStringLiteral("正确的管理员口令 horse battery");

    SECTION("no keychain and no choice: refused, with the alternative named")
    {
        const auto db = Database::open(path, {&none, QString(), false});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == QStringLiteral("keychain_unavailable"));
        CHECK(db.error().message.contains(QStringLiteral("管理员口令")));
    }
    SECTION("a short passphrase is refused")
    {
        const auto db = Database::open(path, {nullptr, QStringLiteral("short"), true});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == QStringLiteral("passphrase_too_short"));
    }
    SECTION("created with a passphrase, opened with it only")
    {
        QString caseNo;
        {
            auto db = Database::open(path, {nullptr, passphrase, true});
            REQUIRE(db.ok());
            const auto no = db.value()->cases().add(exampleCase(), QStringLiteral("360102"));
            REQUIRE(no.ok());
            caseNo = no.value();
        }
        CHECK(Database::open(path, {&none, QString(), false}).error().code == QStringLiteral("passphrase_required"));
        CHECK(Database::open(path, {nullptr, passphrase + QStringLiteral("x"), false}).error().code
              == QStringLiteral("passphrase_wrong"));
        auto db = Database::open(path, {nullptr, passphrase, false});
        REQUIRE(db.ok());
        const auto found = db.value()->cases().find(caseNo);
        REQUIRE(found.ok());
        REQUIRE(found.value().has_value());
        CHECK(found.value()->applicant.idNumber == exampleCase().applicant.idNumber);
    }
}
