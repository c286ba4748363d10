#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "PageCanvas.h"

namespace vd {

/// A ruled table of wrapped text for the materials documents (材料接收凭证, 一次性告知书): a header
/// row and body rows, columns of fixed width in mm; rows grow to their tallest cell and move to a
/// new page (repeating the header) when they do not fit above `bottom`.
class TextTable {
public:
    struct Column {
        QString header;
        qreal width = 0.0;                          ///< mm
        Qt::Alignment align = Qt::AlignLeft;        ///< horizontal alignment of the body cells
    };

    TextTable(QList<Column> columns, TextStyle body, TextStyle header);

    /// Paints the table with its left edge at `left` from `top` (mm), breaking pages at `bottom`;
    /// after a page break the table continues at `continueTop`. Returns the y (mm) below the table.
    qreal paint(PageCanvas &canvas, qreal left, qreal top, qreal bottom, qreal continueTop,
                const QList<QStringList> &rows) const;
    /// Total width, mm.
    qreal width() const;

    static constexpr qreal Padding = 1.5; ///< mm inside each cell

private:
    qreal rowHeight(const PageCanvas &canvas, const QStringList &cells, const TextStyle &style) const;
    void paintRow(PageCanvas &canvas, qreal left, qreal top, qreal height, const QStringList &cells,
                  const TextStyle &style, bool header) const;

    QList<Column> m_columns;
    TextStyle m_body;
    TextStyle m_header;
};

} // namespace vd
