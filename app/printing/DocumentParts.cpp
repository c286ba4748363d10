#include "DocumentParts.h"

#include <QRectF>

namespace vd::DocumentParts {

qreal reprintMark(PageCanvas &canvas, const QPointF &topRight)
{
    TextStyle s;
    s.role = FontRole::Heading;
    s.pointSize = 14.0; // 4号
    s.lineHeight = 7.0;
    const QString text = QStringLiteral("补打");
    const qreal width = canvas.textWidth(text, s) + 4.0;
    const QRectF box(topRight.x() - width, topRight.y(), width, s.lineHeight + 1.0);
    canvas.drawRect(box, 0.4);
    canvas.drawTextBox(box.adjusted(0, 0.5, 0, 0), text, s, Qt::AlignHCenter | Qt::AlignTop);
    return box.height();
}

void sealArea(PageCanvas &canvas, const QPointF &centre, qreal radius, const QString &sealText)
{
    const QColor grey(110, 110, 110);
    canvas.drawCircle(centre, radius, 0.3, grey);
    TextStyle hint;
    hint.pointSize = 10.5;
    hint.lineHeight = 5.0;
    hint.color = grey;
    const QString text = sealText.isEmpty() ? QStringLiteral("（盖章）") : sealText + QStringLiteral("（盖章）");
    canvas.drawTextBox(QRectF(centre.x() - radius + 4.0, centre.y() - radius + 4.0, 2 * radius - 8.0, 2 * hint.lineHeight),
                       text, hint, Qt::AlignHCenter | Qt::AlignTop);
}

} // namespace vd::DocumentParts
