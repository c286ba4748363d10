#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "PdfProbe.h"
#include "PrintService.h"
#include "SettlementReferralLetter.h"

using namespace vd;
using vd::test::PdfProbe;
using vd::test::PtPerMm;

namespace {

PrintContext fixedContext()
{
    PrintContext ctx;
    ctx.issuingAuthority = QStringLiteral("南昌县退役军人事务局");
    ctx.printDate = QDate(2024, 9, 15);
    ctx.letterNumber = QStringLiteral("赣退役落字〔2024〕第0001号"); // from the register (PrintRecorder)
    return ctx;
}

QString writeLetter(const Case &c, const PrintContext &ctx, const QTemporaryDir &dir,
                    const QString &name = QStringLiteral("letter.pdf"))
{
    const QString path = dir.filePath(name);
    const Status s = PrintService::writePdf(DocumentKind::SettlementLetter, c, ctx, path);
    INFO(s.error().code.toStdString() << " " << s.error().message.toStdString());
    REQUIRE(s.ok());
    REQUIRE(QFile(path).size() > 0);
    PdfProbe::keep(path, QStringLiteral("settlement-") + name);
    return path;
}

} // namespace

TEST_CASE("the settlement letter of valid-full.json: counterfoil, cut line and letter", "[printing][letter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = writeLetter(PdfProbe::exampleCase(QStringLiteral("valid-full.json")), fixedContext(), dir);
    REQUIRE(PdfProbe::pageCount(pdf) == 1);
    const QString text = PdfProbe::compactText(pdf);
    const QStringList expected = {
        QStringLiteral("落户介绍信（存根）"), QStringLiteral("受理编号：360121-20240912-0001"),
        QStringLiteral("陈志强"), QStringLiteral("360723199811024715"), QStringLiteral("南昌市南昌县公安派出所："),
        QStringLiteral("兹有自主就业退役士兵陈志强（男，1998年11月2日出生，公民身份号码360723199811024715）"),
        QStringLiteral("入伍前户籍地址为江西省赣州市大余县南安镇示例街6号"), QStringLiteral("于2024年9月1日退出现役"),
        QStringLiteral("经审核符合落户条件，请予办理户口登记手续。"),
        QStringLiteral("落户地址：江西省南昌市南昌县莲塘镇示例路18号"), QStringLiteral("与户主关系："),
        QStringLiteral("有效期三十（30）天"), QStringLiteral("南昌县退役军人事务局"), QStringLiteral("（盖章）"),
        QStringLiteral("2024年9月15日"), QStringLiteral("经办人："), QStringLiteral("开具日期：2024年9月15日"),
    };
    for (const QString &e : expected) {
        INFO(e.toStdString());
        CHECK(text.contains(e));
    }
    // The same number on the counterfoil, across the cut line and on the letter.
    CHECK(text.count(QStringLiteral("赣退役落字〔2024〕第0001号")) == 3);
    CHECK_FALSE(text.contains(QStringLiteral("补打")));

    for (const auto &f : PdfProbe::fonts(pdf)) {
        INFO(f.name.toStdString());
        CHECK(f.embedded);
        CHECK_FALSE(f.name.contains(QStringLiteral("Noto")));
    }
}

TEST_CASE("the settlement letter keeps its text inside the GB/T 9704 type area", "[printing][letter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    SECTION("valid-full.json") {}
    SECTION("a long settlement address") {
        c.hukou.settlementAddress = QStringLiteral("江西省南昌市南昌县莲塘镇示例路18号示例小区").repeated(3);
    }
    const QString name = QStringLiteral("letter-%1.pdf").arg(c.hukou.settlementAddress.size());
    const QString pdf = writeLetter(c, fixedContext(), dir, name);
    REQUIRE(PdfProbe::pageCount(pdf) == 1);
    const QList<vd::test::PdfWord> words = PdfProbe::words(pdf, 1);
    REQUIRE(words.size() > 20);
    for (const auto &w : words) {
        INFO(w.text.toStdString() << " x " << w.box.left() / PtPerMm << " … " << w.box.right() / PtPerMm << " mm");
        CHECK(w.box.left() >= (SettlementReferralLetter::TypeLeft - 1.0) * PtPerMm);
        CHECK(w.box.right() <= (SettlementReferralLetter::TypeRight + 1.0) * PtPerMm);
        CHECK(w.box.bottom() <= (SettlementReferralLetter::TypeBottom + 1.0) * PtPerMm);
    }
    // The body is set in 3号 (16 pt): poppler's word box is the font's ascent + descent high.
    bool body = false;
    for (const auto &w : words) {
        if (w.text.startsWith(QStringLiteral("兹有"))) {
            body = true;
            CHECK(w.box.height() >= 16.0);
            CHECK(w.box.height() <= 16.0 * 1.25);
        }
    }
    CHECK(body);
}

