#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "Case.h"
#include "Result.h"

namespace vd {

class Database;

/// One line of the case list (spec/cli.md `list`): never the full ID number.
struct CaseSummary {
    QString caseNo;
    QString name;
    QString maskedIdNumber; ///< CitizenIdNumber::masked()
    QString status;         ///< "accepted" (later: closed …)
    QDate applicationDate;
};

/// Cases in the store (table `cases`, db/0001_initial.sql). Every write is one transaction whose
/// commit is checked. The case JSON (spec/case-format.md) is the stored source of truth; name,
/// ID number key, dates and status are copied into indexed columns in the same transaction.
class CaseRepository {
public:
    explicit CaseRepository(const Database &db) : m_db(db) {}

    /// Status of a newly stored case.
    static QString statusAccepted() { return QStringLiteral("accepted"); }

    /// Stores a normalised, validated case as accepted and returns its new case number
    /// (受理编号, spec/case-format.md `case_no`): `hallRegion`-YYYYMMDD-NNNN, the acceptance date
    /// `acceptedOn` and a daily sequence from 0001 per hall and date, taken in the same transaction.
    /// A case_no already in `c` is replaced. Errors: storage_invalid_hall_region (`hallRegion` is
    /// not six digits), storage_sequence_exhausted (more than 9999 cases in a day),
    /// storage_write_failed, storage_open_failed — in every case nothing is stored.
    ///
    /// `acceptToken` (optional, e.g. the editor's draft id): a second add with the same token — a
    /// double click, a retry — stores nothing and returns the case number of the first.
    /// The accept is recorded in the audit log in the same transaction.
    Result<QString> add(const Case &c, const QString &hallRegion, const QDate &acceptedOn = QDate::currentDate(),
                        const QString &acceptToken = QString());
    /// Cases newest first; `search` (normalised like entry) matches part of the name or case number,
    /// or the full ID number (exact, never a part of it). Errors: storage_read_failed, storage_open_failed.
    Result<QList<CaseSummary>> list(const QString &search = QString()) const;
    /// One case with its case number; std::nullopt when there is none with that number.
    /// Errors: storage_read_failed, storage_corrupt_case (the stored JSON no longer reads, or a
    /// sealed field does not open with the store's key).
    Result<std::optional<Case>> find(const QString &caseNo) const;
    /// The cases not yet closed whose applicant has the ID number `idNumber` (any spelling entry
    /// accepts; 15-digit numbers converted), found through the blind index: shown before a second
    /// case for the same person is created (issue 6, duplicates). Errors: storage_read_failed.
    Result<QList<CaseSummary>> openCasesWithIdNumber(const QString &idNumber) const;
    /// Seals the sensitive fields of cases stored before the data key existed and replaces their
    /// ID number keys by blind indexes, in one transaction; does nothing (one settings read) once done.
    /// Called by Database::open. Errors: storage_write_failed, storage_corrupt_case.
    Status sealPlainCases();

    // Additions (issue 4, materials):

    /// The identity of a stored case: its uuid (which attachments and notices refer to) and number.
    struct CaseKey {
        QString uuid;
        QString caseNo;
    };
    /// The key of case `caseNo` (normalised like find); std::nullopt when there is none.
    /// Errors: storage_read_failed, storage_open_failed.
    Result<std::optional<CaseKey>> keyOf(const QString &caseNo) const;
    /// Replaces the receiving state (`materials`, spec/case-format.md) of stored case `caseNo`, e.g.
    /// when a deficient material is supplied later, in one checked transaction that adds 1 to
    /// `revision` and sets `updated_at`. The acceptance rule is the caller's (MaterialsAssessment).
    /// Errors: case_not_found, storage_corrupt_case, storage_write_failed, storage_open_failed.
    Status updateMaterials(const QString &caseNo, const QList<MaterialReceipt> &materials);
    /// The revision counter of case `caseNo` (1 after add); std::nullopt when there is none.
    Result<std::optional<int>> revisionOf(const QString &caseNo) const;

    // Additions (issue 9, performance):

    /// One case of a bulk import: the normalised, validated case and its acceptance date.
    struct ImportedCase {
        Case c;
        QDate acceptedOn;
    };
    /// Stores many cases as add() would, one by one in order (case numbers from each date's daily
    /// sequence, sensitive fields sealed, workflow started, one "accept" audit entry per case), but
    /// in ONE transaction with the statements prepared once: all are stored or none. Returns the
    /// case numbers in the order of `cases`. Errors: as add(), for the first case that fails
    /// (storage_sequence_exhausted names the date).
    Result<QStringList> addMany(const QList<ImportedCase> &cases, const QString &hallRegion);
    /// Rows [`offset`, `offset` + `limit`) of list(`search`), in the same order, for a list that
    /// loads as it scrolls (CaseListModel). Answered from indexes where the text allows (issue 9):
    /// a full ID number (only the blind index can match: names hold no digits, Validator
    /// name_has_digits, case numbers have dashes), a full case number, and a part of a name without
    /// ASCII letters held by at most 5,000 name suffixes (table case_name_suffixes, db/0007);
    /// other texts (a part of a case number, Latin letters, a very common name part) walk the cases
    /// newest first until the page is full.
    /// Errors: storage_read_failed, storage_open_failed.
    Result<QList<CaseSummary>> listPage(const QString &search, int offset, int limit) const;

private:
    /// A stored case with its key, read in one query.
    struct StoredCase {
        CaseKey key;
        Case value;
    };
    /// The case `caseNo` (sealed fields opened) with its uuid; std::nullopt when there is none.
    /// Errors: as find().
    Result<std::optional<StoredCase>> load(const QString &caseNo) const;
    /// The value stored in and searched against `id_number_key` for an ID number: its blind index
    /// (HMAC-SM3 under the store's key, DataKey::blindIndex), never the number.
    QString idNumberKey(const QString &idNumber) const;
    /// The normalised 18-character form of an ID number as typed or searched (15 digits converted).
    static QString canonicalIdNumber(const QString &text);

    const Database &m_db;
};

} // namespace vd
