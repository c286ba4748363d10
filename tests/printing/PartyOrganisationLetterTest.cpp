#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "PartyOrganisationLetter.h"
#include "PdfProbe.h"
#include "PrintService.h"

using namespace vd;
using vd::test::PdfProbe;
using vd::test::PtPerMm;

namespace {

PrintContext letterContext()
{
    PrintContext ctx;
    ctx.issuingAuthority = QStringLiteral("南昌县退役军人事务局");
    ctx.partyOrganisation = QStringLiteral("中共南昌县退役军人事务局机关支部委员会");
    ctx.hallPhone = QStringLiteral("0791-85700000");
    ctx.letterNumber = QStringLiteral("赣退役组字〔2024〕第0003号");
    ctx.validityDays = 30;
    ctx.printDate = QDate(2024, 9, 15);
    return ctx;
}

Case withStatus(const QString &code)
{
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    c.applicant.politicalStatus = code;
    return c;
}

QString writeLetter(const Case &c, const PrintContext &ctx, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Status s = PrintService::writePdf(DocumentKind::PartyLetter, c, ctx, path);
    INFO(s.error().code.toStdString() << " " << s.error().message.toStdString());
    REQUIRE(s.ok());
    PdfProbe::keep(path, QStringLiteral("party-") + name);
    return path;
}

int darkPixels(const QImage &page)
{
    const QImage g = page.convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = 0; y < g.height(); ++y)
        for (int x = 0; x < g.width(); ++x)
            dark += g.constScanLine(y)[x] < 128 ? 1 : 0;
    return dark;
}

} // namespace

TEST_CASE("the party letter: counterfoil, letter and return slip of 组通字〔2006〕45号", "[printing][party]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = writeLetter(withStatus(QStringLiteral("01")), letterContext(), dir, QStringLiteral("party.pdf"));
    REQUIRE(PdfProbe::pageCount(pdf) == 1);
    const QString text = PdfProbe::compactText(pdf);
    const QStringList expected = {
        QStringLiteral("中国共产党党员组织关系介绍信（存根）"),
        QStringLiteral("陈志强同志系中共正式党员，组织关系由中共南昌县退役军人事务局机关支部委员会转到"),
        QStringLiteral("（贴回执联处）"),
        QStringLiteral("陈志强同志（男），25岁，汉族，系中共正式党员，身份证号码360723199811024715，"
                       "由中共南昌县退役军人事务局机关支部委员会去"),
        QStringLiteral("请接转组织关系。该同志党费已交到二〇二四年九月。"),
        QStringLiteral("（有效期叁拾天）"),
        QStringLiteral("党员联系电话或其他联系方式：13800001234"),
        QStringLiteral("联系电话：0791-85700000"),
        QStringLiteral("中国共产党党员组织关系介绍信（回执）"),
        QStringLiteral("陈志强同志的党员组织关系已转达我处，特此回复。"),
        QStringLiteral("2024年9月15日"),
        QStringLiteral("（盖章）"),
    };
    for (const QString &e : expected) {
        INFO(e.toStdString() << "\n" << text.toStdString());
        CHECK(text.contains(e));
    }
    // One number on the three parts and across both cut lines.
    CHECK(text.count(QStringLiteral("赣退役组字〔2024〕第0003号")) == 5);
    CHECK_FALSE(text.contains(QStringLiteral("补打")));
    for (const auto &f : PdfProbe::fonts(pdf)) {
        INFO(f.name.toStdString());
        CHECK(f.embedded);
    }
}

TEST_CASE("the party letter for a probationary member, a league member, and a reprint", "[printing][party]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("02 预备党员, dues given, 15 days") {
        PrintContext ctx = letterContext();
        ctx.duesPaidTo = QDate(2024, 8, 1);
        ctx.validityDays = 15;
        const QString text = PdfProbe::compactText(writeLetter(withStatus(QStringLiteral("02")), ctx, dir,
                                                               QStringLiteral("probationary.pdf")));
        CHECK(text.contains(QStringLiteral("系中共预备党员")));
        CHECK(text.contains(QStringLiteral("党费已交到二〇二四年八月")));
        CHECK(text.contains(QStringLiteral("（有效期壹拾伍天）")));
    }
    SECTION("03 共青团员 (valid-full.json): the league variant") {
        const QString text = PdfProbe::compactText(writeLetter(withStatus(QStringLiteral("03")), letterContext(), dir,
                                                               QStringLiteral("league.pdf")));
        CHECK(text.contains(QStringLiteral("中国共产主义青年团团员组织关系介绍信（存根）")));
        CHECK(text.contains(QStringLiteral("系中国共产主义青年团团员")));
        CHECK(text.contains(QStringLiteral("团费已交到二〇二四年九月")));
        CHECK(text.contains(QStringLiteral("团员组织关系已转达我处")));
        CHECK_FALSE(text.contains(QStringLiteral("党费")));
    }
    SECTION("a reprint") {
        PrintContext ctx = letterContext();
        ctx.reprint = true;
        const QString text = PdfProbe::compactText(writeLetter(withStatus(QStringLiteral("01")), ctx, dir,
                                                               QStringLiteral("reprint.pdf")));
        CHECK(text.count(QStringLiteral("补打")) == 2);
        CHECK(text.count(QStringLiteral("赣退役组字〔2024〕第0003号")) == 5);
    }
}

