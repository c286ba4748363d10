#include "CitizenIdNumber.h"

#include "CodeTables.h"

namespace vd {
namespace {

bool allAsciiDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QChar CitizenIdNumber::checkCharacter(const QString &body17)
{
    // ISO 7064:1983 MOD 11-2: weights Wi = 2^(18-i) mod 11 (GB 11643-1999 §5.2).
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (body17.size() != 17 || !allAsciiDigits(body17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QString CitizenIdNumber::from15(const QString &legacy15)
{
    if (legacy15.size() != 15 || !allAsciiDigits(legacy15))
        return {};
    // GB 11643-1989 numbers carry YYMMDD; every such number was issued to someone born in 19xx.
    const QString body = legacy15.left(6) + QStringLiteral("19") + legacy15.mid(6);
    // Without a real YYMMDD it is no legacy number (e.g. the first 15 digits of an 18-digit one).
    if (!QDate::fromString(body.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid())
        return {};
    return body + checkCharacter(body);
}

QDate CitizenIdNumber::birthDate(const QString &number)
{
    if (number.size() != 18)
        return {};
    return QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

QString CitizenIdNumber::sexCode(const QString &number)
{
    if (number.size() != 18 || !number.at(16).isDigit())
        return {};
    return (number.at(16).unicode() - '0') % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2");
}

CitizenIdNumber::Problem CitizenIdNumber::check(const QString &number, const QDate &today)
{
    if (number.isEmpty())
        return Problem::Empty;
    if (number.size() != 18)
        return Problem::WrongLength;
    const QString body = number.left(17);
    const QChar last = number.at(17);
    if (!allAsciiDigits(body) || !((last >= QLatin1Char('0') && last <= QLatin1Char('9')) || last == QLatin1Char('X')))
        return Problem::BadCharacters;
    if (!CodeTables::isProvinceCode(number.left(2)))
        return Problem::BadProvince;
    // QDate follows the proleptic Gregorian calendar: 1900-02-29 is invalid, 2000-02-29 valid.
    const QDate birth = birthDate(number);
    if (!birth.isValid())
        return Problem::BadBirthDate;
    if (birth.year() < 1900)
        return Problem::BirthBefore1900;
    if (today.isValid() && birth > today)
        return Problem::BirthInFuture;
    if (checkCharacter(body) != last)
        return Problem::BadCheckDigit;
    return Problem::None;
}

QString CitizenIdNumber::masked(const QString &number)
{
    if (number.size() <= 8)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(4) + QString(number.size() - 8, QLatin1Char('*')) + number.right(4);
}

} // namespace vd