TEST_CASE("the settlement letter has the same page at 300 and 600 dpi", "[printing][letter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = writeLetter(PdfProbe::exampleCase(QStringLiteral("valid-full.json")), fixedContext(), dir);
    const QImage at300 = PdfProbe::rasterize(pdf, 300, 1, dir.path());
    const QImage at600 = PdfProbe::rasterize(pdf, 600, 1, dir.path());
    CHECK(at300.width() * 25.4 / 300 == Approx(at600.width() * 25.4 / 600).margin(0.2));
    CHECK(at300.height() * 25.4 / 300 == Approx(at600.height() * 25.4 / 600).margin(0.2));
    const QRectF ink300 = PdfProbe::inkBoxMm(at300, 300);
    const QRectF ink600 = PdfProbe::inkBoxMm(at600, 600);
    CHECK(ink600.left() == Approx(ink300.left()).margin(0.3));
    CHECK(ink600.top() == Approx(ink300.top()).margin(0.3));
    CHECK(ink600.right() == Approx(ink300.right()).margin(0.3));
    CHECK(ink600.bottom() == Approx(ink300.bottom()).margin(0.3));
    // The preview images (renderPages) put the ink in the same place.
    const auto pages = PrintService::renderPages(DocumentKind::SettlementLetter,
                                                 PdfProbe::exampleCase(QStringLiteral("valid-full.json")),
                                                 fixedContext(), 120);
    REQUIRE(pages.ok());
    REQUIRE(pages.value().size() == 1);
    const QRectF preview = PdfProbe::inkBoxMm(pages.value().first(), 120);
    CHECK(preview.left() == Approx(ink300.left()).margin(0.6));
    CHECK(preview.top() == Approx(ink300.top()).margin(0.6));
    CHECK(preview.right() == Approx(ink300.right()).margin(0.6));
    CHECK(preview.bottom() == Approx(ink300.bottom()).margin(0.6));
}

TEST_CASE("the settlement letter's number, addressee and validity come from the context", "[printing][letter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"), QStringLiteral("360121-20231231-0042"));
    // The number is no longer derived from the case number: it comes from the register only.
    CHECK(SettlementReferralLetter::letterNumber(c, PrintContext()).isEmpty());
    PrintContext ctx = fixedContext();
    ctx.letterNumber = QStringLiteral("赣退役落字〔2024〕第0007号");
    ctx.policeStation = QStringLiteral("南昌县公安局莲塘派出所");
    ctx.validityDays = 15;
    const QString text = PdfProbe::compactText(writeLetter(c, ctx, dir));
    CHECK(text.count(QStringLiteral("赣退役落字〔2024〕第0007号")) == 3);
    CHECK(text.contains(QStringLiteral("南昌县公安局莲塘派出所：")));
    CHECK(text.contains(QStringLiteral("有效期十五（15）天")));
}

TEST_CASE("the settlement letter is refused when it does not apply", "[printing][letter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    SECTION("no hukou registration (valid-minimal.json)") {
        const Case c = PdfProbe::exampleCase(QStringLiteral("valid-minimal.json"));
        const Status s = PrintService::writePdf(DocumentKind::SettlementLetter, c, fixedContext(), path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("document_not_applicable"));
        CHECK(s.error().message.contains(QStringLiteral("户口登记")));
    }
    SECTION("no letter number from the register") {
        const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
        PrintContext ctx = fixedContext();
        ctx.letterNumber.clear();
        const Status s = PrintService::writePdf(DocumentKind::SettlementLetter, c, ctx, path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("letter_number_missing"));
    }
    SECTION("a settlement address with a character no font has") {
        Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
        c.hukou.settlementAddress += QString::fromUcs4(U"\U000F0001");
        const Status s = PrintService::writePdf(DocumentKind::SettlementLetter, c, fixedContext(), path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("missing_glyph"));
        CHECK(s.error().message.contains(QStringLiteral("U+F0001")));
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a reprinted settlement letter is marked 补打 on both parts and keeps its number", "[printing][letter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    PrintContext ctx = fixedContext();
    ctx.reprint = true;
    const QString pdf = writeLetter(PdfProbe::exampleCase(QStringLiteral("valid-full.json")), ctx, dir,
                                    QStringLiteral("letter-reprint.pdf"));
    const QString text = PdfProbe::compactText(pdf);
    CHECK(text.count(QStringLiteral("补打")) == 2);
    CHECK(text.count(QStringLiteral("赣退役落字〔2024〕第0001号")) == 3);
}
