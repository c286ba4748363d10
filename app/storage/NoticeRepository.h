#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "Result.h"

namespace vd {

class Database;

/// One issued one-time notice (一次性告知书) as recorded with its case.
struct NoticeRecord {
    QString id;          ///< uuid
    QString issuedAt;    ///< UTC ISO 8601 with milliseconds
    QJsonObject content; ///< what the notice listed (OneTimeNotice::toJson in printing)
};

/// The one-time notices issued for cases (table `one_time_notices`, db/0003_materials.sql):
/// "printed from the case and recorded with it" (issue 4; 《行政许可法》第三十二条).
class NoticeRepository {
public:
    explicit NoticeRepository(const Database &db) : m_db(db) {}

    /// Records that a notice with `content` was issued now for case `caseNo`; returns its id.
    /// Errors: case_not_found, storage_write_failed, storage_open_failed.
    Result<QString> record(const QString &caseNo, const QJsonObject &content);
    /// The notices of a case, oldest first. Errors: storage_read_failed.
    Result<QList<NoticeRecord>> list(const QString &caseNo) const;

private:
    const Database &m_db;
};

} // namespace vd
