#include "SettingsRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {
const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");
} // namespace

Result<std::optional<QString>> SettingsRepository::value(const QString &name) const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取设置“%1”失败").arg(name), q.lastError());
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QList<QPair<QString, QString>>> SettingsRepository::all() const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT name, value FROM settings ORDER BY name")))
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取设置失败"), q.lastError());
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Status SettingsRepository::setValue(const QString &name, const QString &value)
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    // Update, else insert: portable where upserts are not (docs/DESIGN.md).
    QSqlQuery update(db.value());
    update.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE name = ?"));
    update.addBindValue(value);
    update.addBindValue(name);
    if (!update.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存设置“%1”失败").arg(name), update.lastError());
    if (update.numRowsAffected() == 0) {
        QSqlQuery insert(db.value());
        insert.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"));
        insert.addBindValue(name);
        insert.addBindValue(value);
        if (!insert.exec()) {
            return StorageError::fromSql(WriteFailed, QStringLiteral("保存设置“%1”失败").arg(name),
                                         insert.lastError());
        }
    }
    return tx.commit();
}

Result<QString> SettingsRepository::hallRegionFor(const Case &c) const
{
    const Result<std::optional<QString>> hall = value(QStringLiteral("hall_region"));
    if (!hall)
        return hall.error();
    if (hall.value().has_value() && !hall.value()->isEmpty())
        return *hall.value();
    return c.placementRegion;
}

} // namespace vd
