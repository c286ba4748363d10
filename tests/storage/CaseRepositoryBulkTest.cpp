// Bulk import (CaseRepository::addMany) and the paged list (listPage) of issue 9: the same results
// as add() and list(), all or nothing, audited.
#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

#include "AuditLog.h"
#include "CaseRepository.h"
#include "CitizenIdNumber.h"
#include "Database.h"
#include "Normalizer.h"
#include "SyntheticCases.h"

using namespace vd;
namespace sc = vd::bench::SyntheticCases;

namespace {

const QString Hall = QStringLiteral("360112");
const QDate Day(2024, 9, 15);

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    int count(const QString &table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

QList<CaseRepository::ImportedCase> synthetic(int from, int to, const QDate &day = Day)
{
    QList<CaseRepository::ImportedCase> out;
    for (int i = from; i < to; ++i)
        out.append({sc::make(i), day});
    return out;
}

QStringList numbers(const QList<CaseSummary> &cases)
{
    QStringList out;
    for (const CaseSummary &c : cases)
        out.append(c.caseNo);
    return out;
}

} // namespace

TEST_CASE("addMany numbers, seals, starts and audits every case like add, in one transaction", "[storage][bulk]")
{
    Store s;
    const auto first = s.db->cases().add(sc::make(100), Hall, Day);
    REQUIRE(first.ok());
    REQUIRE(first.value() == Hall + QStringLiteral("-20240915-0001"));

    QList<CaseRepository::ImportedCase> batch = synthetic(0, 5);
    batch.append({sc::make(5), Day.addDays(1)});
    const auto added = s.db->cases().addMany(batch, Hall);
    REQUIRE(added.ok());
    CHECK(added.value() == QStringList({Hall + QStringLiteral("-20240915-0002"), Hall + QStringLiteral("-20240915-0003"),
                                        Hall + QStringLiteral("-20240915-0004"), Hall + QStringLiteral("-20240915-0005"),
                                        Hall + QStringLiteral("-20240915-0006"), Hall + QStringLiteral("-20240916-0001")}));
    CHECK(s.count(QStringLiteral("cases")) == 7);
    // The sequences continue after the import, for add() too.
    const auto next = s.db->cases().add(sc::make(101), Hall, Day);
    REQUIRE(next.ok());
    CHECK(next.value() == Hall + QStringLiteral("-20240915-0007"));
    const auto nextDay = s.db->cases().add(sc::make(102), Hall, Day.addDays(1));
    REQUIRE(nextDay.ok());
    CHECK(nextDay.value() == Hall + QStringLiteral("-20240916-0002"));

    // Each case reads back whole (sealed fields open), is found by its ID number, and is audited.
    const auto found = s.db->cases().find(added.value().at(2));
    REQUIRE(found.ok());
    REQUIRE(found.value());
    CHECK(found.value()->applicant.idNumber == sc::idNumber(2));
    CHECK(found.value()->applicant.name == sc::name(2));
    QSqlQuery raw(s.db->connection());
    REQUIRE(raw.exec(QStringLiteral("SELECT case_json FROM cases")));
    while (raw.next())
        CHECK_FALSE(raw.value(0).toString().contains(sc::idNumber(2)));
    CHECK(s.count(QStringLiteral("audit_log")) >= 9);
    const auto verified = s.db->audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified.value().entries >= 9);
    CHECK(verified.value().intact);
    // Workflow rows exist for the imported cases as for added ones.
    QSqlQuery items(s.db->connection());
    REQUIRE(items.exec(QStringLiteral("SELECT COUNT(DISTINCT case_uuid) FROM workflow_items")));
    REQUIRE(items.next());
    CHECK(items.value(0).toInt() == 9);
}

TEST_CASE("addMany stores nothing when one case cannot be stored", "[storage][bulk]")
{
    Store s;
    // 9,998 numbers already handed out today: the third imported case would need 10,000.
    QSqlQuery seed(s.db->connection());
    REQUIRE(seed.exec(QStringLiteral("INSERT INTO case_sequence (hall_region, seq_date, last_seq) "
                                     "VALUES ('360112', '2024-09-15', 9998)")));
    const auto added = s.db->cases().addMany(synthetic(0, 3), Hall);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == QStringLiteral("storage_sequence_exhausted"));
    CHECK(s.count(QStringLiteral("cases")) == 0);
    CHECK(s.count(QStringLiteral("audit_log")) == 0);
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT last_seq FROM case_sequence")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 9998);

    const auto badHall = s.db->cases().addMany(synthetic(0, 1), QStringLiteral("36011"));
    REQUIRE_FALSE(badHall.ok());
    CHECK(badHall.error().code == QStringLiteral("storage_invalid_hall_region"));
    const auto badDate = s.db->cases().addMany({{sc::make(0), QDate()}}, Hall);
    REQUIRE_FALSE(badDate.ok());
    CHECK(s.count(QStringLiteral("cases")) == 0);

    const auto none = s.db->cases().addMany({}, Hall);
    REQUIRE(none.ok());
    CHECK(none.value().isEmpty());
}

