// veteran-desk-bench: the performance budget of issue 9 (README "Performance").
//
// Prints one JSON object per line and figure: name, value, unit, floor (the same work done the
// plainest way, measured in the same run on the same machine), ratio (value / floor), target, pass.
// Run it through tests/bench/run-bench.sh, which gives it a keychain (the stores keep their data
// key there) that survives between runs, so the generated stores cached under --cache are reused.
//
//   veteran-desk-bench [--max-cases N] [--cache DIR] [--runs N]
//
// --max-cases (default 1000000): the largest store generated; sizes above it are skipped and the
// figures that want them use the largest one made. Stores of 10,000, 100,000 and 1,000,000 cases are
// built once (each from a copy of the one before) and cached as DIR/store-N.sqlite.
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include "CaseRepository.h"
#include "Crypto.h"
#include "Database.h"
#include "MaterialsChecklist.h"
#include "Normalizer.h"
#include "PrintService.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "SyntheticCases.h"
#include "Validator.h"

using namespace vd;
namespace sc = vd::bench::SyntheticCases;

namespace {

const QString Hall = QStringLiteral("360121");
constexpr int CaseListPage = 200; // CaseListModel::PageSize

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, static_cast<size_t>(p / 100.0 * static_cast<double>(v.size())));
    return v[at];
}

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

/// Prints one figure. `maxRatio` > 0: pass when value/floor ≤ maxRatio; `maxValue` > 0: pass when
/// value < maxValue; both may apply.
void report(const QString &name, double value, const QString &unit, double floor, double maxRatio, double maxValue,
            const QString &note = QString())
{
    QJsonObject o;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("value")] = qRound64(value * 1000) / 1000.0;
    o[QStringLiteral("unit")] = unit;
    o[QStringLiteral("floor")] = qRound64(floor * 1000) / 1000.0;
    const double ratio = floor > 0 ? value / floor : 0;
    o[QStringLiteral("ratio")] = qRound64(ratio * 100) / 100.0;
    QStringList target;
    bool pass = true;
    if (maxRatio > 0) {
        target << QStringLiteral("ratio<=%1").arg(maxRatio);
        pass = pass && ratio <= maxRatio;
    }
    if (maxValue > 0) {
        target << QStringLiteral("value<%1").arg(maxValue);
        pass = pass && value < maxValue;
    }
    o[QStringLiteral("target")] = target.isEmpty() ? QStringLiteral("none (informative)") : target.join(QLatin1Char(' '));
    if (!target.isEmpty())
        o[QStringLiteral("pass")] = pass;
    if (!note.isEmpty())
        o[QStringLiteral("note")] = note;
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void progress(const QString &text)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(text));
}

[[noreturn]] void fail(const QString &text)
{
    std::fprintf(stderr, "bench: FAILED: %s\n", qPrintable(text));
    std::exit(1);
}

std::unique_ptr<Database> openStore(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        fail(path + QStringLiteral(": ") + opened.error().message);
    return std::move(opened).value();
}

/// The acceptance date of synthetic case `i` in generated stores: 5,000 a day (the daily sequence
/// allows 9,999).
QDate acceptedOnFor(int i)
{
    return QDate(2015, 1, 1).addDays(i / 5000);
}

/// Adds synthetic cases [from, to) to `db` through CaseRepository::addMany, 10,000 per transaction.
void fill(Database &db, int from, int to)
{
    constexpr int Chunk = 10000;
    for (int start = from; start < to; start += Chunk) {
        QList<CaseRepository::ImportedCase> batch;
        for (int i = start; i < std::min(to, start + Chunk); ++i)
            batch.append({sc::make(i), acceptedOnFor(i)});
        const auto added = db.cases().addMany(batch, Hall);
        if (!added)
            fail(added.error().message);
        progress(QStringLiteral("generated %1 of %2 cases").arg(std::min(to, start + Chunk)).arg(to));
    }
}

