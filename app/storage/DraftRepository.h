#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "Case.h"
#include "Result.h"

namespace vd {

class Database;

/// One saved draft, for the "restore draft" offer (no personal data beyond the name as typed).
struct DraftSummary {
    QString draftId;
    QString owner;       ///< clerk login ("" before clerk accounts)
    QString label;       ///< applicant name as typed, or "" for an empty form
    QDateTime updatedAt; ///< UTC
};

/// Drafts of the case editor (table drafts, db/0006_security.sql): everything typed so far, saved
/// at most two seconds after each change and on close, so that a crash, a kill or a power cut
/// loses nothing (issue 6). The whole case JSON is sealed with SM4-GCM under the store's key
/// (DataKey::seal, bound to the draft id): drafts hold ID numbers and phones like cases do.
class DraftRepository {
public:
    explicit DraftRepository(const Database &db) : m_db(db) {}

    /// Saves (or replaces) draft `draftId` (any unique text, e.g. a UUID) in one transaction.
    /// Errors: storage_write_failed (disk full, read-only store …: the caller keeps the form and
    /// says so), storage_locked (no data key).
    Status save(const QString &draftId, const Case &c, const QString &owner);
    /// The draft `draftId`; std::nullopt when there is none. Errors: storage_read_failed,
    /// storage_corrupt_case (it does not open with the store's key).
    Result<std::optional<Case>> load(const QString &draftId) const;
    /// The drafts of `owner`, newest first. Errors: storage_read_failed.
    Result<QList<DraftSummary>> list(const QString &owner) const;
    /// Removes `draftId` (after acceptance, or when the clerk discards it); no error when absent.
    /// Errors: storage_write_failed.
    Status remove(const QString &draftId);

private:
    const Database &m_db;
};

} // namespace vd
