#include "PageCanvas.h"

#include <QPainter>
#include <QPen>

namespace vd {
namespace {

constexpr qreal MmPerInch = 25.4;
constexpr qreal PtPerInch = 72.0;

qreal ptToMm(qreal pt)
{
    return pt * MmPerInch / PtPerInch;
}

/// Characters that never start a line (GB/T 15834 punctuation that closes).
bool isClosing(char32_t c)
{
    static const QString set = QStringLiteral("，。、；：！？）》」』】〕〗”’…—·,.;:!?)]}%");
    return c < 0x10000 && set.contains(QChar(char16_t(c)));
}

/// Characters that never end a line (punctuation that opens).
bool isOpening(char32_t c)
{
    static const QString set = QStringLiteral("（《「『【〔〖“‘([{");
    return c < 0x10000 && set.contains(QChar(char16_t(c)));
}

/// Characters kept together as one word: Latin letters, digits and the signs inside numbers.
bool isWordChar(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c == U'-'
           || c == U'_' || c == U'@' || c == U'/' || c == U'+' || c == U'#';
}

QString fromChars(const QList<char32_t> &chars)
{
    return QString::fromUcs4(chars.constData(), chars.size());
}

QList<char32_t> toChars(const QString &text)
{
    QList<char32_t> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        out << (c == U'\t' || c == U'\r' ? U' ' : c);
    }
    return out;
}

} // namespace

PageCanvas::PageCanvas(const FontSet &fonts, QPainter *painter, qreal dpiX, qreal dpiY, NewPageFunction newPage)
    : m_fonts(fonts), m_painter(painter), m_dpiX(dpiX), m_dpiY(dpiY), m_newPage(std::move(newPage))
{
}

bool PageCanvas::newPage()
{
    if (m_painter && m_newPage && !m_newPage()) {
        fail({QStringLiteral("print_write_failed"), QStringLiteral("无法开始新的一页，打印或写入文件失败。")});
        return false;
    }
    ++m_page;
    return true;
}

void PageCanvas::fail(const Error &error)
{
    if (m_status.ok())
        m_status = Status(error);
}

QPointF PageCanvas::toDevice(const QPointF &mm) const
{
    return {mm.x() * m_dpiX / MmPerInch, mm.y() * m_dpiY / MmPerInch};
}

void PageCanvas::setPen(const QColor &color, qreal widthMm, Qt::PenStyle style)
{
    QPen pen(color);
    pen.setWidthF(widthMm * m_dpiX / MmPerInch);
    pen.setStyle(style);
    pen.setCapStyle(Qt::FlatCap);
    m_painter->setPen(pen);
    m_painter->setBrush(Qt::NoBrush);
}

void PageCanvas::drawLine(const QPointF &from, const QPointF &to, qreal widthMm, Qt::PenStyle style)
{
    if (!m_painter)
        return;
    setPen(Qt::black, widthMm, style);
    m_painter->drawLine(toDevice(from), toDevice(to));
}

void PageCanvas::drawDashedLine(const QPointF &from, const QPointF &to, qreal dashMm, qreal gapMm, qreal widthMm)
{
    if (!m_painter)
        return;
    setPen(Qt::black, widthMm, Qt::CustomDashLine);
    QPen pen = m_painter->pen();
    pen.setDashPattern({dashMm / widthMm, gapMm / widthMm}); // in units of the pen width
    m_painter->setPen(pen);
    m_painter->drawLine(toDevice(from), toDevice(to));
}

void PageCanvas::drawRect(const QRectF &rect, qreal widthMm)
{
    if (!m_painter)
        return;
    setPen(Qt::black, widthMm, Qt::SolidLine);
    m_painter->drawRect(QRectF(toDevice(rect.topLeft()), toDevice(rect.bottomRight())));
}

