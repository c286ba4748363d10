#include "PrintService.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <memory>

#include "AcceptanceReceipt.h"
#include "ChecklistDocument.h"
#include "FontSet.h"
#include "OneTimeNoticeDocument.h"
#include "PageCanvas.h"
#include "PartyOrganisationLetter.h"
#include "RegistrationFormDocument.h"
#include "SettlementReferralLetter.h"

namespace vd {
namespace {

struct KindName {
    DocumentKind kind;
    const char *key;
    const char *title;
};

const KindName kindNames[] = {
    {DocumentKind::RegistrationForm, "registration-form", "军人退役“一件事一次办”登记表"},
    {DocumentKind::Checklist, "checklist", "材料清单"},
    {DocumentKind::Receipt, "receipt", "受理回执"},
    {DocumentKind::Notice, "notice", "一次性告知书"},
    {DocumentKind::SettlementLetter, "settlement-letter", "落户介绍信"},
    {DocumentKind::PartyLetter, "party-letter", "党(团)员组织关系介绍信"},
};

Error writeFailed(const QString &message)
{
    return {QStringLiteral("print_write_failed"), message};
}

std::unique_ptr<PrintDocument> makeDocument(DocumentKind kind, const Case &c, const PrintContext &ctx)
{
    switch (kind) {
    case DocumentKind::RegistrationForm:
        return std::make_unique<RegistrationFormDocument>(c, ctx);
    case DocumentKind::SettlementLetter:
        return std::make_unique<SettlementReferralLetter>(c, ctx);
    case DocumentKind::Receipt:
        return std::make_unique<AcceptanceReceipt>(c, ctx);
    case DocumentKind::Checklist:
        return std::make_unique<ChecklistDocument>(c, ctx);
    case DocumentKind::Notice:
        return std::make_unique<OneTimeNoticeDocument>(c, ctx);
    case DocumentKind::PartyLetter:
        return std::make_unique<PartyOrganisationLetter>(c, ctx);
    }
    return nullptr;
}

/// Builds the document and checks it can be printed: available, applicable, and (by a dry run of
/// the whole layout, painting nothing) every character has a glyph in the pinned fonts.
Result<std::shared_ptr<PrintDocument>> prepare(DocumentKind kind, const Case &c, const PrintContext &ctx)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return writeFailed(QStringLiteral("打印需要图形环境（QGuiApplication），当前程序无法打印。"));
    std::shared_ptr<PrintDocument> doc = makeDocument(kind, c, ctx);
    if (!doc)
        return Error{QStringLiteral("document_not_available"), QStringLiteral("该文书尚未实现")};
    const Status applicable = doc->check();
    if (!applicable.ok())
        return applicable.error();
    PageCanvas dryRun(FontSet::instance(), nullptr, 72.0, 72.0);
    doc->paint(dryRun);
    if (!dryRun.status().ok())
        return dryRun.status().error();
    return doc;
}

} // namespace

QString documentKey(DocumentKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return QString();
}

bool documentFromKey(const QString &key, DocumentKind *out)
{
    for (const KindName &k : kindNames) {
        if (key == QLatin1String(k.key)) {
            if (out)
                *out = k.kind;
            return true;
        }
    }
    return false;
}

QString documentTitle(DocumentKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf8(k.title);
    }
    return QString();
}

Status PrintService::check(DocumentKind kind, const Case &c, const PrintContext &ctx)
{
    const auto doc = prepare(kind, c, ctx);
    return doc.ok() ? Status::success() : Status(doc.error());
}

