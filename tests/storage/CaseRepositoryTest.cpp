// Cases in the store: round trips, case numbers, search, atomic writes, settings.
#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include <memory>

#include "CaseJson.h"
#include "CaseRepository.h"
#include "Database.h"
#include "SettingsRepository.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

const QString Hall = QStringLiteral("360112");
const QDate Day(2024, 9, 15);

/// A fresh store in its own temporary folder.
struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        INFO((opened.ok() ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    CaseRepository cases() const { return db->cases(); }
};

QString add(const Store &s, const Case &c, const QString &hall = Hall, const QDate &day = Day)
{
    const auto added = s.cases().add(c, hall, day);
    INFO((added.ok() ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    return added.value();
}

QStringList caseNumbers(const Store &s, const QString &search = QString())
{
    const auto list = s.cases().list(search);
    REQUIRE(list.ok());
    QStringList numbers;
    for (const CaseSummary &summary : list.value())
        numbers.append(summary.caseNo);
    return numbers;
}

int lastSequence(const Store &s, const QString &hall, const QDate &day)
{
    QSqlQuery q(s.db->connection());
    q.prepare(QStringLiteral("SELECT last_seq FROM case_sequence WHERE hall_region = ? AND seq_date = ?"));
    q.addBindValue(hall);
    q.addBindValue(day.toString(Qt::ISODate));
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toInt() : 0;
}

/// The example valid-full.json with a name outside the BMP and an obviously fake ID number.
Case rareNameCase()
{
    const QString id = test::fakeIdNumber(QStringLiteral("360121"), QDate(1998, 11, 2), 999);
    return test::withApplicant(test::loadExample(QStringLiteral("valid-full.json")), QStringLiteral("王𠈌"), id);
}

} // namespace

TEST_CASE("the fake ID numbers of the tests carry a correct check character", "[storage][fixtures]")
{
    // The published example number, recomputed: the helper agrees with GB 11643.
    CHECK(test::fakeIdNumber(QStringLiteral("360723"), QDate(1998, 11, 2), 471)
          == QStringLiteral("360723199811024715"));
    CHECK(test::fakeIdNumber(QStringLiteral("360121"), QDate(1998, 11, 2), 999).size() == 18);
}

TEST_CASE("a stored case reads back equal, with its case number", "[storage][cases]")
{
    Store s;
    const Case original = test::loadExample(QStringLiteral("valid-full.json"));
    const QString caseNo = add(s, original);
    CHECK(caseNo == QStringLiteral("360112-20240915-0001"));

    const auto found = s.cases().find(caseNo);
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    Case expected = original;
    expected.caseNo = caseNo;
    CHECK(*found.value() == expected);
    CHECK(CaseJson::write(*found.value()) == CaseJson::write(expected));

    const auto list = s.cases().list();
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    const CaseSummary &summary = list.value().first();
    CHECK(summary.caseNo == caseNo);
    CHECK(summary.name == QStringLiteral("陈志强"));
    CHECK(summary.maskedIdNumber == QStringLiteral("3607**********4715"));
    CHECK(summary.status == QStringLiteral("accepted"));
    CHECK(summary.applicationDate == QDate(2024, 9, 12));
}

TEST_CASE("a name outside the BMP survives the store intact", "[storage][cases]")
{
    Store s;
    const Case original = rareNameCase();
    REQUIRE(original.applicant.name.toUcs4().size() == 2); // 王 + U+2020C, one code point each
    const QString caseNo = add(s, original);

    const auto found = s.cases().find(caseNo);
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->applicant.name == QStringLiteral("王𠈌"));
    CHECK(found.value()->applicant.name.toUcs4() == original.applicant.name.toUcs4());
    Case expected = original;
    expected.caseNo = caseNo;
    CHECK(*found.value() == expected);

    CHECK(caseNumbers(s, QStringLiteral("𠈌")) == QStringList{caseNo});
    CHECK(caseNumbers(s, QStringLiteral("王𠈌")) == QStringList{caseNo});
    const auto list = s.cases().list();
    REQUIRE(list.ok());
    CHECK(list.value().first().name == QStringLiteral("王𠈌"));
}

TEST_CASE("case numbers run per hall and day, from 0001", "[storage][cases]")
{
    Store s;
    const Case c = test::loadExample(QStringLiteral("valid-minimal.json"));
    CHECK(add(s, c) == QStringLiteral("360112-20240915-0001"));
    CHECK(add(s, c) == QStringLiteral("360112-20240915-0002"));
    CHECK(add(s, c) == QStringLiteral("360112-20240915-0003"));
    CHECK(add(s, c, Hall, Day.addDays(1)) == QStringLiteral("360112-20240916-0001"));
    CHECK(add(s, c, QStringLiteral("360425"), Day) == QStringLiteral("360425-20240915-0001"));
    CHECK(add(s, c) == QStringLiteral("360112-20240915-0004"));
    CHECK(add(s, c, Hall, Day.addDays(1)) == QStringLiteral("360112-20240916-0002"));
    CHECK(lastSequence(s, Hall, Day) == 4);
}

TEST_CASE("two programs on one store never hand out the same case number", "[storage][cases][threads]")
{
    // The GUI and the CLI, or two threads: separate connections, one daily sequence.
    Store s;
    auto second = Database::open(s.db->path());
    REQUIRE(second.ok());
    const Case c = test::loadExample(QStringLiteral("valid-minimal.json"));
    constexpr int PerWriter = 15;

    QStringList fromWorker;
    QString workerError;
    QThread *worker = QThread::create([&] {
        for (int i = 0; i < PerWriter; ++i) {
            const auto added = second.value()->cases().add(c, Hall, Day);
            if (!added.ok()) {
                workerError = added.error().message;
                break;
            }
            fromWorker.append(added.value());
        }
        second.value()->releaseThreadConnection();
    });
    worker->start();
    QStringList fromMain;
    for (int i = 0; i < PerWriter; ++i)
        fromMain.append(add(s, c));
    REQUIRE(worker->wait(60000));
    delete worker;

    CHECK(workerError.toStdString() == std::string());
    const QStringList all = fromMain + fromWorker;
    CHECK(QSet<QString>(all.begin(), all.end()).size() == 2 * PerWriter);
    CHECK(lastSequence(s, Hall, Day) == 2 * PerWriter);
}

TEST_CASE("search matches part of the name or case number, or the full ID number", "[storage][cases]")
{
    Store s;
    const Case full = test::loadExample(QStringLiteral("valid-full.json"));
    const QString id2 = test::fakeIdNumber(QStringLiteral("360425"), QDate(1999, 7, 20), 998);
    const QString id3 = test::fakeIdNumber(QStringLiteral("360102"), QDate(2000, 1, 1), 997);
    const QString a = add(s, full);                                                          // 陈志强
    const QString b = add(s, test::withApplicant(full, QStringLiteral("李志明"), id2));      // shares 志
    const QString c = add(s, test::withApplicant(full, QStringLiteral("阿依古丽·买买提"), id3), Hall, Day.addDays(1));

    CHECK(caseNumbers(s) == (QStringList{c, b, a})); // newest first
    CHECK(caseNumbers(s, QStringLiteral("志强")) == QStringList{a});
    CHECK(caseNumbers(s, QStringLiteral("志")) == (QStringList{b, a}));
    CHECK(caseNumbers(s, QStringLiteral("  志明 ")) == QStringList{b});
    CHECK(caseNumbers(s, QStringLiteral("阿依古丽・买买提")) == QStringList{c}); // look-alike middle dot
    CHECK(caseNumbers(s, b) == QStringList{b});
    CHECK(caseNumbers(s, QStringLiteral("20240916")) == QStringList{c});
    CHECK(caseNumbers(s, QStringLiteral("-0002")) == QStringList{b});
    CHECK(caseNumbers(s, QStringLiteral("360723199811024715")) == QStringList{a});
    CHECK(caseNumbers(s, id2) == QStringList{b});
    // Typed with full-width digits, spaces or a lower-case x: normalised like entry.
    QString wide;
    for (const QChar ch : id3)
        wide += ch.isDigit() ? QChar(ch.unicode() - u'0' + 0xFF10) : ch.toLower();
    CHECK(caseNumbers(s, wide) == QStringList{c});
    CHECK(caseNumbers(s, QStringLiteral("360723 19981102 4715")) == QStringList{a});
    // A part of an ID number finds nothing: numbers are matched whole, never by fragment.
    CHECK(caseNumbers(s, QStringLiteral("19981102")).isEmpty());
    CHECK(caseNumbers(s, QStringLiteral("4715")).isEmpty());
    // LIKE wildcards typed by the clerk are literal characters.
    CHECK(caseNumbers(s, QStringLiteral("%")).isEmpty());
    CHECK(caseNumbers(s, QStringLiteral("_")).isEmpty());
    CHECK(caseNumbers(s, QStringLiteral("王五")).isEmpty());
    CHECK(caseNumbers(s, QStringLiteral("   ")).size() == 3);
}

TEST_CASE("finding an unknown case number yields nothing, not an error", "[storage][cases]")
{
    Store s;
    add(s, test::loadExample(QStringLiteral("valid-minimal.json")));
    const auto found = s.cases().find(QStringLiteral("360112-20240915-0099"));
    REQUIRE(found.ok());
    CHECK(!found.value().has_value());
    // A case number typed with full-width digits is found.
    const auto wide = s.cases().find(QStringLiteral("３６０１１２-２０２４０９１５-０００１"));
    REQUIRE(wide.ok());
    CHECK(wide.value().has_value());
}

TEST_CASE("a failed add stores nothing and consumes no case number", "[storage][cases]")
{
    Store s;
    const Case c = test::loadExample(QStringLiteral("valid-minimal.json"));

    SECTION("a hall region that is no six-digit code")
    {
        const QStringList badHalls = {QString(), QStringLiteral("36011"), QStringLiteral("36011X"),
                                      QStringLiteral("3601120")};
        for (const QString &hall : badHalls) {
            const auto added = s.cases().add(c, hall, Day);
            REQUIRE(!added.ok());
            CHECK(added.error().code == QStringLiteral("storage_invalid_hall_region"));
        }
        CHECK(caseNumbers(s).isEmpty());
        CHECK(add(s, c) == QStringLiteral("360112-20240915-0001"));
    }
    SECTION("the insert fails after the sequence was taken: the whole transaction rolls back")
    {
        // Occupy the next case number behind the repository's back.
        QSqlQuery q(s.db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO cases (uuid, case_no, hall_region, status, revision, accepted_on, applicant_name, "
            "id_number_key, id_number_masked, case_json, created_at, updated_at) VALUES ('u', '360112-20240915-0001', "
            "'360112', 'accepted', 1, '2024-09-15', 'x', 'k', 'm', '{}', '2024-09-15T00:00:00.000Z', "
            "'2024-09-15T00:00:00.000Z')")));
        const auto added = s.cases().add(c, Hall, Day);
        REQUIRE(!added.ok());
        CHECK(added.error().code == QStringLiteral("storage_write_failed"));
        CHECK(lastSequence(s, Hall, Day) == 0);
        CHECK(caseNumbers(s).size() == 1);
    }
}

