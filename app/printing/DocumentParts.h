#pragma once

#include <QPointF>
#include <QString>

#include "PageCanvas.h"

namespace vd {

/// Pieces several documents share, drawn on a PageCanvas in mm.
namespace DocumentParts {

/// The 补打 (reprint) mark: "补  打" in 4号 bold-looking 黑体 inside a box whose top-right corner is
/// at `topRight` (mm). Returns the box's height (mm).
qreal reprintMark(PageCanvas &canvas, const QPointF &topRight);
/// A seal area: a grey circle of `radius` mm at `centre` with `sealText` (or （盖章）) faintly inside.
/// The real seal is applied by hand; the circle only shows where.
void sealArea(PageCanvas &canvas, const QPointF &centre, qreal radius, const QString &sealText);

} // namespace DocumentParts
} // namespace vd
