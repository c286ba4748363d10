#include "PrintFormat.h"

namespace vd {

QString PrintFormat::date(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString PrintFormat::chineseNumber(int value)
{
    if (value < 1 || value > 9999)
        return QString::number(value);
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    static const QString units[] = {QString(), QStringLiteral("十"), QStringLiteral("百"), QStringLiteral("千")};
    const QString decimal = QString::number(value);
    QString out;
    bool pendingZero = false;
    for (int i = 0; i < decimal.size(); ++i) {
        const int digit = decimal.at(i).digitValue();
        const int unit = int(decimal.size()) - 1 - i;
        if (digit == 0) {
            pendingZero = !out.isEmpty();
            continue;
        }
        if (pendingZero)
            out += digits.at(0);
        pendingZero = false;
        // 十五, not 一十五, when ten is the leading unit.
        if (!(digit == 1 && unit == 1 && out.isEmpty()))
            out += digits.at(digit);
        out += units[unit];
    }
    return out;
}

QString PrintFormat::codeName(const QList<CodeEntry> &table, const QString &code)
{
    if (code.isEmpty())
        return QString();
    const QString name = CodeTables::nameOf(table, code);
    return name.isEmpty() ? code : name;
}

QString PrintFormat::checkbox(bool checked, const QString &label)
{
    return (checked ? QStringLiteral("☑") : QStringLiteral("☐")) + label;
}

} // namespace vd
