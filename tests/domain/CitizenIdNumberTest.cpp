#include "CitizenIdNumber.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace vd;
using P = CitizenIdNumber::Problem;

namespace {
const QDate Today(2024, 9, 15);
}

TEST_CASE("check characters of the standard's worked examples", "[id]")
{
    // domain-facts.md §1.2: examples quoted from GB 11643-1999, re-checked with the formula.
    CHECK(CitizenIdNumber::checkCharacter("11010519491231002") == QLatin1Char('X'));
    CHECK(CitizenIdNumber::checkCharacter("44052418800101001") == QLatin1Char('4'));
    CHECK(CitizenIdNumber::checkCharacter("34052419800101001") == QLatin1Char('X'));
    CHECK(CitizenIdNumber::checkCharacter("36042619910101007") == QLatin1Char('1'));
    CHECK(CitizenIdNumber::checkCharacter("3604261991010100").isNull());
    CHECK(CitizenIdNumber::checkCharacter("3604261991010100a").isNull());
}

TEST_CASE("valid numbers pass; each kind of fault is named", "[id]")
{
    CHECK(CitizenIdNumber::check("360723199811024715", Today) == P::None);
    CHECK(CitizenIdNumber::check("11010519491231002X", Today) == P::None);
    CHECK(CitizenIdNumber::check("360723199811024716", Today) == P::BadCheckDigit);
    CHECK(CitizenIdNumber::check("", Today) == P::Empty);
    CHECK(CitizenIdNumber::check("36072319981102471", Today) == P::WrongLength);        // 17 typed
    CHECK(CitizenIdNumber::check("360723981102471", Today) == P::WrongLength);          // 15, not converted
    CHECK(CitizenIdNumber::check("36072319981102471x", Today) == P::BadCharacters);     // lower case is normalised before
    CHECK(CitizenIdNumber::check("3607231998110247X5", Today) == P::BadCharacters);
    CHECK(CitizenIdNumber::check("990121199501010010", Today) == P::BadProvince);
}

TEST_CASE("birth dates: leap years, October, 1900 and the future", "[id]")
{
    CHECK(CitizenIdNumber::check("36012120000229001X", Today) == P::None);          // 2000 is a leap year
    CHECK(CitizenIdNumber::check("360121200010150033", Today) == P::None);          // October (month 10)
    const QString feb29of1900 = QStringLiteral("36012119000229001") + CitizenIdNumber::checkCharacter("36012119000229001");
    CHECK(CitizenIdNumber::check(feb29of1900, Today) == P::BadBirthDate);           // 1900 is not
    const QString month13 = QStringLiteral("36012119991301001") + CitizenIdNumber::checkCharacter("36012119991301001");
    CHECK(CitizenIdNumber::check(month13, Today) == P::BadBirthDate);
    CHECK(CitizenIdNumber::check("36012119000301001X", Today) == P::None);          // 1900-03-01 is the edge
    CHECK(CitizenIdNumber::check("360121189912310011", Today) == P::BirthBefore1900);
    CHECK(CitizenIdNumber::check("360121202601010015", Today) == P::BirthInFuture);
    const QString today = QStringLiteral("36012120240915001") + CitizenIdNumber::checkCharacter("36012120240915001");
    CHECK(CitizenIdNumber::check(today, Today) == P::None);                        // born today is not the future
}

TEST_CASE("15-digit legacy numbers convert to 18", "[id]")
{
    // 340524800101001 → 34052419800101001X (domain-facts.md §1.4 and §1.2 example).
    CHECK(CitizenIdNumber::from15("340524800101001") == QStringLiteral("34052419800101001X"));
    CHECK(CitizenIdNumber::from15("34052480010100").isEmpty());
    CHECK(CitizenIdNumber::from15("34052480010100A").isEmpty());
    CHECK(CitizenIdNumber::from15("360723199811024").isEmpty()); // 15 of 18 digits: "199811" is no YYMMDD
}

TEST_CASE("sex, birth date and mask from the number", "[id]")
{
    CHECK(CitizenIdNumber::sexCode("360723199811024715") == QStringLiteral("1"));
    CHECK(CitizenIdNumber::sexCode("360425199907201524") == QStringLiteral("2"));
    CHECK(CitizenIdNumber::birthDate("360425199907201524") == QDate(1999, 7, 20));
    CHECK(CitizenIdNumber::masked("360425199907201524") == QStringLiteral("3604**********1524"));
    CHECK(CitizenIdNumber::masked("1234") == QStringLiteral("****"));
}

TEST_CASE("property: every 17-digit body has exactly one valid check character", "[id][property]")
{
    auto *rng = QRandomGenerator::global();
    const QString alphabet = QStringLiteral("0123456789X");
    for (int n = 0; n < 2000; ++n) {
        // A real date and a real province, so that only the check character decides.
        const QDate birth = QDate(1950, 1, 1).addDays(rng->bounded(365 * 70));
        QString body = QStringLiteral("36%1").arg(rng->bounded(10000), 4, 10, QLatin1Char('0'))
            + birth.toString(QStringLiteral("yyyyMMdd")) + QString::number(rng->bounded(1000)).rightJustified(3, '0');
        REQUIRE(body.size() == 17);
        int valid = 0;
        for (QChar c : alphabet)
            valid += CitizenIdNumber::check(body + c, Today) == P::None ? 1 : 0;
        REQUIRE(valid == 1);
        // Round trip: the birth date and sex read back from a valid number are what was put in.
        const QString number = body + CitizenIdNumber::checkCharacter(body);
        REQUIRE(CitizenIdNumber::birthDate(number) == birth);
        REQUIRE(CitizenIdNumber::sexCode(number) == ((body.at(16).digitValue() % 2) ? QStringLiteral("1") : QStringLiteral("2")));
    }
}
