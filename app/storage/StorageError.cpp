#include "StorageError.h"

#include "SqlDialect.h"

namespace vd {

Error StorageError::fromSql(const QString &code, const QString &what, const QSqlError &sqlError)
{
    // A known cause first, in words a clerk can act on (SQLite only, the embedded default).
    const QString cause = SqlDialect(QStringLiteral("QSQLITE")).explain(sqlError);
    if (!cause.isEmpty())
        return {code, QStringLiteral("%1：%2。").arg(what, cause)};
    const QString detail = sqlError.text().trimmed();
    if (detail.isEmpty())
        return {code, what + QStringLiteral("。")};
    return {code, QStringLiteral("%1（%2）。").arg(what, detail)};
}

Error StorageError::make(const QString &code, const QString &message)
{
    return {code, message};
}

} // namespace vd
