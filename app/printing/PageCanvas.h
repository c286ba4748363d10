#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

#include "FontSet.h"
#include "Result.h"

class QPainter;

namespace vd {

/// How a piece of text is set: font role, size in pt, distance between baselines in mm.
struct TextStyle {
    FontRole role = FontRole::Body;
    qreal pointSize = 10.5;     ///< pt (五号 10.5, 四号 14, 三号 16, 二号 22)
    qreal lineHeight = 0.0;     ///< mm between baselines; 0 = 1.35 × the size
    qreal firstIndentEm = 0.0;  ///< indent of a paragraph's first line, in em (2 for 公文 body text)
    bool justify = false;       ///< lines but the last fill the width (GB/T 9704-2012 clause 5.2.2 撑满版心)
    QColor color = Qt::black;
};

/// A page painter that works in millimetres from the top-left corner of the paper (A4: 210 × 297 mm)
/// on any device: millimetres become device units through the device's resolution only, and text is
/// measured from the fonts' design metrics, so preview, PDF and printer lay out identically at any
/// resolution. Text goes through FontSet: each character is drawn by its pinned face, never by
/// fontconfig fallback; text is always drawn as plain text (no markup is interpreted).
///
/// Without a painter the canvas only measures (a dry run): it then records the first character no
/// pinned font has, so that a document can be refused before anything reaches paper or file.
class PageCanvas {
public:
    /// Starts the next page on the device; returns false when the device refused.
    using NewPageFunction = std::function<bool()>;

    /// `painter` may be null (dry run). `dpiX`, `dpiY`: device units per inch of the painted device.
    PageCanvas(const FontSet &fonts, QPainter *painter, qreal dpiX, qreal dpiY, NewPageFunction newPage = {});

    bool isDryRun() const { return m_painter == nullptr; }
    /// Index of the current page, from 0.
    int pageIndex() const { return m_page; }
    /// Ends the current page and starts another (a no-op on the device in a dry run).
    bool newPage();
    /// Ok, or the first problem met: missing_glyph (text no pinned font can draw) or
    /// print_write_failed (the device refused a new page).
    const Status &status() const { return m_status; }
    /// Records a document's own refusal (e.g. value_too_long) as status(), unless a problem came first.
    void reportError(const Error &error) { fail(error); }

    /// Lines and shapes; all coordinates and widths in mm.
    void drawLine(const QPointF &from, const QPointF &to, qreal widthMm = 0.25, Qt::PenStyle style = Qt::SolidLine);
    void drawDashedLine(const QPointF &from, const QPointF &to, qreal dashMm, qreal gapMm, qreal widthMm = 0.25);
    void drawRect(const QRectF &rect, qreal widthMm = 0.25);
    void drawCircle(const QPointF &centre, qreal radiusMm, qreal widthMm, const QColor &color);
    void fillRect(const QRectF &rect, const QColor &color);

    /// Distance between baselines of `style`, mm.
    qreal lineHeight(const TextStyle &style) const;
    /// Width of one line of `text` in mm (no wrapping).
    qreal textWidth(const QString &text, const TextStyle &style) const;
    /// `text` broken into lines no wider than `widthMm` (the first line also leaves room for the
    /// style's indent). Breaks anywhere between Han characters, keeps runs of Latin letters and
    /// digits (ID and account numbers) whole where they fit, keeps closing punctuation off the start
    /// of a line and opening punctuation off its end; '\n' forces a break.
    QStringList wrap(const QString &text, const TextStyle &style, qreal widthMm) const;
    /// Height in mm of `text` wrapped to `widthMm` (lines × line height; 0 for empty text).
    qreal wrappedHeight(const QString &text, const TextStyle &style, qreal widthMm) const;

    /// Draws one line of `text` with its left end at `x` and its baseline at `baseline` (mm), with
    /// `spacingMm` added after every character (justification).
    void drawText(qreal x, qreal baseline, const QString &text, const TextStyle &style, qreal spacingMm = 0.0);
    /// Draws `text` wrapped inside `box` (mm) with `align` (left/centre/right, top/vcentre/bottom);
    /// returns the height in mm the text took.
    qreal drawTextBox(const QRectF &box, const QString &text, const TextStyle &style, Qt::Alignment align);
    /// Baseline of the first line of a line box whose top is `top`, mm.
    qreal baselineInLine(qreal top, const TextStyle &style) const;

private:
    struct Token {
        QList<char32_t> chars;
        bool space = false;
        bool forcedBreak = false;
    };
    QList<Token> tokenize(const QList<char32_t> &chars) const;
    qreal charWidth(char32_t c, const TextStyle &style) const;
    QPointF toDevice(const QPointF &mm) const;
    void setPen(const QColor &color, qreal widthMm, Qt::PenStyle style);
    void fail(const Error &error);

    const FontSet &m_fonts;
    QPainter *m_painter;
    qreal m_dpiX;
    qreal m_dpiY;
    NewPageFunction m_newPage;
    int m_page = 0;
    Status m_status;
};

} // namespace vd
