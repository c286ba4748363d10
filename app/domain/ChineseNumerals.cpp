#include "ChineseNumerals.h"

namespace vd {

QString ChineseNumerals::capital(int value)
{
    if (value < 1 || value > 9999)
        return QString();
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString units[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
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
        out += digits.at(digit) + units[unit]; // 壹拾伍: capital numerals keep the leading 壹
    }
    return out;
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
