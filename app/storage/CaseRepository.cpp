#include "CaseRepository.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "CaseJson.h"
#include "CitizenIdNumber.h"
#include "Database.h"
#include "Normalizer.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {

const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");
constexpr int MaxDailySequence = 9999;

/// A LIKE pattern matching `text` anywhere, with the wildcards in `text` escaped by '!'
/// (used with ESCAPE '!', which SQLite and PostgreSQL both understand).
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("!%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// A date column's value: ISO text, or SQL NULL for an invalid date.
QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType::fromType<QString>());
}

/// Takes the next number of the daily sequence of (`hall`, `date`) inside the caller's write
/// transaction: update first, insert when there was no row yet (portable, no upsert).
Result<int> nextSequence(const QSqlDatabase &db, const QString &hall, const QString &date)
{
    const QString what = QStringLiteral("生成受理编号失败");
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE case_sequence SET last_seq = last_seq + 1 "
                                  "WHERE hall_region = ? AND seq_date = ?"));
    update.addBindValue(hall);
    update.addBindValue(date);
    if (!update.exec())
        return StorageError::fromSql(WriteFailed, what, update.lastError());
    if (update.numRowsAffected() == 0) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO case_sequence (hall_region, seq_date, last_seq) VALUES (?, ?, 1)"));
        insert.addBindValue(hall);
        insert.addBindValue(date);
        if (!insert.exec())
            return StorageError::fromSql(WriteFailed, what, insert.lastError());
        return 1;
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT last_seq FROM case_sequence WHERE hall_region = ? AND seq_date = ?"));
    select.addBindValue(hall);
    select.addBindValue(date);
    if (!select.exec() || !select.next())
        return StorageError::fromSql(WriteFailed, what, select.lastError());
    return select.value(0).toInt();
}

} // namespace

QString CaseRepository::idNumberKey(const QString &idNumber)
{
    return Normalizer::idNumber(idNumber);
}

Result<QString> CaseRepository::add(const Case &c, const QString &hallRegion, const QDate &acceptedOn)
{
    static const QRegularExpression hallPattern(QStringLiteral("^[0-9]{6}$"));
    if (!hallPattern.match(hallRegion).hasMatch()) {
        return Error{QStringLiteral("storage_invalid_hall_region"),
                     QStringLiteral("本窗口的行政区划代码“%1”无效：应为六位数字（GB/T 2260），"
                                    "它是受理编号的第一部分。")
                         .arg(hallRegion.left(20))};
    }
    if (!acceptedOn.isValid())
        return Error{WriteFailed, QStringLiteral("受理日期无效，案件未保存。")};

    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();

    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();

    const Result<int> sequence = nextSequence(db, hallRegion, isoDate(acceptedOn));
    if (!sequence)
        return sequence.error();
    if (sequence.value() > MaxDailySequence) {
        return Error{QStringLiteral("storage_sequence_exhausted"),
                     QStringLiteral("本窗口今日受理编号已用完（每日最多 %1 件），案件未保存。").arg(MaxDailySequence)};
    }

    Case stored = c;
    stored.caseNo = QStringLiteral("%1-%2-%3")
                        .arg(hallRegion, acceptedOn.toString(QStringLiteral("yyyyMMdd")))
                        .arg(sequence.value(), 4, 10, QLatin1Char('0'));
    const QString idNumber = Normalizer::idNumber(stored.applicant.idNumber);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO cases (uuid, case_no, hall_region, status, revision, accepted_on, application_date, "
        "applicant_name, id_number_key, id_number_masked, case_json, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(stored.caseNo);
    insert.addBindValue(hallRegion);
    insert.addBindValue(statusAccepted());
    insert.addBindValue(isoDate(acceptedOn));
    insert.addBindValue(dateValue(stored.applicationDate));
    insert.addBindValue(Normalizer::name(stored.applicant.name));
    insert.addBindValue(idNumberKey(idNumber));
    insert.addBindValue(CitizenIdNumber::masked(idNumber));
    insert.addBindValue(QString::fromUtf8(CaseJson::write(stored)));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!insert.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存案件失败，案件未保存"), insert.lastError());

    if (Status s = tx.commit(); !s)
        return s.error();
    return stored.caseNo;
}

Result<QList<CaseSummary>> CaseRepository::list(const QString &search) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();

    QString sql =
        QStringLiteral("SELECT case_no, applicant_name, id_number_masked, status, application_date FROM cases");
    const QString needle = Normalizer::text(search);
    QString idKey;
    if (!needle.isEmpty()) {
        QString idNumber = Normalizer::idNumber(search);
        if (idNumber.size() == 15 && !CitizenIdNumber::from15(idNumber).isEmpty())
            idNumber = CitizenIdNumber::from15(idNumber); // stored numbers are the converted 18 digits
        idKey = idNumberKey(idNumber);
        sql += QStringLiteral(" WHERE applicant_name LIKE ? ESCAPE '!' OR case_no LIKE ? ESCAPE '!'"
                              " OR id_number_key = ?");
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, case_no DESC");

    QSqlQuery q(connection.value());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!needle.isEmpty()) {
        q.addBindValue(containsPattern(Normalizer::name(search)));
        q.addBindValue(containsPattern(needle.toUpper()));
        q.addBindValue(idKey);
    }
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件列表失败"), q.lastError());

    QList<CaseSummary> cases;
    while (q.next()) {
        CaseSummary s;
        s.caseNo = q.value(0).toString();
        s.name = q.value(1).toString();
        s.maskedIdNumber = q.value(2).toString();
        s.status = q.value(3).toString();
        s.applicationDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        cases.append(s);
    }
    if (q.lastError().isValid())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件列表失败"), q.lastError());
    return cases;
}

Result<std::optional<Case>> CaseRepository::find(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();

    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT case_no, case_json FROM cases WHERE case_no = ?"));
    q.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
        return std::optional<Case>();
    }
    const QString storedCaseNo = q.value(0).toString();
    CaseJson::ReadResult read = CaseJson::read(q.value(1).toString().toUtf8());
    if (hasErrors(read.findings)) {
        return Error{QStringLiteral("storage_corrupt_case"),
                     QStringLiteral("案件 %1 的存储内容已损坏，无法读取，请从备份恢复。").arg(storedCaseNo)};
    }
    read.value.caseNo = storedCaseNo;
    return std::optional<Case>(std::move(read.value));
}

Result<std::optional<CaseRepository::CaseKey>> CaseRepository::keyOf(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT uuid, case_no FROM cases WHERE case_no = ?"));
    q.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
        return std::optional<CaseKey>();
    }
    return std::optional<CaseKey>(CaseKey{q.value(0).toString(), q.value(1).toString()});
}

Result<std::optional<int>> CaseRepository::revisionOf(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT revision FROM cases WHERE case_no = ?"));
    q.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
}

Status CaseRepository::updateMaterials(const QString &caseNo, const QList<MaterialReceipt> &materials)
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;

    // Read and write under the same write lock: a concurrent change cannot slip in between.
    const Result<std::optional<Case>> found = find(caseNo);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error{QStringLiteral("case_not_found"),
                     QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60))};
    }
    Case updated = *found.value();
    updated.materials = materials;

    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE cases SET case_json = ?, revision = revision + 1, updated_at = ? "
                             "WHERE case_no = ?"));
    q.addBindValue(QString::fromUtf8(CaseJson::write(updated)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(updated.caseNo);
    if (!q.exec() || q.numRowsAffected() != 1)
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存材料接收情况失败，未作改动"), q.lastError());
    return tx.commit();
}

} // namespace vd
