#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "AcceptanceReceipt.h"
#include "PdfProbe.h"
#include "PrintService.h"

using namespace vd;
using vd::test::PdfProbe;

namespace {

PrintContext receiptContext()
{
    PrintContext ctx;
    ctx.hallName = QStringLiteral("南昌县政务服务中心");
    ctx.windowNo = QStringLiteral("5");
    ctx.hallPhone = QStringLiteral("0791-85700000");
    ctx.clerk = QStringLiteral("测试经办");
    ctx.printDate = QDate(2024, 9, 12);
    return ctx;
}

QString writeReceipt(const Case &c, const PrintContext &ctx, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Status s = PrintService::writePdf(DocumentKind::Receipt, c, ctx, path);
    INFO(s.error().code.toStdString() << " " << s.error().message.toStdString());
    REQUIRE(s.ok());
    PdfProbe::keep(path, QStringLiteral("receipt-") + name);
    return path;
}

} // namespace

TEST_CASE("the acceptance receipt of valid-full.json carries every fact", "[printing][receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    c.materials = {{QStringLiteral("discharge_certificate"), QStringLiteral("original"), QString()},
                   {QStringLiteral("householder_hukou_book"), QStringLiteral("copy"), QStringLiteral("户主页")}};
    PrintContext ctx = receiptContext();
    ctx.promisedDates.insert(ItemId::HukouRegistration, QStringLiteral("2024年9月19日前"));
    const QString pdf = writeReceipt(c, ctx, dir, QStringLiteral("full.pdf"));
    CHECK(PdfProbe::pageCount(pdf) == 1);
    const QString text = PdfProbe::compactText(pdf);
    const QStringList expected = {
        QStringLiteral("受理回执"), QStringLiteral("受理编号：360121-20240912-0001"), QStringLiteral("陈志强"),
        QStringLiteral("3607**********4715"), QStringLiteral("受理日期2024年9月12日"),
        // each item, its department and its time limit: promised when given, else statutory
        QStringLiteral("户口登记"), QStringLiteral("2024年9月19日前"), QStringLiteral("核发居民身份证"),
        QStringLiteral("落户后15个工作日"), QStringLiteral("预备役登记"), QStringLiteral("当场办理"),
        QStringLiteral("基本医疗保险关系转移接续"), QStringLiteral("落户后5个工作日"),
        QStringLiteral("退役士兵自主就业一次性经济补助金的给付"),
        // materials received
        QStringLiteral("退役证"), QStringLiteral("原件"), QStringLiteral("复印件"), QStringLiteral("户主页"),
        // delivery, progress, clerk, window, date, seal
        QStringLiteral("户口簿：邮寄"), QStringLiteral("居民身份证：自取"),
        QStringLiteral("邮寄地址：江西省南昌市南昌县莲塘镇示例路18号"), QStringLiteral("0791-85700000"),
        QStringLiteral("南昌县政务服务中心5号窗口"), QStringLiteral("经办人：测试经办"), QStringLiteral("窗口：5号"),
        QStringLiteral("2024年9月12日"), QStringLiteral("（盖章）"),
    };
    for (const QString &e : expected) {
        INFO(e.toStdString() << "\n" << text.toStdString());
        CHECK(text.contains(e));
    }
    // The full ID number never appears on a receipt.
    CHECK_FALSE(text.contains(QStringLiteral("360723199811024715")));
    for (const auto &f : PdfProbe::fonts(pdf)) {
        INFO(f.name.toStdString());
        CHECK(f.embedded);
    }
    for (ItemId id : c.items) {
        INFO(itemKey(id).toStdString());
        CHECK(text.contains(itemInfo(id).department));
    }
}

TEST_CASE("a material accepted with deficiency stands on the receipt with its promised date", "[printing][receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    MaterialReceipt missing{QStringLiteral("marriage_certificate"), QStringLiteral("missing"), QString()};
    missing.supplementBy = QDate(2024, 9, 30);
    c.materials = {{QStringLiteral("discharge_certificate"), QStringLiteral("original"), QString()}, missing};
    const QString text = PdfProbe::compactText(writeReceipt(c, receiptContext(), dir, QStringLiteral("deficient.pdf")));
    CHECK(text.contains(QStringLiteral("容缺受理，承诺2024年9月30日前补齐")));
    CHECK_FALSE(text.contains(QStringLiteral("未提交")));
}

