#pragma once

#include <QByteArray>
#include <QString>

namespace vd {

/// SM3 hash (GB/T 32905-2016, 国密) through libgcrypt: the digest recorded with every scanned
/// attachment so that a later change of its bytes is detectable.
class Sm3 {
public:
    /// The 32-byte SM3 digest of `bytes`.
    static QByteArray digest(const QByteArray &bytes);
    /// The digest as 64 lower-case hex characters ("abc" → 66c7f0f4…8f4ba8e0, GB/T 32905 example 1).
    static QString hex(const QByteArray &bytes);
    /// Initialises libgcrypt once per process (gcry_check_version, as its manual requires before any
    /// other call); safe to call from any thread, any number of times. Called by digest() and at the
    /// programs' start-up.
    static void initialiseLibrary();
};

} // namespace vd
