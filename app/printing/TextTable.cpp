#include "TextTable.h"

namespace vd {

TextTable::TextTable(QList<Column> columns, TextStyle body, TextStyle header)
    : m_columns(std::move(columns)), m_body(body), m_header(header)
{
}

qreal TextTable::width() const
{
    qreal w = 0.0;
    for (const Column &c : m_columns)
        w += c.width;
    return w;
}

qreal TextTable::rowHeight(const PageCanvas &canvas, const QStringList &cells, const TextStyle &style) const
{
    qreal h = canvas.lineHeight(style);
    for (int i = 0; i < m_columns.size() && i < cells.size(); ++i)
        h = qMax(h, canvas.wrappedHeight(cells.at(i), style, m_columns.at(i).width - 2 * Padding));
    return h + 2 * Padding;
}

void TextTable::paintRow(PageCanvas &canvas, qreal left, qreal top, qreal height, const QStringList &cells,
                         const TextStyle &style, bool header) const
{
    qreal x = left;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns.at(i);
        const QRectF cell(x, top, c.width, height);
        if (header)
            canvas.fillRect(cell, QColor(235, 235, 235));
        canvas.drawRect(cell, 0.25);
        const Qt::Alignment align = (header ? Qt::AlignHCenter : c.align) | Qt::AlignVCenter;
        canvas.drawTextBox(cell.adjusted(Padding, Padding, -Padding, -Padding), cells.value(i), style, align);
        x += c.width;
    }
}

qreal TextTable::paint(PageCanvas &canvas, qreal left, qreal top, qreal bottom, qreal continueTop,
                       const QList<QStringList> &rows) const
{
    QStringList headers;
    for (const Column &c : m_columns)
        headers << c.header;
    const qreal headerHeight = rowHeight(canvas, headers, m_header);
    qreal y = top;
    paintRow(canvas, left, y, headerHeight, headers, m_header, true);
    y += headerHeight;
    for (const QStringList &row : rows) {
        const qreal h = rowHeight(canvas, row, m_body);
        if (y + h > bottom && y > top + headerHeight + 0.01) {
            if (!canvas.newPage())
                return y;
            y = continueTop;
            paintRow(canvas, left, y, headerHeight, headers, m_header, true);
            y += headerHeight;
        }
        paintRow(canvas, left, y, h, row, m_body, false);
        y += h;
    }
    return y;
}

} // namespace vd
