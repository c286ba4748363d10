#include "FindingMarker.h"

#include <QStringList>
#include <QStyle>

#include "CaseFormBinder.h"

FindingMarker::FindingMarker(const CaseFormBinder &binder)
    : m_binder(binder)
{
}

void FindingMarker::apply(const vd::Findings &findings, const std::function<bool(QWidget *)> &shown)
{
    QHash<QWidget *, vd::Findings> byWidget;
    for (const vd::Finding &f : findings) {
        if (QWidget *w = widgetFor(f.field))
            byWidget[w].append(f);
    }
    for (const QPointer<QWidget> &w : qAsConst(m_marked)) {
        if (w && !byWidget.contains(w))
            mark(w, {});
    }
    m_marked.clear();
    for (auto it = byWidget.cbegin(); it != byWidget.cend(); ++it) {
        mark(it.key(), shown(it.key()) ? it.value() : vd::Findings());
        m_marked.append(it.key());
    }
}

QWidget *FindingMarker::widgetFor(const QString &path) const
{
    return m_binder.widgetForPath(path);
}

QString FindingMarker::messagesFor(const QWidget *w, const vd::Findings &findings) const
{
    QStringList lines;
    for (const vd::Finding &f : findings) {
        const QWidget *target = widgetFor(f.field);
        if (target && (target == w || target->isAncestorOf(w)))
            lines.append(f.message);
    }
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

void FindingMarker::mark(QWidget *w, const vd::Findings &findings)
{
    const QString level = findings.isEmpty() ? QString()
                          : vd::hasErrors(findings) ? QStringLiteral("error")
                                                    : QStringLiteral("warning");
    // The widget's own tool tip (e.g. 必须办理) stays, the messages come after it.
    if (!w->property("vdBaseToolTip").isValid())
        w->setProperty("vdBaseToolTip", w->toolTip());
    QStringList tip;
    const QString base = w->property("vdBaseToolTip").toString();
    if (!base.isEmpty())
        tip.append(base);
    for (const vd::Finding &f : findings)
        tip.append(f.message);
    tip.removeDuplicates();
    w->setToolTip(tip.join(QLatin1Char('\n')));
    if (w->property("vdFinding").toString() != level) {
        w->setProperty("vdFinding", level);
        w->style()->unpolish(w);
        w->style()->polish(w);
        w->update();
    }
}
