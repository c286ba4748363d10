// The floor of the start-up and memory benchmarks (issue 9): an empty Qt Widgets program that shows
// one main window and, like `veteran-desk --exit-when-shown`, prints "shown vmhwm_kb=N" (peak
// resident memory from /proc/self/status) and quits.
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 680);
    window.show();
    QTimer::singleShot(0, &window, [] {
        QByteArray peak = "0";
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peak = line.mid(6).trimmed().split(' ').value(0);
            }
        }
        std::printf("shown vmhwm_kb=%s\n", peak.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return app.exec();
}
