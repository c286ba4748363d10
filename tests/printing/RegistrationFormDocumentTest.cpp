#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "PdfProbe.h"
#include "PrintService.h"

using namespace vd;
using vd::test::PdfProbe;

namespace {

QString writeForm(const Case &c, const QTemporaryDir &dir, const QString &name = QStringLiteral("form.pdf"))
{
    const QString path = dir.filePath(name);
    const Status s = PrintService::writePdf(DocumentKind::RegistrationForm, c, PrintContext(), path);
    INFO(s.error().code.toStdString() << " " << s.error().message.toStdString());
    REQUIRE(s.ok());
    REQUIRE(QFile(path).size() > 0);
    PdfProbe::keep(path, QStringLiteral("registration-form-") + name);
    return path;
}

bool hasKangxiRadicals(const QString &text)
{
    for (const uint c : text.toUcs4()) {
        if ((c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the registration form of valid-full.json carries every block of Attachment 3", "[printing][form]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = writeForm(PdfProbe::exampleCase(QStringLiteral("valid-full.json")), dir);
    CHECK(PdfProbe::pageCount(pdf) == 1);

    const QString text = PdfProbe::compactText(pdf);
    const QStringList expected = {
        // title, case number, applicant
        QStringLiteral("军人退役“一件事一次办”登记表"), QStringLiteral("受理编号：360121-20240912-0001"),
        QStringLiteral("陈志强"), QStringLiteral("360723199811024715"), QStringLiteral("13800001234"),
        // code values by their Chinese names
        QStringLiteral("男"), QStringLiteral("汉族"), QStringLiteral("共青团员"), QStringLiteral("普通高中毕业"),
        QStringLiteral("农村"),
        // the blocks and labels of the grid (block names span lines: pdftotext may interleave them)
        QStringLiteral("基本信息"), QStringLiteral("出生日期"), QStringLiteral("1998年11月2日"),
        QStringLiteral("入党(团)时间"), QStringLiteral("身份证件号"), QStringLiteral("入伍前户籍地址"), QStringLiteral("(备注是否注销)"),
        QStringLiteral("江西省赣州市大余县南安镇示例街6号（已注销）"), QStringLiteral("预备役登记信息(必填事项)"),
        QStringLiteral("退役时军衔"), QStringLiteral("中士"), QStringLiteral("部队代号"), QStringLiteral("99999部队"),
        QStringLiteral("服现役旅营级单位"), QStringLiteral("需要办理事项"), QStringLiteral("☑退役报到"),
        QStringLiteral("☑户口登记"), QStringLiteral("☑企业职工养老保险"), QStringLiteral("☐城乡居民养老保险"),
        QStringLiteral("☐城镇职工基本医疗保险"), QStringLiteral("☑城乡居民基本医疗保险"),
        QStringLiteral("☑退役士兵自主就业一次性经济补助金给付"), QStringLiteral("拟投靠户主姓名"), QStringLiteral("刘婷"),
        QStringLiteral("户口簿、身份证送达方式"), QStringLiteral("☑邮寄送达(到付)"), QStringLiteral("☑自行领取"),
        QStringLiteral("经济补助"), QStringLiteral("☑本人银行卡"), QStringLiteral("☐本人社保卡"),
        QStringLiteral("6217000000000000129"), QStringLiteral("承诺信息"),
        QStringLiteral("本人承诺以上申报信息真实有效,如有虚假,愿承担一切法律责任。"), QStringLiteral("申请人签名"),
        QStringLiteral("落户方户主签名"), QStringLiteral("申请日期：2024年9月12日"),
        QStringLiteral("备注:退役报到和预备役登记为必须办理"),
    };
    for (const QString &e : expected) {
        INFO(e.toStdString());
        CHECK(text.contains(e));
    }
    CHECK_FALSE(hasKangxiRadicals(text));
}

TEST_CASE("the registration form embeds every font it uses", "[printing][form]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = writeForm(PdfProbe::exampleCase(QStringLiteral("valid-full.json")), dir);
    const QList<vd::test::PdfFont> fonts = PdfProbe::fonts(pdf);
    REQUIRE(!fonts.isEmpty());
    for (const auto &f : fonts) {
        INFO(f.name.toStdString());
        CHECK(f.embedded);
        CHECK_FALSE(f.name.contains(QStringLiteral("Noto")));
    }
}

TEST_CASE("the registration form has the same page at 300 and 600 dpi and in preview", "[printing][form]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    const QString pdf = writeForm(c, dir);
    const QImage at300 = PdfProbe::rasterize(pdf, 300, 1, dir.path());
    const QImage at600 = PdfProbe::rasterize(pdf, 600, 1, dir.path());
    // A4 = 210 × 297 mm at both resolutions.
    CHECK(at300.width() * 25.4 / 300 == Approx(210.0).margin(0.3));
    CHECK(at300.height() * 25.4 / 300 == Approx(297.0).margin(0.3));
    CHECK(at600.width() * 25.4 / 600 == Approx(210.0).margin(0.3));
    CHECK(at600.height() * 25.4 / 600 == Approx(297.0).margin(0.3));
    // The ink lies in the same place, and so it does in the preview images (renderPages).
    const QRectF ink300 = PdfProbe::inkBoxMm(at300, 300);
    const QRectF ink600 = PdfProbe::inkBoxMm(at600, 600);
    REQUIRE(ink300.isValid());
    CHECK(ink600.left() == Approx(ink300.left()).margin(0.3));
    CHECK(ink600.top() == Approx(ink300.top()).margin(0.3));
    CHECK(ink600.right() == Approx(ink300.right()).margin(0.3));
    CHECK(ink600.bottom() == Approx(ink300.bottom()).margin(0.3));
    for (qreal dpi : {100.0, 200.0}) {
        const auto pages = PrintService::renderPages(DocumentKind::RegistrationForm, c, PrintContext(), dpi);
        REQUIRE(pages.ok());
        REQUIRE(pages.value().size() == 1);
        const QRectF ink = PdfProbe::inkBoxMm(pages.value().first(), dpi);
        INFO("dpi " << dpi);
        CHECK(ink.left() == Approx(ink300.left()).margin(0.6));
        CHECK(ink.top() == Approx(ink300.top()).margin(0.6));
        CHECK(ink.right() == Approx(ink300.right()).margin(0.6));
        CHECK(ink.bottom() == Approx(ink300.bottom()).margin(0.6));
    }
}

TEST_CASE("the registration form of valid-minimal.json fits one page with empty optional blocks", "[printing][form]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = writeForm(PdfProbe::exampleCase(QStringLiteral("valid-minimal.json")), dir,
                                  QStringLiteral("minimal.pdf"));
    CHECK(PdfProbe::pageCount(pdf) == 1);
    const QString text = PdfProbe::compactText(pdf);
    CHECK(text.contains(QStringLiteral("刘晓雯")));
    CHECK(text.contains(QStringLiteral("☑退役报到")));
    CHECK(text.contains(QStringLiteral("☐户口登记")));
    CHECK(text.contains(QStringLiteral("江西省九江市永修县涂埠镇示例巷3号（未注销）")));
}

TEST_CASE("long text wraps in its cell and overflows to a second page with the title", "[printing][form]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    c.applicant.homeAddress = QStringLiteral("江西省南昌市南昌县莲塘镇示例路18号").repeated(4);
    QString awards;
    for (int i = 1; i <= 40; ++i)
        awards += QStringLiteral("%1年度荣获优秀士兵称号并获嘉奖一次；").arg(1980 + i);
    c.service.awards = awards;
    const QString pdf = writeForm(c, dir, QStringLiteral("long.pdf"));
    REQUIRE(PdfProbe::pageCount(pdf) == 2);
    for (int page : {1, 2}) {
        const QString text = PdfProbe::compactText(pdf, page);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("军人退役“一件事一次办”登记表")));
        CHECK(text.contains(QStringLiteral("360121-20240912-0001")));
        CHECK(text.contains(QStringLiteral("第%1页／共2页").arg(page)));
    }
    const QString all = PdfProbe::compactText(pdf);
    CHECK(all.contains(QStringLiteral("2020年度荣获优秀士兵称号并获嘉奖一次；")));
    CHECK(all.contains(QStringLiteral("备注:退役报到和预备役登记为必须办理")));
    // Wrapped text stays inside the table (15 … 195 mm).
    for (int page : {1, 2}) {
        for (const auto &w : PdfProbe::words(pdf, page)) {
            INFO(w.text.toStdString());
            CHECK(w.box.left() >= 14.9 * vd::test::PtPerMm);
            CHECK(w.box.right() <= 195.1 * vd::test::PtPerMm);
        }
    }
}

TEST_CASE("values are printed as plain text, never as markup", "[printing][form]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    c.service.awards = QStringLiteral("<b>嘉奖</b>&amp;<br>");
    const QString text = PdfProbe::compactText(writeForm(c, dir));
    CHECK(text.contains(QStringLiteral("<b>嘉奖</b>&amp;<br>")));
}

TEST_CASE("a name outside the BMP renders with its glyph", "[printing][form][glyph]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    c.applicant.name = QString::fromUcs4(U"王\U0002020C");
    REQUIRE(PrintService::check(DocumentKind::RegistrationForm, c, PrintContext()).ok());
    const QString pdf = writeForm(c, dir, QStringLiteral("rare.pdf"));
    // The rare character comes from an embedded HanaMin face (not a fallback box); its text cannot
    // be extracted from Qt's PDFs (PLATFORM-NOTES.md), so it is checked by rendering.
    bool hanaMin = false;
    for (const auto &f : PdfProbe::fonts(pdf)) {
        CHECK(f.embedded);
        hanaMin = hanaMin || f.name.contains(QStringLiteral("HanaMin"));
    }
    CHECK(hanaMin);

    Case plain = c;
    plain.applicant.name = QStringLiteral("王");
    const auto withRare = PrintService::renderPages(DocumentKind::RegistrationForm, c, PrintContext(), 150);
    const auto without = PrintService::renderPages(DocumentKind::RegistrationForm, plain, PrintContext(), 150);
    REQUIRE(withRare.ok());
    REQUIRE(without.ok());
    // The name cell (x 47 … 71 mm, y 30 … 37 mm) gains ink for the second character.
    const QRect nameCell(qRound(47 / 25.4 * 150), qRound(30 / 25.4 * 150), qRound(24 / 25.4 * 150),
                         qRound(7 / 25.4 * 150));
    auto ink = [&](const QImage &page) {
        const QImage cell = page.copy(nameCell).convertToFormat(QImage::Format_Grayscale8);
        int dark = 0;
        for (int y = 0; y < cell.height(); ++y)
            for (int x = 0; x < cell.width(); ++x)
                dark += cell.constScanLine(y)[x] < 128 ? 1 : 0;
        return dark;
    };
    const int rareInk = ink(withRare.value().first());
    const int plainInk = ink(without.value().first());
    INFO("ink " << rareInk << " vs " << plainInk);
    CHECK(rareInk > plainInk + 40);
    withRare.value().first().save(dir.filePath(QStringLiteral("rare.png")));
}

TEST_CASE("a name with a character no installed font has is refused", "[printing][form][glyph]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    c.applicant.name = QString::fromUcs4(U"王\U0010FFFD");
    const QString path = dir.filePath(QStringLiteral("refused.pdf"));
    const Status s = PrintService::writePdf(DocumentKind::RegistrationForm, c, PrintContext(), path);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("missing_glyph"));
    CHECK(s.error().message.contains(QStringLiteral("U+10FFFD")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(PrintService::renderPages(DocumentKind::RegistrationForm, c, PrintContext(), 100).error().code
          == QStringLiteral("missing_glyph"));
}

TEST_CASE("the registration form stays within two pages for any length of address or awards", "[printing][form][huge]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    int size = 0;
    // Long values shrink in their cell (down to 6 pt) instead of pushing the form onto more pages.
    SECTION("a very long home address") { size = 1; c.applicant.homeAddress = QStringLiteral("江西省南昌市南昌县莲塘镇示例路18号").repeated(12); }
    SECTION("very long awards") { size = 2; c.service.awards = QStringLiteral("荣获优秀士兵称号并获嘉奖一次；").repeated(40); }
    SECTION("every long field long at once") {
        size = 3;
        const QString longText = QStringLiteral("某某路1号示例小区").repeated(20);
        c.applicant.homeAddress = longText;
        c.applicant.preEnlistmentHukouAddress = longText;
        c.hukou.settlementAddress = longText;
        c.delivery.mailingAddress = longText;
        c.service.awards = longText.repeated(3);
        c.service.majorUnit = longText;
    }
    SECTION("one long unbreakable run of Latin letters") { size = 4; c.service.awards = QStringLiteral("A").repeated(600); }
    const QString pdf = writeForm(c, dir, QStringLiteral("huge-%1.pdf").arg(size));
    const int pages = PdfProbe::pageCount(pdf);
    CHECK(pages >= 1);
    CHECK(pages <= 2);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(PdfProbe::compactText(pdf, page).contains(QStringLiteral("军人退役“一件事一次办”登记表")));
    }
    // Nothing is cut off: the whole value, the signature block and the note are there, on the paper.
    const QString all = PdfProbe::compactText(pdf);
    CHECK(all.contains(QStringLiteral("备注:退役报到和预备役登记为必须办理")));
    if (size == 2)
        CHECK(all.count(QStringLiteral("荣获优秀士兵称号并获嘉奖一次；")) == 40);
    for (int page = 1; page <= pages; ++page) {
        for (const auto &w : PdfProbe::words(pdf, page)) {
            CHECK(w.box.left() >= 14.9 * vd::test::PtPerMm);
            CHECK(w.box.right() <= 195.1 * vd::test::PtPerMm);
            CHECK(w.box.bottom() <= 297.0 * vd::test::PtPerMm);
        }
    }
}

TEST_CASE("a value too long for the form even in the smallest size is refused, never cut off", "[printing][form][huge]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    QString field;
    SECTION("huge address") { c.applicant.homeAddress = QStringLiteral("江西省南昌市南昌县莲塘镇示例路18号").repeated(300); field = QStringLiteral("家庭住址"); }
    SECTION("huge awards") { c.service.awards = QStringLiteral("嘉奖").repeated(100000); field = QStringLiteral("立功受奖情况"); }
    SECTION("huge unbreakable run") { c.service.awards = QStringLiteral("A").repeated(20000); field = QStringLiteral("立功受奖情况"); }
    const QString path = dir.filePath(QStringLiteral("refused.pdf"));
    const Status s = PrintService::writePdf(DocumentKind::RegistrationForm, c, PrintContext(), path);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("value_too_long"));
    CHECK(s.error().message.contains(field));
    CHECK_FALSE(QFile::exists(path));
}
