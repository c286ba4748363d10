#include "WorkflowRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include "CaseJson.h"
#include "Database.h"
#include "ItemWorkflow.h"
#include "Normalizer.h"
#include "StorageError.h"
#include "TimeLimits.h"
#include "Transaction.h"

namespace vd {
namespace {

const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");
constexpr int MaxTextLength = 500;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textValue(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Error caseNotFound(const QString &caseNo)
{
    return Error{QStringLiteral("case_not_found"), QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60))};
}

/// An event to append to workflow_events.
struct PendingEvent {
    QString event; ///< started, state, funds_arrived, funds_allocated, push_date_corrected, result_out, case_closed
    QString item;
    QVariant fromState;
    QVariant toState;
    QDate on;
    QString note;
};

Status appendEvents(const QSqlDatabase &db, const QString &caseUuid, const QList<PendingEvent> &events)
{
    QSqlQuery max(db);
    max.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM workflow_events WHERE case_uuid = ?"));
    max.addBindValue(caseUuid);
    if (!max.exec() || !max.next())
        return StorageError::fromSql(WriteFailed, QStringLiteral("记录办理过程失败"), max.lastError());
    int seq = max.value(0).toInt();
    const QString recordedAt = now();
    QSqlQuery q(db); // prepared once for all the events (issue 9: bulk import)
    q.prepare(QStringLiteral("INSERT INTO workflow_events (case_uuid, seq, item, event, from_state, to_state, "
                             "event_on, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const PendingEvent &e : events) {
        q.addBindValue(caseUuid);
        q.addBindValue(++seq);
        q.addBindValue(textValue(e.item));
        q.addBindValue(e.event);
        q.addBindValue(e.fromState.isValid() ? e.fromState : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(e.toState.isValid() ? e.toState : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(e.on.toString(Qt::ISODate));
        q.addBindValue(textValue(e.note));
        q.addBindValue(recordedAt);
        if (!q.exec())
            return StorageError::fromSql(WriteFailed, QStringLiteral("记录办理过程失败"), q.lastError());
    }
    return Status::success();
}

/// Text a handler typed: no control characters (they could forge CLI lines or hide text), bounded.
Status checkText(const QString &label, const QString &text)
{
    if (text.size() > MaxTextLength) {
        return Error{QStringLiteral("workflow_text_invalid"),
                     QStringLiteral("“%1”过长（最多 %2 个字符）。").arg(label).arg(MaxTextLength)};
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error{QStringLiteral("workflow_text_invalid"), QStringLiteral("“%1”含有控制字符。").arg(label)};
    }
    return Status::success();
}

Status checkDate(const QDate &on, const QDate &notBefore, const QString &what)
{
    if (!on.isValid())
        return Error{QStringLiteral("workflow_date_invalid"), QStringLiteral("%1的日期无效。").arg(what)};
    if (on > QDate::currentDate()) {
        return Error{QStringLiteral("workflow_date_invalid"),
                     QStringLiteral("%1的日期 %2 在今天之后。").arg(what, on.toString(Qt::ISODate))};
    }
    if (notBefore.isValid() && on < notBefore) {
        return Error{QStringLiteral("workflow_date_invalid"),
                     QStringLiteral("%1的日期 %2 早于上一次办理记录的日期 %3。")
                         .arg(what, on.toString(Qt::ISODate), notBefore.toString(Qt::ISODate))};
    }
    return Status::success();
}

} // namespace

struct WorkflowRepository::Loaded {
    QString uuid;
    QString caseNo;
    QString status;
    QDate acceptedOn;
    QMap<ItemId, WorkflowItem> items;
    /// A case accepted before the workflow existed (a store from before migration 0002): its items
    /// are shown as startWithin() would have started them, and stored on the first write.
    std::optional<Case> unstarted;
};

Result<WorkflowRepository::Loaded> WorkflowRepository::load(const QSqlDatabase &db, const QString &caseNo,
                                                             const QString &errorCode)
{
    WorkflowRepository::Loaded l;
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT uuid, case_no, status, accepted_on, case_json FROM cases WHERE case_no = ?"));
    c.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!c.exec())
        return StorageError::fromSql(errorCode, QStringLiteral("读取案件失败"), c.lastError());
    if (!c.next())
        return caseNotFound(caseNo);
    l.uuid = c.value(0).toString();
    l.caseNo = c.value(1).toString();
    l.status = c.value(2).toString();
    l.acceptedOn = toDate(c.value(3));
    const QString caseJson = c.value(4).toString();

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT item, state, state_on, pushed_on, clock_start_on, due_on, due_beyond_calendar, "
                             "handler, outcome, document_numbers, reason FROM workflow_items WHERE case_uuid = ?"));
    q.addBindValue(l.uuid);
    if (!q.exec())
        return StorageError::fromSql(errorCode, QStringLiteral("读取办理进度失败"), q.lastError());
    while (q.next()) {
        WorkflowItem w;
        if (!itemFromKey(q.value(0).toString(), &w.item) || !stateFromKey(q.value(1).toString(), &w.state)) {
            return Error{QStringLiteral("storage_corrupt_case"),
                         QStringLiteral("案件 %1 的办理进度记录已损坏。").arg(l.caseNo)};
        }
        w.stateOn = toDate(q.value(2));
        w.pushedOn = toDate(q.value(3));
        w.clockStartOn = toDate(q.value(4));
        w.dueOn = toDate(q.value(5));
        w.dueBeyondCalendar = q.value(6).toInt() != 0;
        w.handler = q.value(7).toString();
        w.outcome = q.value(8).toString();
        w.documentNumbers = q.value(9).toString();
        w.reason = q.value(10).toString();
        l.items.insert(w.item, w);
    }

