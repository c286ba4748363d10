#include <catch2/catch.hpp>

#include "FontSet.h"
#include "PrintFormat.h"

using vd::FontRole;
using vd::FontSet;

TEST_CASE("fonts are pinned per role, without Noto CJK", "[printing][fonts]")
{
    const FontSet &fonts = FontSet::instance();
    for (FontRole role : {FontRole::Body, FontRole::Title, FontRole::Heading}) {
        const QStringList chain = fonts.chain(role);
        INFO(chain.join(QStringLiteral(", ")).toStdString());
        REQUIRE(!chain.isEmpty());
        for (const QString &family : chain)
            CHECK_FALSE(family.contains(QStringLiteral("Noto"), Qt::CaseInsensitive));
        // On the project's machines (no 仿宋 installed) the document family is WenQuanYi Micro Hei.
        const QStringList fangsong = {QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋_GB2312"),
                                      QStringLiteral("FangSong"), QStringLiteral("仿宋")};
        if (role == FontRole::Body && !fangsong.contains(chain.first()))
            CHECK(chain.first() == QStringLiteral("WenQuanYi Micro Hei"));
        CHECK(chain.contains(QStringLiteral("HanaMinB")));
    }
}

TEST_CASE("each character is drawn by a pinned face that has it", "[printing][fonts]")
{
    const FontSet &fonts = FontSet::instance();
    CHECK(fonts.faceFor(FontRole::Body, U'陈') == 0);
    CHECK(fonts.faceFor(FontRole::Body, U'7') == 0);
    const int rare = fonts.faceFor(FontRole::Body, U'\U0002020C'); // 𠈌, CJK Extension B
    REQUIRE(rare > 0);
    CHECK(fonts.chain(FontRole::Body).at(rare).startsWith(QStringLiteral("HanaMin")));
    CHECK(fonts.advanceEm(FontRole::Body, rare, U'\U0002020C') > 0.5); // a real glyph, not a zero-width hole
    CHECK(fonts.faceFor(FontRole::Body, U'☑') >= 0);
    CHECK(fonts.faceFor(FontRole::Body, U'☐') >= 0);
    CHECK(fonts.checkText(QString::fromUcs4(U"王\U0002020C"), FontRole::Body).ok());
}

TEST_CASE("a character no pinned font has is refused with its code point", "[printing][fonts]")
{
    const FontSet &fonts = FontSet::instance();
    const vd::Status pua = fonts.checkText(QString::fromUcs4(U"王\U0010FFFD"), FontRole::Body);
    REQUIRE_FALSE(pua.ok());
    CHECK(pua.error().code == QStringLiteral("missing_glyph"));
    CHECK(pua.error().message.contains(QStringLiteral("U+10FFFD")));
    CHECK(pua.error().message.contains(QStringLiteral("已安装的字体中没有该字")));

    const vd::Status unassigned = fonts.checkText(QString::fromUcs4(U"\U0002FFFD"), FontRole::Body);
    REQUIRE_FALSE(unassigned.ok());
    CHECK(unassigned.error().message.contains(QStringLiteral("U+2FFFD")));

    QString lone = QStringLiteral("王");
    lone += QChar(0xD840); // a high surrogate with nothing after it
    const vd::Status broken = fonts.checkText(lone, FontRole::Body);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("U+D840")));

    CHECK(fonts.checkText(QStringLiteral("第一行\n第二行\t"), FontRole::Body).ok());
}

TEST_CASE("values are written as official documents write them", "[printing][format]")
{
    using vd::PrintFormat;
    CHECK(PrintFormat::date(QDate(2024, 9, 15)) == QStringLiteral("2024年9月15日"));
    CHECK(PrintFormat::date(QDate()).isEmpty());
    CHECK(PrintFormat::chineseNumber(30) == QStringLiteral("三十"));
    CHECK(PrintFormat::chineseNumber(7) == QStringLiteral("七"));
    CHECK(PrintFormat::chineseNumber(10) == QStringLiteral("十"));
    CHECK(PrintFormat::chineseNumber(15) == QStringLiteral("十五"));
    CHECK(PrintFormat::chineseNumber(90) == QStringLiteral("九十"));
    CHECK(PrintFormat::chineseNumber(100) == QStringLiteral("一百"));
    CHECK(PrintFormat::chineseNumber(105) == QStringLiteral("一百零五"));
    CHECK(PrintFormat::chineseNumber(110) == QStringLiteral("一百一十"));
    CHECK(PrintFormat::chineseNumber(1005) == QStringLiteral("一千零五"));
    CHECK(PrintFormat::checkbox(true, QStringLiteral("退役报到")) == QStringLiteral("☑退役报到"));
    CHECK(PrintFormat::checkbox(false, QStringLiteral("户口登记")) == QStringLiteral("☐户口登记"));
}
