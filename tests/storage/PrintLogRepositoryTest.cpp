// Letter numbers and the print log: gap-free, never reused, rolled back with a failed output and
// with a crash, reprints keep their number.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

#include "CaseRepository.h"
#include "Database.h"
#include "PrintLogRepository.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QStringList caseNos;

    explicit Store(int cases = 3, const KeyAccess &access = Database::defaultKeyAccess())
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(path(), access);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        const Case c = test::loadExample(QStringLiteral("valid-full.json"));
        for (int i = 0; i < cases; ++i) {
            const auto no = db->cases().add(c, QStringLiteral("360121"), QDate(2024, 9, 12));
            REQUIRE(no.ok());
            caseNos << no.value();
        }
    }
    QString path() const { return dir.filePath(QStringLiteral("store.sqlite")); }
};

PrintRequest letter(const QString &caseNo, int year = 2024)
{
    PrintRequest r;
    r.caseNo = caseNo;
    r.documentKey = QStringLiteral("settlement-letter");
    r.numbered = true;
    r.prefix = QStringLiteral("赣退役落字");
    r.year = year;
    r.printedBy = QStringLiteral("测试经办人");
    r.output = QStringLiteral("pdf");
    return r;
}

Status ok(const PrintLogEntry &)
{
    return Status::success();
}

} // namespace

TEST_CASE("numbers are formatted as official letters write them", "[storage][printlog]")
{
    CHECK(PrintLogRepository::formatNumber(QStringLiteral("赣退役落字"), 2024, 7) == QStringLiteral("赣退役落字〔2024〕第0007号"));
    CHECK(PrintLogRepository::formatNumber(QStringLiteral("赣退役落字"), 2024, 12345) == QStringLiteral("赣退役落字〔2024〕第12345号"));
}

TEST_CASE("numbers are gap-free per document kind and year, and a reprint keeps its number", "[storage][printlog]")
{
    Store store(30);
    PrintLogRepository log(*store.db);
    for (int i = 0; i < 25; ++i) {
        const auto e = log.record(letter(store.caseNos.at(i)), ok);
        REQUIRE(e.ok());
        CHECK(e.value().numberSeq == i + 1);
        CHECK_FALSE(e.value().reprint);
    }
    // Another kind and another year count on their own.
    PrintRequest party = letter(store.caseNos.at(0));
    party.documentKey = QStringLiteral("party-letter");
    party.prefix = QStringLiteral("赣退役组字");
    const auto p = log.record(party, ok);
    REQUIRE(p.ok());
    CHECK(p.value().letterNumber == QStringLiteral("赣退役组字〔2024〕第0001号"));
    const auto nextYear = log.record(letter(store.caseNos.at(25), 2025), ok);
    REQUIRE(nextYear.ok());
    CHECK(nextYear.value().letterNumber == QStringLiteral("赣退役落字〔2025〕第0001号"));

    // 补打: same number, flagged, even when printed in another year; the register does not move.
    const auto again = log.record(letter(store.caseNos.at(3), 2025), ok);
    REQUIRE(again.ok());
    CHECK(again.value().reprint);
    CHECK(again.value().letterNumber == QStringLiteral("赣退役落字〔2024〕第0004号"));
    const auto next = log.record(letter(store.caseNos.at(26)), ok);
    REQUIRE(next.ok());
    CHECK(next.value().numberSeq == 26);

    const auto all = log.entries();
    REQUIRE(all.ok());
    CHECK(all.value().size() == 29);
    const auto one = log.entries(store.caseNos.at(3));
    REQUIRE(one.ok());
    REQUIRE(one.value().size() == 2);
    CHECK_FALSE(one.value().at(0).reprint);
    CHECK(one.value().at(1).reprint);
    CHECK(one.value().at(1).printedBy == QStringLiteral("测试经办人"));
    CHECK(one.value().at(1).output == QStringLiteral("pdf"));
}

