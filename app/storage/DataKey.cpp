#include "DataKey.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "Crypto.h"
#include "Database.h"
#include "SecretStore.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {

const QString SealPrefix = QStringLiteral("sm4gcm:");
const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");
constexpr int MasterKeyBytes = 32;

QByteArray derive(const QByteArray &master, const char *label, int bytes)
{
    return Crypto::hmacSm3(master, QByteArray(label)).left(bytes);
}

/// The one row of key_store, if any.
struct KeyRow {
    QString storeId;
    QString protection;
    QByteArray wrappedKey;
    QByteArray salt;
    int iterations = 0;
    QByteArray check;
};

Result<std::optional<KeyRow>> readRow(const Database &db)
{
    const Result<QSqlDatabase> conn = db.checkedConnection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (!q.exec(QStringLiteral("SELECT store_id, protection, wrapped_key, kdf_salt, kdf_iterations, key_check "
                               "FROM key_store WHERE id = 1")))
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取数据密钥信息失败"), q.lastError());
    if (!q.next())
        return std::optional<KeyRow>();
    KeyRow row;
    row.storeId = q.value(0).toString();
    row.protection = q.value(1).toString();
    row.wrappedKey = q.value(2).toByteArray();
    row.salt = q.value(3).toByteArray();
    row.iterations = q.value(4).toInt();
    row.check = q.value(5).toByteArray();
    return std::optional<KeyRow>(row);
}

