#include "PdfProbe.h"

#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include "CaseJson.h"
#include "TestSupport.h"

namespace vd::test {

QString PdfProbe::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    INFO("running " << program.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString());
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString PdfProbe::text(const QString &pdf, int page)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

QString PdfProbe::compactText(const QString &pdf, int page)
{
    QString t = text(pdf, page);
    t.remove(QRegularExpression(QStringLiteral("\\s+")));
    return t;
}

QList<PdfFont> PdfProbe::fonts(const QString &pdf)
{
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    QList<PdfFont> out;
    // Columns are fixed-width; the dashed second line gives their extent.
    REQUIRE(lines.size() >= 2);
    QList<QPair<int, int>> cols;
    const QString dashes = lines.at(1);
    for (int i = 0; i < dashes.size();) {
        if (dashes.at(i) != QLatin1Char('-')) {
            ++i;
            continue;
        }
        int j = i;
        while (j < dashes.size() && dashes.at(j) == QLatin1Char('-'))
            ++j;
        cols << qMakePair(i, j - i);
        i = j;
    }
    REQUIRE(cols.size() >= 4);
    for (int l = 2; l < lines.size(); ++l) {
        const QString line = lines.at(l);
        if (line.trimmed().isEmpty())
            continue;
        PdfFont f;
        f.name = line.mid(cols.at(0).first, cols.at(0).second).trimmed();
        f.type = line.mid(cols.at(1).first, cols.at(1).second).trimmed();
        f.embedded = line.mid(cols.at(3).first, cols.at(3).second).trimmed() == QLatin1String("yes");
        out << f;
    }
    return out;
}

QList<PdfWord> PdfProbe::words(const QString &pdf, int page)
{
    const QString html = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                              QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QPointF tl(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF br(m.captured(3).toDouble(), m.captured(4).toDouble());
        out << PdfWord{QRectF(tl, br), m.captured(5)};
    }
    return out;
}

int PdfProbe::pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = pages.match(run(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

QImage PdfProbe::rasterize(const QString &pdf, int dpi, int page, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page-%1dpi").arg(dpi);
    // Grey levels only: a colour A4 page at 600 dpi would exceed QImage's 128 MB reading limit.
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-gray"),
         QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
         QString::number(page), pdf, prefix});
    QImageReader::setAllocationLimit(256); // MB: an A4 page at 600 dpi
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    return image;
}

QRectF PdfProbe::inkBoxMm(const QImage &source, qreal dpi)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (row[x] < 128) {
                left = qMin(left, x);
                right = qMax(right, x);
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
    }
    if (right < 0)
        return QRectF();
    const qreal k = 25.4 / dpi;
    return QRectF(QPointF(left * k, top * k), QPointF((right + 1) * k, (bottom + 1) * k));
}

void PdfProbe::keep(const QString &pdf, const QString &name)
{
    const QString folder = qEnvironmentVariable("VD_PRINT_KEEP");
    if (folder.isEmpty())
        return;
    QFile::remove(folder + QLatin1Char('/') + name);
    QFile::copy(pdf, folder + QLatin1Char('/') + name);
}

Case PdfProbe::exampleCase(const QString &name, const QString &caseNo)
{
    const CaseJson::ReadResult read = CaseJson::read(readFile(sharedPath(QStringLiteral("spec/examples/") + name)));
    QStringList problems;
    for (const Finding &f : read.findings)
        problems << f.field + QLatin1Char(' ') + f.code;
    INFO(problems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(!hasErrors(read.findings));
    Case c = read.value;
    c.caseNo = caseNo;
    return c;
}

} // namespace vd::test
