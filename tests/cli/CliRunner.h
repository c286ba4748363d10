#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace vd::test {

/// What one run of veteran-desk-cli did.
struct CliRun {
    int exitCode = -1;
    bool crashed = false;  ///< killed by a signal or timed out
    QByteArray out;        ///< standard output (UTF-8)
    QByteArray err;        ///< standard error (UTF-8)

    QStringList outLines() const;
    QStringList errLines() const;
    /// Everything, for INFO() when a check fails.
    std::string describe() const;
};

/// Runs the built veteran-desk-cli with `arguments` (offscreen, UTF-8 locale, a throw-away HOME so
/// that the user's real store is never touched) and waits for it.
CliRun runCli(const QStringList &arguments, const QByteArray &standardInput = QByteArray());

/// A temporary folder holding one store and the files of a test.
class CliSandbox {
public:
    CliSandbox();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("store.sqlite")); }
    /// Runs the CLI on this sandbox's store: `--db STORE arguments…`.
    CliRun run(const QStringList &arguments) const;
    /// Writes `bytes` to a file of the sandbox and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const;
    /// Writes ../shared/spec/examples/NAME with every material it needs received (so that `add`
    /// accepts it) into the sandbox and returns its path.
    QString receivedExample(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

/// True when every standard-error line is `code<TAB>message` with a lower-case code.
bool errorLinesWellFormed(const CliRun &run);

} // namespace vd::test