/// The cached store of `n` cases, built when missing (from a copy of the next smaller cached one).
QString ensureStore(const QString &cache, int n)
{
    const QString path = cache + QStringLiteral("/store-%1.sqlite").arg(n);
    const QString done = path + QStringLiteral(".complete");
    if (QFile::exists(done) && QFile::exists(path))
        return path;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    int have = 0;
    for (int smaller : {100000, 10000}) {
        const QString from = cache + QStringLiteral("/store-%1.sqlite").arg(smaller);
        if (smaller < n && QFile::exists(from + QStringLiteral(".complete"))) {
            if (!QFile::copy(from, path))
                fail(QStringLiteral("cannot copy ") + from);
            have = smaller;
            break;
        }
    }
    progress(QStringLiteral("building %1 (from %2 cases)").arg(path).arg(have));
    {
        auto db = openStore(path);
        if (Status s = db->settings().setValue(SettingKeys::setupCompleted(), QStringLiteral("1")); !s)
            fail(s.error().message);
        fill(*db, have, n);
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile marker(done);
    if (!marker.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write ") + done);
    return path;
}

/// A bare SQLite file with the connection settings of the store (WAL, synchronous=FULL,
/// foreign_keys, secure_delete) and a `cases` table of the same columns without secondary indexes.
struct BareSqlite {
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    explicit BareSqlite(const QString &path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            fail(QStringLiteral("bare sqlite open"));
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA secure_delete = ON");
        exec("CREATE TABLE cases (uuid TEXT PRIMARY KEY, case_no TEXT, hall_region TEXT, status TEXT, revision INTEGER, "
             "accepted_on TEXT, application_date TEXT, applicant_name TEXT, id_number_key TEXT, id_number_masked TEXT, "
             "case_json TEXT, created_at TEXT, updated_at TEXT)");
        sqlite3_prepare_v2(db, "INSERT INTO cases VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &insert, nullptr);
    }
    ~BareSqlite()
    {
        sqlite3_finalize(insert);
        sqlite3_close(db);
    }
    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            fail(QStringLiteral("bare sqlite: %1").arg(QString::fromUtf8(error)));
    }
    void insertRow(const QList<QByteArray> &row)
    {
        for (int c = 0; c < row.size(); ++c)
            sqlite3_bind_text(insert, c + 1, row[c].constData(), static_cast<int>(row[c].size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            fail(QStringLiteral("bare sqlite insert"));
        sqlite3_reset(insert);
    }
};

/// The stored rows of `db`'s cases (the columns of BareSqlite), in insertion order.
QList<QList<QByteArray>> storedRows(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT uuid, case_no, hall_region, status, revision, accepted_on, application_date, "
                          "applicant_name, id_number_key, id_number_masked, case_json, created_at, updated_at "
                          "FROM cases ORDER BY rowid"));
    QList<QList<QByteArray>> rows;
    while (q.next()) {
        QList<QByteArray> row;
        for (int c = 0; c < 13; ++c)
            row.append(q.value(c).toString().toUtf8());
        rows.append(row);
    }
    return rows;
}

void benchAccept(int runs)
{
    QTemporaryDir dir;
    auto db = openStore(dir.filePath(QStringLiteral("accept.sqlite")));
    std::vector<double> real;
    for (int i = 0; i < runs + 5; ++i) {
        Case c = sc::make(i);
        QElapsedTimer t;
        t.start();
        Normalizer::normalize(c);
        const Findings findings = Validator::validate(c, sc::today());
        if (hasErrors(findings))
            fail(QStringLiteral("synthetic case does not validate"));
        const auto added = db->cases().add(c, Hall, sc::today());
        if (!added)
            fail(added.error().message);
        if (i >= 5) // the first few warm caches up
            real.push_back(msSince(t));
    }
    const auto rows = storedRows(*db);
    BareSqlite bare(dir.filePath(QStringLiteral("bare.sqlite")));
    std::vector<double> floor;
    for (int i = 0; i < rows.size(); ++i) {
        QElapsedTimer t;
        t.start();
        bare.exec("BEGIN IMMEDIATE");
        bare.insertRow(rows[i]);
        bare.exec("COMMIT");
        if (i >= 5)
            floor.push_back(msSince(t));
    }
    const QString note = QStringLiteral("%1 cases; real: normalise+validate+seal+insert+workflow+audit, one transaction "
                                        "each; floor: the same case row bytes, raw sqlite3, same pragmas")
                             .arg(runs);
    report(QStringLiteral("accept_one_case.median"), median(real), QStringLiteral("ms"), median(floor), 2, 0, note);
    report(QStringLiteral("accept_one_case.p99"), percentile(real, 99), QStringLiteral("ms"), percentile(floor, 99), 2, 0,
           note);
}

void benchBulkImport(int n)
{
    QTemporaryDir dir;
    QList<CaseRepository::ImportedCase> cases;
    cases.reserve(n);
    for (int i = 0; i < n; ++i)
        cases.append({sc::make(i), acceptedOnFor(i)});
    auto db = openStore(dir.filePath(QStringLiteral("import.sqlite")));
    QElapsedTimer t;
    t.start();
    const auto added = db->cases().addMany(cases, Hall);
    const double real = msSince(t);
    if (!added)
        fail(added.error().message);
    cases.clear();
    const auto rows = storedRows(*db);
    BareSqlite bare(dir.filePath(QStringLiteral("bare.sqlite")));
    t.restart();
    bare.exec("BEGIN IMMEDIATE");
    for (const auto &row : rows)
        bare.insertRow(row);
    bare.exec("COMMIT");
    const double floor = msSince(t);
    report(QStringLiteral("bulk_import.%1").arg(n), real, QStringLiteral("ms"), floor, 3, 0,
           QStringLiteral("CaseRepository::addMany, one transaction (sealing, workflow, audit per case) vs the same row "
                          "bytes into a bare table (no secondary indexes), raw sqlite3, one transaction"));

    // A second floor: every row the import wrote (cases, name suffixes, workflow items and events,
    // audit log), into the same schema with the same indexes, copied by SQLite itself in one
    // transaction — what is left above it is this program's own work (JSON, sealing, hashing, Qt).
    const QString importPath = db->path();
    db.reset();
    const QString copyPath = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        BareSqlite copy(copyPath); // same pragmas; its bare `cases` table is replaced below
        copy.exec("DROP TABLE cases");
        copy.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(importPath).toUtf8().constData());
        sqlite3_stmt *schema = nullptr;
        sqlite3_prepare_v2(copy.db, "SELECT sql FROM src.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                    "ORDER BY type DESC", -1, &schema, nullptr);
        QList<QByteArray> statements;
        while (sqlite3_step(schema) == SQLITE_ROW)
            statements.append(reinterpret_cast<const char *>(sqlite3_column_text(schema, 0)));
        sqlite3_finalize(schema);
        for (const QByteArray &sql : statements)
            copy.exec(sql.constData()); // tables first ('table' > 'index'), then their indexes
        t.restart();
        copy.exec("BEGIN IMMEDIATE");
        for (const char *table : {"cases", "case_name_suffixes", "case_sequence", "workflow_items", "workflow_events",
                                  "audit_log", "audit_head"})
            copy.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1 ORDER BY rowid") // ORDER BY: not the page copy
                          .arg(QLatin1String(table))
                          .toUtf8()
                          .constData());
        copy.exec("COMMIT");
        const double allRows = msSince(t);
        report(QStringLiteral("bulk_import.%1.vs_all_rows").arg(n), real, QStringLiteral("ms"), allRows, 0, 0,
               QStringLiteral("floor: every row the import wrote, same schema and indexes, copied by SQLite "
                              "(INSERT … SELECT) in one transaction"));
    }
}

