#include "StorageError.h"

namespace vd {

Error StorageError::fromSql(const QString &code, const QString &what, const QSqlError &sqlError)
{
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
