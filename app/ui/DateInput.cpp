#include "DateInput.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>

namespace {

// Full-width digits and punctuation (an IME left in full-width mode) to ASCII.
QString toHalfWidth(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar ch : s) {
        const ushort u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(u - 0xFEE0));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else if (u == 0x3002) // 。 typed for a dot
            out.append(QLatin1Char('.'));
        else
            out.append(ch);
    }
    return out.trimmed();
}

} // namespace

QDate DateInput::parse(const QString &text)
{
    const QString t = toHalfWidth(text);
    if (t.isEmpty())
        return {};
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?$"));
    QRegularExpressionMatch m = compact.match(t);
    if (!m.hasMatch())
        m = separated.match(t);
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? d : QDate();
}

void DateInput::attach(QLineEdit *edit)
{
    edit->setPlaceholderText(QCoreApplication::translate("DateInput", "e.g. 2024-09-15 or 20240915"));
    edit->setMaxLength(16);
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] {
        const QDate d = parse(edit->text());
        if (d.isValid() && edit->text() != d.toString(Qt::ISODate))
            edit->setText(d.toString(Qt::ISODate));
    });
}
