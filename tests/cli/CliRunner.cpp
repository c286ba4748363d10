#include "CliRunner.h"

#include "CaseJson.h"
#include "StorageFixtures.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace vd::test {
namespace {

QStringList lines(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

} // namespace

QStringList CliRun::outLines() const
{
    return lines(out);
}

QStringList CliRun::errLines() const
{
    return lines(err);
}

std::string CliRun::describe() const
{
    return QStringLiteral("exit %1%2\n--- stdout ---\n%3\n--- stderr ---\n%4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed or timed out)") : QString())
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)))
        .toStdString();
}

CliRun runCli(const QStringList &arguments, const QByteArray &standardInput)
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose offscreen by itself
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VD_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(30000));
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();

    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliSandbox::CliSandbox()
{
    REQUIRE(m_dir.isValid());
}

CliRun CliSandbox::run(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), db()} + arguments);
}

QString CliSandbox::write(const QString &name, const QByteArray &bytes) const
{
    const QString file = path(name);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    return file;
}

bool errorLinesWellFormed(const CliRun &run)
{
    static const QRegularExpression line(QStringLiteral("^[a-z][a-z0-9_]*\\t[^\\t]+$"));
    for (const QString &l : run.errLines()) {
        if (!line.match(l).hasMatch())
            return false;
    }
    return true;
}

QString CliSandbox::receivedExample(const QString &name) const
{
    return write(QStringLiteral("received-") + name, CaseJson::write(withAllMaterialsReceived(loadExample(name))));
}

} // namespace vd::test
