#pragma once

#include <QByteArray>
#include <QString>

#include "Result.h"

namespace vd::Crypto {

/// The 国密 primitives of the store, all through libgcrypt (GM/T 0004 SM3, GB/T 32907 SM4):
/// digests of attachments and audit entries, the blind index, password hashing and the field
/// cipher. Every function is thread-safe once initialise() has run (it is also called lazily).

/// Initialises libgcrypt once (version check, secure memory off, initialisation finished).
/// Errors: crypto_unavailable (libgcrypt older than 1.9 or without SM3/SM4).
Status initialise();

/// SM3 digest (GM/T 0004-2012) of `data`: 32 bytes.
QByteArray sm3(const QByteArray &data);
/// SM3 digest as 64 lower-case hex digits.
QString sm3Hex(const QByteArray &data);
/// HMAC-SM3 (RFC 2104 with SM3) of `data` under `key`: 32 bytes.
QByteArray hmacSm3(const QByteArray &key, const QByteArray &data);
/// PBKDF2-HMAC-SM3 (RFC 8018 §5.2) of `password` (UTF-8) with `salt`, `iterations` ≥ 1, giving
/// `length` bytes. Errors: crypto_failed (bad parameters, libgcrypt error).
Result<QByteArray> pbkdf2Sm3(const QString &password, const QByteArray &salt, int iterations, int length);
/// `n` bytes from libgcrypt's strong random generator (GCRY_STRONG_RANDOM).
QByteArray randomBytes(int n);
/// Compares without an early exit (for password hashes and tags); false when sizes differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// SM4 in GCM mode (GB/T 32907-2016, NIST SP 800-38D): a 16-byte key, a random 12-byte nonce per
/// encryption, a 16-byte tag. Output layout: 0x01 (format version) | nonce (12) | ciphertext | tag (16).
/// `associatedData` is authenticated, not encrypted (e.g. case uuid + field name, so that a value
/// cannot be moved to another row or field unnoticed). Errors: crypto_failed (key not 16 bytes).
Result<QByteArray> sm4GcmEncrypt(const QByteArray &key, const QByteArray &plaintext,
                                 const QByteArray &associatedData);
/// Reverses sm4GcmEncrypt. Errors: crypto_failed (bad key size), crypto_corrupt (too short, unknown
/// format version, or the tag does not match: wrong key, altered bytes or other associated data).
Result<QByteArray> sm4GcmDecrypt(const QByteArray &key, const QByteArray &sealed, const QByteArray &associatedData);
/// SM4 of one 16-byte block in ECB mode (for the GB/T 32907-2016 appendix A test vector only).
Result<QByteArray> sm4EncryptBlock(const QByteArray &key, const QByteArray &block);

/// Key sizes used by the store.
constexpr int Sm4KeyBytes = 16;
constexpr int GcmNonceBytes = 12;
constexpr int GcmTagBytes = 16;

} // namespace vd::Crypto
