#pragma once

#include <QDate>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

#include "Case.h"
#include "Result.h"

class QIODevice;
class QPagedPaintDevice;
class QPrinter;

namespace vd {

/// The documents of the window (spec/cli.md `print DOC`).
enum class DocumentKind {
    RegistrationForm, ///< registration-form: 登记表 (Attachment 3), filled, with signature lines
    Checklist,        ///< checklist: 材料清单 / 材料接收凭证
    Receipt,          ///< receipt: 受理回执
    Notice,           ///< notice: 一次性告知书
    SettlementLetter, ///< settlement-letter: 落户介绍信 with its counterfoil (存根)
    PartyLetter,      ///< party-letter: 党(团)员组织关系介绍信
};

/// The CLI name of a document ("registration-form" …); parse returns false for an unknown name.
QString documentKey(DocumentKind kind);
bool documentFromKey(const QString &key, DocumentKind *out);
/// The Chinese title of a document, e.g. 落户介绍信.
QString documentTitle(DocumentKind kind);

/// What a document needs besides the case: who issues it, its number, the date.
struct PrintContext {
    QString issuingAuthority = QStringLiteral("县退役军人事务局"); ///< 出具单位 (settings later)
    QString hallName = QStringLiteral("政务服务大厅综合窗口");
    QString windowNo;
    QString letterNumber;   ///< e.g. 赣退役落字〔2024〕第0007号, from the register (PrintRecorder)
    QString policeStation;  ///< addressee of the settlement letter; "" = 落户地公安派出所
    int validityDays = 30;  ///< validity of the letter being printed (settlement or party letter), days
    QDate printDate = QDate::currentDate();

    // Additions (print suite, issue 5). PrintSettings::context() fills them from the store.
    QString hallPhone;         ///< 咨询电话 (hall_phone) on the receipt, checklist and notice ("" = a line to fill by hand)
    QString sealText;          ///< 印章文字 shown faintly in the seal area ("" = （盖章）)
    QString partyOrganisation; ///< 党组织 that issues the party letter ("" = issuingAuthority)
    QString clerk;             ///< 经办人 printed on the receipt and logged ("" = a line to sign)
    bool reprint = false;      ///< 补打: a reprint, marked on numbered documents (keeps letterNumber)
    /// 承诺办结时限 per item as ready-made text (from the item workflow, e.g. "2024年9月18日前");
    /// an item without an entry gets the statutory limit of resources/printing/time-limits.json.
    QMap<ItemId, QString> promisedDates;
    /// 党(团)费已交到 (year and month) on the party letter; invalid = the discharge month.
    QDate duesPaidTo;
};

/// Renders documents from domain values onto any paged device (PDF, printer, preview), laid out in
/// millimetres on A4 so that every resolution gives the same page. Needs a QGuiApplication (fonts;
/// the offscreen platform will do); use from the GUI thread. Never logs personal data.
class PrintService {
public:
    /// Writes `kind` for `c` (which must carry its case number) to a PDF file at `path`.
    /// Errors: document_not_available (not built yet; the CLI exits 2), document_not_applicable
    /// (e.g. a settlement letter for a case without hukou registration; exit 1),
    /// missing_glyph (a character no pinned font can draw), print_write_failed.
    static Status writePdf(DocumentKind kind, const Case &c, const PrintContext &ctx, const QString &path);
    /// Writes the PDF to an open `device` (e.g. a QSaveFile the caller commits later). Same errors.
    static Status writePdf(DocumentKind kind, const Case &c, const PrintContext &ctx, QIODevice *device);
    /// Paints `kind` onto an already configured printer (A4). Same errors as writePdf.
    /// Sets the printer to A4 portrait with full-page coordinates (the layout has its own margins).
    /// Also the slot body for QPrintPreviewDialog/QPrintPreviewWidget::paintRequested(QPrinter *).
    static Status print(DocumentKind kind, const Case &c, const PrintContext &ctx, QPrinter *printer);

    // Additions (printing layer):

    /// Ok when `kind` can be printed for `c`: built, applicable, and every character of the
    /// document has a glyph in the pinned fonts (FontSet). Paints nothing. Same errors as writePdf
    /// except print_write_failed; lets the UI disable a print action or explain why.
    static Status check(DocumentKind kind, const Case &c, const PrintContext &ctx);
    /// The pages of `kind` as white A4 images at `dpi` dots per inch (e.g. 150 for a thumbnail),
    /// laid out exactly as in PDF and on paper. Same errors as writePdf (print_write_failed when an
    /// image cannot be allocated).
    static Result<QList<QImage>> renderPages(DocumentKind kind, const Case &c, const PrintContext &ctx, qreal dpi);

    /// Resolution of the PDFs written by writePdf, dots per inch.
    static constexpr int PdfResolution = 1200;
};

} // namespace vd
