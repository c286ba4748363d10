// The zh_CN translation is complete: every message of the .ts file translated, and no string of the
// sources (app/ui, forms, gui_main.cpp) missing from it (lupdate run on a copy finds nothing new).
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "Translations.h"
#include "UiTestSupport.h"

namespace {

const QString SourceDir = QStringLiteral(VD_SOURCE_DIR);
const QString TsFile = SourceDir + QStringLiteral("/translations/veteran-desk_zh_CN.ts");

// The source texts of `ts` whose translation is unfinished, vanished, obsolete or empty.
QStringList untranslated(const QString &ts, int *messages)
{
    QFile file(ts);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList bad;
    QString source;
    *messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++*messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!type.isEmpty() || text.isEmpty())
                bad.append(source + QStringLiteral(" [") + (type.isEmpty() ? QStringLiteral("empty") : type)
                           + QLatin1Char(']'));
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return bad;
}

} // namespace

TEST_CASE("Every message of veteran-desk_zh_CN.ts is translated", "[ui][i18n]")
{
    int messages = 0;
    const QStringList bad = untranslated(TsFile, &messages);
    INFO(bad.join(QLatin1Char('\n')).toStdString());
    CHECK(messages > 100);
    CHECK(bad.isEmpty());
}

TEST_CASE("No source string is missing from the translation", "[ui][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy_zh_CN.ts"));
    REQUIRE(QFile::copy(TsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args;
    for (const QString &folder : {QStringLiteral("/app/ui"), QStringLiteral("/forms")}) {
        const QDir d(SourceDir + folder);
        for (const QString &f : d.entryList({QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.ui")}, QDir::Files))
            args.append(d.filePath(f));
    }
    args << SourceDir + QStringLiteral("/app/main/gui_main.cpp") << QStringLiteral("-no-obsolete")
         << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(VD_LUPDATE), args);
    REQUIRE(lupdate.waitForFinished(60000));
    INFO(lupdate.readAllStandardError().toStdString() << lupdate.readAllStandardOutput().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    int messages = 0;
    const QStringList bad = untranslated(copy, &messages);
    INFO("untranslated in the sources:\n" << bad.join(QLatin1Char('\n')).toStdString());
    CHECK(bad.isEmpty());
}

TEST_CASE("The embedded translation is loaded by default", "[ui][i18n]")
{
    vd::uitest::useChinese();
    CHECK(Translations::language() == QStringLiteral("zh_CN"));
    CHECK(QCoreApplication::translate("MainWindow", "New registration") == QStringLiteral("新建登记"));
    CHECK(QCoreApplication::translate("CaseEditorDialog", "Accept") == QStringLiteral("受理"));
    CHECK(QCoreApplication::translate("CaseEditorDialog", "%n error(s) left, cannot accept", nullptr, 3)
          == QStringLiteral("还有 3 个错误，不能受理"));
}
