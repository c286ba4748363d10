#include <catch2/catch.hpp>
#include <limits>

#include "ChineseNumerals.h"

using vd::ChineseNumerals;

TEST_CASE("capital numerals as the party letter writes validity days", "[domain][numerals]")
{
    CHECK(ChineseNumerals::capital(1) == QStringLiteral("壹"));
    CHECK(ChineseNumerals::capital(9) == QStringLiteral("玖"));
    CHECK(ChineseNumerals::capital(10) == QStringLiteral("壹拾"));
    CHECK(ChineseNumerals::capital(15) == QStringLiteral("壹拾伍"));
    CHECK(ChineseNumerals::capital(30) == QStringLiteral("叁拾"));
    CHECK(ChineseNumerals::capital(90) == QStringLiteral("玖拾"));
    CHECK(ChineseNumerals::capital(100) == QStringLiteral("壹佰"));
    CHECK(ChineseNumerals::capital(105) == QStringLiteral("壹佰零伍"));
    CHECK(ChineseNumerals::capital(110) == QStringLiteral("壹佰壹拾"));
    CHECK(ChineseNumerals::capital(1001) == QStringLiteral("壹仟零壹"));
    CHECK(ChineseNumerals::capital(2024) == QStringLiteral("贰仟零贰拾肆"));
    CHECK(ChineseNumerals::capital(9999) == QStringLiteral("玖仟玖佰玖拾玖"));
    // Out of range: nothing, never a wrong numeral.
    CHECK(ChineseNumerals::capital(0).isEmpty());
    CHECK(ChineseNumerals::capital(-3).isEmpty());
    CHECK(ChineseNumerals::capital(10000).isEmpty());
    CHECK(ChineseNumerals::capital(std::numeric_limits<int>::max()).isEmpty());
    CHECK(ChineseNumerals::capital(std::numeric_limits<int>::min()).isEmpty());
    // No capital numeral ever uses an ordinary digit that could be altered (一 → 二 → 三 …).
    for (int v = 1; v <= 9999; ++v) {
        const QString s = ChineseNumerals::capital(v);
        REQUIRE(!s.isEmpty());
        for (const QChar c : s)
            REQUIRE(QStringLiteral("零壹贰叁肆伍陆柒捌玖拾佰仟").contains(c));
    }
}

TEST_CASE("years digit by digit, months and days in ordinary numerals", "[domain][numerals]")
{
    CHECK(ChineseNumerals::yearDigits(2024) == QStringLiteral("二〇二四"));
    CHECK(ChineseNumerals::yearDigits(2000) == QStringLiteral("二〇〇〇"));
    CHECK(ChineseNumerals::yearDigits(0).isEmpty());
    CHECK(ChineseNumerals::yearDigits(10000).isEmpty());
    CHECK(ChineseNumerals::ordinary(1) == QStringLiteral("一"));
    CHECK(ChineseNumerals::ordinary(10) == QStringLiteral("十"));
    CHECK(ChineseNumerals::ordinary(12) == QStringLiteral("十二"));
    CHECK(ChineseNumerals::ordinary(20) == QStringLiteral("二十"));
    CHECK(ChineseNumerals::ordinary(31) == QStringLiteral("三十一"));
    CHECK(ChineseNumerals::ordinary(0).isEmpty());
    CHECK(ChineseNumerals::ordinary(100).isEmpty());
    CHECK(ChineseNumerals::yearMonth(QDate(2024, 5, 20)) == QStringLiteral("二〇二四年五月"));
    CHECK(ChineseNumerals::yearMonth(QDate(2024, 12, 1)) == QStringLiteral("二〇二四年十二月"));
    CHECK(ChineseNumerals::date(QDate(2024, 9, 15)) == QStringLiteral("二〇二四年九月十五日"));
    CHECK(ChineseNumerals::date(QDate(2030, 10, 30)) == QStringLiteral("二〇三〇年十月三十日"));
    CHECK(ChineseNumerals::yearMonth(QDate()).isEmpty());
    CHECK(ChineseNumerals::date(QDate(2024, 2, 30)).isEmpty()); // no such day
    CHECK(ChineseNumerals::date(QDate(-5, 1, 1)).isEmpty());
}
