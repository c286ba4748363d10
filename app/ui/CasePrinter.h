#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "Case.h"
#include "PrintService.h"

class QWidget;
namespace vd {
class Database;
}

/// Prints a stored case's documents from the GUI through vd::PrintService: preview
/// (QPrintPreviewDialog), printer (QPrintDialog) and PDF (file chooser + writePdf). Problems reach
/// the clerk as a message box: document_not_available as information, anything else as an error.
class CasePrinter {
    Q_DECLARE_TR_FUNCTIONS(CasePrinter)
public:
    /// `db` and `parent` must outlive the printer.
    CasePrinter(const vd::Database &db, QWidget *parent);

    /// Shows `kind` for case `caseNo` in a print preview.
    void preview(const QString &caseNo, vd::DocumentKind kind);
    /// Asks for a printer, then prints.
    void print(const QString &caseNo, vd::DocumentKind kind);
    /// Asks for a file name, then writes a PDF. Returns the path written, "" otherwise.
    QString exportPdf(const QString &caseNo, vd::DocumentKind kind);

private:
    std::optional<vd::Case> load(const QString &caseNo);
    bool checked(vd::DocumentKind kind, const vd::Case &c);
    void report(const vd::Error &error);
    /// Records an issued one-time notice with its case (NoticeRepository); other documents: nothing.
    void recordIssued(vd::DocumentKind kind, const vd::Case &c);

    const vd::Database &m_db;
    QWidget *m_parent;
};
