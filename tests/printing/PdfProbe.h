#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "Case.h"

namespace vd::test {

/// One word of `pdftotext -bbox` output; coordinates in PDF points from the page's top-left corner.
struct PdfWord {
    QRectF box;
    QString text;
};

/// One row of `pdffonts` output.
struct PdfFont {
    QString name;
    QString type;
    bool embedded = false;
};

/// The poppler command-line tools (poppler-utils) driven from tests, plus test-case helpers.
class PdfProbe {
public:
    /// Runs `program args`; fails the current test when it cannot start or exits non-zero.
    static QString run(const QString &program, const QStringList &args);
    /// The text of `page` (0 = all pages), from pdftotext -enc UTF-8.
    static QString text(const QString &pdf, int page = 0);
    /// The text with all white space removed (labels broken over lines compare whole).
    static QString compactText(const QString &pdf, int page = 0);
    static QList<PdfFont> fonts(const QString &pdf);
    static QList<PdfWord> words(const QString &pdf, int page);
    static int pageCount(const QString &pdf);
    /// Page `page` (1-based) rendered by pdftoppm at `dpi` into a PNG inside `dir`, loaded.
    static QImage rasterize(const QString &pdf, int dpi, int page, const QString &dir);
    /// Bounding box of every pixel darker than mid-grey, in mm from the page's corner.
    static QRectF inkBoxMm(const QImage &image, qreal dpi);

    /// Copies `pdf` as `name` into the folder named by the environment variable VD_PRINT_KEEP, when
    /// set, to look at the output (pdftoppm -png) after a test run.
    static void keep(const QString &pdf, const QString &name);

    /// A case read from ../shared/spec/examples/<name> (fails the test when it does not read),
    /// with `caseNo` set.
    static Case exampleCase(const QString &name, const QString &caseNo = QStringLiteral("360121-20240912-0001"));
};

constexpr qreal PtPerMm = 72.0 / 25.4;

} // namespace vd::test
