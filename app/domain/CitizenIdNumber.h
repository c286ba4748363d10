#pragma once

#include <QDate>
#include <QString>

namespace vd {

/// A citizen ID number, GB 11643-1999 (公民身份号码): 6-digit address code (GB/T 2260),
/// 8-digit birth date (GB/T 7408), 3-digit sequence (odd = male), check character
/// (ISO 7064:1983 MOD 11-2; domain-facts.md §1).
class CitizenIdNumber {
public:
    enum class Problem {
        None,
        Empty,
        WrongLength,     ///< not 18 characters (a 15-digit number must be converted first)
        BadCharacters,   ///< not 17 digits + digit/X
        BadProvince,     ///< first two digits are no province-level code
        BadBirthDate,    ///< not a real calendar date
        BirthBefore1900,
        BirthInFuture,
        BadCheckDigit,
    };

    /// Checks an already normalised 18-character number against `today` (for the future check).
    static Problem check(const QString &number, const QDate &today);

    /// The MOD 11-2 check character for a 17-digit body: '0'–'9' or 'X'; QChar() if the body is
    /// not 17 ASCII digits.
    static QChar checkCharacter(const QString &body17);
    /// Converts a 15-digit legacy number (GB 11643-1989: YYMMDD, no check) to 18 characters by
    /// inserting "19" and appending the check character; "" if it is not 15 digits or its YYMMDD is
    /// no real date (the first 15 digits of an 18-digit number usually are not).
    static QString from15(const QString &legacy15);

    /// Birth date encoded in an 18-character number (invalid QDate if none).
    static QDate birthDate(const QString &number);
    /// GB/T 2261.1 sex code from the 17th digit: "1" (odd, male) or "2" (even, female); "" if none.
    static QString sexCode(const QString &number);
    /// For lists and printed receipts: the first 4 and last 4 characters, the rest as '*'
    /// (3601**********0531, spec/cli.md). Shorter input is fully masked.
    static QString masked(const QString &number);
};

} // namespace vd
