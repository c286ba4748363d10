#include "CaseRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "AuditLog.h"
#include "CaseJson.h"
#include "CitizenIdNumber.h"
#include "DataKey.h"
#include "Database.h"
#include "Normalizer.h"
#include "SettingsRepository.h"
#include "StorageError.h"
#include "Transaction.h"
#include "WorkflowRepository.h"

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

/// The summary at the current row of a query selecting case_no, applicant_name, id_number_masked,
/// status, application_date (in that order).
CaseSummary summaryFrom(const QSqlQuery &q)
{
    CaseSummary s;
    s.caseNo = q.value(0).toString();
    s.name = q.value(1).toString();
    s.maskedIdNumber = q.value(2).toString();
    s.status = q.value(3).toString();
    s.applicationDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    return s;
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

QString CaseRepository::idNumberKey(const QString &idNumber) const
{
    return m_db.dataKey().blindIndex(idNumber);
}

QString CaseRepository::canonicalIdNumber(const QString &text)
{
    QString idNumber = Normalizer::idNumber(text);
    if (idNumber.size() == 15 && !CitizenIdNumber::from15(idNumber).isEmpty())
        idNumber = CitizenIdNumber::from15(idNumber); // stored numbers are the converted 18 digits
    return idNumber;
}

namespace {

/// The case JSON as stored: sensitive fields sealed under the store's key, bound to `uuid`.
Result<QString> sealedJson(const Case &c, const DataKey &key, const QString &uuid)
{
    if (!key.isValid())
        return Error{QStringLiteral("storage_locked"), QStringLiteral("数据密钥未解锁，案件未保存")};
    const QJsonObject plain = CaseJson::toObject(c); // what write() prints, without the text round trip
    const Result<QJsonObject> sealed = SensitiveFields::seal(plain, key, uuid);
    if (!sealed)
        return sealed.error();
    return QString::fromUtf8(QJsonDocument(sealed.value()).toJson(QJsonDocument::Compact));
}

/// Writes the rows of table case_name_suffixes (db/0007_name_search.sql) for a stored case: one per
/// suffix of the normalised `name`, cut at code points like SQL substr. `insert` is prepared with
/// "INSERT INTO case_name_suffixes (suffix, case_no) VALUES (?, ?)".
bool insertNameSuffixes(QSqlQuery &insert, const QString &name, const QString &caseNo)
{
    const QList<uint> codePoints = name.toUcs4();
    for (qsizetype k = 0; k < codePoints.size(); ++k) {
        insert.addBindValue(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + k,
                                              codePoints.size() - k));
        insert.addBindValue(caseNo);
        if (!insert.exec())
            return false;
    }
    return true;
}

const QString InsertSuffix = QStringLiteral("INSERT INTO case_name_suffixes (suffix, case_no) VALUES (?, ?)");

/// Reads a stored case JSON (sealed fields opened); std::nullopt when it does not read.
std::optional<Case> openedCase(const QString &json, const DataKey &key, const QString &uuid)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const Result<QJsonObject> opened = SensitiveFields::open(doc.object(), key, uuid);
    if (!opened)
        return std::nullopt;
    CaseJson::ReadResult read = CaseJson::read(QJsonDocument(opened.value()).toJson(QJsonDocument::Compact));
    if (hasErrors(read.findings))
        return std::nullopt;
    return std::move(read.value);
}

} // namespace

