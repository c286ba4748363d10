#pragma once

#include <QString>

#include <functional>

#include "Case.h"
#include "PrintLogRepository.h"
#include "PrintService.h"
#include "Result.h"

class QPrinter;

namespace vd {

class Database;

/// Every print and PDF of a stored case goes through here: the document is checked, numbered
/// (PrintSettings::isNumbered kinds, per kind and year from the register) and logged in the
/// same transaction as the output (PrintLogRepository::record), so a failed print or a crash
/// leaves no gap and no number is used twice. A case that had the document before gets a reprint
/// (补打) with its first number, marked on the page. Use from the GUI thread (fonts).
class PrintRecorder {
public:
    /// `db` must outlive the recorder; `printedBy` is the clerk logged (PrintSettings::currentClerk
    /// until clerk accounts exist).
    PrintRecorder(const Database &db, QString printedBy);

    /// Writes `kind` of stored case `c` to `path` and logs it (output "pdf"). `ctx` usually from
    /// PrintSettings::context(); its letterNumber and reprint are replaced by the register's. The
    /// file appears only after the log row is committed. Errors: those of PrintService::writePdf and
    /// PrintLogRepository::record.
    Result<PrintLogEntry> writePdf(DocumentKind kind, const Case &c, const PrintContext &ctx, const QString &path);
    /// Prints on a configured printer and logs it (output "printer"). Same errors.
    Result<PrintLogEntry> print(DocumentKind kind, const Case &c, const PrintContext &ctx, QPrinter *printer);
    /// `ctx` with the number and reprint flag the next print would get (for a preview); nothing is
    /// taken. Errors: as PrintLogRepository::plan, setting reads.
    Result<PrintContext> planned(DocumentKind kind, const Case &c, const PrintContext &ctx) const;

private:
    Result<PrintRequest> request(DocumentKind kind, const Case &c, const PrintContext &ctx, const QString &output) const;
    using Output = std::function<Status(const PrintContext &numbered)>;
    Result<PrintLogEntry> run(DocumentKind kind, const Case &c, const PrintContext &ctx, const QString &output,
                              const Output &paint);

    const Database &m_db;
    QString m_printedBy;
};

} // namespace vd
