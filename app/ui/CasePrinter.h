#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "Case.h"
#include "PrintService.h"

class QPrinter;
class QWidget;
namespace vd {
class Database;
}

/// Prints a stored case's documents from the GUI. Every print and PDF goes through
/// vd::PrintRecorder (numbered from the register, logged, 补打 for a reprint) with the context from
/// the store's settings (vd::PrintSettings::context). Preview (PrintPreviewDialog: its Print button
/// prints through the log too), printer (QPrintDialog), PDF (file chooser) and the whole set of a
/// case (every applicable document on one printer). The chosen printer and duplex setting are
/// remembered per user (QSettings "printing/printerName", "printing/duplex"); paper and margins are
/// fixed by the documents (A4, full page). Problems reach the clerk as a message box:
/// document_not_available / document_not_applicable as information, anything else as an error.
class CasePrinter {
    Q_DECLARE_TR_FUNCTIONS(CasePrinter)
public:
    /// `db` and `parent` must outlive the printer.
    CasePrinter(const vd::Database &db, QWidget *parent);

    /// Shows `kind` for case `caseNo` in a print preview with the number it would get.
    void preview(const QString &caseNo, vd::DocumentKind kind);
    /// Asks for a printer, then prints and logs.
    void print(const QString &caseNo, vd::DocumentKind kind);
    /// Asks for a file name, then writes and logs a PDF. Returns the path written, "" otherwise.
    QString exportPdf(const QString &caseNo, vd::DocumentKind kind);
    /// Asks for a printer once, then prints every document that applies to the case (in the order of
    /// DocumentKind), each logged. Returns how many were printed.
    int printAll(const QString &caseNo);

    /// The documents of the window in print order.
    static QList<vd::DocumentKind> allDocuments();
    /// Applies the remembered printer name and duplex mode to `printer` (when that printer exists).
    static void restorePrinter(QPrinter *printer);
    /// Remembers `printer`'s name and duplex mode for the next print.
    static void rememberPrinter(const QPrinter &printer);

private:
    std::optional<vd::Case> load(const QString &caseNo);
    std::optional<vd::PrintContext> context(vd::DocumentKind kind, const vd::Case &c);
    bool checked(vd::DocumentKind kind, const vd::Case &c, const vd::PrintContext &ctx);
    bool printLogged(vd::DocumentKind kind, const vd::Case &c, QPrinter *printer);
    void report(const vd::Error &error);
    /// Records an issued one-time notice with its case (NoticeRepository); other documents: nothing.
    void recordIssued(vd::DocumentKind kind, const vd::Case &c);

    const vd::Database &m_db;
    QWidget *m_parent;
};
