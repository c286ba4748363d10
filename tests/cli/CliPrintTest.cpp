// veteran-desk-cli print: PDFs of a stored case whose text (pdftotext, poppler-utils) carries the
// applicant's name, ID number and case number (issue 2, "Done when").
#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace vd::test;

namespace {

/// The text of a PDF with all white space removed (a form may set a number in separate cells).
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) is needed; installer/install-deps.sh installs it");
    REQUIRE(!tool.isEmpty());
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

QString addExample(const CliSandbox &box, const QString &name)
{
    const CliRun added = box.run({QStringLiteral("add"), box.receivedExample(name)});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    return added.outLines().value(0);
}

} // namespace

TEST_CASE("cli: print registration-form and settlement-letter to PDF", "[cli][print]")
{
    CliSandbox box;
    const QString caseNo = addExample(box, QStringLiteral("valid-full.json"));

    for (const QString &document : {QStringLiteral("registration-form"), QStringLiteral("settlement-letter")}) {
        const QString pdf = box.path(document + QStringLiteral(".pdf"));
        const CliRun run = box.run({QStringLiteral("print"), document, caseNo, QStringLiteral("-o"), pdf});
        INFO(document.toStdString() << "\n" << run.describe());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.isEmpty());
        REQUIRE(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        INFO(text.left(2000).toStdString());
        CHECK(text.contains(QStringLiteral("陈志强")));
        CHECK(text.contains(QStringLiteral("360723199811024715")));
        CHECK(text.contains(caseNo));
    }
}

TEST_CASE("cli: print refuses what it cannot print, with the right exit status", "[cli][print]")
{
    CliSandbox box;
    const QString full = addExample(box, QStringLiteral("valid-full.json"));
    const QString minimal = addExample(box, QStringLiteral("valid-minimal.json"));
    const QString pdf = box.path(QStringLiteral("out.pdf"));

    const CliRun unknownCase =
        box.run({QStringLiteral("print"), QStringLiteral("registration-form"), QStringLiteral("360112-20000101-0001"),
                 QStringLiteral("-o"), pdf});
    INFO(unknownCase.describe());
    CHECK(unknownCase.exitCode == 1);
    CHECK(unknownCase.err.startsWith("case_not_found\t"));

    const CliRun unknownDocument =
        box.run({QStringLiteral("print"), QStringLiteral("poster"), full, QStringLiteral("-o"), pdf});
    CHECK(unknownDocument.exitCode == 2);
    CHECK(unknownDocument.err.startsWith("usage_error\t"));

    // No hukou registration in the minimal case: no settlement letter for it.
    const CliRun notApplicable = box.run({QStringLiteral("print"), QStringLiteral("settlement-letter"), minimal,
                                          QStringLiteral("--output"), pdf});
    INFO(notApplicable.describe());
    CHECK(notApplicable.exitCode == 1);
    CHECK(notApplicable.err.startsWith("document_not_applicable\t"));

    // Documents of later issues: exit 2 while not built, 0 once they are; never a crash.
    for (const QString &document : {QStringLiteral("checklist"), QStringLiteral("receipt"), QStringLiteral("notice"),
                                    QStringLiteral("party-letter")}) {
        const CliRun run = box.run({QStringLiteral("print"), document, full, QStringLiteral("-o"), pdf});
        INFO(document.toStdString() << "\n" << run.describe());
        CHECK(!run.crashed);
        CHECK(errorLinesWellFormed(run));
        if (run.exitCode != 0) {
            CHECK((run.exitCode == 1 || run.exitCode == 2));
            CHECK(!run.errLines().isEmpty());
        }
        if (run.err.startsWith("document_not_available\t"))
            CHECK(run.exitCode == 2);
    }

    const CliRun unwritable = box.run({QStringLiteral("print"), QStringLiteral("registration-form"), full,
                                       QStringLiteral("-o"), box.path(QStringLiteral("no/such/folder/x.pdf"))});
    INFO(unwritable.describe());
    CHECK(!unwritable.crashed);
    CHECK(unwritable.exitCode != 0);
}
