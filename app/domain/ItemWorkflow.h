#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

#include "ItemId.h"
#include "ItemState.h"
#include "Result.h"

namespace vd {

/// When an item's time limit starts to run (Attachment 1 四(二)).
enum class ClockStart {
    None,     ///< no time limit in working days (退役报到; the subsidy, tracked by its dates)
    Accepted, ///< at acceptance (预备役登记, on the spot: 0 working days)
    Pushed,   ///< on the day the window pushes the item to its department
    Event,    ///< on the day an event is recorded (养老保险: 转移基金到账)
};

/// The rules of one item, from resources/rules/workflow.json.
struct ItemRule {
    ItemId item = ItemId::DischargeReporting;
    QList<ItemId> pushAfter;        ///< items that must be completed first, when the case has them
    ClockStart clock = ClockStart::None;
    std::optional<WorkflowEvent> clockEvent;         ///< with ClockStart::Event
    int workingDays = -1;                            ///< the time limit in working days; -1 = none
    bool onTheSpot = false;                          ///< done at the window during acceptance
    bool resultOutRequired = true;                   ///< the result must be handed out (出件) to end the item
    std::optional<WorkflowEvent> completeAfterEvent; ///< the event that must be recorded before 已办结
    QString limitText;                               ///< Chinese, e.g. 推送后 3 个工作日内办结
    QString clause;                                  ///< the plan's clause, e.g. 四(二)2
};

/// The item workflow of the joint processing as data plus the small logic that checks it
/// (赣退役军人字〔2023〕2号 Attachment 1 四(二) 部门并联办理). States 待推送 → 已推送 → 办理中 →
/// 已办结, or 退回 / 不予办理 with a reason; which transitions are allowed; the plan's order
/// (which items must be completed before another may be pushed); the events an item waits for.
/// The reading of 四(二) is documented in workflow.json ("reading").
class ItemWorkflow {
public:
    /// The workflow built into the program (resources/rules/workflow.json).
    static const ItemWorkflow &builtIn();
    /// Parses a workflow file. Errors: workflow_file_invalid, naming what is wrong (unknown state,
    /// item or event; an item missing; a wrong type).
    static Result<ItemWorkflow> fromJson(const QByteArray &json);

    /// The rules of `item`.
    const ItemRule &rule(ItemId item) const { return m_rules[static_cast<int>(item)]; }
    /// True when entering `state` needs a reason (退回, 不予办理).
    bool reasonRequired(ItemState state) const { return m_reasonRequired.contains(state); }
    /// The states `item` may move to from `from` (an on-the-spot item may also go from 待推送 to 已办结).
    QList<ItemState> nextStates(ItemId item, ItemState from) const;

    /// Checks the transition alone. Errors: workflow_illegal_transition, a Chinese message naming the
    /// item and both states and listing the allowed next states.
    Status checkTransition(ItemId item, ItemState from, ItemState to) const;

    /// What checkAdvance needs to know about the rest of the case.
    struct Context {
        QMap<ItemId, ItemState> caseItems; ///< every item of the case and its current state
        QList<WorkflowEvent> events;       ///< the events recorded for this item
        QString reason;                    ///< the reason given with this change
    };
    /// Checks a change of `item` from `from` to `to` in a case: the transition, the reason (退回 and
    /// 不予办理 need one), the plan's order (items in `pushAfter` that the case has must be 已办结
    /// before 已推送) and the awaited event (before 已办结). Errors: workflow_illegal_transition,
    /// workflow_reason_required, workflow_order (naming the item that must be completed first),
    /// workflow_event_required (naming the event).
    Status checkAdvance(ItemId item, ItemState from, ItemState to, const Context &context) const;

private:
    QMap<ItemState, QList<ItemState>> m_transitions;
    QList<ItemState> m_reasonRequired;
    QList<ItemRule> m_rules; ///< indexed by ItemId
};

} // namespace vd