Result<QString> CaseRepository::add(const Case &c, const QString &hallRegion, const QDate &acceptedOn,
                                    const QString &acceptToken)
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

    if (!acceptToken.isEmpty()) {
        QSqlQuery earlier(db);
        earlier.prepare(QStringLiteral("SELECT case_no FROM cases WHERE accept_token = ?"));
        earlier.addBindValue(acceptToken);
        if (!earlier.exec())
            return StorageError::fromSql(WriteFailed, QStringLiteral("保存案件失败，案件未保存"), earlier.lastError());
        if (earlier.next())
            return earlier.value(0).toString(); // already accepted: the same case, never a second
    }

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
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<QString> json = sealedJson(stored, m_db.dataKey(), uuid);
    if (!json)
        return json.error();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO cases (uuid, case_no, hall_region, status, revision, accepted_on, application_date, "
        "applicant_name, id_number_key, id_number_masked, case_json, created_at, updated_at, accept_token) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(uuid);
    insert.addBindValue(stored.caseNo);
    insert.addBindValue(hallRegion);
    insert.addBindValue(statusAccepted());
    insert.addBindValue(isoDate(acceptedOn));
    insert.addBindValue(dateValue(stored.applicationDate));
    insert.addBindValue(Normalizer::name(stored.applicant.name));
    insert.addBindValue(idNumberKey(idNumber));
    insert.addBindValue(CitizenIdNumber::masked(idNumber));
    insert.addBindValue(json.value());
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(acceptToken.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(acceptToken));
    if (!insert.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存案件失败，案件未保存"), insert.lastError());
    QSqlQuery suffixes(db);
    suffixes.prepare(InsertSuffix);
    if (!insertNameSuffixes(suffixes, Normalizer::name(stored.applicant.name), stored.caseNo))
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存案件失败，案件未保存"), suffixes.lastError());
    // Joint processing starts with acceptance, in the same transaction (issue 7).
    if (Status s = WorkflowRepository::startWithin(db, uuid, stored, acceptedOn); !s)
        return s.error();
    if (Status s = AuditLog::append(db, m_db.actor(), {QStringLiteral("accept"), stored.caseNo, {}, QString()}); !s)
        return s.error();

    if (Status s = tx.commit(); !s)
        return s.error();
    return stored.caseNo;
}

Result<QList<CaseSummary>> CaseRepository::list(const QString &search) const
{
    return listPage(search, 0, -1);
}

Result<QList<CaseSummary>> CaseRepository::listPage(const QString &search, int offset, int limit) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();

    // The search means what list() documents: a part of the name or case number, or the full ID
    // number. Which plan answers it depends on what the text can match (issue 9: a million cases):
    // a stored name holds no digits (Validator name_has_digits) and a case number holds only
    // digits and dashes (add() makes it HALL-YYYYMMDD-NNNN), so most texts can match only one of them.
    const QString needle = Normalizer::text(search);
    const QString upperNeedle = needle.toUpper();
    const QString namePart = Normalizer::name(search);
    const QString idNumber = canonicalIdNumber(search);
    static const QRegularExpression idShape(QStringLiteral("^[0-9]{17}[0-9X]$"));
    static const QRegularExpression caseNoChars(QStringLiteral("^[0-9-]+$"));
    static const QRegularExpression caseNoShape(QStringLiteral("^[0-9]{6}-[0-9]{8}-[0-9]{4}$"));
    // LIKE ignores the case of ASCII letters and the index does not: such texts take the scan.
    static const QRegularExpression digitOrLatin(QStringLiteral("[0-9A-Za-z]"));
    const bool fullIdNumber = idShape.match(idNumber).hasMatch()
                              && CitizenIdNumber::checkCharacter(idNumber.left(17)) == idNumber.at(17);
    enum class Plan { All, IdOnly, CaseNoExact, NameSuffixes, Scan } plan = Plan::Scan;
    if (needle.isEmpty())
        plan = Plan::All;
    else if (fullIdNumber)
        plan = Plan::IdOnly; // a full ID number is neither in a name nor in a case number
    else if (caseNoShape.match(upperNeedle).hasMatch())
        plan = Plan::CaseNoExact; // all case numbers have this length: contained means equal
    else if (!caseNoChars.match(upperNeedle).hasMatch() && !namePart.isEmpty() && !namePart.contains(digitOrLatin))
        plan = Plan::NameSuffixes; // cannot be in a case number; may be in names
    const QString suffixFrom = namePart;
    const QString suffixTo = namePart + QString::fromUcs4(U"\U0010FFFF"); // no name holds U+10FFFF
    if (plan == Plan::NameSuffixes) {
        // Few names hold the text: look them up through the index, then sort. Many: walking the cases
        // newest first finds a page of them soon, and sorting them all would not.
        constexpr int SelectiveLimit = 5000;
        QSqlQuery count(connection.value());
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM case_name_suffixes "
                                     "WHERE suffix >= ? AND suffix < ? LIMIT %1) AS found")
                          .arg(SelectiveLimit + 1));
        count.addBindValue(suffixFrom);
        count.addBindValue(suffixTo);
        if (!count.exec() || !count.next())
            return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件列表失败"), count.lastError());
        if (count.value(0).toInt() > SelectiveLimit)
            plan = Plan::Scan;
    }

    QString sql =
        QStringLiteral("SELECT case_no, applicant_name, id_number_masked, status, application_date FROM cases");
    switch (plan) {
    case Plan::All:
        break;
    case Plan::IdOnly:
        sql += QStringLiteral(" WHERE id_number_key = ?");
        break;
    case Plan::CaseNoExact:
        sql += QStringLiteral(" WHERE case_no = ? OR id_number_key = ?");
        break;
    case Plan::NameSuffixes:
        sql += QStringLiteral(" WHERE case_no IN (SELECT case_no FROM case_name_suffixes WHERE suffix >= ? AND suffix < ?)"
                              " OR id_number_key = ?");
        break;
    case Plan::Scan:
        sql += QStringLiteral(" WHERE applicant_name LIKE ? ESCAPE '!' OR case_no LIKE ? ESCAPE '!'"
                              " OR id_number_key = ?");
        break;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, case_no DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(qMax(0, offset));

    QSqlQuery q(connection.value());
    q.setForwardOnly(true);
    q.prepare(sql);
    const QString idKey = plan == Plan::All ? QString() : idNumberKey(idNumber);
    switch (plan) {
    case Plan::All:
        break;
    case Plan::IdOnly:
        q.addBindValue(idKey);
        break;
    case Plan::CaseNoExact:
        q.addBindValue(upperNeedle);
        q.addBindValue(idKey);
        break;
    case Plan::NameSuffixes:
        q.addBindValue(suffixFrom);
        q.addBindValue(suffixTo);
        q.addBindValue(idKey);
        break;
    case Plan::Scan:
        q.addBindValue(containsPattern(namePart));
        q.addBindValue(containsPattern(upperNeedle));
        q.addBindValue(idKey);
        break;
    }
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件列表失败"), q.lastError());

    QList<CaseSummary> cases;
    while (q.next()) {
        cases.append(summaryFrom(q));
    }
    if (q.lastError().isValid())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件列表失败"), q.lastError());
    return cases;
}

