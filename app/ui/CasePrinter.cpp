#include "CasePrinter.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTimer>

#include "CaseRepository.h"
#include "Database.h"
#include "DialogRunner.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "NoticeRepository.h"
#include "OneTimeNotice.h"

CasePrinter::CasePrinter(const vd::Database &db, QWidget *parent)
    : m_db(db)
    , m_parent(parent)
{
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

void CasePrinter::report(const vd::Error &error)
{
    if (error.code == QLatin1String("document_not_available") || error.code == QLatin1String("document_not_applicable"))
        MessageBox::information(m_parent, tr("Print"), error.message);
    else
        MessageBox::critical(m_parent, tr("Print"), error.message);
}

bool CasePrinter::checked(vd::DocumentKind kind, const vd::Case &c)
{
    // Say why a document cannot be printed before a printer or preview dialog opens.
    const vd::Status status = vd::PrintService::check(kind, c, vd::PrintContext());
    if (!status)
        report(status.error());
    return status.ok();
}

void CasePrinter::preview(const QString &caseNo, vd::DocumentKind kind)
{
    const std::optional<vd::Case> c = load(caseNo);
    if (!c || !checked(kind, *c))
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(vd::documentTitle(kind)));
    std::optional<vd::Error> failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        const vd::Status status = vd::PrintService::print(kind, *c, vd::PrintContext(), p);
        if (!status && !failure) {
            failure = status.error();
            // Nothing to preview: close and say why.
            QTimer::singleShot(0, &dialog, &QDialog::reject);
        }
    });
    DialogRunner::exec(&dialog);
    if (failure)
        report(*failure);
}

void CasePrinter::print(const QString &caseNo, vd::DocumentKind kind)
{
    const std::optional<vd::Case> c = load(caseNo);
    if (!c || !checked(kind, *c))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(vd::documentTitle(kind));
    QPrintDialog dialog(&printer, m_parent);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return;
    const vd::Status status = vd::PrintService::print(kind, *c, vd::PrintContext(), &printer);
    if (!status)
        report(status.error());
    else
        recordIssued(kind, *c);
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(QStringLiteral("%1-%2.pdf").arg(caseNo, vd::documentKey(kind)));
    const QString path =
        FileDialog::getSaveFileName(m_parent, tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const vd::Status status = vd::PrintService::writePdf(kind, *c, vd::PrintContext(), path);
    if (!status) {
        report(status.error());
        return {};
    }
    recordIssued(kind, *c);
    return path;
}