TEST_CASE("listPage gives list() in pages, for every kind of search", "[storage][bulk][search]")
{
    Store s;
    REQUIRE(s.db->cases().addMany(synthetic(0, 250), Hall).ok());
    for (const QString &search : {QString(), QStringLiteral("测试"), sc::name(7), sc::name(7).mid(3),
                                  QStringLiteral("-0001"), Hall + QStringLiteral("-20240915-0042"), sc::idNumber(9),
                                  sc::idNumber(9).toLower(), QStringLiteral("无此人"), QStringLiteral("%"),
                                  QStringLiteral("_"), QString(300, QLatin1Char('x'))}) {
        INFO(search.toStdString());
        const auto all = s.db->cases().list(search);
        REQUIRE(all.ok());
        QStringList paged;
        for (int offset = 0;; offset += 100) {
            const auto page = s.db->cases().listPage(search, offset, 100);
            REQUIRE(page.ok());
            CHECK(page.value().size() <= 100);
            paged += numbers(page.value());
            if (page.value().size() < 100)
                break;
        }
        CHECK(paged == numbers(all.value()));
    }
    CHECK(s.db->cases().list().value().size() == 250);
    CHECK(s.db->cases().listPage(QString(), 1000, 100).value().isEmpty());
    CHECK(s.db->cases().listPage(QString(), -5, 3).value().size() == 3);

    // A full ID number finds exactly its case (also typed with a lower-case x or spaces), masked.
    const auto byId = s.db->cases().listPage(sc::idNumber(9), 0, 200);
    REQUIRE(byId.ok());
    REQUIRE(byId.value().size() == 1);
    CHECK(byId.value().first().name == sc::name(9));
    CHECK(byId.value().first().maskedIdNumber == CitizenIdNumber::masked(sc::idNumber(9)));
    // A part of an ID number finds nothing (never a part of it).
    CHECK(s.db->cases().list(sc::idNumber(9).left(10)).value().isEmpty());
    // A name part finds every case whose name holds it.
    CHECK(s.db->cases().list(sc::name(7).mid(3)).value().size() >= 1);
}

TEST_CASE("every search plan finds exactly the cases whose name or case number holds the text", "[storage][search]")
{
    Store s;
    QList<CaseRepository::ImportedCase> batch = synthetic(0, 40);
    const QStringList special{QStringLiteral("王𠈌"), QStringLiteral("𠈌测试"), QStringLiteral("阿依古丽·测试"),
                              QStringLiteral("测试Maria"), QStringLiteral("测")};
    for (int k = 0; k < special.size(); ++k) {
        Case c = sc::make(40 + k);
        c.applicant.name = special.at(k);
        batch.append({c, Day.addDays(1)});
    }
    REQUIRE(s.db->cases().addMany(batch, Hall).ok());
    const QList<CaseSummary> all = s.db->cases().list().value();
    REQUIRE(all.size() == 45);

    for (const QString &text : {QStringLiteral("测试"), QStringLiteral("测"), QStringLiteral("𠈌"), QStringLiteral("王𠈌"),
                                QStringLiteral("试"), sc::name(3), sc::name(3).right(2), QStringLiteral("·"),
                                QStringLiteral("maria"), QStringLiteral("MARIA"), QStringLiteral("-2024"),
                                Hall + QStringLiteral("-20240916-0002"), QStringLiteral("20240916-0002"),
                                QStringLiteral("无此人"), QStringLiteral("测试甲乙丙丁戊己"), QStringLiteral(" 测 试 ")}) {
        INFO(text.toStdString());
        QStringList expected;
        // The definition (list(), spec/cli.md): a part of the name (LIKE: ASCII case ignored) or of the case number.
        const QString namePart = Normalizer::name(text);
        const QString caseNoPart = Normalizer::text(text).toUpper();
        for (const CaseSummary &c : all) {
            if (c.name.contains(namePart, Qt::CaseInsensitive) || c.caseNo.contains(caseNoPart))
                expected.append(c.caseNo);
        }
        const auto found = s.db->cases().listPage(text, 0, 1000);
        REQUIRE(found.ok());
        CHECK(numbers(found.value()) == expected);
    }
}

TEST_CASE("migration 0007 indexes the names of cases stored before it", "[storage][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        REQUIRE(opened.value()->cases().addMany(synthetic(0, 3), Hall).ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE case_name_suffixes")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    QSqlQuery q(reopened.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM case_name_suffixes")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3 * sc::name(0).size());
    const auto found = reopened.value()->cases().listPage(sc::name(1).mid(2), 0, 200);
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    CHECK(found.value().first().name == sc::name(1));
}