TEST_CASE("the receipt's time limits: promised when given, statutory otherwise", "[printing][receipt]")
{
    PrintContext ctx;
    CHECK(AcceptanceReceipt::promisedLimit(ItemId::HukouRegistration, ctx) == QStringLiteral("3个工作日"));
    ctx.promisedDates.insert(ItemId::HukouRegistration, QStringLiteral("2024年9月19日前"));
    CHECK(AcceptanceReceipt::promisedLimit(ItemId::HukouRegistration, ctx) == QStringLiteral("2024年9月19日前"));
    ctx.promisedDates.insert(ItemId::HukouRegistration, QStringLiteral("   "));
    CHECK(AcceptanceReceipt::promisedLimit(ItemId::HukouRegistration, ctx) == QStringLiteral("3个工作日"));
    for (const ItemInfo &item : allItems()) {
        INFO(item.key);
        CHECK_FALSE(AcceptanceReceipt::statutoryLimit(item.id).isEmpty());
        CHECK(AcceptanceReceipt::statutoryLimit(item.id) != QStringLiteral("按部门明确的时限办理"));
    }
}

TEST_CASE("the receipt renders the same at 300 and 600 dpi and continues on a second page", "[printing][receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    const QString pdf = writeReceipt(c, receiptContext(), dir, QStringLiteral("dpi.pdf"));
    const QRectF ink300 = PdfProbe::inkBoxMm(PdfProbe::rasterize(pdf, 300, 1, dir.path()), 300);
    const QRectF ink600 = PdfProbe::inkBoxMm(PdfProbe::rasterize(pdf, 600, 1, dir.path()), 600);
    CHECK(ink600.left() == Approx(ink300.left()).margin(0.3));
    CHECK(ink600.top() == Approx(ink300.top()).margin(0.3));
    CHECK(ink600.right() == Approx(ink300.right()).margin(0.3));
    CHECK(ink600.bottom() == Approx(ink300.bottom()).margin(0.3));

    // Many materials with long notes: the table goes on, the title repeats, nothing is lost.
    for (int i = 0; i < 40; ++i)
        c.materials.append({QStringLiteral("discharge_certificate"), QStringLiteral("copy"),
                            QStringLiteral("备注%1").arg(i) + QStringLiteral("很长的说明").repeated(8)});
    const QString longPdf = writeReceipt(c, receiptContext(), dir, QStringLiteral("long.pdf"));
    const int pages = PdfProbe::pageCount(longPdf);
    CHECK(pages >= 2);
    for (int p = 1; p <= pages; ++p)
        CHECK(PdfProbe::compactText(longPdf, p).startsWith(QStringLiteral("受理回执")));
    const QString all = PdfProbe::compactText(longPdf);
    CHECK(all.contains(QStringLiteral("备注39")));
    CHECK(all.contains(QStringLiteral("（盖章）")));
}

TEST_CASE("the receipt is refused without a case number, and for a character no font has", "[printing][receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    SECTION("no case number") {
        const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"), QString());
        CHECK(PrintService::writePdf(DocumentKind::Receipt, c, receiptContext(), path).error().code
              == QStringLiteral("document_not_applicable"));
    }
    SECTION("a promised date with a private-use character") {
        const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
        PrintContext ctx = receiptContext();
        ctx.promisedDates.insert(ItemId::PensionTransfer, QString::fromUcs4(U"\U000F0002"));
        const Status s = PrintService::writePdf(DocumentKind::Receipt, c, ctx, path);
        CHECK(s.error().code == QStringLiteral("missing_glyph"));
        CHECK(s.error().message.contains(QStringLiteral("U+F0002")));
    }
    CHECK_FALSE(QFile::exists(path));
}
