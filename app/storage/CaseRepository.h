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

/// Cases in the store. Every write is one transaction whose commit is checked.
class CaseRepository {
public:
    explicit CaseRepository(const Database &db) : m_db(db) {}

    /// Stores a normalised, validated case as accepted and returns its new case number
    /// (受理编号, spec/case-format.md `case_no`): `hallRegion`-YYYYMMDD-NNNN, the acceptance date
    /// `acceptedOn` and a daily sequence from 0001 per hall and date, taken in the same transaction.
    /// Errors: storage_write_failed (nothing stored).
    Result<QString> add(const Case &c, const QString &hallRegion, const QDate &acceptedOn = QDate::currentDate());
    /// Cases newest first; `search` (normalised like entry) matches part of the name or case number,
    /// or the full ID number. Errors: storage_read_failed.
    Result<QList<CaseSummary>> list(const QString &search = QString()) const;
    /// One case with its case number; std::nullopt when there is none with that number.
    Result<std::optional<Case>> find(const QString &caseNo) const;

private:
    const Database &m_db;
};

} // namespace vd
