#pragma once

#include <QByteArray>
#include <QString>

#include "Result.h"

namespace vd {

/// Password hashing for user accounts: PBKDF2 (RFC 8018) with HMAC-SM3 (GB/T 32905-2016) through
/// libgcrypt's gcry_kdf_derive(GCRY_KDF_PBKDF2, GCRY_MD_SM3), a per-user random 16-byte salt
/// (gcry_randomize, GCRY_STRONG_RANDOM) and a 32-byte derived key. SM3 rather than SHA-256 because
/// the 国密 rules for government systems ask for the national algorithms (domain-facts.md, 密码法).
class PasswordHasher {
public:
    /// Iterations for new hashes: measured on the project's two-core CI machine, one iteration of
    /// HMAC-SM3 costs about 0.86 µs when idle (100 000 iterations: 86 ms) and up to 2.5 µs under
    /// load, so 150 000 iterations take about 130 ms idle, more under load (docs/packaging.md,
    /// "Administrator password"). Stored per user, so it can be raised later without breaking old hashes.
    static constexpr int DefaultIterations = 150000;
    /// Salt length in bytes.
    static constexpr int SaltLength = 16;
    /// Derived key length in bytes.
    static constexpr int KeyLength = 32;

    /// `SaltLength` bytes from libgcrypt's strong random generator.
    static QByteArray randomSalt();
    /// The derived key (KeyLength bytes) of the UTF-8 encoding of `password`.
    /// Errors: crypto_failed (libgcrypt refused, e.g. iterations < 1 or an empty salt).
    static Result<QByteArray> derive(const QString &password, const QByteArray &salt, int iterations);
    /// Compares two byte strings in time that depends only on their lengths (not on where they
    /// differ), so that a verifier leaks nothing about a stored hash.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    /// Initialises libgcrypt once (gcry_check_version), thread-safe.
    static void ensureInitialised();
};

} // namespace vd
