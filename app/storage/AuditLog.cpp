#include "AuditLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "Crypto.h"
#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {

const QString WriteFailed = QStringLiteral("storage_write_failed");
const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString GenesisHash = QString(64, QLatin1Char('0'));

/// The entry at the current row of a query selecting EntryColumns.
AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.event.action = q.value(3).toString();
    e.event.caseNo = q.value(4).toString();
    const QString fields = q.value(5).toString();
    e.event.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
    e.event.detail = q.value(6).toString();
    e.previousHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

/// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString AuditLog::hashOf(const AuditEntry &e)
{
    const QJsonArray canonical = {QString::number(e.id), e.at, e.actor, e.event.action, e.event.caseNo,
                                  QJsonArray::fromStringList(e.event.fields), e.event.detail, e.previousHash};
    return Crypto::sm3Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

Status AuditLog::append(QSqlDatabase connection, const QString &actor, const AuditEvent &event)
{
    QSqlQuery head(connection);
    if (!head.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")))
        return StorageError::fromSql(WriteFailed, QStringLiteral("读取审计日志失败"), head.lastError());
    AuditEntry e;
    e.previousHash = GenesisHash;
    e.id = 1;
    const bool hasHead = head.next();
    if (hasHead) {
        e.id = head.value(0).toLongLong() + 1;
        e.previousHash = head.value(1).toString();
    }
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.actor = actor;
    e.event = event;
    e.hash = hashOf(e);

    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, case_no, fields, detail, "
                                  "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(e.id);
    insert.addBindValue(text(e.at));
    insert.addBindValue(text(e.actor));
    insert.addBindValue(text(e.event.action));
    insert.addBindValue(text(e.event.caseNo));
    insert.addBindValue(text(e.event.fields.join(QLatin1Char(','))));
    insert.addBindValue(text(e.event.detail));
    insert.addBindValue(text(e.previousHash));
    insert.addBindValue(text(e.hash));
    if (!insert.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("写入审计日志失败"), insert.lastError());

    QSqlQuery update(connection);
    update.prepare(hasHead ? QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")
                           : QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)"));
    update.addBindValue(e.id);
    update.addBindValue(e.hash);
    if (!update.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("写入审计日志失败"), update.lastError());
    return Status::success();
}

Status AuditLog::record(const AuditEvent &event)
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = append(db.value(), m_db.actor(), event); !s)
        return s;
    return tx.commit();
}

Result<AuditVerification> AuditLog::verify() const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    AuditVerification result;
    auto bad = [&result](qint64 id, const QString &reason) {
        result.intact = false;
        result.firstBadId = id;
        result.reason = reason;
        return result;
    };
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action, case_no, fields, detail, previous_hash, hash "
                               "FROM audit_log ORDER BY id")))
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取审计日志失败"), q.lastError());
    qint64 expectedId = 1;
    QString previousHash = GenesisHash;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        if (e.id != expectedId)
            return bad(expectedId, QStringLiteral("第 %1 条记录缺失（下一条是第 %2 条）").arg(expectedId).arg(e.id));
        if (e.previousHash != previousHash)
            return bad(e.id, QStringLiteral("第 %1 条记录与前一条记录接不上（前一条被改动或删除）").arg(e.id));
        if (hashOf(e) != e.hash)
            return bad(e.id, QStringLiteral("第 %1 条记录内容被改动").arg(e.id));
        previousHash = e.hash;
        ++expectedId;
        ++result.entries;
    }
    QSqlQuery head(db.value());
    if (!head.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")))
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取审计日志失败"), head.lastError());
    const qint64 lastId = head.next() ? head.value(0).toLongLong() : 0;
    const QString lastHash = lastId > 0 ? head.value(1).toString() : GenesisHash;
    if (lastId != result.entries)
        return bad(result.entries + 1, QStringLiteral("审计日志末尾缺少记录（应有 %1 条，实有 %2 条）")
                                           .arg(lastId)
                                           .arg(result.entries));
    if (lastHash != previousHash)
        return bad(lastId, QStringLiteral("第 %1 条记录（最后一条）被改动").arg(lastId));
    return result;
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    const Result<QSqlDatabase> db = m_db.checkedConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT id, at, actor, action, case_no, fields, detail, previous_hash, hash "
                             "FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取审计日志失败"), q.lastError());
    QList<AuditEntry> out;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        out.append(e);
    }
    return out;
}

} // namespace vd
