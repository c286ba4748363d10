#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

#include "Finding.h"

class CaseFormBinder;

/// Shows findings at their fields: the widget of each finding's JSON path (CaseFormBinder::
/// widgetForPath) gets the dynamic property `vdFinding` = "error" | "warning" (styled by the editor's
/// style sheet: red or amber border) and the Chinese messages as its tool tip.
class FindingMarker {
public:
    explicit FindingMarker(const CaseFormBinder &binder);

    /// Marks the widgets of `findings` for which `shown(widget)` is true and clears every other mark.
    void apply(const vd::Findings &findings, const std::function<bool(QWidget *)> &shown);
    /// The widget that shows findings at `path`, or nullptr.
    QWidget *widgetFor(const QString &path) const;
    /// The messages of `findings` that belong to `w` (or to a widget inside it), one per line.
    QString messagesFor(const QWidget *w, const vd::Findings &findings) const;

private:
    static void mark(QWidget *w, const vd::Findings &findings);

    const CaseFormBinder &m_binder;
    QList<QPointer<QWidget>> m_marked;
};
