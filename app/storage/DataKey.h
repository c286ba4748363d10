#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "Result.h"

namespace vd {

class Database;
class SecretStore;

/// The unlocked data key of a store and what is derived from it (PIPL art. 51; GB/T 39786 at-rest
/// confidentiality with 国密 algorithms). The 32-byte master key is random per store; two keys are
/// derived from it with HMAC-SM3: the SM4 field key (16 bytes) and the blind-index key (32 bytes).
class DataKey {
public:
    DataKey() = default;
    /// From the 32 random bytes kept in the keychain or wrapped by a passphrase.
    explicit DataKey(const QByteArray &masterKey);
    bool isValid() const { return m_fieldKey.size() == 16; }

    /// Seals one value with SM4-GCM as text "sm4gcm:" + base64(version | nonce | ciphertext | tag);
    /// `context` (e.g. case uuid + "/applicant.id_number") is authenticated with it. "" stays "".
    Result<QString> seal(const QString &plain, const QString &context) const;
    /// Opens a value made by seal(). Errors: crypto_corrupt (altered, other context, wrong key),
    /// crypto_failed.
    Result<QString> open(const QString &sealed, const QString &context) const;
    /// True for text made by seal().
    static bool isSealed(const QString &value);
    /// The blind index of a normalised value: HMAC-SM3 under the index key, 64 hex digits. Same
    /// value → same index; reveals nothing of the value without the key. "" for "".
    QString blindIndex(const QString &normalisedValue) const;
    /// A fingerprint that tells whether a key is the store's (HMAC-SM3 of a fixed label).
    QByteArray check() const;

private:
    QByteArray m_fieldKey;
    QByteArray m_indexKey;
    QByteArray m_checkKey;
};

/// The sensitive fields of a case (spec/case-format.md key paths): ID number, phones, addresses and
/// the bank account. They are sealed one by one in the stored case JSON; everything else stays
/// readable for search and statistics.
namespace SensitiveFields {
/// Dotted key paths, e.g. "applicant.id_number".
const QStringList &paths();
/// A copy of `caseJson` with every sensitive field sealed under `key`, bound to `caseUuid`.
Result<QJsonObject> seal(const QJsonObject &caseJson, const DataKey &key, const QString &caseUuid);
/// Reverses seal(). Errors: crypto_corrupt naming the field path.
Result<QJsonObject> open(const QJsonObject &caseJson, const DataKey &key, const QString &caseUuid);
} // namespace SensitiveFields

/// Keeps a store's master key: created at the first open, in the operating system's keychain
/// (SecretStore, under "data-key/<store id>") or — only when the administrator chooses it because
/// there is no keychain — wrapped with SM4-GCM under a key derived from an administrator
/// passphrase by PBKDF2-HMAC-SM3 (docs/security.md). Table `key_store` (db/0006_security.sql)
/// holds the store id, the protection, the wrapped key, the KDF salt and iterations, and the key's
/// check value; never the key itself.
namespace DataKeyring {

enum class Protection { NotSetUp, Keychain, Passphrase };

/// PBKDF2 iterations for a new passphrase-wrapped key.
constexpr int PassphraseIterations = 200000;
/// Shortest administrator passphrase accepted.
constexpr int MinimumPassphraseLength = 12;

/// How the store's key is kept. Errors: storage_read_failed.
Result<Protection> protection(const Database &db);
/// Creates the store's key in `secrets`. Errors: keychain_unavailable, storage_key_exists,
/// storage_write_failed.
Result<DataKey> createInKeychain(const Database &db, SecretStore &secrets);
/// Creates the store's key wrapped by `passphrase`. Errors: passphrase_too_short,
/// storage_key_exists, storage_write_failed.
Result<DataKey> createWithPassphrase(const Database &db, const QString &passphrase);
/// The key of a store set up with createInKeychain. Errors: keychain_unavailable, storage_key_missing
/// (the keychain has no key for this store, e.g. another user account or a copied store),
/// storage_key_mismatch, storage_read_failed.
Result<DataKey> unlockFromKeychain(const Database &db, SecretStore &secrets);
/// The key of a store set up with createWithPassphrase. Errors: passphrase_wrong, storage_read_failed.
Result<DataKey> unlockWithPassphrase(const Database &db, const QString &passphrase);

} // namespace DataKeyring
} // namespace vd
