#include "PrintLogRepository.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "AuditLog.h"
#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {

const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");

Error invalid(const QString &message)
{
    return {QStringLiteral("print_request_invalid"), message};
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

Status checkRequest(const PrintRequest &r)
{
    if (r.caseNo.isEmpty() || r.caseNo.size() > 32 || hasControl(r.caseNo))
        return invalid(QStringLiteral("受理编号无效，无法记录打印。"));
    if (r.documentKey.isEmpty() || r.documentKey.size() > 40 || hasControl(r.documentKey))
        return invalid(QStringLiteral("文书名称无效，无法记录打印。"));
    if (r.printedBy.trimmed().isEmpty() || r.printedBy.size() > 100 || hasControl(r.printedBy))
        return invalid(QStringLiteral("经办人无效（1–100 个字符），无法记录打印。"));
    if (r.output != QLatin1String("printer") && r.output != QLatin1String("pdf"))
        return invalid(QStringLiteral("输出方式只能是打印机或 PDF。"));
    if (r.numbered) {
        if (r.prefix.trimmed().isEmpty() || r.prefix.size() > 40 || hasControl(r.prefix))
            return invalid(QStringLiteral("文号前缀无效（1–40 个字符），请在设置中填写。"));
        if (r.year < 1 || r.year > 9999)
            return invalid(QStringLiteral("文号年份无效。"));
    }
    return Status::success();
}

/// The first print of the document for the case, if any (its number is kept by reprints).
Result<std::optional<PrintLogEntry>> firstPrint(const QSqlDatabase &db, const PrintRequest &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT number_year, number_seq, letter_number FROM print_log "
                             "WHERE case_no = ? AND document_key = ? AND reprint = 0 ORDER BY printed_at"));
    q.addBindValue(r.caseNo);
    q.addBindValue(r.documentKey);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取打印记录失败"), q.lastError());
    if (!q.next())
        return std::optional<PrintLogEntry>();
    PrintLogEntry e;
    e.numberYear = q.value(0).isNull() ? 0 : q.value(0).toInt();
    e.numberSeq = q.value(1).isNull() ? 0 : q.value(1).toInt();
    e.letterNumber = q.value(2).toString();
    return std::optional<PrintLogEntry>(e);
}

Result<int> lastNumber(const QSqlDatabase &db, const QString &key, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT last_number FROM document_number_register WHERE document_key = ? AND number_year = ?"));
    q.addBindValue(key);
    q.addBindValue(year);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取文号登记失败"), q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QString> caseUuid(const QSqlDatabase &db, const QString &caseNo)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT uuid FROM cases WHERE case_no = ?"));
    q.addBindValue(caseNo);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
    if (!q.next()) {
        return Error{QStringLiteral("case_not_found"),
                     QStringLiteral("没有受理编号为“%1”的案件，无法记录打印。").arg(caseNo.left(40))};
    }
    return q.value(0).toString();
}

/// The entry record() would write now (number not yet taken).
Result<PrintLogEntry> assign(const QSqlDatabase &db, const PrintRequest &r)
{
    PrintLogEntry e;
    e.caseNo = r.caseNo;
    e.documentKey = r.documentKey;
    e.printedBy = r.printedBy;
    e.output = r.output;
    e.printedAt = QDateTime::currentDateTimeUtc();
    const auto first = firstPrint(db, r);
    if (!first)
        return first.error();
    if (first.value()) {
        e.reprint = true;
        e.numberYear = first.value()->numberYear;
        e.numberSeq = first.value()->numberSeq;
        e.letterNumber = first.value()->letterNumber;
        return e;
    }
    if (!r.numbered)
        return e;
    const Result<int> last = lastNumber(db, r.documentKey, r.year);
    if (!last)
        return last.error();
    if (last.value() >= PrintLogRepository::MaxSequence) {
        return Error{QStringLiteral("storage_sequence_exhausted"),
                     QStringLiteral("%1年的文号已用完（每年最多 %2 个）。").arg(r.year).arg(PrintLogRepository::MaxSequence)};
    }
    e.numberYear = r.year;
    e.numberSeq = last.value() + 1;
    e.letterNumber = PrintLogRepository::formatNumber(r.prefix.trimmed(), e.numberYear, e.numberSeq);
    return e;
}

QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