Result<QStringList> CaseRepository::addMany(const QList<ImportedCase> &cases, const QString &hallRegion)
{
    static const QRegularExpression hallPattern(QStringLiteral("^[0-9]{6}$"));
    if (!hallPattern.match(hallRegion).hasMatch()) {
        return Error{QStringLiteral("storage_invalid_hall_region"),
                     QStringLiteral("本窗口的行政区划代码“%1”无效：应为六位数字（GB/T 2260），"
                                    "它是受理编号的第一部分。")
                         .arg(hallRegion.left(20))};
    }
    for (const ImportedCase &imported : cases) {
        if (!imported.acceptedOn.isValid())
            return Error{WriteFailed, QStringLiteral("受理日期无效，案件未保存。")};
    }
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    // SQLite keeps 2 MB of pages by default; an import touches every index at random places (uuid,
    // blind index, name suffixes), so give this connection 64 MB while it runs (issue 9).
    struct PageCache {
        QSqlDatabase db;
        QVariant before;
        explicit PageCache(const QSqlDatabase &d) : db(d)
        {
            if (db.driverName() != QLatin1String("QSQLITE"))
                return;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
                before = q.value(0);
            q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        }
        ~PageCache()
        {
            if (before.isValid())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(before.toInt()));
        }
    } pageCache(db);
    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();

    const QString what = QStringLiteral("批量导入案件失败，案件均未保存");
    QHash<QString, int> lastSequence; // acceptance date → last number handed out in this import
    QHash<QString, bool> hadRow;      // acceptance date → case_sequence already had a row
    QSqlQuery readSequence(db);
    readSequence.prepare(QStringLiteral("SELECT last_seq FROM case_sequence WHERE hall_region = ? AND seq_date = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO cases (uuid, case_no, hall_region, status, revision, accepted_on, application_date, "
        "applicant_name, id_number_key, id_number_masked, case_json, created_at, updated_at, accept_token) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"));
    QSqlQuery suffixes(db);
    suffixes.prepare(InsertSuffix);
    QStringList numbers;
    numbers.reserve(cases.size());
    for (const ImportedCase &imported : cases) {
        const QString date = isoDate(imported.acceptedOn);
        if (!lastSequence.contains(date)) {
            readSequence.addBindValue(hallRegion);
            readSequence.addBindValue(date);
            if (!readSequence.exec())
                return StorageError::fromSql(WriteFailed, what, readSequence.lastError());
            const bool found = readSequence.next();
            lastSequence.insert(date, found ? readSequence.value(0).toInt() : 0);
            hadRow.insert(date, found);
            readSequence.finish();
        }
        const int sequence = ++lastSequence[date];
        if (sequence > MaxDailySequence) {
            return Error{QStringLiteral("storage_sequence_exhausted"),
                         QStringLiteral("%1 的受理编号已用完（每日最多 %2 件），案件均未保存。")
                             .arg(date)
                             .arg(MaxDailySequence)};
        }
        Case stored = imported.c;
        stored.caseNo = QStringLiteral("%1-%2-%3")
                            .arg(hallRegion, imported.acceptedOn.toString(QStringLiteral("yyyyMMdd")))
                            .arg(sequence, 4, 10, QLatin1Char('0'));
        const QString idNumber = Normalizer::idNumber(stored.applicant.idNumber);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Result<QString> json = sealedJson(stored, m_db.dataKey(), uuid);
        if (!json)
            return json.error();
        insert.addBindValue(uuid);
        insert.addBindValue(stored.caseNo);
        insert.addBindValue(hallRegion);
        insert.addBindValue(statusAccepted());
        insert.addBindValue(date);
        insert.addBindValue(dateValue(stored.applicationDate));
        insert.addBindValue(Normalizer::name(stored.applicant.name));
        insert.addBindValue(idNumberKey(idNumber));
        insert.addBindValue(CitizenIdNumber::masked(idNumber));
        insert.addBindValue(json.value());
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec())
            return StorageError::fromSql(WriteFailed, what, insert.lastError());
        if (!insertNameSuffixes(suffixes, Normalizer::name(stored.applicant.name), stored.caseNo))
            return StorageError::fromSql(WriteFailed, what, suffixes.lastError());
        if (Status s = WorkflowRepository::startWithin(db, uuid, stored, imported.acceptedOn); !s)
            return s.error();
        if (Status s = AuditLog::append(db, m_db.actor(), {QStringLiteral("accept"), stored.caseNo, {}, QString()}); !s)
            return s.error();
        numbers.append(stored.caseNo);
    }
    for (auto it = lastSequence.cbegin(); it != lastSequence.cend(); ++it) {
        QSqlQuery write(db);
        write.prepare(hadRow.value(it.key())
                          ? QStringLiteral("UPDATE case_sequence SET last_seq = ? WHERE hall_region = ? AND seq_date = ?")
                          : QStringLiteral("INSERT INTO case_sequence (last_seq, hall_region, seq_date) VALUES (?, ?, ?)"));
        write.addBindValue(it.value());
        write.addBindValue(hallRegion);
        write.addBindValue(it.key());
        if (!write.exec())
            return StorageError::fromSql(WriteFailed, what, write.lastError());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return numbers;
}

