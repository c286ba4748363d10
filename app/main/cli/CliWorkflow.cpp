#include "CliWorkflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "CalendarRepository.h"
#include "CliCommandLine.h"
#include "CliOutput.h"
#include "Database.h"
#include "ItemWorkflow.h"
#include "TimeLimits.h"
#include "WorkflowRepository.h"

namespace vd::cli {
namespace {

enum { ExitOk = 0, ExitRejected = 1, ExitFailure = 2 };

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// A strict YYYY-MM-DD date (QDate alone would also take "2024-2-9").
QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

QStringList itemKeys()
{
    QStringList keys;
    for (const ItemInfo &info : allItems())
        keys.append(QString::fromLatin1(info.key));
    return keys;
}

QJsonObject itemJson(const WorkflowItem &w, const QDate &today)
{
    QJsonObject o{{QStringLiteral("item"), itemKey(w.item)},
                  {QStringLiteral("name"), itemInfo(w.item).name},
                  {QStringLiteral("department"), itemInfo(w.item).department},
                  {QStringLiteral("state"), stateKey(w.state)},
                  {QStringLiteral("state_name"), stateName(w.state)},
                  {QStringLiteral("state_on"), isoOrEmpty(w.stateOn)},
                  {QStringLiteral("pushed_on"), isoOrEmpty(w.pushedOn)},
                  {QStringLiteral("due_on"), isoOrEmpty(w.dueOn)},
                  {QStringLiteral("time_limit"), ItemWorkflow::builtIn().rule(w.item).limitText},
                  {QStringLiteral("overdue"), w.isOverdue(today)},
                  {QStringLiteral("due_beyond_calendar"), w.dueBeyondCalendar},
                  {QStringLiteral("handler"), w.handler},
                  {QStringLiteral("outcome"), w.outcome},
                  {QStringLiteral("document_numbers"), w.documentNumbers},
                  {QStringLiteral("reason"), w.reason}};
    QJsonArray events;
    for (WorkflowEvent e : w.events)
        events.append(eventKey(e));
    o.insert(QStringLiteral("events"), events);
    if (w.resultOut) {
        const ResultOut &r = *w.resultOut;
        o.insert(QStringLiteral("result_out"),
                 QJsonObject{{QStringLiteral("method"), ResultOut::methodKey(r.method)},
                             {QStringLiteral("out_on"), isoOrEmpty(r.outOn)},
                             {QStringLiteral("tracking_no"), r.trackingNo},
                             {QStringLiteral("collected_by"), r.collectedBy},
                             {QStringLiteral("identity_checked"), r.identityChecked},
                             {QStringLiteral("sms_text"), r.smsText}});
    } else {
        o.insert(QStringLiteral("result_out"), QJsonValue::Null);
    }
    return o;
}

/// One item as a status line: ITEM STATE DUE_ON RESULT_OUT ITEM_NAME STATE_NAME.
QStringList itemRow(const WorkflowItem &w)
{
    return {itemKey(w.item), stateKey(w.state), isoOrEmpty(w.dueOn),
            w.resultOut ? ResultOut::methodKey(w.resultOut->method) : QString(), itemInfo(w.item).name,
            stateName(w.state)};
}

} // namespace

CliWorkflow::CliWorkflow(CliOutput &out, bool json, std::function<std::unique_ptr<Database>()> openStore)
    : m_out(out), m_json(json), m_openStore(std::move(openStore))
{
}

bool CliWorkflow::handles(const QString &command)
{
    static const QStringList commands = {QStringLiteral("workdays"), QStringLiteral("calendar"),
                                         QStringLiteral("status"),   QStringLiteral("advance"),
                                         QStringLiteral("event"),    QStringLiteral("correct-push"),
                                         QStringLiteral("out"),      QStringLiteral("overdue")};
    return commands.contains(command);
}

QString CliWorkflow::usage()
{
    return QStringLiteral(
        "  workdays add 日期 N              输出日期之后第 N 个工作日（按节假日安排，含调休上班日）\n"
        "  calendar import 文件             导入新一年的节假日安排（CSV，格式同内置文件）\n"
        "  status 受理编号                  各事项的状态与办理期限：事项、状态、截止日期、出件方式、名称、状态名\n"
        "  advance 受理编号 事项 状态 [--date 日期] [--note 文本] [--handler 经办人] [--outcome 结果]\n"
        "          [--document-no 证件号码] [--reason 原因]      变更事项状态（退回、不予办理须写原因）\n"
        "  event 受理编号 事项 funds_arrived|funds_allocated [--date 日期] [--note 文本]   记录资金到账\n"
        "  correct-push 受理编号 事项 日期 [--note 文本]          更正推送日期（重新计算截止日期）\n"
        "  out 受理编号 事项 mail|pickup|sms [--date 日期] [--tracking-no 单号]\n"
        "          [--collected-by 领取人 --identity-checked]   登记出件（短信：输出备好的短信文本）\n"
        "  overdue [--on 日期]              列出逾期未办结的事项：受理编号、事项、状态、截止日期、姓名\n");
}

int CliWorkflow::fail(const QString &code, const QString &message, int exitCode)
{
    m_out.error(code, message);
    return exitCode;
}

int CliWorkflow::run(const CliCommandLine &line)
{
    const QString &c = line.command;
    const QStringList &a = line.positional;
    if (c == QLatin1String("workdays"))
        return workdaysAdd(a.at(1), a.at(2));
    if (c == QLatin1String("calendar"))
        return calendarImport(a.at(1));
    if (c == QLatin1String("status"))
        return status(a.at(0));
    if (c == QLatin1String("advance"))
        return advance(line);
    if (c == QLatin1String("event"))
        return event(line);
    if (c == QLatin1String("correct-push"))
        return correctPush(line);
    if (c == QLatin1String("out"))
        return resultOut(line);
    return overdue(line);
}

namespace {

/// What every workflow write needs: the store, its calendar and the parsed item.
struct Target {
    std::unique_ptr<Database> db;
    WorkdayCalendar calendar;
    ItemId item = ItemId::DischargeReporting;
};

} // namespace

int CliWorkflow::workdaysAdd(const QString &dateText, const QString &countText)
{
    const QDate date = parseDate(dateText);
    if (!date.isValid())
        return fail(QStringLiteral("usage_error"),
                    QStringLiteral("“%1”不是 YYYY-MM-DD 格式的有效日期。").arg(dateText.left(40)), ExitFailure);
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    const int n = countText.toInt();
    if (!digits.match(countText).hasMatch() || n > 3650)
        return fail(QStringLiteral("usage_error"),
                    QStringLiteral("工作日数“%1”应为 0–3650 的整数。").arg(countText.left(40)), ExitFailure);
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const Result<WorkdayCalendar> calendar = CalendarRepository(*db).effective();
    if (!calendar)
        return fail(calendar.error().code, calendar.error().message, ExitFailure);
    bool beyond = false;
    const QDate result = calendar.value().addWorkdays(date, n, &beyond);
    if (beyond)
        m_out.error(QStringLiteral("calendar_beyond_known_years"),
                    TimeLimits::beyondCalendarWarning(result, calendar.value()));
    if (m_json) {
        m_out.text(QJsonDocument(QJsonObject{{QStringLiteral("date"), result.toString(Qt::ISODate)},
                                             {QStringLiteral("beyond_calendar"), beyond}})
                       .toJson(QJsonDocument::Indented));
    } else {
        m_out.row({result.toString(Qt::ISODate)});
    }
    return ExitOk;
}

int CliWorkflow::calendarImport(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("file_unreadable"), QStringLiteral("无法读取文件“%1”。").arg(shown), ExitFailure);
    // At most one byte past the limit: a device or pipe may never end.
    const QByteArray bytes = file.read(WorkdayCalendar::MaxCsvSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("file_unreadable"), QStringLiteral("无法读取文件“%1”。").arg(shown), ExitFailure);
    if (bytes.size() > WorkdayCalendar::MaxCsvSize) {
        return fail(QStringLiteral("file_too_large"),
                    QStringLiteral("文件“%1”过大（超过 %2 KiB），不是节假日安排。").arg(shown).arg(WorkdayCalendar::MaxCsvSize / 1024),
                    ExitFailure);
    }
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const Result<QList<int>> years = CalendarRepository(*db).import(bytes);
    if (!years) {
        const bool rejected = years.error().code == QLatin1String("holiday_file_invalid");
        return fail(years.error().code, years.error().message, rejected ? ExitRejected : ExitFailure);
    }
    QStringList text;
    for (int y : years.value())
        text.append(QString::number(y));
    if (m_json)
        m_out.text(QJsonDocument(QJsonObject{{QStringLiteral("years"), QJsonArray::fromStringList(text)}}).toJson());
    else
        m_out.row({text.join(QLatin1Char(','))});
    return ExitOk;
}