TEST_CASE("a stored case whose JSON no longer reads is reported, not shown half", "[storage][cases]")
{
    Store s;
    const QString caseNo = add(s, test::loadExample(QStringLiteral("valid-minimal.json")));
    QSqlQuery q(s.db->connection());
    q.prepare(QStringLiteral("UPDATE cases SET case_json = ? WHERE case_no = ?"));
    q.addBindValue(QStringLiteral("{\"format\": \"veteran-desk/case\", \"version\": 1, \"oops\": true}"));
    q.addBindValue(caseNo);
    REQUIRE(q.exec());
    const auto found = s.cases().find(caseNo);
    REQUIRE(!found.ok());
    CHECK(found.error().code == QStringLiteral("storage_corrupt_case"));
}

TEST_CASE("settings are kept in the store", "[storage][settings]")
{
    Store s;
    SettingsRepository settings = s.db->settings();
    const auto missing = settings.value(QStringLiteral("hall_region"));
    REQUIRE(missing.ok());
    CHECK(!missing.value().has_value());

    REQUIRE(settings.setValue(QStringLiteral("hall_region"), QStringLiteral("360112")).ok());
    REQUIRE(settings.setValue(QStringLiteral("hall_region"), QStringLiteral("360121")).ok());
    const auto value = settings.value(QStringLiteral("hall_region"));
    REQUIRE(value.ok());
    REQUIRE(value.value().has_value());
    CHECK(*value.value() == QStringLiteral("360121"));

    auto reopened = Database::open(s.db->path());
    REQUIRE(reopened.ok());
    const auto kept = reopened.value()->settings().value(QStringLiteral("hall_region"));
    REQUIRE(kept.ok());
    CHECK(kept.value().value_or(QString()) == QStringLiteral("360121"));
}

TEST_CASE("the hall region numbering a case: the setting, else the placement region", "[storage][settings]")
{
    Store s;
    Case c;
    c.placementRegion = QStringLiteral("360425");
    SettingsRepository settings = s.db->settings();
    CHECK(settings.hallRegionFor(c).value() == QStringLiteral("360425"));
    REQUIRE(settings.setValue(QStringLiteral("hall_region"), QStringLiteral("360112")).ok());
    CHECK(settings.hallRegionFor(c).value() == QStringLiteral("360112"));
}