Status insertRow(const Database &db, const KeyRow &row)
{
    const Result<QSqlDatabase> conn = db.checkedConnection();
    if (!conn)
        return conn.error();
    Transaction tx(conn.value(), WriteFailed, db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(conn.value());
    q.prepare(QStringLiteral("INSERT INTO key_store (id, store_id, protection, wrapped_key, kdf_salt, kdf_iterations, "
                             "key_check, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.storeId);
    q.addBindValue(row.protection);
    q.addBindValue(row.wrappedKey);
    q.addBindValue(row.salt);
    q.addBindValue(row.iterations);
    q.addBindValue(row.check);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        // The primary key id = 1 makes a second key impossible: someone else created it meanwhile.
        return StorageError::fromSql(QStringLiteral("storage_key_exists"),
                                     QStringLiteral("本库已有数据密钥，不能再建"), q.lastError());
    }
    return tx.commit();
}

Status refuseIfExists(const Database &db)
{
    const auto row = readRow(db);
    if (!row)
        return row.error();
    if (row.value())
        return StorageError::make(QStringLiteral("storage_key_exists"), QStringLiteral("本库已有数据密钥，不能再建"));
    return Status::success();
}

QString keychainName(const QString &storeId)
{
    return QStringLiteral("data-key/") + storeId;
}

Result<QByteArray> passphraseKey(const QString &passphrase, const QByteArray &salt, int iterations)
{
    return Crypto::pbkdf2Sm3(passphrase, salt, iterations, Crypto::Sm4KeyBytes);
}

} // namespace

DataKey::DataKey(const QByteArray &masterKey)
    : m_fieldKey(derive(masterKey, "veteran-desk field key v1", Crypto::Sm4KeyBytes)),
      m_indexKey(derive(masterKey, "veteran-desk blind index key v1", 32)),
      m_checkKey(derive(masterKey, "veteran-desk key check v1", 32))
{
}

Result<QString> DataKey::seal(const QString &plain, const QString &context) const
{
    if (plain.isEmpty())
        return QString();
    const auto sealed = Crypto::sm4GcmEncrypt(m_fieldKey, plain.toUtf8(), context.toUtf8());
    if (!sealed)
        return sealed.error();
    return SealPrefix + QString::fromLatin1(sealed.value().toBase64());
}

Result<QString> DataKey::open(const QString &sealed, const QString &context) const
{
    if (sealed.isEmpty())
        return QString();
    if (!isSealed(sealed))
        return StorageError::make(QStringLiteral("crypto_corrupt"), QStringLiteral("应为加密数据，实际为明文"));
    const auto bytes = QByteArray::fromBase64Encoding(sealed.mid(SealPrefix.size()).toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return StorageError::make(QStringLiteral("crypto_corrupt"), QStringLiteral("加密数据已损坏"));
    const auto plain = Crypto::sm4GcmDecrypt(m_fieldKey, *bytes, context.toUtf8());
    if (!plain)
        return plain.error();
    return QString::fromUtf8(plain.value());
}

bool DataKey::isSealed(const QString &value)
{
    return value.startsWith(SealPrefix);
}

QString DataKey::blindIndex(const QString &normalisedValue) const
{
    if (normalisedValue.isEmpty())
        return QString();
    return QString::fromLatin1(Crypto::hmacSm3(m_indexKey, normalisedValue.toUtf8()).toHex());
}

QByteArray DataKey::check() const
{
    return Crypto::hmacSm3(m_checkKey, QByteArrayLiteral("check"));
}

namespace SensitiveFields {

const QStringList &paths()
{
    static const QStringList list = {
        QStringLiteral("applicant.id_number"),
        QStringLiteral("applicant.phone"),
        QStringLiteral("applicant.home_address"),
        QStringLiteral("applicant.pre_enlistment_hukou_address"),
        QStringLiteral("hukou.householder_phone"),
        QStringLiteral("hukou.settlement_address"),
        QStringLiteral("delivery.mailing_address"),
        QStringLiteral("delivery.contact_phone"),
        QStringLiteral("subsidy_account.account_number"),
    };
    return list;
}

namespace {

/// Applies `f` to every sensitive string field present in `caseJson`.
template <typename F>
Result<QJsonObject> transform(const QJsonObject &caseJson, const QString &caseUuid, F f)
{
    QJsonObject out = caseJson;
    for (const QString &path : paths()) {
        const QString block = path.section(QLatin1Char('.'), 0, 0);
        const QString field = path.section(QLatin1Char('.'), 1);
        QJsonObject inner = out.value(block).toObject();
        const QJsonValue v = inner.value(field);
        if (!v.isString() || v.toString().isEmpty())
            continue;
        const Result<QString> r = f(v.toString(), caseUuid + QLatin1Char('/') + path);
        if (!r)
            return Error{r.error().code, QStringLiteral("%1：%2").arg(path, r.error().message)};
        inner.insert(field, r.value());
        out.insert(block, inner);
    }
    return out;
}

} // namespace

Result<QJsonObject> seal(const QJsonObject &caseJson, const DataKey &key, const QString &caseUuid)
{
    return transform(caseJson, caseUuid, [&](const QString &v, const QString &ctx) { return key.seal(v, ctx); });
}

Result<QJsonObject> open(const QJsonObject &caseJson, const DataKey &key, const QString &caseUuid)
{
    return transform(caseJson, caseUuid, [&](const QString &v, const QString &ctx) { return key.open(v, ctx); });
}

} // namespace SensitiveFields

namespace DataKeyring {

Result<Protection> protection(const Database &db)
{
    const auto row = readRow(db);
    if (!row)
        return row.error();
    if (!row.value())
        return Protection::NotSetUp;
    return row.value()->protection == QLatin1String("passphrase") ? Protection::Passphrase : Protection::Keychain;
}

Result<DataKey> createInKeychain(const Database &db, SecretStore &secrets)
{
    if (Status s = refuseIfExists(db); !s)
        return s.error();
    const QByteArray master = Crypto::randomBytes(MasterKeyBytes);
    const DataKey key(master);
    KeyRow row;
    row.storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.protection = QStringLiteral("keychain");
    row.check = key.check();
    // Keychain first: a row without its key would lock the store for good.
    if (Status s = secrets.write(keychainName(row.storeId), master); !s)
        return s.error();
    if (Status s = insertRow(db, row); !s) {
        secrets.remove(keychainName(row.storeId));
        return s.error();
    }
    return key;
}

Result<DataKey> createWithPassphrase(const Database &db, const QString &passphrase)
{
    if (passphrase.size() < MinimumPassphraseLength)
        return StorageError::make(QStringLiteral("passphrase_too_short"),
                                  QStringLiteral("管理员口令至少 %1 个字符").arg(MinimumPassphraseLength));
    if (Status s = refuseIfExists(db); !s)
        return s.error();
    const QByteArray master = Crypto::randomBytes(MasterKeyBytes);
    const DataKey key(master);
    KeyRow row;
    row.storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.protection = QStringLiteral("passphrase");
    row.salt = Crypto::randomBytes(16);
    row.iterations = PassphraseIterations;
    row.check = key.check();
    const auto kek = passphraseKey(passphrase, row.salt, row.iterations);
    if (!kek)
        return kek.error();
    const auto wrapped = Crypto::sm4GcmEncrypt(kek.value(), master, row.storeId.toUtf8());
    if (!wrapped)
        return wrapped.error();
    row.wrappedKey = wrapped.value();
    if (Status s = insertRow(db, row); !s)
        return s.error();
    return key;
}

Result<DataKey> unlockFromKeychain(const Database &db, SecretStore &secrets)
{
    const auto row = readRow(db);
    if (!row)
        return row.error();
    if (!row.value())
        return StorageError::make(QStringLiteral("storage_key_missing"), QStringLiteral("本库还没有数据密钥"));
    const auto master = secrets.read(keychainName(row.value()->storeId));
    if (!master)
        return master.error();
    if (!master.value())
        return StorageError::make(QStringLiteral("storage_key_missing"),
                                  QStringLiteral("系统钥匙串中没有本库的数据密钥（可能换了电脑或系统账户）。"
                                                 "请用建库时的账户打开，或从备份恢复"));
    const DataKey key(*master.value());
    if (!Crypto::constantTimeEquals(key.check(), row.value()->check))
        return StorageError::make(QStringLiteral("storage_key_mismatch"),
                                  QStringLiteral("系统钥匙串中的数据密钥与本库不符"));
    return key;
}

Result<DataKey> unlockWithPassphrase(const Database &db, const QString &passphrase)
{
    const auto row = readRow(db);
    if (!row)
        return row.error();
    if (!row.value() || row.value()->protection != QLatin1String("passphrase"))
        return StorageError::make(QStringLiteral("storage_key_missing"), QStringLiteral("本库的数据密钥不由管理员口令保护"));
    const auto kek = passphraseKey(passphrase, row.value()->salt, row.value()->iterations);
    if (!kek)
        return kek.error();
    const auto master = Crypto::sm4GcmDecrypt(kek.value(), row.value()->wrappedKey, row.value()->storeId.toUtf8());
    if (!master)
        return StorageError::make(QStringLiteral("passphrase_wrong"), QStringLiteral("管理员口令不对"));
    const DataKey key(master.value());
    if (!Crypto::constantTimeEquals(key.check(), row.value()->check))
        return StorageError::make(QStringLiteral("passphrase_wrong"), QStringLiteral("管理员口令不对"));
    return key;
}

} // namespace DataKeyring
} // namespace vd
