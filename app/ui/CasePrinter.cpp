#include "CasePrinter.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>
#include <QStandardPaths>

#include "CaseRepository.h"
#include "Database.h"
#include "DialogRunner.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintPreviewDialog.h"
#include "PrintRecorder.h"
#include "PrintSettings.h"

namespace {
const QString PrinterNameKey = QStringLiteral("printing/printerName");
const QString DuplexKey = QStringLiteral("printing/duplex");
} // namespace
#include "NoticeRepository.h"
#include "OneTimeNotice.h"

CasePrinter::CasePrinter(const vd::Database &db, QWidget *parent)
    : m_db(db)
    , m_parent(parent)
{
}

QList<vd::DocumentKind> CasePrinter::allDocuments()
{
    return {vd::DocumentKind::RegistrationForm, vd::DocumentKind::Checklist,        vd::DocumentKind::Receipt,
            vd::DocumentKind::Notice,           vd::DocumentKind::SettlementLetter, vd::DocumentKind::PartyLetter};
}

void CasePrinter::restorePrinter(QPrinter *printer)
{
    const QSettings settings;
    const QString name = settings.value(PrinterNameKey).toString();
    if (!name.isEmpty() && QPrinterInfo::availablePrinterNames().contains(name))
        printer->setPrinterName(name);
    const int duplex = settings.value(DuplexKey, int(QPrinter::DuplexNone)).toInt();
    if (duplex >= QPrinter::DuplexNone && duplex <= QPrinter::DuplexShortSide)
        printer->setDuplex(QPrinter::DuplexMode(duplex));
}

void CasePrinter::rememberPrinter(const QPrinter &printer)
{
    if (printer.outputFormat() != QPrinter::NativeFormat)
        return; // "print to file" is no printer to remember
    QSettings settings;
    settings.setValue(PrinterNameKey, printer.printerName());
    settings.setValue(DuplexKey, int(printer.duplex()));
}

std::optional<vd::Case> CasePrinter::load(const QString &caseNo)
{
    const auto found = m_db.cases().find(caseNo);
    if (!found) {
        report(found.error());
        return std::nullopt;
    }
    if (!found.value()) {
        MessageBox::warning(m_parent, tr("Print"), tr("There is no case with number %1.").arg(caseNo));
        return std::nullopt;
    }
    return found.value();
}

std::optional<vd::PrintContext> CasePrinter::context(vd::DocumentKind kind, const vd::Case &c)
{
    const auto ctx = vd::PrintSettings::context(m_db, kind, c);
    if (!ctx) {
        report(ctx.error());
        return std::nullopt;
    }
    return ctx.value();
}

void CasePrinter::report(const vd::Error &error)
{
    if (error.code == QLatin1String("document_not_available") || error.code == QLatin1String("document_not_applicable"))
        MessageBox::information(m_parent, tr("Print"), error.message);
    else
        MessageBox::critical(m_parent, tr("Print"), error.message);
}

bool CasePrinter::checked(vd::DocumentKind kind, const vd::Case &c, const vd::PrintContext &ctx)
{
    // Say why a document cannot be printed before a printer or preview dialog opens (with the
    // number it would get, so that a letter is checked as it will be printed).
    const auto planned = vd::PrintRecorder(m_db, vd::PrintSettings::currentClerk()).planned(kind, c, ctx);
    const vd::Status status = planned ? vd::PrintService::check(kind, c, planned.value()) : vd::Status(planned.error());
    if (!status)
        report(status.error());
    return status.ok();
}

bool CasePrinter::printLogged(vd::DocumentKind kind, const vd::Case &c, QPrinter *printer)
{
    const std::optional<vd::PrintContext> ctx = context(kind, c);
    if (!ctx)
        return false;
    // Clerk accounts (another issue) will give the logged-in clerk here.
    const auto logged = vd::PrintRecorder(m_db, vd::PrintSettings::currentClerk()).print(kind, c, *ctx, printer);
    if (!logged) {
        report(logged.error());
        return false;
    }
    recordIssued(kind, c);
    return true;
}

