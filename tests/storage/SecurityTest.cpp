// Personal data at rest, the audit chain, drafts and duplicates (issue 6).
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DraftRepository.h"
#include "SecretStore.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

Case fakeCase(const QString &name, int sequence)
{
    return test::withApplicant(test::loadExample(QStringLiteral("valid-full.json")), name,
                               test::fakeIdNumber(QStringLiteral("360102"), QDate(1998, 1, 2), sequence));
}

/// Every byte of the store's files (database, WAL, shared memory, journals).
QByteArray storeBytes(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("No ID number, phone, address or account number is in the store's files in clear", "[security]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    const Case c = fakeCase(QStringLiteral("测试甲"), 901);
    const auto no = db.value()->cases().add(c, QStringLiteral("360102"));
    REQUIRE(no.ok());
    REQUIRE(db.value()->drafts().save(QStringLiteral("d1"), c, QString()).ok());

    const QByteArray bytes = storeBytes(dir.path()); // while open: the WAL holds the newest pages
    REQUIRE(bytes.size() > 0);
    const QList<QString> secrets = {c.applicant.idNumber, c.applicant.phone, c.applicant.homeAddress,
                                    c.hukou.householderPhone, c.subsidyAccount.accountNumber,
                                    c.delivery.mailingAddress};
    for (const QString &secret : secrets) {
        REQUIRE_FALSE(secret.isEmpty());
        INFO("looking for a value of " << secret.size() << " characters");
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
    }
    // The name stays searchable and the masked number listable.
    CHECK(bytes.contains(QStringLiteral("测试甲").toUtf8()));

    // Search by the full number still finds the case (blind index), a part of it does not.
    CHECK(db.value()->cases().list(c.applicant.idNumber).value().size() == 1);
    CHECK(db.value()->cases().list(c.applicant.idNumber.left(10)).value().isEmpty());
    const auto back = db.value()->cases().find(no.value());
    REQUIRE(back.ok());
    REQUIRE(back.value().has_value());
    CHECK(back.value()->applicant == c.applicant);
    CHECK(back.value()->subsidyAccount == c.subsidyAccount);
}

TEST_CASE("A sealed field moved to another case or altered is detected, not shown", "[security]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    const QString a = db.value()->cases().add(fakeCase(QStringLiteral("测试甲"), 901), QStringLiteral("360102")).value();
    const QString b = db.value()->cases().add(fakeCase(QStringLiteral("测试乙"), 903), QStringLiteral("360102")).value();
    // Copy case a's stored JSON (with its sealed fields) over case b's.
    exec(*db.value(), QStringLiteral("UPDATE cases SET case_json = (SELECT case_json FROM cases WHERE case_no = '%1') "
                                     "WHERE case_no = '%2'").arg(a, b));
    const auto moved = db.value()->cases().find(b);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().code == QStringLiteral("storage_corrupt_case"));
    CHECK(db.value()->cases().find(a).ok());
}

