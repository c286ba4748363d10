#include "PrintRecorder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "Database.h"
#include "PrintSettings.h"

namespace vd {
namespace {

Error writeFailed(const QString &message)
{
    return {QStringLiteral("print_write_failed"), message};
}

PrintContext numbered(PrintContext ctx, const PrintLogEntry &e)
{
    ctx.letterNumber = e.letterNumber;
    ctx.reprint = e.reprint && e.isNumbered();
    return ctx;
}

} // namespace

PrintRecorder::PrintRecorder(const Database &db, QString printedBy) : m_db(db), m_printedBy(std::move(printedBy)) {}

Result<PrintRequest> PrintRecorder::request(DocumentKind kind, const Case &c, const PrintContext &ctx,
                                            const QString &output) const
{
    PrintRequest r;
    r.caseNo = c.caseNo;
    r.documentKey = documentKey(kind);
    r.numbered = PrintSettings::isNumbered(kind);
    r.year = ctx.printDate.year();
    r.printedBy = m_printedBy;
    r.output = output;
    if (r.numbered) {
        const auto prefix = PrintSettings::letterPrefix(m_db, kind);
        if (!prefix)
            return prefix.error();
        r.prefix = prefix.value();
    }
    return r;
}

Result<PrintContext> PrintRecorder::planned(DocumentKind kind, const Case &c, const PrintContext &ctx) const
{
    const auto r = request(kind, c, ctx, QStringLiteral("printer"));
    if (!r)
        return r.error();
    const auto e = PrintLogRepository(m_db).plan(r.value());
    if (!e)
        return e.error();
    return numbered(ctx, e.value());
}

Result<PrintLogEntry> PrintRecorder::run(DocumentKind kind, const Case &c, const PrintContext &ctx,
                                         const QString &output, const Output &paint)
{
    // Refuse before taking anything (not applicable, missing glyph …), with the number it would get.
    const auto plan = planned(kind, c, ctx);
    if (!plan)
        return plan.error();
    if (Status s = PrintService::check(kind, c, plan.value()); !s)
        return s.error();
    const auto r = request(kind, c, ctx, output);
    if (!r)
        return r.error();
    return PrintLogRepository(m_db).record(r.value(), [&](const PrintLogEntry &e) { return paint(numbered(ctx, e)); });
}

Result<PrintLogEntry> PrintRecorder::writePdf(DocumentKind kind, const Case &c, const PrintContext &ctx,
                                              const QString &path)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (path.isEmpty() || target.isDir())
        return writeFailed(QStringLiteral("PDF 文件路径无效。"));
    if (!folder.isDir())
        return writeFailed(QStringLiteral("目标文件夹不存在：%1").arg(QDir::toNativeSeparators(folder.filePath())));
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(QStringLiteral("无法创建 PDF 文件：%1").arg(file.errorString()));
    const auto logged = run(kind, c, ctx, QStringLiteral("pdf"),
                            [&](const PrintContext &n) { return PrintService::writePdf(kind, c, n, &file); });
    if (!logged) {
        file.cancelWriting();
        return logged.error();
    }
    // The log is committed first: a file that then cannot be saved leaves a logged number to reprint
    // (补打), never a letter whose number is issued again.
    if (!file.commit()) {
        return writeFailed(QStringLiteral("写入 PDF 文件失败（%1）。文号%2已登记，请补打。")
                               .arg(file.errorString(), logged.value().letterNumber));
    }
    return logged;
}

Result<PrintLogEntry> PrintRecorder::print(DocumentKind kind, const Case &c, const PrintContext &ctx, QPrinter *printer)
{
    if (!printer)
        return writeFailed(QStringLiteral("没有可用的打印机。"));
    return run(kind, c, ctx, QStringLiteral("printer"),
               [&](const PrintContext &n) { return PrintService::print(kind, c, n, printer); });
}

} // namespace vd
