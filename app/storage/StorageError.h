#pragma once

#include <QSqlError>
#include <QString>

#include "Result.h"

namespace vd {

/// Builds the storage layer's errors (vd::Error) from driver errors, in one style: a stable code,
/// a Chinese sentence saying what failed, and the driver's own text in brackets for the
/// administrator. Driver texts name tables and constraints, never values, so no personal data
/// reaches the message.
class StorageError {
public:
    /// `code` e.g. "storage_write_failed"; `what` Chinese, e.g. "保存案件失败".
    static Error fromSql(const QString &code, const QString &what, const QSqlError &sqlError);
    /// An error without a driver error.
    static Error make(const QString &code, const QString &message);
};

} // namespace vd