    if (l.items.isEmpty()) {
        const CaseJson::ReadResult read = CaseJson::read(caseJson.toUtf8());
        if (hasErrors(read.findings)) {
            return Error{QStringLiteral("storage_corrupt_case"),
                         QStringLiteral("案件 %1 的存储内容已损坏，无法读取，请从备份恢复。").arg(l.caseNo)};
        }
        l.unstarted = read.value;
        for (ItemId id : read.value.items) {
            WorkflowItem w;
            w.item = id;
            w.stateOn = l.acceptedOn;
            if (ItemWorkflow::builtIn().rule(id).onTheSpot) {
                w.state = ItemState::Completed;
                w.clockStartOn = l.acceptedOn;
                w.dueOn = l.acceptedOn;
            }
            l.items.insert(id, w);
        }
    }

    QSqlQuery e(db);
    e.prepare(QStringLiteral("SELECT DISTINCT item, event FROM workflow_events WHERE case_uuid = ? "
                             "AND event IN ('funds_arrived', 'funds_allocated')"));
    e.addBindValue(l.uuid);
    if (!e.exec())
        return StorageError::fromSql(errorCode, QStringLiteral("读取办理过程失败"), e.lastError());
    while (e.next()) {
        ItemId item;
        WorkflowEvent event;
        if (itemFromKey(e.value(0).toString(), &item) && eventFromKey(e.value(1).toString(), &event)
            && l.items.contains(item))
            l.items[item].events.append(event);
    }

    QSqlQuery r(db);
    r.prepare(QStringLiteral("SELECT item, method, out_on, tracking_no, collected_by, identity_checked, sms_text "
                             "FROM workflow_results_out WHERE case_uuid = ?"));
    r.addBindValue(l.uuid);
    if (!r.exec())
        return StorageError::fromSql(errorCode, QStringLiteral("读取出件记录失败"), r.lastError());
    while (r.next()) {
        ItemId item;
        ResultOut out;
        if (!itemFromKey(r.value(0).toString(), &item) || !ResultOut::methodFromKey(r.value(1).toString(), &out.method)
            || !l.items.contains(item))
            continue;
        out.outOn = toDate(r.value(2));
        out.trackingNo = r.value(3).toString();
        out.collectedBy = r.value(4).toString();
        out.identityChecked = r.value(5).toInt() != 0;
        out.smsText = r.value(6).toString();
        l.items[item].resultOut = out;
    }
    return l;
}

