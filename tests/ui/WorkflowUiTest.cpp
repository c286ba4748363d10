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
    REQUIRE(overdue->count() == 1);
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
    CHECK(overdue->count() == 0);
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
}