TEST_CASE("The audit log chains every accept and finds the first changed, deleted or added entry", "[security][audit]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    db.setActor(QStringLiteral("clerk01"));
    for (int i = 0; i < 5; ++i)
        REQUIRE(db.cases().add(fakeCase(QStringLiteral("测试甲"), 901 + 2 * i), QStringLiteral("360102")).ok());
    REQUIRE(db.audit().record({QStringLiteral("login"), QString(), {}, QString()}).ok());

    auto verify = [&db] {
        const auto v = db.audit().verify();
        REQUIRE(v.ok());
        return v.value();
    };
    REQUIRE(verify().intact);
    CHECK(verify().entries == 6);
    const auto latest = db.audit().latest(10);
    REQUIRE(latest.ok());
    CHECK(latest.value().first().event.action == QStringLiteral("login"));
    CHECK(latest.value().last().event.action == QStringLiteral("accept"));
    CHECK(latest.value().last().actor == QStringLiteral("clerk01"));

    SECTION("one byte of one entry changed")
    {
        exec(db, QStringLiteral("UPDATE audit_log SET actor = 'clerk02' WHERE id = 3"));
        CHECK_FALSE(verify().intact);
        CHECK(verify().firstBadId == 3);
    }
    SECTION("an entry changed with its hash recomputed breaks the link to the next")
    {
        AuditEntry e = latest.value().at(3); // id 3
        REQUIRE(e.id == 3);
        e.event.detail = QStringLiteral("forged");
        exec(db, QStringLiteral("UPDATE audit_log SET detail = 'forged', hash = '%1' WHERE id = 3").arg(AuditLog::hashOf(e)));
        CHECK(verify().firstBadId == 4);
    }
    SECTION("a middle entry deleted")
    {
        exec(db, QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        CHECK_FALSE(verify().intact);
        CHECK(verify().firstBadId == 2);
    }
    SECTION("the last entry deleted")
    {
        exec(db, QStringLiteral("DELETE FROM audit_log WHERE id = 6"));
        CHECK_FALSE(verify().intact);
        CHECK(verify().firstBadId == 6);
    }
    SECTION("an entry added behind the program's back")
    {
        exec(db, QStringLiteral("INSERT INTO audit_log SELECT 7, at, actor, action, case_no, fields, detail, hash, hash "
                                "FROM audit_log WHERE id = 6"));
        CHECK_FALSE(verify().intact);
    }
    SECTION("appending goes on after a verified chain")
    {
        REQUIRE(db.audit().record({QStringLiteral("print"), QStringLiteral("X"), {}, QStringLiteral("receipt")}).ok());
        CHECK(verify().intact);
        CHECK(verify().entries == 7);
    }
}

TEST_CASE("A rolled-back accept leaves neither a case nor an audit entry", "[security][audit]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(db.value()->cases().add(fakeCase(QStringLiteral("测试甲"), 901), QStringLiteral("360102")).ok());
    // Make the audit insert fail: the case insert before it must be rolled back with it.
    exec(*db.value(), QStringLiteral("CREATE TABLE audit_block (x)"));
    exec(*db.value(), QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_away"));
    CHECK_FALSE(db.value()->cases().add(fakeCase(QStringLiteral("测试乙"), 903), QStringLiteral("360102")).ok());
    exec(*db.value(), QStringLiteral("ALTER TABLE audit_log_away RENAME TO audit_log"));
    CHECK(db.value()->cases().list().value().size() == 1);
    CHECK(db.value()->audit().verify().value().intact);
}

TEST_CASE("Drafts keep every field, sealed, and go when removed", "[security][drafts]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    DraftRepository drafts = db.value()->drafts();
    const Case c = fakeCase(QStringLiteral("测试甲"), 901);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(drafts.save(id, c, QStringLiteral("clerk01")).ok());
    Case changed = c;
    changed.applicant.phone = QStringLiteral("13800000001");
    REQUIRE(drafts.save(id, changed, QStringLiteral("clerk01")).ok()); // replaces, not adds
    REQUIRE(drafts.save(QStringLiteral("other"), Case(), QStringLiteral("clerk02")).ok());

    const auto mine = drafts.list(QStringLiteral("clerk01"));
    REQUIRE(mine.ok());
    REQUIRE(mine.value().size() == 1);
    CHECK(mine.value().first().label == QStringLiteral("测试甲"));
    const auto back = drafts.load(id);
    REQUIRE(back.ok());
    REQUIRE(back.value().has_value());
    CHECK(*back.value() == changed);
    CHECK_FALSE(drafts.load(QStringLiteral("missing")).value().has_value());

    // A draft's sealed text is bound to its id.
    exec(*db.value(), QStringLiteral("UPDATE drafts SET sealed = (SELECT sealed FROM drafts WHERE draft_id = '%1') "
                                     "WHERE draft_id = 'other'").arg(id));
    CHECK(drafts.load(QStringLiteral("other")).error().code == QStringLiteral("storage_corrupt_case"));

    REQUIRE(drafts.remove(id).ok());
    CHECK(drafts.list(QStringLiteral("clerk01")).value().isEmpty());
    CHECK(drafts.remove(id).ok());
}

TEST_CASE("An open case with the same ID number is found before a second is created", "[security][duplicates]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    const Case c = fakeCase(QStringLiteral("测试甲"), 901);
    CHECK(db.value()->cases().openCasesWithIdNumber(c.applicant.idNumber).value().isEmpty());
    const QString no = db.value()->cases().add(c, QStringLiteral("360102")).value();
    const auto dup = db.value()->cases().openCasesWithIdNumber(c.applicant.idNumber.toLower());
    REQUIRE(dup.ok());
    REQUIRE(dup.value().size() == 1);
    CHECK(dup.value().first().caseNo == no);
    CHECK(dup.value().first().maskedIdNumber.contains(QLatin1Char('*')));
    CHECK(db.value()->cases().openCasesWithIdNumber(fakeCase(QStringLiteral("测试乙"), 903).applicant.idNumber).value().isEmpty());
    CHECK(db.value()->cases().openCasesWithIdNumber(QString()).value().isEmpty());
    exec(*db.value(), QStringLiteral("UPDATE cases SET status = 'closed'"));
    CHECK(db.value()->cases().openCasesWithIdNumber(c.applicant.idNumber).value().isEmpty());
}

TEST_CASE("A new store and its folder are readable by their owner only", "[security]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/folder"));
    const QString path = folder + QStringLiteral("/store.sqlite");
    auto db = Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(db.value()->cases().add(fakeCase(QStringLiteral("测试甲"), 901), QStringLiteral("360102")).ok());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    CHECK((QFileInfo(path).permissions() & others) == 0);
    CHECK((QFileInfo(path + QStringLiteral("-wal")).permissions() & others) == 0);
    CHECK((QFileInfo(folder).permissions() & others) == 0);
}

TEST_CASE("Without a keychain an administrator passphrase protects the data key", "[keychain-fallback]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    MemorySecretStore none;
    none.setUnavailable(true);
    const QString passphrase = QStringLiteral("正确的管理员口令 horse battery");

    SECTION("no keychain and no choice: refused, with the alternative named")
    {
        const auto db = Database::open(path, {&none, QString(), false});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == QStringLiteral("keychain_unavailable"));
        CHECK(db.error().message.contains(QStringLiteral("管理员口令")));
    }
    SECTION("a short passphrase is refused")
    {
        const auto db = Database::open(path, {nullptr, QStringLiteral("short"), true});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == QStringLiteral("passphrase_too_short"));
    }
    SECTION("created with a passphrase, opened with it only")
    {
        QString caseNo;
        {
            auto db = Database::open(path, {nullptr, passphrase, true});
            REQUIRE(db.ok());
            const auto no = db.value()->cases().add(fakeCase(QStringLiteral("测试甲"), 901), QStringLiteral("360102"));
            REQUIRE(no.ok());
            caseNo = no.value();
        }
        CHECK(Database::open(path, {&none, QString(), false}).error().code == QStringLiteral("passphrase_required"));
        CHECK(Database::open(path, {nullptr, passphrase + QStringLiteral("x"), false}).error().code
              == QStringLiteral("passphrase_wrong"));
        auto db = Database::open(path, {nullptr, passphrase, false});
        REQUIRE(db.ok());
        const auto found = db.value()->cases().find(caseNo);
        REQUIRE(found.ok());
        REQUIRE(found.value().has_value());
        CHECK(found.value()->applicant.idNumber == fakeCase(QStringLiteral("测试甲"), 901).applicant.idNumber);
    }
}