void PageCanvas::drawCircle(const QPointF &centre, qreal radiusMm, qreal widthMm, const QColor &color)
{
    if (!m_painter)
        return;
    setPen(color, widthMm, Qt::SolidLine);
    m_painter->drawEllipse(toDevice(centre), radiusMm * m_dpiX / MmPerInch, radiusMm * m_dpiY / MmPerInch);
}

void PageCanvas::fillRect(const QRectF &rect, const QColor &color)
{
    if (!m_painter)
        return;
    m_painter->fillRect(QRectF(toDevice(rect.topLeft()), toDevice(rect.bottomRight())), color);
}

qreal PageCanvas::lineHeight(const TextStyle &style) const
{
    return style.lineHeight > 0 ? style.lineHeight : ptToMm(style.pointSize) * 1.35;
}

qreal PageCanvas::charWidth(char32_t c, const TextStyle &style) const
{
    if (c == U'\n')
        return 0.0;
    const int face = m_fonts.faceFor(style.role, c);
    return face < 0 ? 0.0 : m_fonts.advanceEm(style.role, face, c) * ptToMm(style.pointSize);
}

qreal PageCanvas::textWidth(const QString &text, const TextStyle &style) const
{
    qreal width = 0.0;
    for (char32_t c : toChars(text))
        width += charWidth(c, style);
    return width;
}

QList<PageCanvas::Token> PageCanvas::tokenize(const QList<char32_t> &chars) const
{
    QList<Token> raw;
    for (char32_t c : chars) {
        if (c == U'\n') {
            Token t;
            t.forcedBreak = true;
            raw << t;
        } else if (c == U' ') {
            Token t;
            t.space = true;
            t.chars << c;
            raw << t;
        } else if (isWordChar(c) && !raw.isEmpty() && !raw.last().space && !raw.last().forcedBreak
                   && !raw.last().chars.isEmpty() && isWordChar(raw.last().chars.last())) {
            raw.last().chars << c;
        } else {
            Token t;
            t.chars << c;
            raw << t;
        }
    }
    // Closing punctuation sticks to what precedes it, opening punctuation to what follows.
    QList<Token> out;
    bool glueNext = false;
    for (const Token &t : raw) {
        const bool plain = !t.space && !t.forcedBreak;
        if (plain && isClosing(t.chars.first()) && !out.isEmpty() && !out.last().space && !out.last().forcedBreak) {
            out.last().chars += t.chars;
        } else if (plain && glueNext && !out.isEmpty()) {
            out.last().chars += t.chars;
        } else {
            out << t;
        }
        glueNext = plain && isOpening(t.chars.last());
    }
    return out;
}

