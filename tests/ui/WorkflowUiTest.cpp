// The joint processing in the main window: the item panel follows the selected case, a handler
// records a result through the dialog, and the dashboard counts and shows an overdue item in red.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "CaseRepository.h"
#include "Database.h"
#include "DialogRunner.h"
#include "ItemResultDialog.h"
#include "ItemStatusPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StorageFixtures.h"
#include "UiTestSupport.h"
#include "WorkflowRepository.h"
#include "WorkflowService.h"

using namespace vd::uitest;

namespace {

struct HookGuard {
    ~HookGuard()
    {
        DialogRunner::setTestHook({});
        MessageBox::setTestAnswer(QMessageBox::NoButton);
    }
};

/// A store with valid-full.json accepted on 2024-09-12, discharge reporting done and household
/// registration pushed on 2024-09-13 (due 2024-09-19): overdue ever since.
QString seedOverdue(const vd::Database &db)
{
    const auto added =
        db.cases().add(vd::test::loadExample(QStringLiteral("valid-full.json")), QStringLiteral("360121"), QDate(2024, 9, 12));
    REQUIRE(added.ok());
    vd::WorkflowRepository repo(db, vd::WorkdayCalendar::builtIn());
    for (const auto &[item, state, day] :
         {std::tuple{vd::ItemId::DischargeReporting, vd::ItemState::Pushed, QDate(2024, 9, 12)},
          std::tuple{vd::ItemId::DischargeReporting, vd::ItemState::Completed, QDate(2024, 9, 13)},
          std::tuple{vd::ItemId::HukouRegistration, vd::ItemState::Pushed, QDate(2024, 9, 13)}}) {
        vd::WorkflowChange change;
        change.to = state;
        change.on = day;
        REQUIRE(repo.advance(added.value(), item, change).ok());
    }
    return added.value();
}

int rowOf(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The dashboard counts items and shows an overdue item in red; the panel follows the case", "[ui][workflow]")
{
    useChinese();
    HookGuard guard;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("workflow.sqlite")));
    REQUIRE(opened.ok());
    const std::unique_ptr<vd::Database> db = std::move(opened).value();
    const QString caseNo = seedOverdue(*db);

    MainWindow window(*db);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *overdue = window.findChild<QListWidget *>(QStringLiteral("overdueList"));
    auto *counts = window.findChild<QTableWidget *>(QStringLiteral("countsTable"));
    REQUIRE(overdue);
    REQUIRE(counts);
    // The dashboard is computed in a worker thread (issue 9) and shown when ready.
    REQUIRE(waitFor([&] { return overdue->count() == 1 && counts->rowCount() > 0; }));
    CHECK(overdue->item(0)->text().contains(caseNo));
    CHECK(overdue->item(0)->text().contains(QStringLiteral("2024-09-19")));
    CHECK(overdue->item(0)->foreground().color() == QColor(0xc0, 0x00, 0x00));
    const int overdueRow = rowOf(counts, QStringLiteral("逾期"));
    REQUIRE(overdueRow >= 0);
    CHECK(counts->item(overdueRow, 1)->text() == QStringLiteral("1"));
    CHECK(counts->item(overdueRow, 1)->foreground().color() == QColor(0xc0, 0x00, 0x00));
    CHECK(counts->item(rowOf(counts, QStringLiteral("待推送")), 1)->text() == QStringLiteral("6"));
    CHECK(counts->item(rowOf(counts, QStringLiteral("已办结")), 1)->text() == QStringLiteral("2"));

    // Selecting the case shows its items; the overdue one in red.
    auto *caseTable = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(caseTable);
    caseTable->selectRow(0);
    auto *items = window.findChild<QTableWidget *>(QStringLiteral("itemTable"));
    REQUIRE(items);
    REQUIRE(waitFor([&] { return items->rowCount() == 9; }));
    CHECK(items->item(1, 0)->text() == QStringLiteral("户口登记（退役军人恢复户口）"));
    CHECK(items->item(1, 1)->text() == QStringLiteral("公安部门"));
    CHECK(items->item(1, 2)->text() == QStringLiteral("已推送"));
    CHECK(items->item(1, 3)->text().startsWith(QStringLiteral("2024-09-19")));
    CHECK(items->item(1, 3)->foreground().color() == QColor(0xc0, 0x00, 0x00));
    CHECK(items->item(0, 3)->foreground().color() != QColor(0xc0, 0x00, 0x00));