Result<std::optional<Case>> CaseRepository::find(const QString &caseNo) const
{
    const Result<std::optional<StoredCase>> stored = load(caseNo);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<Case>();
    return std::optional<Case>(std::move(stored.value()->value));
}

Result<std::optional<CaseRepository::StoredCase>> CaseRepository::load(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();

    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT case_no, case_json, uuid FROM cases WHERE case_no = ?"));
    q.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
        return std::optional<StoredCase>();
    }
    const QString storedCaseNo = q.value(0).toString();
    const QString uuid = q.value(2).toString();
    std::optional<Case> c = openedCase(q.value(1).toString(), m_db.dataKey(), uuid);
    if (!c) {
        return Error{QStringLiteral("storage_corrupt_case"),
                     QStringLiteral("案件 %1 的存储内容已损坏或无法用本库的密钥解密，无法读取，请从备份恢复。")
                         .arg(storedCaseNo)};
    }
    c->caseNo = storedCaseNo;
    return std::optional<StoredCase>(StoredCase{CaseKey{uuid, storedCaseNo}, std::move(*c)});
}

Result<QList<CaseSummary>> CaseRepository::openCasesWithIdNumber(const QString &idNumber) const
{
    const QString key = idNumberKey(canonicalIdNumber(idNumber));
    if (key.isEmpty())
        return QList<CaseSummary>();
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT case_no, applicant_name, id_number_masked, status, application_date FROM cases "
                             "WHERE id_number_key = ? AND status <> 'closed' ORDER BY created_at DESC"));
    q.addBindValue(key);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("查找重复案件失败"), q.lastError());
    QList<CaseSummary> out;
    while (q.next()) {
        out.append(summaryFrom(q));
    }
    return out;
}

