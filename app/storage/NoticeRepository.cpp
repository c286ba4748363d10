#include "NoticeRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "CaseRepository.h"
#include "Database.h"
#include "Normalizer.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {

Result<QString> NoticeRepository::record(const QString &caseNo, const QJsonObject &content)
{
    const QString writeFailed = QStringLiteral("storage_write_failed");
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    Transaction tx(db, writeFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();
    const Result<std::optional<CaseRepository::CaseKey>> key = CaseRepository(m_db).keyOf(caseNo);
    if (!key)
        return key.error();
    if (!key.value()) {
        return Error{QStringLiteral("case_not_found"),
                     QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60))};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO one_time_notices (uuid, case_uuid, issued_at, content_json) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(key.value()->uuid);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return StorageError::fromSql(writeFailed, QStringLiteral("记录一次性告知书失败"), q.lastError());
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<NoticeRecord>> NoticeRepository::list(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT n.uuid, n.issued_at, n.content_json FROM one_time_notices n "
                             "JOIN cases c ON c.uuid = n.case_uuid WHERE c.case_no = ? ORDER BY n.issued_at, n.uuid"));
    q.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!q.exec())
        return StorageError::fromSql(QStringLiteral("storage_read_failed"), QStringLiteral("读取一次性告知书失败"),
                                     q.lastError());
    QList<NoticeRecord> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(),
                    QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    }
    return out;
}

} // namespace vd