void benchPrinting(int runs)
{
    Case c = sc::make(0);
    c.caseNo = QStringLiteral("360121-20240912-0001");
    const PrintContext ctx;
    std::vector<double> real, floor;
    for (int i = 0; i < runs + 2; ++i) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer t;
        t.start();
        if (Status s = PrintService::writePdf(DocumentKind::RegistrationForm, c, ctx, &buffer); !s)
            fail(s.error().message);
        if (i >= 2)
            real.push_back(msSince(t));
        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        t.restart();
        {
            QPdfWriter writer(&plain);
            writer.setResolution(PrintService::PdfResolution);
            QPainter painter(&writer);
            painter.drawText(QPointF(1000, 1000), QStringLiteral("退役军人登记表"));
        }
        if (i >= 2)
            floor.push_back(msSince(t));
    }
    report(QStringLiteral("render_registration_form_pdf.median"), median(real), QStringLiteral("ms"), median(floor), 0,
           150, QStringLiteral("floor: a one-line PDF page with QPdfWriter"));

    // The checklist takes microseconds: time batches of 100.
    std::vector<double> list, copy;
    for (int b = 0; b < 50; ++b) {
        QElapsedTimer t;
        t.start();
        int total = 0;
        for (int k = 0; k < 100; ++k)
            total += static_cast<int>(MaterialsChecklist::compute(sc::make(k % 3 == 0 ? 0 : k % 3)).size());
        const double withMake = msSince(t);
        t.restart();
        for (int k = 0; k < 100; ++k)
            total += sc::make(k % 3 == 0 ? 0 : k % 3).applicant.name.size();
        const double makeOnly = msSince(t);
        list.push_back(std::max(0.0, withMake - makeOnly) / 100);
        copy.push_back(makeOnly / 100);
        if (total < 0)
            std::printf("%d", total);
    }
    report(QStringLiteral("compute_checklist.median"), median(list), QStringLiteral("ms"), median(copy), 0, 1,
           QStringLiteral("floor: building the case itself (SyntheticCases::make)"));
}

