// Crypto primitives and the data key: standard test vectors, round trips, tampering.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include "Crypto.h"
#include "DataKey.h"

using namespace vd;

namespace {
QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}
} // namespace

TEST_CASE("SM3 matches the GM/T 0004-2012 appendix A examples", "[crypto]")
{
    REQUIRE(Crypto::initialise().ok());
    CHECK(Crypto::sm3Hex("abc") == QStringLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    CHECK(Crypto::sm3Hex(QByteArray("abcd").repeated(16))
          == QStringLiteral("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"));
    CHECK(Crypto::sm3(QByteArray()).size() == 32);
}

TEST_CASE("SM4 matches the GB/T 32907-2016 appendix A example", "[crypto]")
{
    const QByteArray key = hex("0123456789abcdeffedcba9876543210");
    const auto c = Crypto::sm4EncryptBlock(key, key);
    REQUIRE(c.ok());
    CHECK(c.value().toHex() == QByteArray("681edf34d206965e86b3e94f536e4246"));
    CHECK_FALSE(Crypto::sm4EncryptBlock(key.left(15), key).ok());
}

TEST_CASE("HMAC-SM3 depends on key and data", "[crypto]")
{
    const QByteArray a = Crypto::hmacSm3("key", "data");
    CHECK(a.size() == 32);
    CHECK(a == Crypto::hmacSm3("key", "data"));
    CHECK(a != Crypto::hmacSm3("key2", "data"));
    CHECK(a != Crypto::hmacSm3("key", "data2"));
    CHECK(a != Crypto::sm3("keydata"));
}

TEST_CASE("PBKDF2-HMAC-SM3 is deterministic per salt and refuses bad parameters", "[crypto]")
{
    const auto a = Crypto::pbkdf2Sm3(QStringLiteral("口令 passphrase"), "salt-salt-salt-1", 1000, 32);
    REQUIRE(a.ok());
    CHECK(a.value().size() == 32);
    CHECK(a.value() == Crypto::pbkdf2Sm3(QStringLiteral("口令 passphrase"), "salt-salt-salt-1", 1000, 32).value());
    CHECK(a.value() != Crypto::pbkdf2Sm3(QStringLiteral("口令 passphrase"), "salt-salt-salt-2", 1000, 32).value());
    CHECK(a.value() != Crypto::pbkdf2Sm3(QStringLiteral("口令 passphrase"), "salt-salt-salt-1", 1001, 32).value());
    CHECK(Crypto::pbkdf2Sm3(QString(), "salt", 10, 16).ok());
    CHECK_FALSE(Crypto::pbkdf2Sm3(QStringLiteral("x"), "salt", 0, 16).ok());
    CHECK_FALSE(Crypto::pbkdf2Sm3(QStringLiteral("x"), QByteArray(), 10, 16).ok());
    CHECK_FALSE(Crypto::pbkdf2Sm3(QStringLiteral("x"), "salt", 10, 0).ok());
}

TEST_CASE("SM4-GCM round trip, fresh nonces, and every kind of tampering refused", "[crypto]")
{
    const QByteArray key = Crypto::randomBytes(16);
    for (const QByteArray &plain : {QByteArray(), QByteArray("1"), QByteArray("360723199811024715"),
                                    QByteArray(100000, 'x')}) {
        const auto sealed = Crypto::sm4GcmEncrypt(key, plain, "ctx");
        REQUIRE(sealed.ok());
        CHECK(sealed.value().size() == 1 + 12 + plain.size() + 16);
        const auto back = Crypto::sm4GcmDecrypt(key, sealed.value(), "ctx");
        REQUIRE(back.ok());
        CHECK(back.value() == plain);
    }
    const auto a = Crypto::sm4GcmEncrypt(key, "same", "ctx").value();
    const auto b = Crypto::sm4GcmEncrypt(key, "same", "ctx").value();
    CHECK(a != b); // a new nonce every time

    for (int i = 0; i < a.size(); ++i) {
        QByteArray altered = a;
        altered[i] = char(altered[i] ^ 0x01);
        INFO("byte " << i);
        const auto r = Crypto::sm4GcmDecrypt(key, altered, "ctx");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("crypto_corrupt"));
    }
    CHECK_FALSE(Crypto::sm4GcmDecrypt(key, a, "other").ok());
    CHECK_FALSE(Crypto::sm4GcmDecrypt(Crypto::randomBytes(16), a, "ctx").ok());
    CHECK_FALSE(Crypto::sm4GcmDecrypt(key, a.left(20), "ctx").ok());
    CHECK_FALSE(Crypto::sm4GcmDecrypt(key, QByteArray(), "ctx").ok());
    CHECK(Crypto::sm4GcmDecrypt(key.left(8), a, "ctx").error().code == QStringLiteral("crypto_failed"));
    CHECK_FALSE(Crypto::sm4GcmEncrypt(QByteArray(), "x", "").ok());
}