TEST_CASE("the party letter is refused for anyone but party and league members", "[printing][party]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.pdf"));
    for (const QString &code : {QStringLiteral("04"), QStringLiteral("12"), QStringLiteral("13"), QString(),
                                QStringLiteral("99")}) {
        const Status s = PrintService::writePdf(DocumentKind::PartyLetter, withStatus(code), letterContext(), path);
        INFO(code.toStdString());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("document_not_applicable"));
        CHECK(s.error().message.contains(QStringLiteral("不开具党(团)员组织关系介绍信")));
    }
    CHECK(PrintService::writePdf(DocumentKind::PartyLetter, withStatus(QStringLiteral("13")), letterContext(), path)
              .error()
              .message.contains(QStringLiteral("群众")));
    PrintContext ctx = letterContext();
    for (int days : {0, -1, 91, 100000}) {
        ctx.validityDays = days;
        CHECK(PrintService::check(DocumentKind::PartyLetter, withStatus(QStringLiteral("01")), ctx).error().code
              == QStringLiteral("document_not_applicable"));
    }
    ctx = letterContext();
    ctx.letterNumber.clear();
    CHECK(PrintService::check(DocumentKind::PartyLetter, withStatus(QStringLiteral("01")), ctx).error().code
          == QStringLiteral("letter_number_missing"));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the party letter keeps to the type width and renders alike at 300 and 600 dpi", "[printing][party]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = withStatus(QStringLiteral("01"));
    PrintContext ctx = letterContext();
    SECTION("valid-full.json") {}
    SECTION("long organisation names") {
        ctx.partyOrganisation = QStringLiteral("中共南昌县退役军人事务局机关支部委员会").repeated(3);
        c.applicant.phone = QStringLiteral("13800001234");
    }
    const QString pdf = writeLetter(c, ctx, dir, QStringLiteral("area-%1.pdf").arg(ctx.partyOrganisation.size()));
    REQUIRE(PdfProbe::pageCount(pdf) == 1);
    const auto words = PdfProbe::words(pdf, 1);
    REQUIRE(words.size() > 20);
    for (const auto &w : words) {
        INFO(w.text.toStdString() << " x " << w.box.left() / PtPerMm << " … " << w.box.right() / PtPerMm
                                  << " y … " << w.box.bottom() / PtPerMm << " mm");
        CHECK(w.box.left() >= (PartyOrganisationLetter::TypeLeft - 1.0) * PtPerMm);
        CHECK(w.box.right() <= (PartyOrganisationLetter::TypeRight + 1.0) * PtPerMm);
        CHECK(w.box.bottom() <= (PartyOrganisationLetter::TypeBottom + 1.0) * PtPerMm);
    }
    const QRectF ink300 = PdfProbe::inkBoxMm(PdfProbe::rasterize(pdf, 300, 1, dir.path()), 300);
    const QRectF ink600 = PdfProbe::inkBoxMm(PdfProbe::rasterize(pdf, 600, 1, dir.path()), 600);
    CHECK(ink600.left() == Approx(ink300.left()).margin(0.3));
    CHECK(ink600.top() == Approx(ink300.top()).margin(0.3));
    CHECK(ink600.right() == Approx(ink300.right()).margin(0.3));
    CHECK(ink600.bottom() == Approx(ink300.bottom()).margin(0.3));
}

TEST_CASE("names outside the BMP print with their glyph on the new documents; unknown characters are refused",
          "[printing][party][receipt][glyph]")
{
    for (DocumentKind kind : {DocumentKind::PartyLetter, DocumentKind::Receipt}) {
        INFO(documentKey(kind).toStdString());
        Case rare = withStatus(QStringLiteral("01"));
        rare.applicant.name = QString::fromUcs4(U"王\U00020000"); // 𠀀, HanaMinB
        Case plain = rare;
        plain.applicant.name = QStringLiteral("王");
        REQUIRE(PrintService::check(kind, rare, letterContext()).ok());
        const auto withRare = PrintService::renderPages(kind, rare, letterContext(), 150);
        const auto without = PrintService::renderPages(kind, plain, letterContext(), 150);
        REQUIRE(withRare.ok());
        REQUIRE(without.ok());
        const int rareInk = darkPixels(withRare.value().first());
        const int plainInk = darkPixels(without.value().first());
        INFO("ink " << rareInk << " vs " << plainInk);
        CHECK(rareInk > plainInk + 60); // the glyph, at least once, drawn (a box or nothing would not add this)

        Case bad = rare;
        bad.applicant.name = QString::fromUcs4(U"王\U000F0001"); // private use: no installed font has it
        const Status s = PrintService::check(kind, bad, letterContext());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("missing_glyph"));
        CHECK(s.error().message.contains(QStringLiteral("U+F0001")));
    }
}
