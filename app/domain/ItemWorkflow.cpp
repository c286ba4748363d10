#include "ItemWorkflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {
namespace {

Error invalid(const QString &why)
{
    return Error{QStringLiteral("workflow_file_invalid"), QStringLiteral("办理流程文件有误：%1").arg(why)};
}

QString namesOf(const QList<ItemState> &states)
{
    if (states.isEmpty())
        return QStringLiteral("无（该状态已是终态）");
    QStringList names;
    for (ItemState s : states)
        names.append(QStringLiteral("“%1”").arg(stateName(s)));
    return names.join(QStringLiteral("、"));
}

} // namespace

const ItemWorkflow &ItemWorkflow::builtIn()
{
    static const ItemWorkflow workflow = [] {
        QFile f(QStringLiteral(":/rules/workflow.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing built-in resource :/rules/workflow.json");
        Result<ItemWorkflow> parsed = fromJson(f.readAll());
        if (!parsed.ok())
            qFatal("built-in workflow invalid: %s", qPrintable(parsed.error().message));
        return parsed.value();
    }();
    return workflow;
}

Result<ItemWorkflow> ItemWorkflow::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return invalid(QStringLiteral("不是 JSON 对象（%1）。").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    ItemWorkflow w;

    const auto parseState = [](const QJsonValue &v, ItemState *out) {
        return v.isString() && stateFromKey(v.toString(), out);
    };
    const QJsonArray states = root.value(QStringLiteral("states")).toArray();
    if (states.size() != allItemStates().size())
        return invalid(QStringLiteral("states 应列出 %1 个状态。").arg(allItemStates().size()));
    for (const QJsonValue &v : states) {
        const QJsonObject o = v.toObject();
        ItemState s;
        if (!parseState(o.value(QStringLiteral("id")), &s))
            return invalid(QStringLiteral("未知状态“%1”。").arg(o.value(QStringLiteral("id")).toString()));
        if (o.value(QStringLiteral("name")).toString() != stateName(s))
            return invalid(QStringLiteral("状态 %1 的名称应为“%2”。").arg(stateKey(s), stateName(s)));
        if (o.value(QStringLiteral("ended")).toBool() != isEnded(s))
            return invalid(QStringLiteral("状态 %1 的 ended 标记与程序不符。").arg(stateKey(s)));
        if (o.value(QStringLiteral("reason_required")).toBool())
            w.m_reasonRequired.append(s);
    }

    const QJsonObject transitions = root.value(QStringLiteral("transitions")).toObject();
    for (auto it = transitions.begin(); it != transitions.end(); ++it) {
        ItemState from;
        if (!stateFromKey(it.key(), &from))
            return invalid(QStringLiteral("transitions 中有未知状态“%1”。").arg(it.key()));
        if (!it.value().isArray())
            return invalid(QStringLiteral("transitions.%1 应为数组。").arg(it.key()));
        QList<ItemState> targets;
        for (const QJsonValue &t : it.value().toArray()) {
            ItemState to;
            if (!parseState(t, &to) || to == from)
                return invalid(QStringLiteral("transitions.%1 中有无效的目标状态。").arg(it.key()));
            targets.append(to);
        }
        w.m_transitions.insert(from, targets);
    }

    QMap<QString, WorkflowEvent> events;
    for (const QJsonValue &v : root.value(QStringLiteral("events")).toArray()) {
        WorkflowEvent e;
        const QString key = v.toObject().value(QStringLiteral("id")).toString();
        if (!eventFromKey(key, &e))
            return invalid(QStringLiteral("未知事件“%1”。").arg(key));
        events.insert(key, e);
    }
    const auto parseEvent = [&events](const QJsonValue &v, std::optional<WorkflowEvent> *out) {
        if (v.isUndefined() || v.isNull())
            return true;
        if (!events.contains(v.toString()))
            return false;
        *out = events.value(v.toString());
        return true;
    };

    w.m_rules.resize(allItems().size());
    QList<bool> seen(allItems().size(), false);
    for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        ItemRule r;
        const QString key = o.value(QStringLiteral("id")).toString();
        if (!itemFromKey(key, &r.item))
            return invalid(QStringLiteral("未知事项“%1”。").arg(key));
        if (seen[static_cast<int>(r.item)])
            return invalid(QStringLiteral("事项 %1 重复。").arg(key));
        seen[static_cast<int>(r.item)] = true;
        for (const QJsonValue &p : o.value(QStringLiteral("push_after")).toArray()) {
            ItemId before;
            if (!itemFromKey(p.toString(), &before) || before == r.item)
                return invalid(QStringLiteral("事项 %1 的 push_after 有误。").arg(key));
            r.pushAfter.append(before);
        }
        const QString clock = o.value(QStringLiteral("clock")).toString();
        if (clock == QLatin1String("none")) {
            r.clock = ClockStart::None;
        } else if (clock == QLatin1String("accepted")) {
            r.clock = ClockStart::Accepted;
        } else if (clock == QLatin1String("pushed")) {
            r.clock = ClockStart::Pushed;
        } else if (events.contains(clock)) {
            r.clock = ClockStart::Event;
            r.clockEvent = events.value(clock);
        } else {
            return invalid(QStringLiteral("事项 %1 的 clock“%2”无效。").arg(key, clock));
        }
        const QJsonValue days = o.value(QStringLiteral("working_days"));
        if (r.clock == ClockStart::None) {
            if (!days.isNull() && !days.isUndefined())
                return invalid(QStringLiteral("事项 %1 没有起算点，不应有 working_days。").arg(key));
        } else {
            if (!days.isDouble() || days.toDouble() < 0 || days.toDouble() > 365 || days.toDouble() != days.toInt())
                return invalid(QStringLiteral("事项 %1 的 working_days 应为 0–365 的整数。").arg(key));
            r.workingDays = days.toInt();
        }
        r.onTheSpot = o.value(QStringLiteral("on_the_spot")).toBool(false);
        r.resultOutRequired = o.value(QStringLiteral("result_out")).toBool(true);
        if (!parseEvent(o.value(QStringLiteral("complete_after_event")), &r.completeAfterEvent))
            return invalid(QStringLiteral("事项 %1 的 complete_after_event 无效。").arg(key));
        r.limitText = o.value(QStringLiteral("limit_text")).toString();
        r.clause = o.value(QStringLiteral("clause")).toString();
        if (r.limitText.isEmpty())
            return invalid(QStringLiteral("事项 %1 缺少 limit_text。").arg(key));
        w.m_rules[static_cast<int>(r.item)] = r;
    }
    for (int i = 0; i < seen.size(); ++i) {
        if (!seen[i])
            return invalid(QStringLiteral("缺少事项 %1。").arg(itemKey(static_cast<ItemId>(i))));
    }
    return w;
}

