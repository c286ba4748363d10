#include "DraftRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "CaseJson.h"
#include "DataKey.h"
#include "Database.h"
#include "Normalizer.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {
const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");

QString context(const QString &draftId)
{
    return QStringLiteral("draft/") + draftId;
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

Status DraftRepository::save(const QString &draftId, const Case &c, const QString &owner)
{
    if (!m_db.dataKey().isValid())
        return StorageError::make(QStringLiteral("storage_locked"), QStringLiteral("数据密钥未解锁，草稿未保存"));
    const Result<QString> sealed = m_db.dataKey().seal(QString::fromUtf8(CaseJson::write(c)), context(draftId));
    if (!sealed)
        return sealed.error();
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString label = Normalizer::name(c.applicant.name).left(100);
    QSqlQuery update(db.value());
    update.prepare(QStringLiteral("UPDATE drafts SET owner = ?, label = ?, sealed = ?, updated_at = ? WHERE draft_id = ?"));
    update.addBindValue(nonNull(owner));
    update.addBindValue(nonNull(label));
    update.addBindValue(sealed.value());
    update.addBindValue(now);
    update.addBindValue(draftId);
    if (!update.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存草稿失败"), update.lastError());
    if (update.numRowsAffected() == 0) {
        QSqlQuery insert(db.value());
        insert.prepare(QStringLiteral("INSERT INTO drafts (draft_id, owner, label, sealed, updated_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(draftId);
        insert.addBindValue(nonNull(owner));
        insert.addBindValue(nonNull(label));
        insert.addBindValue(sealed.value());
        insert.addBindValue(now);
        if (!insert.exec())
            return StorageError::fromSql(WriteFailed, QStringLiteral("保存草稿失败"), insert.lastError());
    }
    return tx.commit();
}

Result<std::optional<Case>> DraftRepository::load(const QString &draftId) const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT sealed FROM drafts WHERE draft_id = ?"));
    q.addBindValue(draftId);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取草稿失败"), q.lastError());
    if (!q.next())
        return std::optional<Case>();
    const Result<QString> json = m_db.dataKey().open(q.value(0).toString(), context(draftId));
    CaseJson::ReadResult read;
    if (json)
        read = CaseJson::read(json.value().toUtf8());
    if (!json || hasErrors(read.findings))
        return StorageError::make(QStringLiteral("storage_corrupt_case"), QStringLiteral("草稿已损坏或无法用本库的密钥解密"));
    return std::optional<Case>(std::move(read.value));
}

Result<QList<DraftSummary>> DraftRepository::list(const QString &owner) const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT draft_id, owner, label, updated_at FROM drafts WHERE owner = ? "
                             "ORDER BY updated_at DESC"));
    q.addBindValue(nonNull(owner));
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取草稿失败"), q.lastError());
    QList<DraftSummary> out;
    while (q.next()) {
        DraftSummary d;
        d.draftId = q.value(0).toString();
        d.owner = q.value(1).toString();
        d.label = q.value(2).toString();
        d.updatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        out.append(d);
    }
    return out;
}

Status DraftRepository::remove(const QString &draftId)
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE draft_id = ?"));
    q.addBindValue(draftId);
    if (!q.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("删除草稿失败"), q.lastError());
    return tx.commit();
}

} // namespace vd