QString PrintLogRepository::formatNumber(const QString &prefix, int year, int sequence)
{
    return QStringLiteral("%1〔%2〕第%3号").arg(prefix).arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<PrintLogEntry> PrintLogRepository::plan(const PrintRequest &request) const
{
    if (Status s = checkRequest(request); !s)
        return s.error();
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    if (const auto uuid = caseUuid(connection.value(), request.caseNo); !uuid)
        return uuid.error();
    return assign(connection.value(), request);
}

Result<PrintLogEntry> PrintLogRepository::record(const PrintRequest &request, const OutputFunction &output)
{
    if (Status s = checkRequest(request); !s)
        return s.error();
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();

    // BEGIN IMMEDIATE: no other window or CLI can take a number until this one commits or rolls back.
    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();
    const Result<QString> uuid = caseUuid(db, request.caseNo);
    if (!uuid)
        return uuid.error();
    const Result<PrintLogEntry> assigned = assign(db, request);
    if (!assigned)
        return assigned.error();
    const PrintLogEntry &e = assigned.value();
    const QString what = QStringLiteral("记录打印失败，本次打印未登记");

    if (e.isNumbered() && !e.reprint) {
        QSqlQuery q(db);
        if (e.numberSeq == 1) {
            q.prepare(QStringLiteral("INSERT INTO document_number_register (document_key, number_year, last_number) "
                                     "VALUES (?, ?, 1)"));
            q.addBindValue(e.documentKey);
            q.addBindValue(e.numberYear);
        } else {
            q.prepare(QStringLiteral("UPDATE document_number_register SET last_number = ? "
                                     "WHERE document_key = ? AND number_year = ? AND last_number = ?"));
            q.addBindValue(e.numberSeq);
            q.addBindValue(e.documentKey);
            q.addBindValue(e.numberYear);
            q.addBindValue(e.numberSeq - 1);
        }
        if (!q.exec())
            return StorageError::fromSql(WriteFailed, what, q.lastError());
        if (q.numRowsAffected() != 1)
            return StorageError::make(WriteFailed, what + QStringLiteral("（文号登记已被改动）。"));
    }

    if (output) {
        if (Status painted = output(e); !painted)
            return painted.error(); // the transaction rolls back: the number is free again
    }

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO print_log (uuid, case_uuid, case_no, document_key, number_year, number_seq, letter_number, "
        "printed_by, printed_at, reprint, output) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(uuid.value());
    insert.addBindValue(e.caseNo);
    insert.addBindValue(e.documentKey);
    insert.addBindValue(nullableInt(e.numberYear));
    insert.addBindValue(nullableInt(e.numberSeq));
    insert.addBindValue(e.letterNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.letterNumber));
    insert.addBindValue(e.printedBy);
    insert.addBindValue(e.printedAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(e.reprint ? 1 : 0);
    insert.addBindValue(e.output);
    if (!insert.exec())
        return StorageError::fromSql(WriteFailed, what, insert.lastError());
    // The audit entry commits with the print: document, number, reprint and output; no personal data.
    const QString detail = QStringLiteral("%1 %2%3 %4")
                               .arg(e.documentKey, e.letterNumber, e.reprint ? QStringLiteral(" 补打") : QString(), e.output)
                               .simplified();
    if (Status s = AuditLog::append(db, m_db.actor(), {QStringLiteral("print"), e.caseNo, {}, detail}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<QList<PrintLogEntry>> PrintLogRepository::entries(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    QString sql = QStringLiteral("SELECT case_no, document_key, number_year, number_seq, letter_number, printed_by, "
                                 "printed_at, reprint, output FROM print_log");
    if (!caseNo.isEmpty())
        sql += QStringLiteral(" WHERE case_no = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY printed_at, uuid"));
    if (!caseNo.isEmpty())
        q.addBindValue(caseNo);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取打印记录失败"), q.lastError());
    QList<PrintLogEntry> out;
    while (q.next()) {
        PrintLogEntry e;
        e.caseNo = q.value(0).toString();
        e.documentKey = q.value(1).toString();
        e.numberYear = q.value(2).isNull() ? 0 : q.value(2).toInt();
        e.numberSeq = q.value(3).isNull() ? 0 : q.value(3).toInt();
        e.letterNumber = q.value(4).toString();
        e.printedBy = q.value(5).toString();
        e.printedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        e.reprint = q.value(7).toInt() != 0;
        e.output = q.value(8).toString();
        out << e;
    }
    return out;
}

} // namespace vd
