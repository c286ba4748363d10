#pragma once

#include <QByteArray>
#include <QString>

#include "Result.h"

namespace vd {

/// The operating system's secret store through QtKeychain (Secret Service such as gnome-keyring on
/// Linux, the Credential Manager on Windows), with synchronous calls: each one runs QtKeychain's
/// asynchronous job in a local event loop, bounded by a timeout (a locked keychain may wait for a
/// prompt nobody answers). One wrapper for the whole program (the KMyMoney kmmkeychain idea):
/// issue 8 uses probe() for the first-run check; issue 6 keeps the store's keys here.
///
/// Errors of the secret calls: keychain_unavailable (no secret service: no D-Bus session, no
/// gnome-keyring), keychain_locked (locked, access denied, or no answer within the timeout),
/// keychain_not_found (readSecret: no such entry), keychain_failed (anything else). Messages are
/// Chinese and carry QtKeychain's own text in brackets for the administrator; never a secret.
class Keychain {
public:
    /// The outcome of probe().
    enum class State {
        Ok,         ///< write, read back and delete all worked
        NoKeychain, ///< no secret service reachable
        Locked,     ///< the keychain is locked or refused access (or did not answer in time)
        Failed,     ///< another failure (e.g. the value read back differed)
    };
    struct ProbeResult {
        State state = State::Failed;
        QString message; ///< Chinese, for the wizard and the CLI: what was found and what to do
        /// "ok" | "no_keychain" | "locked" | "failed", as the CLI prints it.
        QString stateName() const;
    };

    /// The service name under which the program's entries are kept.
    static QString defaultService() { return QStringLiteral("VeteranDesk"); }
    /// Milliseconds one keychain call may take before it counts as locked.
    static constexpr int DefaultTimeoutMs = 8000;

    explicit Keychain(QString service = defaultService(), int timeoutMs = DefaultTimeoutMs);

    /// Stores `secret` under `key` (replacing an older value). Errors: see the class comment.
    Status writeSecret(const QString &key, const QByteArray &secret) const;
    /// The secret under `key`. Errors: keychain_not_found and those of the class comment.
    Result<QByteArray> readSecret(const QString &key) const;
    /// Removes `key`; removing a missing entry succeeds. Errors: see the class comment.
    Status deleteSecret(const QString &key) const;

    /// Writes a random probe entry, reads it back, compares and deletes it (QtKeychain 0.13 has no
    /// availability check; PLATFORM-NOTES.md). Needs a Q(Core)Application; blocks at most about
    /// three timeouts.
    ProbeResult probe() const;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace vd
