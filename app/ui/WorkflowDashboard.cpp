#include "WorkflowDashboard.h"

#include "ui_WorkflowDashboard.h"


#include <QHeaderView>
#include <QThread>
#include <QTimer>

#include "Database.h"

#include "WorkflowService.h"

namespace {
const QColor OverdueColor(0xc0, 0x00, 0x00);
const QColor DueSoonColor(0xa0, 0x50, 0x00);
constexpr int CaseNoRole = Qt::UserRole + 1;
constexpr int MaxListed = 200; ///< entries per list; the counts above always give the whole number
} // namespace

WorkflowDashboard::WorkflowDashboard(WorkflowService &service, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WorkflowDashboard>()), m_service(service)
{
    m_ui->setupUi(this);
    m_ui->countsTable->setColumnCount(2);
    m_ui->countsTable->setHorizontalHeaderLabels({tr("Items"), tr("Count")});
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (QListWidget *list : {m_ui->overdueList, m_ui->dueSoonList}) {
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { emit caseActivated(item->data(CaseNoRole).toString()); });
    }
    connect(&m_service, &WorkflowService::changed, this, &WorkflowDashboard::refresh);
    if (!m_service.calendarError().isEmpty())
        m_ui->calendarWarning->setText(m_service.calendarError());
    refresh();
}

WorkflowDashboard::~WorkflowDashboard()
{
    // The workers use the service and the store: they must end before either may go.
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
}

struct WorkflowDashboard::Computed {
    int generation = 0;
    QDate today;
    vd::Result<WorkflowService::Dashboard> dashboard;
};

void WorkflowDashboard::setToday(const QDate &day)
{
    m_today = day;
    refresh();
}

void WorkflowDashboard::refresh()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    // Until the worker is done (seconds in a store of a million cases) the old counts stay, marked.
    m_ui->todayLabel->setText(tr("As of %1 (counting…)").arg(today.toString(Qt::ISODate)));
    ++m_generation;
    // Several refreshes in one turn of the event loop (start-up: the docks, then the main window)
    // compute once, after the window is on screen.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        startComputing();
    });
}

void WorkflowDashboard::startComputing()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const int generation = m_generation;
    WorkflowService *service = &m_service;
    QThread *worker = QThread::create([this, service, today, generation] {
        auto computed = std::make_shared<Computed>(Computed{generation, today, service->dashboard(today)});
        service->database().releaseThreadConnection();
        // `this` outlives the worker (the destructor waits); the call is dropped if it is gone by then.
        QMetaObject::invokeMethod(this, [this, computed] { showComputed(*computed); }, Qt::QueuedConnection);
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeOne(worker);
        worker->deleteLater();
    });
    worker->start();
}

void WorkflowDashboard::showComputed(const Computed &computed)
{
    if (computed.generation != m_generation)
        return; // a newer refresh is on its way
    const auto &dashboard = computed.dashboard;
    m_ui->todayLabel->setText(tr("As of %1").arg(computed.today.toString(Qt::ISODate)));
    m_ui->overdueList->clear();
    m_ui->dueSoonList->clear();
    if (!dashboard) {
        m_ui->countsTable->setRowCount(0);
        m_ui->calendarWarning->setText(dashboard.error().message);
        return;
    }
    const WorkflowService::Dashboard &d = dashboard.value();

    struct Row {
        QString label;
        int count;
        QColor color; ///< invalid: the default colour
    };
    QList<Row> rows;
    for (auto it = d.counts.begin(); it != d.counts.end(); ++it)
        rows.append({vd::stateName(it.key()), it.value(), QColor()});
    rows.append({tr("Overdue"), int(d.overdue.size()), d.overdue.isEmpty() ? QColor() : OverdueColor});
    rows.append({tr("Due within one working day"), int(d.dueSoon.size()), d.dueSoon.isEmpty() ? QColor() : DueSoonColor});
    rows.append({tr("Waiting for result out"), d.awaitingResultOut, QColor()});
    m_ui->countsTable->setRowCount(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        auto *label = new QTableWidgetItem(rows.at(row).label);
        auto *count = new QTableWidgetItem(QString::number(rows.at(row).count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem *cell : {label, count}) {
            if (rows.at(row).color.isValid()) {
                cell->setForeground(rows.at(row).color);
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
        }
        m_ui->countsTable->setItem(row, 0, label);
        m_ui->countsTable->setItem(row, 1, count);
    }
    m_ui->countsTable->resizeRowsToContents();
    // Every count in sight, without scrolling.
    int height = m_ui->countsTable->horizontalHeader()->height() + 2 * m_ui->countsTable->frameWidth();
    for (int row = 0; row < rows.size(); ++row)
        height += m_ui->countsTable->rowHeight(row);
    m_ui->countsTable->setFixedHeight(height);

    const auto fill = [this](QListWidget *list, const QList<vd::DueItem> &items, const QColor &color) {
        for (const vd::DueItem &due : items.mid(0, MaxListed)) {
            auto *entry = new QListWidgetItem(QStringLiteral("%1  %2\n%3  %4")
                                                  .arg(due.dueOn.toString(Qt::ISODate), vd::itemInfo(due.item).name,
                                                       due.caseNo, due.applicantName));
            entry->setForeground(color);
            entry->setData(CaseNoRole, due.caseNo);
            list->addItem(entry);
        }
        if (items.size() > MaxListed)
            list->addItem(tr("… and %n more", nullptr, int(items.size() - MaxListed)));
    };
    fill(m_ui->overdueList, d.overdue, OverdueColor);
    fill(m_ui->dueSoonList, d.dueSoon, DueSoonColor);
    m_ui->overdueTitle->setText(tr("Overdue (%n)", nullptr, int(d.overdue.size())));
    m_ui->dueSoonTitle->setText(tr("Due within one working day (%n)", nullptr, int(d.dueSoon.size())));
}