    if (const QByteArray shots = qgetenv("VD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(200);
        CHECK(window.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("dashboard.png"))));
        // The store as it is now, to open in the real program (xvfb-run veteran-desk --db …).
        const QString copy = QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("dashboard-store.sqlite"));
        QFile::remove(copy);
        CHECK(db->connection().exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)).lastError().type() == QSqlError::NoError);
    }

    // A handler records the household registration as completed, with the result picked up: the
    // dialog through its widgets, the panel and the dashboard follow.
    items->selectRow(1);
    QString error;
    DialogRunner::setTestHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ItemResultDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        auto *state = dialog->findChild<QComboBox *>(QStringLiteral("stateCombo"));
        state->setCurrentIndex(state->findText(QStringLiteral("已办结")));
        dialog->findChild<QLineEdit *>(QStringLiteral("dateEdit"))->setText(QStringLiteral("2024-09-20"));
        dialog->findChild<QLineEdit *>(QStringLiteral("documentNoEdit"))->setText(QStringLiteral("户口簿 TEST-1"));
        dialog->findChild<QGroupBox *>(QStringLiteral("outGroup"))->setChecked(true);
        auto *method = dialog->findChild<QComboBox *>(QStringLiteral("outMethodCombo"));
        method->setCurrentIndex(method->findText(QStringLiteral("自取")));
        dialog->findChild<QLineEdit *>(QStringLiteral("outDateEdit"))->setText(QStringLiteral("2024-09-23"));
        dialog->findChild<QLineEdit *>(QStringLiteral("collectedByEdit"))->setText(QStringLiteral("测试甲"));
        // Without the identity check the result out is refused and the dialog stays open ...
        MessageBox::setTestAnswer(QMessageBox::Ok);
        MessageBox::clearLast();
        dialog->accept();
        error = MessageBox::lastText();
        if (dialog->result() == QDialog::Accepted)
            return int(QDialog::Accepted);
        // ... with the state change already written and unticked; ticking the check completes it.
        dialog->findChild<QCheckBox *>(QStringLiteral("identityCheck"))->setChecked(true);
        dialog->accept();
        return dialog->result();
    });
    window.findChild<QPushButton *>(QStringLiteral("recordButton"))->click();
    CHECK(error.contains(QStringLiteral("身份")));
    REQUIRE(waitFor([&] { return items->item(1, 2) && items->item(1, 2)->text() == QStringLiteral("已办结"); }));
    CHECK(items->item(1, 4)->text() == QStringLiteral("自取 2024-09-23"));
    CHECK(items->item(1, 3)->foreground().color() != QColor(0xc0, 0x00, 0x00));
    CHECK(waitFor([&] { return overdue->count() == 0; }));
    CHECK(counts->item(rowOf(counts, QStringLiteral("逾期")), 1)->text() == QStringLiteral("0"));
    const auto stored = vd::WorkflowRepository(*db, vd::WorkdayCalendar::builtIn()).items(caseNo);
    REQUIRE(stored.ok());
    CHECK(stored.value().at(1).documentNumbers == QStringLiteral("户口簿 TEST-1"));
    CHECK(stored.value().at(1).resultOut->identityChecked);
}

TEST_CASE("The result dialog offers only the states the workflow allows next", "[ui][workflow]")
{
    useChinese();
    QTemporaryDir dir;
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("w.sqlite")));
    REQUIRE(opened.ok());
    const std::unique_ptr<vd::Database> db = std::move(opened).value();
    const QString caseNo = seedOverdue(*db);
    WorkflowService service(*db);
    const auto items = service.items(caseNo);
    REQUIRE(items.ok());

    ItemResultDialog pending(service, caseNo, items.value().at(2), nullptr); // ID card, 待推送
    auto *combo = pending.findChild<QComboBox *>(QStringLiteral("stateCombo"));
    QStringList offered;
    for (int i = 1; i < combo->count(); ++i)
        offered.append(combo->itemText(i));
    CHECK(offered == QStringList{QStringLiteral("已推送"), QStringLiteral("不予办理")});

    ItemResultDialog pension(service, caseNo, items.value().at(5), nullptr);
    auto *event = pension.findChild<QCheckBox *>(QStringLiteral("eventCheck"));
    CHECK_FALSE(event->isHidden());
    CHECK(event->text().contains(QStringLiteral("转移基金到账")));
    if (const QByteArray shots = qgetenv("VD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        pension.show();
        REQUIRE(QTest::qWaitForWindowExposed(&pension));
        CHECK(pension.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("result-dialog.png"))));
    }
}

