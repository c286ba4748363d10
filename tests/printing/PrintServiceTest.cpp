#include <catch2/catch.hpp>

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>

#include "PdfProbe.h"
#include "PrintService.h"

using namespace vd;
using vd::test::PdfProbe;

TEST_CASE("document keys follow the CLI contract", "[printing][service]")
{
    const QList<QPair<DocumentKind, QString>> keys = {
        {DocumentKind::RegistrationForm, QStringLiteral("registration-form")},
        {DocumentKind::Checklist, QStringLiteral("checklist")},
        {DocumentKind::Receipt, QStringLiteral("receipt")},
        {DocumentKind::Notice, QStringLiteral("notice")},
        {DocumentKind::SettlementLetter, QStringLiteral("settlement-letter")},
        {DocumentKind::PartyLetter, QStringLiteral("party-letter")},
    };
    for (const auto &k : keys) {
        CHECK(documentKey(k.first) == k.second);
        DocumentKind parsed = DocumentKind::Receipt;
        CHECK(documentFromKey(k.second, &parsed));
        CHECK(parsed == k.first);
        CHECK_FALSE(documentTitle(k.first).isEmpty());
    }
    DocumentKind unused;
    CHECK_FALSE(documentFromKey(QStringLiteral("registration_form"), &unused));
    CHECK_FALSE(documentFromKey(QString(), &unused));
    CHECK(documentTitle(DocumentKind::SettlementLetter) == QStringLiteral("落户介绍信"));
}

TEST_CASE("every document of the window is built", "[printing][service]")
{
    const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (DocumentKind kind : {DocumentKind::RegistrationForm, DocumentKind::Checklist, DocumentKind::Receipt,
                              DocumentKind::Notice, DocumentKind::SettlementLetter, DocumentKind::PartyLetter}) {
        const QString path = dir.filePath(documentKey(kind) + QStringLiteral(".pdf"));
        const Status s = PrintService::writePdf(kind, c, PrintContext(), path);
        INFO(documentKey(kind).toStdString());
        // A letter without a number from the register is refused, but never as "not built".
        CHECK((s.ok() || s.error().code != QStringLiteral("document_not_available")));
    }
}

TEST_CASE("a PDF that cannot be written is reported", "[printing][service]")
{
    const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Status missingFolder = PrintService::writePdf(DocumentKind::RegistrationForm, c, PrintContext(),
                                                        dir.filePath(QStringLiteral("no/such/folder/form.pdf")));
    REQUIRE_FALSE(missingFolder.ok());
    CHECK(missingFolder.error().code == QStringLiteral("print_write_failed"));

    const Status folderAsFile = PrintService::writePdf(DocumentKind::RegistrationForm, c, PrintContext(), dir.path());
    REQUIRE_FALSE(folderAsFile.ok());
    CHECK(folderAsFile.error().code == QStringLiteral("print_write_failed"));
}

TEST_CASE("check() answers without painting", "[printing][service]")
{
    const Case full = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    CHECK(PrintService::check(DocumentKind::RegistrationForm, full, PrintContext()).ok());
    CHECK(PrintService::check(DocumentKind::Receipt, full, PrintContext()).ok());
    // Letters need their number from the register (PrintRecorder) before they can be printed.
    CHECK(PrintService::check(DocumentKind::SettlementLetter, full, PrintContext()).error().code
          == QStringLiteral("letter_number_missing"));
    PrintContext numbered;
    numbered.letterNumber = QStringLiteral("赣退役落字〔2024〕第0001号");
    CHECK(PrintService::check(DocumentKind::SettlementLetter, full, numbered).ok());
    CHECK(PrintService::check(DocumentKind::PartyLetter, full, numbered).ok()); // 03 共青团员: league variant
}

TEST_CASE("a printer at any resolution gets the page of the PDF", "[printing][service]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    PrintContext ctx;
    ctx.letterNumber = QStringLiteral("赣退役落字〔2024〕第0001号");
    for (DocumentKind kind : {DocumentKind::RegistrationForm, DocumentKind::SettlementLetter, DocumentKind::Receipt,
                              DocumentKind::PartyLetter}) {
        const QString reference = dir.filePath(QStringLiteral("reference.pdf"));
        REQUIRE(PrintService::writePdf(kind, c, ctx, reference).ok());
        const QRectF expected = PdfProbe::inkBoxMm(PdfProbe::rasterize(reference, 150, 1, dir.path()), 150);
        // QPrinter's own PDF output stands in for a printer (QPrintPreviewWidget paints the same way).
        for (QPrinter::PrinterMode mode : {QPrinter::ScreenResolution, QPrinter::HighResolution}) {
            QPrinter printer(mode);
            printer.setOutputFormat(QPrinter::PdfFormat);
            const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
            printer.setOutputFileName(printed);
            INFO(documentKey(kind).toStdString() << " at " << printer.resolution() << " dpi");
            const Status s = PrintService::print(kind, c, ctx, &printer);
            REQUIRE(s.ok());
            CHECK(PdfProbe::pageCount(printed) == 1);
            CHECK(PdfProbe::compactText(printed).contains(QStringLiteral("陈志强")));
            const QImage page = PdfProbe::rasterize(printed, 150, 1, dir.path());
            CHECK(page.width() * 25.4 / 150 == Approx(210.0).margin(0.3));
            CHECK(page.height() * 25.4 / 150 == Approx(297.0).margin(0.3));
            const QRectF ink = PdfProbe::inkBoxMm(page, 150);
            CHECK(ink.left() == Approx(expected.left()).margin(0.5));
            CHECK(ink.top() == Approx(expected.top()).margin(0.5));
            CHECK(ink.right() == Approx(expected.right()).margin(0.5));
            CHECK(ink.bottom() == Approx(expected.bottom()).margin(0.5));
        }
    }
}