void CasePrinter::preview(const QString &caseNo, vd::DocumentKind kind)
{
    const std::optional<vd::Case> c = load(caseNo);
    if (!c)
        return;
    const std::optional<vd::PrintContext> ctx = context(kind, *c);
    if (!ctx || !checked(kind, *c, *ctx))
        return;
    const auto planned = vd::PrintRecorder(m_db, vd::PrintSettings::currentClerk()).planned(kind, *c, *ctx);
    if (!planned) {
        report(planned.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    restorePrinter(&printer);
    PrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(vd::documentTitle(kind)));
    std::optional<vd::Error> failure;
    dialog.setPainter([&](QPrinter *p) {
        const vd::Status status = vd::PrintService::print(kind, *c, planned.value(), p);
        if (!status && !failure)
            failure = status.error();
    });
    dialog.setPrintAction([&](QPrinter *p) {
        if (printLogged(kind, *c, p))
            rememberPrinter(*p);
    });
    DialogRunner::exec(&dialog);
    if (failure)
        report(*failure);
}

void CasePrinter::print(const QString &caseNo, vd::DocumentKind kind)
{
    const std::optional<vd::Case> c = load(caseNo);
    if (!c)
        return;
    const std::optional<vd::PrintContext> ctx = context(kind, *c);
    if (!ctx || !checked(kind, *c, *ctx))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(vd::documentTitle(kind));
    restorePrinter(&printer);
    QPrintDialog dialog(&printer, m_parent);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return;
    if (printLogged(kind, *c, &printer))
        rememberPrinter(printer);
}

int CasePrinter::printAll(const QString &caseNo)
{
    const std::optional<vd::Case> c = load(caseNo);
    if (!c)
        return 0;
    QList<vd::DocumentKind> printable;
    QStringList skipped;
    for (vd::DocumentKind kind : allDocuments()) {
        const auto ctx = vd::PrintSettings::context(m_db, kind, *c);
        if (!ctx) {
            report(ctx.error());
            return 0;
        }
        const auto planned = vd::PrintRecorder(m_db, vd::PrintSettings::currentClerk()).planned(kind, *c, ctx.value());
        const vd::Status s = planned ? vd::PrintService::check(kind, *c, planned.value()) : vd::Status(planned.error());
        if (s.ok()) {
            printable << kind;
        } else if (s.error().code != QLatin1String("document_not_available")
                   && s.error().code != QLatin1String("document_not_applicable")) {
            report(s.error()); // e.g. missing_glyph: the clerk must know before anything is printed
            return 0;
        } else {
            skipped << vd::documentTitle(kind);
        }
    }
    if (printable.isEmpty()) {
        MessageBox::information(m_parent, tr("Print"), tr("No document applies to this case."));
        return 0;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Documents of case %1").arg(caseNo));
    restorePrinter(&printer);
    QPrintDialog dialog(&printer, m_parent);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return 0;
    rememberPrinter(printer);
    int printed = 0;
    for (vd::DocumentKind kind : std::as_const(printable)) {
        printer.setDocName(vd::documentTitle(kind));
        if (!printLogged(kind, *c, &printer))
            break;
        ++printed;
    }
    return printed;
}

void CasePrinter::recordIssued(vd::DocumentKind kind, const vd::Case &c)
{
    // A one-time notice is recorded with the case: what the applicant was told, and when (issue 4).
    if (kind != vd::DocumentKind::Notice)
        return;
    const auto recorded =
        vd::NoticeRepository(m_db).record(c.caseNo, vd::OneTimeNotice::build(c, vd::PrintContext().printDate).toJson());
    if (!recorded)
        report(recorded.error());
}

QString CasePrinter::exportPdf(const QString &caseNo, vd::DocumentKind kind)
{
    const std::optional<vd::Case> c = load(caseNo);
    if (!c)
        return {};
    const std::optional<vd::PrintContext> ctx = context(kind, *c);
    if (!ctx || !checked(kind, *c, *ctx))
        return {};
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(QStringLiteral("%1-%2.pdf").arg(caseNo, vd::documentKey(kind)));
    const QString path =
        FileDialog::getSaveFileName(m_parent, tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const auto logged = vd::PrintRecorder(m_db, vd::PrintSettings::currentClerk()).writePdf(kind, *c, *ctx, path);
    if (!logged) {
        report(logged.error());
        return {};
    }
    recordIssued(kind, *c);
    return path;
}