TEST_CASE("a failed output takes no number and logs nothing", "[storage][printlog]")
{
    Store store;
    PrintLogRepository log(*store.db);
    REQUIRE(log.record(letter(store.caseNos.at(0)), ok).ok());
    int calls = 0;
    const auto failed = log.record(letter(store.caseNos.at(1)), [&](const PrintLogEntry &e) -> Status {
        ++calls;
        CHECK(e.numberSeq == 2);
        return Error{QStringLiteral("print_write_failed"), QStringLiteral("打印机缺纸")};
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(calls == 1);
    CHECK(failed.error().code == QStringLiteral("print_write_failed"));
    // The number is free again: the next print gets 2, and the failed case is not a reprint.
    const auto retried = log.record(letter(store.caseNos.at(1)), ok);
    REQUIRE(retried.ok());
    CHECK(retried.value().numberSeq == 2);
    CHECK_FALSE(retried.value().reprint);
    CHECK(log.entries().value().size() == 2);
}

TEST_CASE("a crash while printing takes no number", "[storage][printlog]")
{
    // Two programs on one store share its key: here through an administrator passphrase.
    const QString passphrase = QStringLiteral("test-only passphrase 1234");
    Store store(3, {nullptr, passphrase, true});
    PrintLogRepository log(*store.db);
    REQUIRE(log.record(letter(store.caseNos.at(0)), ok).ok());
    store.db.reset(); // the helper is another program on the same file
    QProcess helper;
    helper.start(QStringLiteral(VD_PRINT_LOG_CRASH_HELPER), {store.path(), store.caseNos.at(1), passphrase});
    REQUIRE(helper.waitForFinished(30000));
    CHECK(helper.exitCode() == 42); // it died holding number 2

    auto reopened = Database::open(store.path(), {nullptr, passphrase, false});
    REQUIRE(reopened.ok());
    PrintLogRepository again(*reopened.value());
    const auto planned = again.plan(letter(store.caseNos.at(1)));
    REQUIRE(planned.ok());
    CHECK(planned.value().numberSeq == 2);
    const auto e = again.record(letter(store.caseNos.at(1)), ok);
    REQUIRE(e.ok());
    CHECK(e.value().numberSeq == 2);
    CHECK(again.entries().value().size() == 2);
}

TEST_CASE("plan() tells the number without taking it", "[storage][printlog]")
{
    Store store;
    PrintLogRepository log(*store.db);
    for (int i = 0; i < 3; ++i) {
        const auto p = log.plan(letter(store.caseNos.at(0)));
        REQUIRE(p.ok());
        CHECK(p.value().numberSeq == 1);
    }
    REQUIRE(log.record(letter(store.caseNos.at(0)), ok).ok());
    const auto p = log.plan(letter(store.caseNos.at(0)));
    REQUIRE(p.ok());
    CHECK(p.value().reprint);
    CHECK(p.value().numberSeq == 1);
}

TEST_CASE("documents without a number are logged, reprints flagged", "[storage][printlog]")
{
    Store store;
    PrintLogRepository log(*store.db);
    PrintRequest r = letter(store.caseNos.at(0));
    r.documentKey = QStringLiteral("registration-form");
    r.numbered = false;
    r.prefix.clear();
    r.output = QStringLiteral("printer");
    const auto first = log.record(r, ok);
    REQUIRE(first.ok());
    CHECK_FALSE(first.value().isNumbered());
    CHECK(first.value().letterNumber.isEmpty());
    const auto second = log.record(r, ok);
    REQUIRE(second.ok());
    CHECK(second.value().reprint);
    CHECK_FALSE(second.value().isNumbered());
}

TEST_CASE("bad print requests are refused before anything is written", "[storage][printlog]")
{
    Store store(1);
    PrintLogRepository log(*store.db);
    PrintRequest r = letter(store.caseNos.at(0));
    QString code = QStringLiteral("print_request_invalid");
    SECTION("unknown case") { r.caseNo = QStringLiteral("360121-20240912-9999"); code = QStringLiteral("case_not_found"); }
    SECTION("empty case number") { r.caseNo.clear(); }
    SECTION("huge case number") { r.caseNo = QStringLiteral("1").repeated(100000); }
    SECTION("empty document") { r.documentKey.clear(); }
    SECTION("no clerk") { r.printedBy = QStringLiteral("   "); }
    SECTION("clerk with a line break") { r.printedBy = QStringLiteral("甲\n乙"); }
    SECTION("huge clerk") { r.printedBy = QStringLiteral("甲").repeated(101); }
    SECTION("wrong output") { r.output = QStringLiteral("fax"); }
    SECTION("empty prefix") { r.prefix = QString(); }
    SECTION("hostile prefix") { r.prefix = QStringLiteral("赣\u202E落字"); }
    SECTION("year 0") { r.year = 0; }
    SECTION("year 10000") { r.year = 10000; }
    SECTION("SQL in the case number") { r.caseNo = QStringLiteral("x' OR '1'='1"); code = QStringLiteral("case_not_found"); }
    int calls = 0;
    const auto e = log.record(r, [&](const PrintLogEntry &) { ++calls; return Status::success(); });
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code == code);
    CHECK(calls == 0);
    CHECK(log.entries().value().isEmpty());
    CHECK(log.plan(letter(store.caseNos.at(0))).value().numberSeq == 1);
}

TEST_CASE("the register refuses a year beyond the last number", "[storage][printlog]")
{
    Store store(1);
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO document_number_register VALUES ('settlement-letter', 2024, 999999)")));
    }
    PrintLogRepository log(*store.db);
    const auto e = log.record(letter(store.caseNos.at(0)), ok);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code == QStringLiteral("storage_sequence_exhausted"));
}
