#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

namespace vd {

/// The state of one item of a case in the joint processing (部门并联办理, 赣退役军人字〔2023〕2号
/// Attachment 1 四(二)); the states and their transitions are data (resources/rules/workflow.json).
enum class ItemState {
    PendingPush, ///< 待推送: accepted, not yet pushed to its department
    Pushed,      ///< 已推送: the window pushed the application and materials to the department
    InProgress,  ///< 办理中: the department is working on it
    Completed,   ///< 已办结
    Returned,    ///< 退回 (with a reason); may be pushed again after the applicant supplements materials
    Refused,     ///< 不予办理 (with a reason)
};

/// Events recorded for an item that are not state changes (Attachment 1 四(二)6 and 9).
enum class WorkflowEvent {
    FundsArrived,   ///< 转移基金匹配到账 (pension transfer: its 3 working days start here)
    FundsAllocated, ///< 补助经费到账 (one-time subsidy: paid after the funds are allocated)
};

/// For QSet/QHash keys.
inline size_t qHash(ItemState state, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(state), seed);
}

/// All states in their order of progress.
const QList<ItemState> &allItemStates();
/// The stable id of a state: pending_push, pushed, in_progress, completed, returned, refused.
QString stateKey(ItemState state);
/// The Chinese name of a state (待推送 …).
QString stateName(ItemState state);
/// Parses a state id; false for an unknown id.
bool stateFromKey(const QString &key, ItemState *out);
/// True for completed, returned and refused: the department's work on the item has ended.
bool isEnded(ItemState state);

/// The stable id of an event: funds_arrived, funds_allocated.
QString eventKey(WorkflowEvent event);
/// The Chinese name of an event (转移基金到账 …).
QString eventName(WorkflowEvent event);
/// Parses an event id; false for an unknown id.
bool eventFromKey(const QString &key, WorkflowEvent *out);

} // namespace vd