namespace {

bool allDone(const QMap<ItemId, WorkflowItem> &items)
{
    if (items.isEmpty())
        return false;
    for (const WorkflowItem &w : items) {
        if (!isEnded(w.state))
            return false;
        if (ItemWorkflow::builtIn().rule(w.item).resultOutRequired && !w.resultOut)
            return false;
    }
    return true;
}

} // namespace

Status WorkflowRepository::startWithin(const QSqlDatabase &db, const QString &caseUuid, const Case &c,
                                       const QDate &acceptedOn)
{
    QList<PendingEvent> events;
    const QString updatedAt = now();
    QSqlQuery q(db); // prepared once for all the items (issue 9: bulk import)
    q.prepare(QStringLiteral("INSERT INTO workflow_items (case_uuid, item, state, state_on, clock_start_on, due_on, "
                             "due_beyond_calendar, outcome, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    for (const ItemInfo &info : allItems()) {
        if (!c.items.contains(info.id))
            continue;
        const ItemRule &rule = ItemWorkflow::builtIn().rule(info.id);
        const bool onTheSpot = rule.onTheSpot;
        const ItemState state = onTheSpot ? ItemState::Completed : ItemState::PendingPush;
        q.addBindValue(caseUuid);
        q.addBindValue(itemKey(info.id));
        q.addBindValue(stateKey(state));
        q.addBindValue(acceptedOn.toString(Qt::ISODate));
        // On the spot: 0 working days from acceptance, i.e. the acceptance day itself.
        q.addBindValue(dateValue(onTheSpot ? acceptedOn : QDate()));
        q.addBindValue(dateValue(onTheSpot ? acceptedOn : QDate()));
        q.addBindValue(textValue(onTheSpot ? QStringLiteral("综合窗口当场办理") : QString()));
        q.addBindValue(updatedAt);
        if (!q.exec())
            return StorageError::fromSql(WriteFailed, QStringLiteral("建立事项办理记录失败"), q.lastError());
        events.append({QStringLiteral("started"), itemKey(info.id), QVariant(), stateKey(ItemState::PendingPush),
                       acceptedOn, QString()});
        if (onTheSpot) {
            events.append({QStringLiteral("state"), itemKey(info.id), stateKey(ItemState::PendingPush),
                           stateKey(ItemState::Completed), acceptedOn, QStringLiteral("综合窗口当场办理")});
        }
    }
    return appendEvents(db, caseUuid, events);
}

template <typename F>
Result<WorkflowOutcome> WorkflowRepository::write(const QString &caseNo, ItemId item, F change)
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();

    Result<Loaded> loadedResult = load(db, caseNo, WriteFailed);
    if (!loadedResult)
        return loadedResult.error();
    Loaded &loaded = loadedResult.value();
    if (loaded.unstarted && loaded.status != statusClosed()) {
        if (Status s = startWithin(db, loaded.uuid, *loaded.unstarted, loaded.acceptedOn); !s)
            return s.error();
    }
    if (loaded.status == statusClosed()) {
        return Error{QStringLiteral("workflow_case_closed"),
                     QStringLiteral("案件 %1 已办结关闭，不能再更改。").arg(loaded.caseNo)};
    }
    if (!loaded.items.contains(item)) {
        return Error{QStringLiteral("workflow_item_not_in_case"),
                     QStringLiteral("案件 %1 没有申请事项“%2”。").arg(loaded.caseNo, itemInfo(item).name)};
    }

    WorkflowItem updated = loaded.items.value(item);
    const std::optional<ResultOut> previousOut = updated.resultOut;
    QList<PendingEvent> events;
    if (Status s = change(loaded, updated, events); !s)
        return s.error();

    // The due date follows the clock: recomputed on every write, so a corrected date can never leave
    // a stale deadline behind.
    const ItemRule &rule = ItemWorkflow::builtIn().rule(item);
    if (rule.clock == ClockStart::Pushed)
        updated.clockStartOn = updated.pushedOn;
    updated.dueOn = TimeLimits::dueDate(item, updated.clockStartOn, m_calendar, &updated.dueBeyondCalendar);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workflow_items SET state = ?, state_on = ?, pushed_on = ?, clock_start_on = ?, "
                             "due_on = ?, due_beyond_calendar = ?, handler = ?, outcome = ?, document_numbers = ?, "
                             "reason = ?, updated_at = ? WHERE case_uuid = ? AND item = ?"));
    q.addBindValue(stateKey(updated.state));
    q.addBindValue(dateValue(updated.stateOn));
    q.addBindValue(dateValue(updated.pushedOn));
    q.addBindValue(dateValue(updated.clockStartOn));
    q.addBindValue(dateValue(updated.dueOn));
    q.addBindValue(updated.dueBeyondCalendar ? 1 : 0);
    q.addBindValue(textValue(updated.handler));
    q.addBindValue(textValue(updated.outcome));
    q.addBindValue(textValue(updated.documentNumbers));
    q.addBindValue(textValue(updated.reason));
    q.addBindValue(now());
    q.addBindValue(loaded.uuid);
    q.addBindValue(itemKey(item));
    if (!q.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存办理进度失败"), q.lastError());

    if (updated.resultOut && !(previousOut && previousOut->outOn == updated.resultOut->outOn
                               && previousOut->method == updated.resultOut->method
                               && previousOut->trackingNo == updated.resultOut->trackingNo
                               && previousOut->collectedBy == updated.resultOut->collectedBy
                               && previousOut->smsText == updated.resultOut->smsText)) {
        // Delete then insert: portable (no upsert), inside this transaction.
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM workflow_results_out WHERE case_uuid = ? AND item = ?"));
        del.addBindValue(loaded.uuid);
        del.addBindValue(itemKey(item));
        if (!del.exec())
            return StorageError::fromSql(WriteFailed, QStringLiteral("保存出件记录失败"), del.lastError());
        const ResultOut &out = *updated.resultOut;
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO workflow_results_out (case_uuid, item, method, out_on, tracking_no, "
                                   "collected_by, identity_checked, sms_text, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(loaded.uuid);
        ins.addBindValue(itemKey(item));
        ins.addBindValue(ResultOut::methodKey(out.method));
        ins.addBindValue(out.outOn.toString(Qt::ISODate));
        ins.addBindValue(textValue(out.trackingNo));
        ins.addBindValue(textValue(out.collectedBy));
        ins.addBindValue(out.identityChecked ? 1 : 0);
        ins.addBindValue(textValue(out.smsText));
        ins.addBindValue(now());
        if (!ins.exec())
            return StorageError::fromSql(WriteFailed, QStringLiteral("保存出件记录失败"), ins.lastError());
    }

    loaded.items[item] = updated;
    WorkflowOutcome outcome;
    outcome.item = updated;
    if (allDone(loaded.items)) {
        outcome.caseClosed = true;
        QDate closedOn = updated.stateOn;
        if (updated.resultOut && updated.resultOut->outOn > closedOn)
            closedOn = updated.resultOut->outOn;
        events.append({QStringLiteral("case_closed"), QString(), QVariant(), QVariant(), closedOn,
                       QStringLiteral("全部事项已办结或终结，结果已出件")});
    }
    if (Status s = appendEvents(db, loaded.uuid, events); !s)
        return s.error();

    QSqlQuery c(db);
    c.prepare(QStringLiteral("UPDATE cases SET status = ?, revision = revision + 1, updated_at = ? WHERE uuid = ?"));
    c.addBindValue(outcome.caseClosed ? statusClosed() : loaded.status);
    c.addBindValue(now());
    c.addBindValue(loaded.uuid);
    if (!c.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("更新案件状态失败"), c.lastError());

    if (Status s = tx.commit(); !s)
        return s.error();
    if (updated.dueBeyondCalendar && !isEnded(updated.state))
        outcome.warning = TimeLimits::beyondCalendarWarning(updated.dueOn, m_calendar);
    return outcome;
}

Result<WorkflowOutcome> WorkflowRepository::advance(const QString &caseNo, ItemId item, const WorkflowChange &change)
{
    for (const auto &[label, text] : {std::pair{QStringLiteral("备注"), change.note},
                                      std::pair{QStringLiteral("经办人"), change.handler},
                                      std::pair{QStringLiteral("办理结果"), change.outcome},
                                      std::pair{QStringLiteral("证件号码"), change.documentNumbers},
                                      std::pair{QStringLiteral("原因"), change.reason}}) {
        if (Status s = checkText(label, text); !s)
            return s.error();
    }
    return write(caseNo, item, [&](const Loaded &loaded, WorkflowItem &w, QList<PendingEvent> &events) -> Status {
        if (Status s = checkDate(change.on, std::max(w.stateOn, loaded.acceptedOn), QStringLiteral("办理")); !s)
            return s;
        ItemWorkflow::Context ctx;
        for (const WorkflowItem &other : loaded.items)
            ctx.caseItems.insert(other.item, other.state);
        ctx.events = w.events;
        ctx.reason = change.reason;
        if (Status s = ItemWorkflow::builtIn().checkAdvance(item, w.state, change.to, ctx); !s)
            return s;
        const ItemState from = w.state;
        w.state = change.to;
        w.stateOn = change.on;
        if (change.to == ItemState::Pushed) {
            w.pushedOn = change.on;
            w.reason.clear(); // pushed again after a return: the old reason no longer applies
        }
        if (!change.handler.isEmpty())
            w.handler = change.handler.trimmed();
        if (!change.outcome.isEmpty())
            w.outcome = change.outcome.trimmed();
        if (!change.documentNumbers.isEmpty())
            w.documentNumbers = change.documentNumbers.trimmed();
        if (!change.reason.isEmpty())
            w.reason = change.reason.trimmed();
        if (from == ItemState::Returned)
            w.resultOut.reset(); // a new round: its result goes out again
        QString note = change.note.trimmed();
        if (!change.reason.trimmed().isEmpty())
            note = note.isEmpty() ? change.reason.trimmed() : note + QStringLiteral("；") + change.reason.trimmed();
        events.append({QStringLiteral("state"), itemKey(item), stateKey(from), stateKey(change.to), change.on, note});
        return Status::success();
    });
}

Result<WorkflowOutcome> WorkflowRepository::recordEvent(const QString &caseNo, ItemId item, WorkflowEvent event,
                                                        const QDate &on, const QString &note)
{
    if (Status s = checkText(QStringLiteral("备注"), note); !s)
        return s.error();
    return write(caseNo, item, [&](const Loaded &loaded, WorkflowItem &w, QList<PendingEvent> &events) -> Status {
        const ItemRule &rule = ItemWorkflow::builtIn().rule(item);
        if (rule.clockEvent != event && rule.completeAfterEvent != event) {
            return Error{QStringLiteral("workflow_event_not_applicable"),
                         QStringLiteral("“%1”不是事项“%2”的办理节点。").arg(eventName(event), itemInfo(item).name)};
        }
        if (isEnded(w.state)) {
            return Error{QStringLiteral("workflow_event_not_applicable"),
                         QStringLiteral("事项“%1”已是“%2”，不能再记录“%3”。")
                             .arg(itemInfo(item).name, stateName(w.state), eventName(event))};
        }
        if (Status s = checkDate(on, loaded.acceptedOn, eventName(event)); !s)
            return s;
        if (rule.clock == ClockStart::Event && rule.clockEvent == event)
            w.clockStartOn = on;
        if (!w.events.contains(event))
            w.events.append(event);
        events.append({eventKey(event), itemKey(item), QVariant(), QVariant(), on, note.trimmed()});
        return Status::success();
    });
}

Result<WorkflowOutcome> WorkflowRepository::correctPushDate(const QString &caseNo, ItemId item, const QDate &pushedOn,
                                                            const QString &note)
{
    if (Status s = checkText(QStringLiteral("备注"), note); !s)
        return s.error();
    return write(caseNo, item, [&](const Loaded &loaded, WorkflowItem &w, QList<PendingEvent> &events) -> Status {
        if (!w.pushedOn.isValid()) {
            return Error{QStringLiteral("workflow_not_pushed"),
                         QStringLiteral("事项“%1”尚未推送，没有推送日期可更正。").arg(itemInfo(item).name)};
        }
        if (Status s = checkDate(pushedOn, loaded.acceptedOn, QStringLiteral("推送")); !s)
            return s;
        // The push cannot move after what followed it.
        if (w.state != ItemState::Pushed && pushedOn > w.stateOn) {
            return Error{QStringLiteral("workflow_date_invalid"),
                         QStringLiteral("推送日期 %1 不能晚于其后“%2”的日期 %3。")
                             .arg(pushedOn.toString(Qt::ISODate), stateName(w.state), w.stateOn.toString(Qt::ISODate))};
        }
        const QString old = w.pushedOn.toString(Qt::ISODate);
        w.pushedOn = pushedOn;
        if (w.state == ItemState::Pushed)
            w.stateOn = pushedOn;
        QString text = QStringLiteral("推送日期由 %1 更正为 %2").arg(old, pushedOn.toString(Qt::ISODate));
        if (!note.trimmed().isEmpty())
            text += QStringLiteral("；") + note.trimmed();
        events.append({QStringLiteral("push_date_corrected"), itemKey(item), QVariant(), QVariant(), pushedOn, text});
        return Status::success();
    });
}

Result<WorkflowOutcome> WorkflowRepository::recordResultOut(const QString &caseNo, ItemId item, const ResultOut &out)
{
    if (Status s = out.check(); !s)
        return s.error();
    return write(caseNo, item, [&](const Loaded &loaded, WorkflowItem &w, QList<PendingEvent> &events) -> Status {
        if (!isEnded(w.state)) {
            return Error{QStringLiteral("workflow_result_not_ready"),
                         QStringLiteral("事项“%1”现为“%2”，办结、退回或不予办理后才能出件。")
                             .arg(itemInfo(item).name, stateName(w.state))};
        }
        if (Status s = checkDate(out.outOn, w.stateOn, QStringLiteral("出件")); !s)
            return s;
        ResultOut stored = out;
        stored.trackingNo = out.method == ResultOutMethod::Mail ? out.trackingNo.trimmed() : QString();
        stored.collectedBy = out.method == ResultOutMethod::Pickup ? out.collectedBy.trimmed() : QString();
        stored.identityChecked = out.method == ResultOutMethod::Pickup && out.identityChecked;
        stored.smsText = out.method == ResultOutMethod::Sms ? ResultOut::prepareSms(loaded.caseNo, item, w.state, w.reason)
                                                            : QString();
        w.resultOut = stored;
        QString note = ResultOut::methodName(out.method);
        if (!stored.trackingNo.isEmpty())
            note += QStringLiteral(" 单号 ") + stored.trackingNo;
        events.append({QStringLiteral("result_out"), itemKey(item), QVariant(), QVariant(), out.outOn, note});
        return Status::success();
    });
}

Result<QList<WorkflowItem>> WorkflowRepository::items(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const Result<Loaded> loaded = load(connection.value(), caseNo, ReadFailed);
    if (!loaded)
        return loaded.error();
    return loaded.value().items.values(); // QMap: in the plan's order (ItemId)
}

Result<QString> WorkflowRepository::caseStatus(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT status FROM cases WHERE case_no = ?"));
    q.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取案件失败"), q.lastError());
    if (!q.next())
        return caseNotFound(caseNo);
    return q.value(0).toString();
}

Result<QList<DueItem>> WorkflowRepository::dueItems(const QString &where, const QList<QVariant> &values) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.case_no, c.applicant_name, w.item, w.state, w.due_on FROM workflow_items w "
                             "JOIN cases c ON c.uuid = w.case_uuid "
                             "WHERE w.state IN ('pending_push', 'pushed', 'in_progress') AND ")
              + where + QStringLiteral(" ORDER BY w.due_on, c.case_no, w.item"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取到期事项失败"), q.lastError());
    QList<DueItem> list;
    while (q.next()) {
        DueItem d;
        d.caseNo = q.value(0).toString();
        d.applicantName = q.value(1).toString();
        if (!itemFromKey(q.value(2).toString(), &d.item) || !stateFromKey(q.value(3).toString(), &d.state))
            continue;
        d.dueOn = toDate(q.value(4));
        list.append(d);
    }
    return list;
}