/// Median wall time from starting `program` to its "shown" line, and its peak RSS (kB).
std::pair<double, double> startUp(const QString &program, const QStringList &args, int runs)
{
    std::vector<double> times, peaks;
    for (int i = 0; i < runs + 1; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        QByteArray out;
        while (!out.contains("shown") && p.waitForReadyRead(60000))
            out += p.readAllStandardOutput();
        const double ms = msSince(t);
        p.waitForFinished(60000);
        out += p.readAllStandardOutput();
        const int at = out.indexOf("vmhwm_kb=");
        if (at < 0)
            fail(program + QStringLiteral(" did not show its window: ") + QString::fromUtf8(p.readAllStandardError()));
        if (i >= 1) { // the first run warms the page cache
            times.push_back(ms);
            peaks.push_back(out.mid(at + 9).trimmed().toDouble());
        }
    }
    return {median(times), median(peaks)};
}

struct SearchFigures {
    double byId = 0, byIdFloor = 0, byName = 0, byNameFloor = 0, byFullName = 0, firstPage = 0, firstPageFloor = 0;
};

/// Median times of CaseRepository::listPage (first page of 200) in the store at `path` of `n` cases.
SearchFigures searchFigures(const QString &path, int n)
{
    auto db = openStore(path);
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const auto rawQuery = [raw](const char *sql, const QByteArray &a, const QByteArray &b) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr);
        if (!a.isNull())
            sqlite3_bind_text(stmt, 1, a.constData(), static_cast<int>(a.size()), SQLITE_TRANSIENT);
        if (!b.isNull())
            sqlite3_bind_text(stmt, 2, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++rows;
        sqlite3_finalize(stmt);
        return rows;
    };
    const char *columns = "SELECT case_no, applicant_name, id_number_masked, status, application_date FROM cases ";
    SearchFigures f;
    std::vector<double> id, idFloor, name, nameFloor, fullName, page, pageFloor;
    for (int k = 0; k < 41; ++k) {
        const int i = static_cast<int>((static_cast<long long>(k) * 7919 * 127) % n);
        QElapsedTimer t;
        t.start();
        const auto byId = db->cases().listPage(sc::idNumber(i), 0, CaseListPage);
        id.push_back(msSince(t));
        if (!byId || byId.value().size() != 1)
            fail(QStringLiteral("search by ID number found %1 cases").arg(byId ? byId.value().size() : -1));
        const QByteArray key = db->dataKey().blindIndex(sc::idNumber(i)).toUtf8();
        t.restart();
        rawQuery((QByteArray(columns) + "WHERE id_number_key = ?").constData(), key, QByteArray());
        idFloor.push_back(msSince(t));

        const QString prefix = sc::name(i).left(5); // 测试 + three characters: 32 cases in a full store
        t.restart();
        const auto byName = db->cases().listPage(prefix, 0, CaseListPage);
        name.push_back(msSince(t));
        if (!byName || byName.value().isEmpty())
            fail(QStringLiteral("search by name prefix found nothing"));
        t.restart();
        rawQuery((QByteArray(columns) + "WHERE applicant_name >= ? AND applicant_name < ? LIMIT 200").constData(),
                 prefix.toUtf8(), (prefix + QChar(0xFFFF)).toUtf8());
        nameFloor.push_back(msSince(t));
        t.restart();
        db->cases().listPage(sc::name(i), 0, CaseListPage);
        fullName.push_back(msSince(t));

        t.restart();
        db->cases().listPage(QString(), 0, CaseListPage);
        page.push_back(msSince(t));
        t.restart();
        rawQuery((QByteArray(columns) + "ORDER BY rowid DESC LIMIT 200").constData(), QByteArray(), QByteArray());
        pageFloor.push_back(msSince(t));
    }
    sqlite3_close(raw);
    f.byId = median(id);
    f.byIdFloor = median(idFloor);
    f.byName = median(name);
    f.byNameFloor = median(nameFloor);
    f.byFullName = median(fullName);
    f.firstPage = median(page);
    f.firstPageFloor = median(pageFloor);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    Crypto::initialise();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Veteran Desk performance budget (issue 9)."));
    parser.addHelpOption();
    const QCommandLineOption maxOption(QStringLiteral("max-cases"), QStringLiteral("Largest store (default 1000000)."),
                                       QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Folder of generated stores."),
                                         QStringLiteral("DIR"), QStringLiteral("/tmp/vd-bench-cache"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Accepts timed (default 300)."),
                                        QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({maxOption, cacheOption, runsOption});
    parser.process(app);
    const int maxCases = std::max(10000, parser.value(maxOption).toInt());
    const int runs = std::max(20, parser.value(runsOption).toInt());
    const QString cache = parser.value(cacheOption);
    QDir().mkpath(cache);

    benchAccept(runs);
    benchPrinting(20);
    benchBulkImport(std::min(100000, maxCases));

    QList<int> sizes;
    for (int n : {10000, 100000, 1000000}) {
        if (n <= maxCases)
            sizes.append(n);
    }
    const auto empty = startUp(QStringLiteral(VD_EMPTY_QT_PATH), {}, 5);
    QHash<int, std::pair<double, double>> started;
    for (int n : sizes) {
        const QString path = ensureStore(cache, n);
        const SearchFigures f = searchFigures(path, n);
        const auto s = startUp(QStringLiteral(VD_GUI_PATH), {QStringLiteral("--db"), path, QStringLiteral("--exit-when-shown")}, 5);
        started.insert(n, s);
        const QString size = QString::number(n);
        report(QStringLiteral("growth.%1.search_id_number.median").arg(size), f.byId, QStringLiteral("ms"), f.byIdFloor, 0, 0);
        report(QStringLiteral("growth.%1.search_name_prefix.median").arg(size), f.byName, QStringLiteral("ms"), f.byNameFloor, 0, 0);
        report(QStringLiteral("growth.%1.search_full_name.median").arg(size), f.byFullName, QStringLiteral("ms"), f.byNameFloor, 0, 0);
        report(QStringLiteral("growth.%1.list_first_page.median").arg(size), f.firstPage, QStringLiteral("ms"), f.firstPageFloor, 0, 0);
        report(QStringLiteral("growth.%1.start_up.median").arg(size), s.first, QStringLiteral("ms"), empty.first, 0, 0);
        report(QStringLiteral("growth.%1.peak_rss").arg(size), s.second / 1024, QStringLiteral("MB"), empty.second / 1024, 0, 0);
        if (n == sizes.last()) {
            report(QStringLiteral("search_id_number.%1.median").arg(size), f.byId, QStringLiteral("ms"), f.byIdFloor, 0, 10);
            report(QStringLiteral("search_name_prefix.%1.median").arg(size), f.byName, QStringLiteral("ms"), f.byNameFloor, 0, 10);
        }
    }
    const int startSize = sizes.contains(100000) ? 100000 : sizes.last();
    report(QStringLiteral("start_up.%1").arg(startSize), started.value(startSize).first, QStringLiteral("ms"), empty.first,
           1.5, 0, QStringLiteral("wall time to the shown main window, offscreen, separate processes; floor: empty Qt Widgets program"));
    const int memSize = sizes.last();
    const double peak = started.value(memSize).second / 1024, emptyPeak = empty.second / 1024;
    report(QStringLiteral("peak_rss.%1").arg(memSize), peak, QStringLiteral("MB"), emptyPeak, 0, 1.5 * emptyPeak + 20,
           QStringLiteral("VmHWM of the shown window; target: 1.5 x floor + 20 MB"));
    return 0;
}
