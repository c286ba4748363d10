#include "ItemState.h"

namespace vd {
namespace {

struct StateInfo {
    ItemState state;
    const char *key;
    const char *name; // UTF-8
};

const StateInfo States[] = {
    {ItemState::PendingPush, "pending_push", "待推送"}, {ItemState::Pushed, "pushed", "已推送"},
    {ItemState::InProgress, "in_progress", "办理中"},   {ItemState::Completed, "completed", "已办结"},
    {ItemState::Returned, "returned", "退回"},          {ItemState::Refused, "refused", "不予办理"},
};

struct EventInfo {
    WorkflowEvent event;
    const char *key;
    const char *name;
};

const EventInfo Events[] = {
    {WorkflowEvent::FundsArrived, "funds_arrived", "转移基金到账"},
    {WorkflowEvent::FundsAllocated, "funds_allocated", "补助经费到账"},
};

} // namespace

const QList<ItemState> &allItemStates()
{
    static const QList<ItemState> states = [] {
        QList<ItemState> s;
        for (const StateInfo &info : States)
            s.append(info.state);
        return s;
    }();
    return states;
}

QString stateKey(ItemState state)
{
    return QString::fromLatin1(States[static_cast<int>(state)].key);
}

QString stateName(ItemState state)
{
    return QString::fromUtf8(States[static_cast<int>(state)].name);
}

bool stateFromKey(const QString &key, ItemState *out)
{
    for (const StateInfo &info : States) {
        if (key == QLatin1String(info.key)) {
            *out = info.state;
            return true;
        }
    }
    return false;
}

bool isEnded(ItemState state)
{
    return state == ItemState::Completed || state == ItemState::Returned || state == ItemState::Refused;
}

QString eventKey(WorkflowEvent event)
{
    return QString::fromLatin1(Events[static_cast<int>(event)].key);
}

QString eventName(WorkflowEvent event)
{
    return QString::fromUtf8(Events[static_cast<int>(event)].name);
}

bool eventFromKey(const QString &key, WorkflowEvent *out)
{
    for (const EventInfo &info : Events) {
        if (key == QLatin1String(info.key)) {
            *out = info.event;
            return true;
        }
    }
    return false;
}

} // namespace vd
