#include "ChineseNumerals.h"

namespace vd {

namespace {

/// Spells 1–9999 with `digits` (zero first) and the units 十/拾, 百/佰, 千/仟; "" outside.
/// `dropLeadingOne`: 十五 rather than 一十五 (ordinary numerals; capital ones keep 壹拾伍).
QString spell(int value, const QString &digits, const QString (&units)[4], bool dropLeadingOne)
{
    if (value < 1 || value > 9999)
        return QString();
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
        if (!(dropLeadingOne && digit == 1 && unit == 1 && out.isEmpty()))
            out += digits.at(digit);
        out += units[unit];
    }
    return out;
}

} // namespace

QString ChineseNumerals::capital(int value)
{
    static const QString units[4] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    return spell(value, QStringLiteral("零壹贰叁肆伍陆柒捌玖"), units, false);
}

QString ChineseNumerals::count(int value)
{
    static const QString units[4] = {QString(), QStringLiteral("十"), QStringLiteral("百"), QStringLiteral("千")};
    return spell(value, QStringLiteral("零一二三四五六七八九"), units, true);
}

QString ChineseNumerals::ordinary(int value)
{
    if (value < 1 || value > 99)
        return QString();
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const int tens = value / 10;
    const int ones = value % 10;
    QString out;
    if (tens > 1)
        out += digits.at(tens);
    if (tens > 0)
        out += QStringLiteral("十");
    if (ones > 0)
        out += digits.at(ones);
    return out;
}

QString ChineseNumerals::yearDigits(int year)
{
    if (year < 1 || year > 9999)
        return QString();
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    QString out;
    for (const QChar c : QString::number(year))
        out += digits.at(c.digitValue());
    return out;
}

QString ChineseNumerals::yearMonth(const QDate &date)
{
    if (!date.isValid() || date.year() < 1)
        return QString();
    return yearDigits(date.year()) + QStringLiteral("年") + ordinary(date.month()) + QStringLiteral("月");
}

QString ChineseNumerals::date(const QDate &date)
{
    const QString ym = yearMonth(date);
    return ym.isEmpty() ? QString() : ym + ordinary(date.day()) + QStringLiteral("日");
}

} // namespace vd
