// The store's data key in the operating system's keychain, for real: part of tests_keychain, which
// ctest runs in each environment of KeychainTest.cpp (VD_EXPECT_KEYCHAIN = ok, no_keychain, locked).
// Without a usable keychain the store refuses to keep personal data (the passphrase alternative is
// tested in SecurityTest.cpp).
#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

#include "CaseRepository.h"
#include "Database.h"
#include "SecretStore.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

bool keychainExpected()
{
    return qEnvironmentVariable("VD_EXPECT_KEYCHAIN") == QLatin1String("ok");
}

Case exampleCase()
{
    return test::withApplicant(test::loadExample(QStringLiteral("valid-minimal.json")), QStringLiteral("测试甲"),
                               test::fakeIdNumber(QStringLiteral("360102"), QDate(1998, 1, 2), 901));
}

} // namespace

TEST_CASE("A store keeps its data key in the keychain, or refuses without one", "[keychain]")
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
        if (qEnvironmentVariable("VD_EXPECT_KEYCHAIN").isEmpty()) {
            WARN("VD_EXPECT_KEYCHAIN not set: run through ctest (tests_keychain_*)");
            return;
        }
        const auto db = Database::open(path, access);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code.startsWith(QStringLiteral("keychain_")));
        CHECK(db.error().message.contains(QStringLiteral("管理员口令")));
    }
}