Status PrintService::writePdf(DocumentKind kind, const Case &c, const PrintContext &ctx, const QString &path)
{
    const auto doc = prepare(kind, c, ctx);
    if (!doc.ok())
        return doc.error();

    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (path.isEmpty() || target.isDir())
        return writeFailed(QStringLiteral("PDF 文件路径无效。"));
    if (!folder.isDir())
        return writeFailed(QStringLiteral("目标文件夹不存在：%1").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isWritable())
        return writeFailed(QStringLiteral("目标文件夹不可写入：%1").arg(QDir::toNativeSeparators(folder.filePath())));

    // Written to a temporary file and renamed at the end: a failed print never leaves half a PDF.
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(QStringLiteral("无法创建 PDF 文件：%1").arg(file.errorString()));
    if (Status painted = writePdf(kind, c, ctx, &file); !painted) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit())
        return writeFailed(QStringLiteral("写入 PDF 文件失败：%1").arg(file.errorString()));
    if (QFileInfo(target.absoluteFilePath()).size() <= 0)
        return writeFailed(QStringLiteral("写入的 PDF 文件为空。"));
    return Status::success();
}

Status PrintService::writePdf(DocumentKind kind, const Case &c, const PrintContext &ctx, QIODevice *device)
{
    if (!device || !device->isWritable())
        return writeFailed(QStringLiteral("PDF 输出不可写入。"));
    const auto doc = prepare(kind, c, ctx);
    if (!doc.ok())
        return doc.error();
    QPdfWriter writer(device);
    writer.setResolution(PdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(doc.value()->title());
    writer.setCreator(QStringLiteral("Veteran Desk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return writeFailed(QStringLiteral("无法开始写入 PDF 文件。"));
    PageCanvas canvas(FontSet::instance(), &painter, writer.logicalDpiX(), writer.logicalDpiY(),
                      [&writer] { return writer.newPage(); });
    doc.value()->paint(canvas);
    painter.end();
    return canvas.status();
}

Status PrintService::print(DocumentKind kind, const Case &c, const PrintContext &ctx, QPrinter *printer)
{
    if (!printer)
        return writeFailed(QStringLiteral("没有可用的打印机。"));
    const auto doc = prepare(kind, c, ctx);
    if (!doc.ok())
        return doc.error();
    // Millimetres are measured from the paper's corner: the layout keeps its own margins.
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setDocName(doc.value()->title());
    QPainter painter;
    if (!painter.begin(printer))
        return writeFailed(QStringLiteral("无法开始打印，请检查打印机。"));
    PageCanvas canvas(FontSet::instance(), &painter, printer->logicalDpiX(), printer->logicalDpiY(),
                      [printer] { return printer->newPage(); });
    doc.value()->paint(canvas);
    painter.end();
    return canvas.status();
}

Result<QList<QImage>> PrintService::renderPages(DocumentKind kind, const Case &c, const PrintContext &ctx, qreal dpi)
{
    const auto doc = prepare(kind, c, ctx);
    if (!doc.ok())
        return doc.error();
    if (dpi < 36.0 || dpi > 1200.0)
        return writeFailed(QStringLiteral("预览分辨率超出范围（36–1200 dpi）。"));
    const QSizeF a4mm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSize pixels(qRound(a4mm.width() / 25.4 * dpi), qRound(a4mm.height() / 25.4 * dpi));
    auto blankPage = [&] {
        QImage page(pixels, QImage::Format_RGB32);
        page.setDotsPerMeterX(qRound(dpi / 0.0254));
        page.setDotsPerMeterY(qRound(dpi / 0.0254));
        page.fill(Qt::white);
        return page;
    };

    QList<QImage> pages;
    QImage current = blankPage();
    if (current.isNull())
        return writeFailed(QStringLiteral("内存不足，无法生成预览。"));
    QPainter painter(&current);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    auto newPage = [&] {
        painter.end();
        pages << current;
        current = blankPage();
        if (current.isNull() || !painter.begin(&current))
            return false;
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        return true;
    };
    PageCanvas canvas(FontSet::instance(), &painter, dpi, dpi, newPage);
    doc.value()->paint(canvas);
    if (painter.isActive())
        painter.end();
    if (!canvas.status().ok())
        return canvas.status().error();
    pages << current;
    return pages;
}

} // namespace vd
