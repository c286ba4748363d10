#include "CliOutput.h"

#include <QtGlobal>

#include <cstdio>

namespace vd::cli {

CliOutput::CliOutput()
{
    // Unbuffered: each line goes out in one write, so stdout and stderr interleave as written.
    m_out.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_err.open(fileno(stderr), QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void CliOutput::installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtDebugMsg || type == QtInfoMsg)
            return;
        const QByteArray line = (QStringLiteral("qt_warning\t") + field(message, 500)).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    });
}

QString CliOutput::field(const QString &value, int maxLength)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (out.size() > maxLength) {
        int cut = maxLength;
        if (cut > 0 && out.at(cut - 1).isHighSurrogate())
            --cut; // never split a character outside the BMP
        out = out.left(cut) + QStringLiteral("…");
    }
    return out;
}

void CliOutput::row(const QStringList &fields)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString &f : fields)
        safe.append(field(f));
    write(m_out, safe.join(QLatin1Char('\t')).toUtf8() + '\n');
}

void CliOutput::text(const QByteArray &utf8)
{
    write(m_out, utf8.endsWith('\n') ? utf8 : utf8 + '\n');
}

void CliOutput::error(const QString &code, const QString &message)
{
    write(m_err, (field(code, 100) + QLatin1Char('\t') + field(message)).toUtf8() + '\n');
}

void CliOutput::write(QFile &file, const QByteArray &bytes)
{
    if (file.write(bytes) != bytes.size() && &file == &m_out)
        m_ok = false;
}

} // namespace vd::cli
