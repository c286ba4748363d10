// veteran-desk-cli on malformed and hostile case files: always a clean rejection (exit 1 or 2)
// with a line on standard error, never a crash, a hang or a forged output line.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include "CaseJson.h"
#include "CliRunner.h"
#include "TestSupport.h"

using namespace vd;
using namespace vd::test;

namespace {

const char NulInside[] = "{\"format\": \"veteran-desk/\0case\"}";

QByteArray exampleBytes()
{
    return readFile(sharedPath(QStringLiteral("spec/examples/valid-minimal.json")));
}

QByteArray withTopLevel(const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(exampleBytes()).object();
    o.insert(key, value);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST_CASE("cli: hostile case files are rejected cleanly by every command that reads one", "[cli][hostile]")
{
    CliSandbox box;
    QByteArray junk(64 * 1024, '\0');
    QRandomGenerator rng(20240915);
    for (char &b : junk)
        b = char(rng.bounded(256));

    struct Input {
        const char *name;
        QByteArray bytes;
        bool readable = false; ///< well-formed JSON of a case, wrong only to validation: normalize
                               ///< and checklist may accept it (their output is JSON-escaped or
                               ///< made of ids), validate and add must reject it
    };
    const QList<Input> inputs = {
        {"empty", QByteArray()},
        {"binary junk", junk},
        {"only white space", QByteArray("  \n\t  ")},
        {"top-level array", QByteArray("[1, 2, 3]")},
        {"truncated", exampleBytes().left(200)},
        {"unknown key", withTopLevel(QStringLiteral("nickname"), QStringLiteral("小陈"))},
        {"key with tabs and line breaks",
         withTopLevel(QStringLiteral("x\terror\tapplicant.name\tforged\nerror\tforged\tline\tmessage"), 1)},
        {"deep nesting", QByteArray(200000, '[')},
        {"invalid UTF-8", QByteArray("{\"format\": \"veteran-desk/case\", \"version\": 1, "
                                     "\"applicant\": {\"name\": \"\xff\xfe\xc0\"}}")},
        {"NUL inside", QByteArray(NulInside, sizeof(NulInside) - 1)},
        {"wrong types", QByteArray("{\"format\": \"veteran-desk/case\", \"version\": 1, \"applicant\": [], "
                                   "\"items\": 7, \"service\": \"x\", \"application_date\": 20240915}")},
        {"version 2", withTopLevel(QStringLiteral("version"), 2)},
        {"huge value", withTopLevel(QStringLiteral("placement_region"), QString(3 * 1024 * 1024, QLatin1Char('3'))),
         true},
        {"control characters in a value",
         withTopLevel(QStringLiteral("placement_region"), QStringLiteral("36\u001b[31m01\r\n21")), true},
    };

    for (const Input &input : inputs) {
        const QString file = box.write(QStringLiteral("hostile.json"), input.bytes);
        for (const QString &command : {QStringLiteral("validate"), QStringLiteral("add"), QStringLiteral("normalize"),
                                       QStringLiteral("checklist")}) {
            const bool validates = command == QLatin1String("validate") || command == QLatin1String("add");
            if (input.readable && !validates)
                continue;
            const CliRun run = box.run({command, file});
            INFO(input.name << " / " << command.toStdString() << "\n" << run.describe());
            CHECK(!run.crashed);
            CHECK((run.exitCode == 1 || run.exitCode == 2));
            CHECK(!run.errLines().isEmpty());
            CHECK(errorLinesWellFormed(run));
            if (validates) {
                // Findings: always four fields, however the file tries to break the lines.
                for (const QString &line : run.outLines()) {
                    INFO(line.toStdString());
                    CHECK(line.split(QLatin1Char('\t')).size() == 4);
                    CHECK(!line.contains(QStringLiteral("forged\tline")));
                }
            }
        }
    }
    // Nothing of it was stored.
    const CliRun list = box.run({QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.isEmpty());
}

TEST_CASE("cli: an unknown key is named in the findings", "[cli][hostile]")
{
    CliSandbox box;
    const QString file = box.write(QStringLiteral("unknown.json"), withTopLevel(QStringLiteral("nickname"), 1));
    const CliRun run = box.run({QStringLiteral("validate"), file});
    INFO(run.describe());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains("error\tnickname\tunknown_field\t"));
}

TEST_CASE("cli: files larger than a case can be are refused before reading", "[cli][hostile]")
{
    CliSandbox box;
    const QString big = box.write(QStringLiteral("big.json"), QByteArray(CaseJson::MaxFileSize + 1, ' '));
    const CliRun run = box.run({QStringLiteral("validate"), big});
    INFO(run.describe());
    CHECK(!run.crashed);
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith("file_too_large\t"));

    // A device that never ends.
    const CliRun zero = box.run({QStringLiteral("add"), QStringLiteral("/dev/zero")});
    INFO(zero.describe());
    CHECK(!zero.crashed);
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.startsWith("file_too_large\t"));
}
