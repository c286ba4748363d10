#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

#include "Result.h"

namespace vd {

class Database;

/// One print or PDF of a document (table print_log, db/0004_print_log.sql).
struct PrintLogEntry {
    QString caseNo;       ///< 受理编号 of the printed case
    QString documentKey;  ///< PrintService documentKey, e.g. "settlement-letter"
    int numberYear = 0;   ///< the year in 〔〕; 0 for a document without a number
    int numberSeq = 0;    ///< the number in the year (7 in 第0007号); 0 without a number
    QString letterNumber; ///< as printed, e.g. 赣退役落字〔2024〕第0007号; "" without a number
    QString printedBy;    ///< the clerk
    QDateTime printedAt;  ///< UTC
    bool reprint = false; ///< 补打: the case had this document before; a numbered one keeps its number
    QString output;       ///< "printer" | "pdf"

    bool isNumbered() const { return numberSeq > 0; }
};

/// What is about to be printed (input of PrintLogRepository::record).
struct PrintRequest {
    QString caseNo;      ///< a stored case
    QString documentKey; ///< 1–40 characters
    bool numbered = false;
    QString prefix;      ///< numbered documents: e.g. 赣退役落字 (settings letterPrefix), 1–40 characters
    int year = 0;        ///< numbered documents: the year of a new number (the print date's), 1–9999
    QString printedBy;   ///< 1–100 characters
    QString output;      ///< "printer" | "pdf"
};

/// Letter numbers and the print log. A number is per document kind and year, from 1, gap-free and
/// never reused: record() takes it inside the transaction that writes the log row and runs the
/// output (PDF or printer) in between, so a failed output or a crash rolls the number back. A
/// case that already had the document gets a reprint (补打) with its first number.
class PrintLogRepository {
public:
    explicit PrintLogRepository(const Database &db) : m_db(db) {}

    /// Paints the document for one entry (number and reprint flag filled in); Ok or why not.
    using OutputFunction = std::function<Status(const PrintLogEntry &entry)>;

    /// In one write transaction: decides reprint or first print, takes the next number of
    /// (documentKey, year) for a first numbered print, calls `output`, writes the log row, commits.
    /// When `output` fails, nothing is written and its error is returned. Errors: print_request_invalid
    /// (a field of `request` out of range), case_not_found (no stored case with that number),
    /// storage_sequence_exhausted (more than 999999 numbers in a year), storage_write_failed,
    /// storage_open_failed, or the output's error.
    Result<PrintLogEntry> record(const PrintRequest &request, const OutputFunction &output);
    /// What record() would assign now, without taking anything (for a preview): the first print's
    /// number for a reprint, else the next free number. Errors: as record() except the output's.
    Result<PrintLogEntry> plan(const PrintRequest &request) const;
    /// The log of one case (every document), oldest first; all cases when `caseNo` is "".
    /// Errors: storage_read_failed, storage_open_failed.
    Result<QList<PrintLogEntry>> entries(const QString &caseNo = QString()) const;

    /// 赣退役落字〔2024〕第0007号: prefix, year in 〔〕 (U+3014/U+3015), number with at least four digits.
    static QString formatNumber(const QString &prefix, int year, int sequence);
    /// Largest number in one year of one document kind.
    static constexpr int MaxSequence = 999999;

private:
    const Database &m_db;
};

} // namespace vd