QList<ItemState> ItemWorkflow::nextStates(ItemId item, ItemState from) const
{
    QList<ItemState> next = m_transitions.value(from);
    if (from == ItemState::PendingPush && rule(item).onTheSpot && !next.contains(ItemState::Completed))
        next.append(ItemState::Completed);
    return next;
}

Status ItemWorkflow::checkTransition(ItemId item, ItemState from, ItemState to) const
{
    const QList<ItemState> next = nextStates(item, from);
    if (next.contains(to))
        return Status::success();
    const QString name = itemInfo(item).name;
    if (from == to) {
        return Error{QStringLiteral("workflow_illegal_transition"),
                     QStringLiteral("事项“%1”已是“%2”状态。").arg(name, stateName(from))};
    }
    return Error{QStringLiteral("workflow_illegal_transition"),
                 QStringLiteral("事项“%1”不能从“%2”变为“%3”。允许的下一状态：%4。")
                     .arg(name, stateName(from), stateName(to), namesOf(next))};
}

Status ItemWorkflow::checkAdvance(ItemId item, ItemState from, ItemState to, const Context &context) const
{
    if (Status s = checkTransition(item, from, to); !s)
        return s;
    const ItemRule &r = rule(item);
    const QString name = itemInfo(item).name;
    if (reasonRequired(to) && context.reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("workflow_reason_required"),
                     QStringLiteral("事项“%1”设为“%2”时必须写明原因。").arg(name, stateName(to))};
    }
    if (to == ItemState::Pushed) {
        for (ItemId before : r.pushAfter) {
            const auto it = context.caseItems.constFind(before);
            if (it == context.caseItems.constEnd() || it.value() == ItemState::Completed)
                continue;
            return Error{QStringLiteral("workflow_order"),
                         QStringLiteral("事项“%1”须在“%2”已办结后才能推送（附件1 %3），“%2”现为“%4”。")
                             .arg(name, itemInfo(before).name, r.clause, stateName(it.value()))};
        }
    }
    if (to == ItemState::Completed && r.completeAfterEvent && !context.events.contains(*r.completeAfterEvent)) {
        return Error{QStringLiteral("workflow_event_required"),
                     QStringLiteral("事项“%1”须先记录“%2”才能办结（附件1 %3）。")
                         .arg(name, eventName(*r.completeAfterEvent), r.clause)};
    }
    return Status::success();
}

} // namespace vd