TEST_CASE("Constant-time comparison", "[crypto]")
{
    CHECK(Crypto::constantTimeEquals("abc", "abc"));
    CHECK_FALSE(Crypto::constantTimeEquals("abc", "abd"));
    CHECK_FALSE(Crypto::constantTimeEquals("abc", "abcd"));
    CHECK(Crypto::constantTimeEquals(QByteArray(), QByteArray()));
}

TEST_CASE("A data key seals values bound to their context and gives a stable blind index", "[crypto]")
{
    const DataKey key(Crypto::randomBytes(32));
    REQUIRE(key.isValid());
    const QString id = QStringLiteral("110101199003070014");
    const auto sealed = key.seal(id, QStringLiteral("uuid-1/applicant.id_number"));
    REQUIRE(sealed.ok());
    CHECK(DataKey::isSealed(sealed.value()));
    CHECK_FALSE(sealed.value().contains(id));
    CHECK(key.open(sealed.value(), QStringLiteral("uuid-1/applicant.id_number")).value() == id);
    CHECK_FALSE(key.open(sealed.value(), QStringLiteral("uuid-2/applicant.id_number")).ok());
    CHECK_FALSE(key.open(sealed.value(), QStringLiteral("uuid-1/applicant.phone")).ok());
    CHECK_FALSE(key.open(id, QStringLiteral("uuid-1/applicant.id_number")).ok()); // plain text is not accepted
    CHECK_FALSE(key.open(QStringLiteral("sm4gcm:!!!"), QStringLiteral("x")).ok());
    CHECK(key.seal(QString(), QStringLiteral("x")).value().isEmpty());

    CHECK(key.blindIndex(id) == key.blindIndex(id));
    CHECK(key.blindIndex(id).size() == 64);
    CHECK(key.blindIndex(id) != key.blindIndex(QStringLiteral("110101199003070022")));
    CHECK(key.blindIndex(id) != DataKey(Crypto::randomBytes(32)).blindIndex(id));
    CHECK(key.check() != DataKey(Crypto::randomBytes(32)).check());
    CHECK(DataKey(QByteArray(32, 'k')).check() == DataKey(QByteArray(32, 'k')).check());
    CHECK_FALSE(DataKey().isValid());
}

TEST_CASE("Sensitive fields of a case are sealed one by one and opened back", "[crypto]")
{
    const QJsonObject c = QJsonDocument::fromJson(R"({
        "format": "veteran-desk-case", "version": 1,
        "applicant": {"name": "测试甲", "id_number": "110101199003070014", "phone": "13800000000",
                      "home_address": "某某路1号", "pre_enlistment_hukou_address": ""},
        "hukou": {"householder_phone": "13900000000", "settlement_address": "某某路2号"},
        "delivery": {"mailing_address": "某某路3号", "contact_phone": "13700000000"},
        "subsidy_account": {"account_number": "6217000000000000129", "account_name": "测试甲"}
    })").object();
    const DataKey key(Crypto::randomBytes(32));
    const auto sealed = SensitiveFields::seal(c, key, QStringLiteral("uuid-1"));
    REQUIRE(sealed.ok());
    const QByteArray text = QJsonDocument(sealed.value()).toJson();
    for (const char *secret : {"110101199003070014", "13800000000", "某某路1号", "13900000000", "某某路2号",
                               "某某路3号", "13700000000", "6217000000000000129"})
        CHECK_FALSE(text.contains(QByteArray(secret)));
    CHECK(text.contains(QByteArray("测试甲"))); // names stay searchable
    CHECK(sealed.value()["applicant"].toObject()["pre_enlistment_hukou_address"].toString().isEmpty());

    const auto opened = SensitiveFields::open(sealed.value(), key, QStringLiteral("uuid-1"));
    REQUIRE(opened.ok());
    CHECK(opened.value() == c);
    const auto wrongRow = SensitiveFields::open(sealed.value(), key, QStringLiteral("uuid-2"));
    REQUIRE_FALSE(wrongRow.ok());
    CHECK(wrongRow.error().message.contains(QStringLiteral("applicant.id_number")));
}