Result<QList<DueItem>> WorkflowRepository::overdue(const QDate &on) const
{
    return dueItems(QStringLiteral("w.due_on < ?"), {on.toString(Qt::ISODate)});
}

Result<QList<DueItem>> WorkflowRepository::dueWithinOneWorkingDay(const QDate &on) const
{
    const QDate next = m_calendar.addWorkdays(on, 1);
    return dueItems(QStringLiteral("w.due_on >= ? AND w.due_on <= ?"),
                    {on.toString(Qt::ISODate), next.toString(Qt::ISODate)});
}

Result<QMap<ItemState, int>> WorkflowRepository::countByState() const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    if (!q.exec(QStringLiteral("SELECT state, COUNT(*) FROM workflow_items GROUP BY state")))
        return StorageError::fromSql(ReadFailed, QStringLiteral("统计办理进度失败"), q.lastError());
    QMap<ItemState, int> counts;
    for (ItemState s : allItemStates())
        counts.insert(s, 0);
    while (q.next()) {
        ItemState s;
        if (stateFromKey(q.value(0).toString(), &s))
            counts[s] = q.value(1).toInt();
    }
    return counts;
}

Result<int> WorkflowRepository::awaitingResultOut() const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QStringList exempt; // items whose result need not go out (e.g. 预备役登记, fed back to 人武部门)
    for (const ItemInfo &info : allItems()) {
        if (!ItemWorkflow::builtIn().rule(info.id).resultOutRequired)
            exempt.append(QStringLiteral("'%1'").arg(itemKey(info.id))); // fixed ids, not input
    }
    QSqlQuery q(connection.value());
    QString sql = QStringLiteral("SELECT COUNT(*) FROM workflow_items w WHERE w.state IN ('completed', 'returned', 'refused') "
                                 "AND NOT EXISTS (SELECT 1 FROM workflow_results_out r "
                                 "WHERE r.case_uuid = w.case_uuid AND r.item = w.item)");
    if (!exempt.isEmpty())
        sql += QStringLiteral(" AND w.item NOT IN (%1)").arg(exempt.join(QLatin1Char(',')));
    if (!q.exec(sql) || !q.next())
        return StorageError::fromSql(ReadFailed, QStringLiteral("统计待出件事项失败"), q.lastError());
    return q.value(0).toInt();
}

Result<QList<WorkflowStatistic>> WorkflowRepository::statistics(const QDate &from, const QDate &to) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT item, state, SUBSTR(state_on, 1, 7) AS month, COUNT(*) FROM workflow_items "
                             "WHERE state_on >= ? AND state_on <= ? GROUP BY item, state, SUBSTR(state_on, 1, 7) "
                             "ORDER BY month, item, state"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("统计办理进度失败"), q.lastError());
    QList<WorkflowStatistic> rows;
    while (q.next()) {
        WorkflowStatistic s;
        if (!itemFromKey(q.value(0).toString(), &s.item) || !stateFromKey(q.value(1).toString(), &s.state))
            continue;
        s.month = q.value(2).toString();
        s.count = q.value(3).toInt();
        rows.append(s);
    }
    return rows;
}

} // namespace vd