Status CaseRepository::sealPlainCases()
{
    const QString done = QStringLiteral("cases_sealed");
    const auto flag = m_db.settings().value(done);
    if (!flag)
        return flag.error();
    if (flag.value() && *flag.value() == QLatin1String("1"))
        return Status::success();

    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT uuid, case_no, case_json FROM cases")))
        return StorageError::fromSql(WriteFailed, QStringLiteral("加密已有案件失败"), rows.lastError());
    while (rows.next()) {
        const QString uuid = rows.value(0).toString();
        const QString caseNo = rows.value(1).toString();
        const QJsonObject stored = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
        if (DataKey::isSealed(stored.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("id_number")).toString()))
            continue;
        CaseJson::ReadResult read = CaseJson::read(rows.value(2).toString().toUtf8());
        if (hasErrors(read.findings))
            return Error{QStringLiteral("storage_corrupt_case"),
                         QStringLiteral("案件 %1 的存储内容已损坏，无法加密，请从备份恢复。").arg(caseNo)};
        const Result<QString> json = sealedJson(read.value, m_db.dataKey(), uuid);
        if (!json)
            return json.error();
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE cases SET case_json = ?, id_number_key = ? WHERE uuid = ?"));
        update.addBindValue(json.value());
        update.addBindValue(idNumberKey(Normalizer::idNumber(read.value.applicant.idNumber)));
        update.addBindValue(uuid);
        if (!update.exec())
            return StorageError::fromSql(WriteFailed, QStringLiteral("加密已有案件失败"), update.lastError());
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, '1')"));
    mark.addBindValue(done);
    if (!mark.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("加密已有案件失败"), mark.lastError());
    return tx.commit();
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
    const Result<std::optional<StoredCase>> found = load(caseNo);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error{QStringLiteral("case_not_found"),
                     QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60))};
    }
    Case updated = found.value()->value;
    updated.materials = materials;
    const Result<QString> json = sealedJson(updated, m_db.dataKey(), found.value()->key.uuid);
    if (!json)
        return json.error();

    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE cases SET case_json = ?, revision = revision + 1, updated_at = ? "
                             "WHERE case_no = ?"));
    q.addBindValue(json.value());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(updated.caseNo);
    if (!q.exec() || q.numRowsAffected() != 1)
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存材料接收情况失败，未作改动"), q.lastError());
    if (Status s = AuditLog::append(db, m_db.actor(), {QStringLiteral("update"), updated.caseNo,
                                                       {QStringLiteral("materials")}, QString()});
        !s)
        return s;
    return tx.commit();
}

} // namespace vd