namespace {

/// What one use of the result dialog records.
struct Record {
    QString state;   ///< Chinese state name to choose, "" = unchanged
    QString date;
    bool event = false;
    QString reason;
    QString outMethod; ///< Chinese method name, "" = no result out
};

/// Opens the result dialog for the item in `row` of the panel and records `r` through its widgets;
/// returns the message of a refused save ("" when it was saved).
QString recordThroughDialog(QWidget &window, int row, const Record &r)
{
    auto *items = window.findChild<QTableWidget *>(QStringLiteral("itemTable"));
    items->selectRow(row);
    QString message;
    DialogRunner::setTestHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ItemResultDialog *>(d);
        REQUIRE(dialog);
        auto *state = dialog->findChild<QComboBox *>(QStringLiteral("stateCombo"));
        state->setCurrentIndex(r.state.isEmpty() ? 0 : state->findText(r.state));
        REQUIRE(state->currentIndex() >= 0);
        dialog->findChild<QLineEdit *>(QStringLiteral("dateEdit"))->setText(r.date);
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(r.reason);
        dialog->findChild<QCheckBox *>(QStringLiteral("eventCheck"))->setChecked(r.event);
        dialog->findChild<QGroupBox *>(QStringLiteral("outGroup"))->setChecked(!r.outMethod.isEmpty());
        if (!r.outMethod.isEmpty()) {
            auto *method = dialog->findChild<QComboBox *>(QStringLiteral("outMethodCombo"));
            method->setCurrentIndex(method->findText(r.outMethod));
            dialog->findChild<QLineEdit *>(QStringLiteral("outDateEdit"))->setText(r.date);
            dialog->findChild<QLineEdit *>(QStringLiteral("trackingNoEdit"))->setText(QStringLiteral("SF0000000001"));
            dialog->findChild<QLineEdit *>(QStringLiteral("collectedByEdit"))->setText(QStringLiteral("测试甲"));
            dialog->findChild<QCheckBox *>(QStringLiteral("identityCheck"))->setChecked(true);
        }
        MessageBox::clearLast();
        dialog->accept();
        if (dialog->result() != QDialog::Accepted)
            message = MessageBox::lastText();
        return dialog->result();
    });
    window.findChild<QPushButton *>(QStringLiteral("recordButton"))->click();
    return message;
}

} // namespace

TEST_CASE("A case from valid-full.json taken from acceptance to closed through the GUI", "[ui][workflow]")
{
    useChinese();
    HookGuard guard;
    MessageBox::setTestAnswer(QMessageBox::Ok);
    QTemporaryDir dir;
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("close.sqlite")));
    REQUIRE(opened.ok());
    const std::unique_ptr<vd::Database> db = std::move(opened).value();
    const auto added =
        db->cases().add(vd::test::loadExample(QStringLiteral("valid-full.json")), QStringLiteral("360121"), QDate(2024, 9, 12));
    REQUIRE(added.ok());

    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QTableView *>(QStringLiteral("caseTable"))->selectRow(0);
    auto *items = window.findChild<QTableWidget *>(QStringLiteral("itemTable"));
    REQUIRE(waitFor([&] { return items->rowCount() == 9; }));

    // Rows in the plan's order: 0 退役报到, 1 户口登记, 2 身份证, 3 预备役, 4 社保登记, 5 养老转移,
    // 6 医保登记, 7 医保接续, 8 补助金.
    CHECK(recordThroughDialog(window, 1, {QStringLiteral("已推送"), QStringLiteral("2024-09-12")}).contains(QStringLiteral("退役报到")));
    const QString d1 = QStringLiteral("2024-09-12"), d2 = QStringLiteral("2024-09-13"), d3 = QStringLiteral("2024-09-20");
    const QList<QPair<int, Record>> steps = {
        {0, {QStringLiteral("已推送"), d1}},
        {0, {QStringLiteral("已办结"), d2, false, QString(), QStringLiteral("自取")}},
        {8, {QStringLiteral("已推送"), d1}},
        {1, {QStringLiteral("已推送"), d2}},
        {1, {QStringLiteral("已办结"), d2, false, QString(), QStringLiteral("邮寄")}},
        {2, {QStringLiteral("已推送"), d2}},
        {2, {QStringLiteral("办理中"), d2}},
        {2, {QStringLiteral("已办结"), d3, false, QString(), QStringLiteral("自取")}},
        {4, {QStringLiteral("已推送"), d2}},
        {4, {QStringLiteral("已办结"), d3, false, QString(), QStringLiteral("短信通知")}},
        {5, {QStringLiteral("已推送"), d2}},
        {5, {QStringLiteral("已办结"), d3, true, QString(), QStringLiteral("短信通知")}}, // funds arrived, then done
        {6, {QStringLiteral("已推送"), d2}},
        {6, {QStringLiteral("已办结"), d3, false, QString(), QStringLiteral("短信通知")}},
        {7, {QStringLiteral("已推送"), d2}},
        {7, {QStringLiteral("退回"), d3, false, QStringLiteral("原参保地未办理停保"), QStringLiteral("短信通知")}},
        {8, {QStringLiteral("已办结"), d3, true, QString(), QStringLiteral("短信通知")}},
    };
    for (const auto &[row, record] : steps) {
        INFO("row " << row << " -> " << record.state.toStdString());
        const QString refused = recordThroughDialog(window, row, record);
        INFO(refused.toStdString());
        CHECK(refused.isEmpty());
    }
    CHECK(MessageBox::lastText().contains(QStringLiteral("已办结关闭")));
    const auto status = vd::WorkflowRepository(*db, vd::WorkdayCalendar::builtIn()).caseStatus(added.value());
    REQUIRE(status.ok());
    CHECK(status.value() == QStringLiteral("closed"));
    auto *caseTable = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    CHECK(caseTable->model()->index(0, 4).data().toString() != QStringLiteral("已受理"));
}
