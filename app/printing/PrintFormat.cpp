#include "PrintFormat.h"

#include "ChineseNumerals.h"

namespace vd {

QString PrintFormat::date(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString PrintFormat::chineseNumber(int value)
{
    const QString spelled = ChineseNumerals::count(value);
    return spelled.isEmpty() ? QString::number(value) : spelled;
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
