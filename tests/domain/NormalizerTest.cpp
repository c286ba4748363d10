#include "Normalizer.h"

#include <catch2/catch.hpp>

using namespace vd;

TEST_CASE("text: full-width, zero-width, white space, compatibility ideographs", "[normalize]")
{
    CHECK(Normalizer::text(QStringLiteral("  江西省\u3000南昌市  ")) == QStringLiteral("江西省 南昌市"));
    CHECK(Normalizer::text(QStringLiteral("９９９９９部队")) == QStringLiteral("99999部队"));
    CHECK(Normalizer::text(QStringLiteral("陈\u200B志\u200D强\uFEFF")) == QStringLiteral("陈志强"));
    CHECK(Normalizer::text(QStringLiteral("\u202E强志陈")) == QStringLiteral("强志陈"));
    // U+F92C 郎 (CJK compatibility ideograph) → U+90CE 郎.
    CHECK(Normalizer::text(QStringLiteral("\uF92C")) == QStringLiteral("\u90CE"));
    // Decomposed e + combining acute → é (NFC).
    CHECK(Normalizer::text(QStringLiteral("e\u0301")) == QStringLiteral("\u00E9"));
    // Outside the BMP: kept whole.
    CHECK(Normalizer::text(QStringLiteral("王\U0002020C")).toUcs4().size() == 2);
    CHECK(Normalizer::text(QString()).isEmpty());
    // Control characters: line breaks and tabs become spaces, the rest goes.
    CHECK(Normalizer::text(QStringLiteral("江西省\r\n南昌市\t示例路\x1b[31m\x00")) == QStringLiteral("江西省  南昌市 示例路[31m"));
}

TEST_CASE("names: middle-dot variants compare equal", "[normalize]")
{
    const QString expected = QStringLiteral("阿依古丽\u00B7买买提");
    for (const char16_t dot : {u'\u30FB', u'\u2022', u'\uFF0E', u'\u2027', u'\uFF65', u'\u00B7', u'.'}) {
        const QString typed = QStringLiteral("阿依古丽") + QChar(dot) + QStringLiteral("买买提");
        CHECK(Normalizer::name(typed) == expected);
    }
    CHECK(Normalizer::name(QStringLiteral("阿依古丽 · 买买提")) == expected);
}

TEST_CASE("ID numbers: lower-case x, full-width digits, spaces", "[normalize]")
{
    CHECK(Normalizer::idNumber(QStringLiteral("11010519491231002x")) == QStringLiteral("11010519491231002X"));
    CHECK(Normalizer::idNumber(QStringLiteral("１１０１０５１９４９１２３１００２ｘ")) == QStringLiteral("11010519491231002X"));
    CHECK(Normalizer::idNumber(QStringLiteral("110105 19491231 002X")) == QStringLiteral("11010519491231002X"));
}

TEST_CASE("phones: +86, 0086, spaces and dashes", "[normalize]")
{
    CHECK(Normalizer::phone(QStringLiteral("+86 138 0000 0000")) == QStringLiteral("13800000000"));
    CHECK(Normalizer::phone(QStringLiteral("0086-138-0000-0000")) == QStringLiteral("13800000000"));
    CHECK(Normalizer::phone(QStringLiteral("8613800000000")) == QStringLiteral("13800000000"));
    CHECK(Normalizer::phone(QStringLiteral("＋８６ １３８ ００００ ００００")) == QStringLiteral("13800000000"));
    CHECK(Normalizer::phone(QStringLiteral("0791-86123456")) == QStringLiteral("079186123456"));
    CHECK(Normalizer::phone(QStringLiteral("(0791) 8612 3456")) == QStringLiteral("079186123456"));
    CHECK(Normalizer::phone(QStringLiteral("+86 791 8612 3456")) == QStringLiteral("079186123456"));
}

TEST_CASE("normalize(case) converts a 15-digit number with a warning", "[normalize]")
{
    Case c;
    c.applicant.idNumber = QStringLiteral("340524800101001");
    const Findings notes = Normalizer::normalize(c);
    CHECK(c.applicant.idNumber == QStringLiteral("34052419800101001X"));
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().code == QStringLiteral("id_number_converted_from_15"));
    CHECK_FALSE(notes.first().isError());
}

TEST_CASE("legacy ethnicity names and codes map on import", "[normalize]")
{
    const auto ethnicityOf = [](const QString &typed) {
        Case c;
        c.applicant.ethnicity = typed;
        Normalizer::normalize(c);
        return c.applicant.ethnicity;
    };
    CHECK(ethnicityOf(QStringLiteral("毛难族")) == QStringLiteral("36"));
    CHECK(ethnicityOf(QStringLiteral("崩龙族")) == QStringLiteral("46"));
    CHECK(ethnicityOf(QStringLiteral("57")) == QStringLiteral("97"));
    CHECK(ethnicityOf(QStringLiteral("58")) == QStringLiteral("98"));
    CHECK(ethnicityOf(QStringLiteral("汉族")) == QStringLiteral("01"));
    CHECK(ethnicityOf(QStringLiteral("０１")) == QStringLiteral("01"));
    CHECK(ethnicityOf(QStringLiteral("99")) == QStringLiteral("99")); // unknown: left for validation
}
