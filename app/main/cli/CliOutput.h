#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace vd::cli {

/// Standard output and standard error of veteran-desk-cli, always UTF-8 (spec/cli.md).
/// Every line is written whole; tabs, line breaks and other control characters inside a field are
/// escaped (\t, \n, \u001b …), so that a hostile case file can never forge or split a line.
class CliOutput {
public:
    CliOutput();

    /// One tab-separated line on standard output.
    void row(const QStringList &fields);
    /// Text as it is (already UTF-8, e.g. JSON) on standard output; a final newline is added if missing.
    void text(const QByteArray &utf8);
    /// One error line on standard error: `code<TAB>message` (spec/cli.md, "Errors").
    void error(const QString &code, const QString &message);
    /// False when a write to standard output failed (disk full, closed pipe): the run then failed.
    bool ok() const { return m_ok; }

    /// Routes Qt's own messages (qWarning from plugins, fonts, drivers) into the same one-line
    /// format on standard error, `qt_warning<TAB>message`; debug and info messages are dropped.
    /// Our code never logs personal data, so nothing of a case can leak this way.
    static void installQtMessageHandler();

    /// A field made safe for one tab-separated line, shortened to `maxLength` code units.
    static QString field(const QString &value, int maxLength = 2000);

private:
    void write(QFile &file, const QByteArray &bytes);

    QFile m_out;
    QFile m_err;
    bool m_ok = true;
};

} // namespace vd::cli