QStringList PageCanvas::wrap(const QString &text, const TextStyle &style, qreal widthMm) const
{
    QStringList lines;
    const qreal indent = style.firstIndentEm * ptToMm(style.pointSize);
    QList<char32_t> line;
    QList<char32_t> pendingSpace;
    qreal lineWidth = 0.0;
    bool first = true;
    auto available = [&] { return widthMm - (first ? indent : 0.0); };
    auto flush = [&] {
        lines << fromChars(line);
        line.clear();
        pendingSpace.clear();
        lineWidth = 0.0;
        first = false;
    };
    for (const Token &token : tokenize(toChars(text))) {
        if (token.forcedBreak) {
            flush();
            continue;
        }
        if (token.space) {
            if (!line.isEmpty())
                pendingSpace += token.chars;
            continue;
        }
        qreal spaceWidth = 0.0;
        for (char32_t c : pendingSpace)
            spaceWidth += charWidth(c, style);
        qreal tokenWidth = 0.0;
        for (char32_t c : token.chars)
            tokenWidth += charWidth(c, style);
        if (lineWidth + spaceWidth + tokenWidth <= available() + 1e-6) {
            line += pendingSpace;
            line += token.chars;
            lineWidth += spaceWidth + tokenWidth;
            pendingSpace.clear();
            continue;
        }
        if (!line.isEmpty())
            flush();
        pendingSpace.clear();
        if (tokenWidth <= available() + 1e-6) {
            line = token.chars;
            lineWidth = tokenWidth;
            continue;
        }
        // Wider than a whole line: split it where it must.
        for (char32_t c : token.chars) {
            const qreal w = charWidth(c, style);
            if (!line.isEmpty() && lineWidth + w > available() + 1e-6)
                flush();
            line << c;
            lineWidth += w;
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << fromChars(line);
    if (lines.size() == 1 && lines.first().isEmpty() && text.isEmpty())
        return {};
    return lines;
}

qreal PageCanvas::wrappedHeight(const QString &text, const TextStyle &style, qreal widthMm) const
{
    return wrap(text, style, widthMm).size() * lineHeight(style);
}

qreal PageCanvas::baselineInLine(qreal top, const TextStyle &style) const
{
    const qreal size = ptToMm(style.pointSize);
    const qreal ascent = m_fonts.ascentEm(style.role) * size;
    const qreal descent = m_fonts.descentEm(style.role) * size;
    return top + (lineHeight(style) - (ascent + descent)) / 2.0 + ascent;
}

void PageCanvas::drawText(qreal x, qreal baseline, const QString &text, const TextStyle &style, qreal spacingMm)
{
    const Status check = m_fonts.checkText(text, style.role);
    if (!check.ok()) {
        fail(check.error());
        return;
    }
    if (!m_painter)
        return;
    m_painter->setPen(style.color);
    const QList<char32_t> chars = toChars(text);
    qsizetype start = 0;
    qreal cursor = x;
    while (start < chars.size()) {
        const int face = m_fonts.faceFor(style.role, chars.at(start));
        qsizetype end = start + 1;
        qreal width = charWidth(chars.at(start), style) + spacingMm;
        while (end < chars.size() && m_fonts.faceFor(style.role, chars.at(end)) == face) {
            width += charWidth(chars.at(end), style) + spacingMm;
            ++end;
        }
        if (face >= 0) {
            QFont font = m_fonts.font(style.role, face, style.pointSize);
            // Qt scales absolute letter spacing with the device like a font size: give it in pt.
            if (spacingMm > 0.0)
                font.setLetterSpacing(QFont::AbsoluteSpacing, spacingMm * PtPerInch / MmPerInch);
            m_painter->setFont(font);
            m_painter->drawText(toDevice({cursor, baseline}), fromChars(chars.mid(start, end - start)));
        }
        cursor += width;
        start = end;
    }
}

qreal PageCanvas::drawTextBox(const QRectF &box, const QString &text, const TextStyle &style, Qt::Alignment align)
{
    const QStringList lines = wrap(text, style, box.width());
    const qreal lh = lineHeight(style);
    const qreal height = lines.size() * lh;
    qreal top = box.top();
    if (align & Qt::AlignVCenter)
        top = box.top() + (box.height() - height) / 2.0;
    else if (align & Qt::AlignBottom)
        top = box.bottom() - height;
    const qreal indent = style.firstIndentEm * ptToMm(style.pointSize);
    for (int i = 0; i < lines.size(); ++i) {
        const qreal width = textWidth(lines.at(i), style);
        qreal x = box.left() + (i == 0 ? indent : 0.0);
        if (align & Qt::AlignHCenter)
            x = box.left() + (box.width() - width) / 2.0;
        else if (align & Qt::AlignRight)
            x = box.right() - width;
        // Justify by spreading the slack over the gaps between characters; a line left short by a
        // long unbreakable word (more than two characters of slack) stays ragged.
        qreal spacing = 0.0;
        const qsizetype count = lines.at(i).toUcs4().size();
        const qreal slack = box.right() - x - width;
        if (style.justify && i + 1 < lines.size() && count > 1 && slack > 0.0
            && slack < 2.2 * ptToMm(style.pointSize))
            spacing = slack / qreal(count - 1);
        drawText(x, baselineInLine(top + i * lh, style), lines.at(i), style, spacing);
    }
    return height;
}

} // namespace vd