int CliWorkflow::status(const QString &caseNo)
{
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const Result<WorkdayCalendar> calendar = CalendarRepository(*db).effective();
    if (!calendar)
        return fail(calendar.error().code, calendar.error().message, ExitFailure);
    WorkflowRepository workflow(*db, calendar.value());
    const Result<QList<WorkflowItem>> items = workflow.items(caseNo);
    if (!items) {
        const bool notFound = items.error().code == QLatin1String("case_not_found");
        return fail(items.error().code, items.error().message, notFound ? ExitRejected : ExitFailure);
    }
    const QDate today = QDate::currentDate();
    if (m_json) {
        QJsonArray list;
        for (const WorkflowItem &w : items.value())
            list.append(itemJson(w, today));
        m_out.text(QJsonDocument(QJsonObject{{QStringLiteral("case_no"), caseNo.trimmed().toUpper()},
                                             {QStringLiteral("status"), workflow.caseStatus(caseNo).value()},
                                             {QStringLiteral("items"), list}})
                       .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const WorkflowItem &w : items.value())
        m_out.row(itemRow(w));
    return ExitOk;
}

namespace {

/// Opens the store and its calendar and parses the item, or prints why not (std::nullopt).
template <typename Fail>
std::optional<Target> target(const std::function<std::unique_ptr<Database>()> &open, const QString &itemText, Fail fail)
{
    Target t;
    if (!itemFromKey(itemText, &t.item)) {
        fail(QStringLiteral("usage_error"),
             QStringLiteral("未知事项“%1”。可用的事项：%2。").arg(itemText.left(40), itemKeys().join(QStringLiteral("、"))),
             ExitFailure);
        return std::nullopt;
    }
    t.db = open();
    if (!t.db)
        return std::nullopt;
    const Result<WorkdayCalendar> calendar = CalendarRepository(*t.db).effective();
    if (!calendar) {
        fail(calendar.error().code, calendar.error().message, ExitFailure);
        return std::nullopt;
    }
    t.calendar = calendar.value();
    return t;
}

} // namespace

namespace {

/// Prints the outcome of a write (the item's line, "case closed" when it closed the case) or its error.
int report(CliOutput &out, bool json, const Result<WorkflowOutcome> &r, const QString &caseNo)
{
    if (!r) {
        const QString &code = r.error().code;
        const bool storage = code.startsWith(QLatin1String("storage_"));
        out.error(code, r.error().message);
        return storage ? ExitFailure : ExitRejected;
    }
    if (!r.value().warning.isEmpty())
        out.error(QStringLiteral("calendar_beyond_known_years"), r.value().warning);
    if (json) {
        QJsonObject o = itemJson(r.value().item, QDate::currentDate());
        o.insert(QStringLiteral("case_no"), caseNo.trimmed().toUpper());
        o.insert(QStringLiteral("case_closed"), r.value().caseClosed);
        out.text(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out.row(itemRow(r.value().item));
    if (r.value().item.resultOut && r.value().item.resultOut->method == ResultOutMethod::Sms)
        out.row({QStringLiteral("sms"), r.value().item.resultOut->smsText});
    if (r.value().caseClosed)
        out.row({QStringLiteral("case"), WorkflowRepository::statusClosed()});
    return ExitOk;
}

/// --date, or today when it is not given; invalid dates are reported.
template <typename Fail>
std::optional<QDate> dateOption(const CliCommandLine &line, const QString &name, Fail fail)
{
    if (!line.values.contains(name))
        return QDate::currentDate();
    const QDate d = parseDate(line.values.value(name));
    if (!d.isValid()) {
        fail(QStringLiteral("usage_error"),
             QStringLiteral("选项 %1 的“%2”不是 YYYY-MM-DD 格式的有效日期。").arg(name, line.values.value(name).left(40)),
             ExitFailure);
        return std::nullopt;
    }
    return d;
}

} // namespace

int CliWorkflow::advance(const CliCommandLine &line)
{
    const auto failer = [this](const QString &c, const QString &m, int e) { return fail(c, m, e); };
    const QString &caseNo = line.positional.at(0);
    WorkflowChange change;
    if (!stateFromKey(line.positional.at(2), &change.to)) {
        QStringList keys;
        for (ItemState s : allItemStates())
            keys.append(stateKey(s));
        return fail(QStringLiteral("usage_error"),
                    QStringLiteral("未知状态“%1”。可用的状态：%2。").arg(line.positional.at(2).left(40), keys.join(QStringLiteral("、"))),
                    ExitFailure);
    }
    const std::optional<QDate> on = dateOption(line, QStringLiteral("--date"), failer);
    if (!on)
        return ExitFailure;
    change.on = *on;
    change.note = line.values.value(QStringLiteral("--note"));
    change.handler = line.values.value(QStringLiteral("--handler"));
    change.outcome = line.values.value(QStringLiteral("--outcome"));
    change.documentNumbers = line.values.value(QStringLiteral("--document-no"));
    change.reason = line.values.value(QStringLiteral("--reason"));
    std::optional<Target> t = target(m_openStore, line.positional.at(1), failer);
    if (!t)
        return ExitFailure;
    WorkflowRepository workflow(*t->db, t->calendar);
    return report(m_out, m_json, workflow.advance(caseNo, t->item, change), caseNo);
}

int CliWorkflow::event(const CliCommandLine &line)
{
    const auto failer = [this](const QString &c, const QString &m, int e) { return fail(c, m, e); };
    const QString &caseNo = line.positional.at(0);
    WorkflowEvent e;
    if (!eventFromKey(line.positional.at(2), &e))
        return fail(QStringLiteral("usage_error"),
                    QStringLiteral("未知事件“%1”。可用的事件：funds_arrived、funds_allocated。").arg(line.positional.at(2).left(40)),
                    ExitFailure);
    const std::optional<QDate> on = dateOption(line, QStringLiteral("--date"), failer);
    if (!on)
        return ExitFailure;
    std::optional<Target> t = target(m_openStore, line.positional.at(1), failer);
    if (!t)
        return ExitFailure;
    WorkflowRepository workflow(*t->db, t->calendar);
    return report(m_out, m_json,
                  workflow.recordEvent(caseNo, t->item, e, *on, line.values.value(QStringLiteral("--note"))), caseNo);
}

int CliWorkflow::correctPush(const CliCommandLine &line)
{
    const auto failer = [this](const QString &c, const QString &m, int e) { return fail(c, m, e); };
    const QString &caseNo = line.positional.at(0);
    const QDate on = parseDate(line.positional.at(2));
    if (!on.isValid())
        return fail(QStringLiteral("usage_error"),
                    QStringLiteral("“%1”不是 YYYY-MM-DD 格式的有效日期。").arg(line.positional.at(2).left(40)), ExitFailure);
    std::optional<Target> t = target(m_openStore, line.positional.at(1), failer);
    if (!t)
        return ExitFailure;
    WorkflowRepository workflow(*t->db, t->calendar);
    return report(m_out, m_json,
                  workflow.correctPushDate(caseNo, t->item, on, line.values.value(QStringLiteral("--note"))), caseNo);
}

int CliWorkflow::resultOut(const CliCommandLine &line)
{
    const auto failer = [this](const QString &c, const QString &m, int e) { return fail(c, m, e); };
    const QString &caseNo = line.positional.at(0);
    ResultOut out;
    if (!ResultOut::methodFromKey(line.positional.at(2), &out.method))
        return fail(QStringLiteral("usage_error"),
                    QStringLiteral("未知出件方式“%1”。可用的方式：mail、pickup、sms。").arg(line.positional.at(2).left(40)),
                    ExitFailure);
    const std::optional<QDate> on = dateOption(line, QStringLiteral("--date"), failer);
    if (!on)
        return ExitFailure;
    out.outOn = *on;
    out.trackingNo = line.values.value(QStringLiteral("--tracking-no"));
    out.collectedBy = line.values.value(QStringLiteral("--collected-by"));
    out.identityChecked = line.flags.contains(QStringLiteral("--identity-checked"));
    std::optional<Target> t = target(m_openStore, line.positional.at(1), failer);
    if (!t)
        return ExitFailure;
    WorkflowRepository workflow(*t->db, t->calendar);
    return report(m_out, m_json, workflow.recordResultOut(caseNo, t->item, out), caseNo);
}

int CliWorkflow::overdue(const CliCommandLine &line)
{
    const auto failer = [this](const QString &c, const QString &m, int e) { return fail(c, m, e); };
    const std::optional<QDate> on = dateOption(line, QStringLiteral("--on"), failer);
    if (!on)
        return ExitFailure;
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const Result<WorkdayCalendar> calendar = CalendarRepository(*db).effective();
    if (!calendar)
        return fail(calendar.error().code, calendar.error().message, ExitFailure);
    const Result<QList<DueItem>> items = WorkflowRepository(*db, calendar.value()).overdue(*on);
    if (!items)
        return fail(items.error().code, items.error().message, ExitFailure);
    QJsonArray json;
    for (const DueItem &d : items.value()) {
        if (m_json) {
            json.append(QJsonObject{{QStringLiteral("case_no"), d.caseNo},
                                    {QStringLiteral("item"), itemKey(d.item)},
                                    {QStringLiteral("state"), stateKey(d.state)},
                                    {QStringLiteral("due_on"), isoOrEmpty(d.dueOn)},
                                    {QStringLiteral("name"), d.applicantName}});
        } else {
            m_out.row({d.caseNo, itemKey(d.item), stateKey(d.state), isoOrEmpty(d.dueOn), d.applicantName});
        }
    }
    if (m_json)
        m_out.text(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace vd::cli
