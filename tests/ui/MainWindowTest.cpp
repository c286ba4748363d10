// The main job through the real main window: register valid-minimal.json through the editor's
// widgets, accept, find it in the list, view it read-only, print it to PDF.
#include <catch2/catch.hpp>

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "CaseEditorDialog.h"
#include "Database.h"
#include "DialogRunner.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PrintLogRepository.h"
#include "PrintPreviewDialog.h"
#include "SettingsDialog.h"
#include "SettingsRepository.h"
#include "UiTestSupport.h"

using namespace vd::uitest;

namespace {

// Restores the hooks whatever the test's outcome.
struct HookGuard {
    ~HookGuard()
    {
        DialogRunner::setTestHook({});
        MessageBox::setTestAnswer(QMessageBox::NoButton);
    }
};

int rowOfName(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 1).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Register a case through the main window and find it in the list", "[ui][main]")
{
    useChinese();
    HookGuard guard;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("main.sqlite")));
    REQUIRE(opened.ok());
    const std::unique_ptr<vd::Database> db = std::move(opened).value();

    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 0);
    auto *storeLabel = window.findChild<QLabel *>(QStringLiteral("storePathLabel"));
    REQUIRE(storeLabel);
    CHECK(storeLabel->text().contains(QStringLiteral("main.sqlite")));
    auto *newAction = window.findChild<QAction *>(QStringLiteral("actionNewCase"));
    REQUIRE(newAction);
    CHECK(newAction->text() == QStringLiteral("新建登记"));
    CHECK(newAction->shortcut() == QKeySequence(QStringLiteral("Ctrl+N")));

    // The action opens the editor (answered without showing it).
    bool opensEditor = false;
    DialogRunner::setTestHook([&](QDialog *d) {
        opensEditor = qobject_cast<CaseEditorDialog *>(d) != nullptr;
        return int(QDialog::Rejected);
    });
    newAction->trigger();
    CHECK(opensEditor);

    const QJsonObject file = example(QStringLiteral("valid-minimal.json"));
    QString shownCaseNo;
    DialogRunner::setTestHook([&](QDialog *d) {
        auto *editor = qobject_cast<CaseEditorDialog *>(d);
        REQUIRE(editor);
        editor->show();
        REQUIRE(QTest::qWaitForWindowExposed(editor));
        auto *accept = editor->findChild<QPushButton *>(QStringLiteral("acceptButton"));
        REQUIRE(accept);
        CHECK_FALSE(accept->isEnabled());

        // Everything but the phone: still incomplete, so 受理 stays disabled, with the reason shown.
        fillForm(editor, file, {QStringLiteral("phone")});
        editor->validateNow();
        CHECK_FALSE(accept->isEnabled());
        auto *reason = editor->findChild<QLabel *>(QStringLiteral("acceptReason"));
        REQUIRE(reason);
        CHECK(reason->text().contains(QStringLiteral("不能受理")));

        setField(editor, QStringLiteral("phone"), file.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("phone")));
        editor->validateNow();
        receiveAllMaterials(editor);
        REQUIRE(waitFor([&] { return accept->isEnabled(); }));

        MessageBox::clearLast();
        MessageBox::setTestAnswer(QMessageBox::Ok);
        QTest::mouseClick(accept, Qt::LeftButton);
        shownCaseNo = editor->caseNo();
        CHECK(MessageBox::lastText().contains(shownCaseNo));
        return editor->result();
    });
    window.newCase();
    REQUIRE_FALSE(shownCaseNo.isEmpty());
    CHECK(shownCaseNo.startsWith(QStringLiteral("360425-")));

    // The list follows: the new case, by name, with its ID number masked.
    const int row = rowOfName(table->model(), QStringLiteral("刘晓雯"));
    REQUIRE(row >= 0);
    CHECK(table->model()->index(row, 0).data().toString() == shownCaseNo);
    const QString masked = table->model()->index(row, 2).data().toString();
    CHECK(masked.contains(QLatin1Char('*')));
    CHECK_FALSE(masked.contains(QStringLiteral("199907201524")));
    CHECK(window.selectedCaseNo() == shownCaseNo);

    // The search box filters as you type.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    typeText(search, QStringLiteral("无此人"));
    CHECK(waitFor([&] { return table->model()->rowCount() == 0; }));
    search->clear();
    typeText(search, QStringLiteral("晓雯"));
    CHECK(waitFor([&] { return table->model()->rowCount() == 1; }));

    // Double-click shows the case read-only.
    table->selectRow(0);
    bool readOnly = false;
    bool nameReadOnly = false;
    QString name;
    bool acceptHidden = false;
    DialogRunner::setTestHook([&](QDialog *d) {
        if (auto *editor = qobject_cast<CaseEditorDialog *>(d)) {
            readOnly = editor->isReadOnly();
            if (auto *edit = editor->findChild<QLineEdit *>(QStringLiteral("name"))) {
                name = edit->text();
                nameReadOnly = edit->isReadOnly();
            }
            if (auto *accept = editor->findChild<QPushButton *>(QStringLiteral("acceptButton")))
                acceptHidden = accept->isHidden();
        }
        return int(QDialog::Rejected);
    });
    const QRect cell = table->visualRect(table->model()->index(0, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(readOnly);
    CHECK(nameReadOnly);
    CHECK(name == QStringLiteral("刘晓雯"));
    CHECK(acceptHidden);

    // 导出PDF… of the registration form for the selected case.
    DialogRunner::setTestHook({});
    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::Ok);
    const QString pdf = dir.filePath(QStringLiteral("form.pdf"));
    FileDialog::setNextSaveFileName(pdf);
    auto *exportForm = window.findChild<QAction *>(QStringLiteral("actionExportPdf_registration-form"));
    REQUIRE(exportForm);
    exportForm->trigger();
    INFO("message: " << MessageBox::lastText().toStdString());
    CHECK(MessageBox::count() == 0);
    CHECK(QFileInfo(pdf).size() > 0);

    // 预览: the preview dialog paints the form without complaint.
    bool previewShown = false;
    DialogRunner::setTestHook([&](QDialog *d) {
        previewShown = qobject_cast<PrintPreviewDialog *>(d) != nullptr;
        d->show();
        QTest::qWait(200);
        d->hide();
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("actionPreview_registration-form"))->trigger();
    CHECK(previewShown);
    CHECK(MessageBox::count() == 0);

    // 打印…: the printer the clerk chose (here: a PDF file) gets the form.
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    DialogRunner::setTestHook([&](QDialog *d) {
        if (auto *dialog = qobject_cast<QPrintDialog *>(d)) {
            dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
            dialog->printer()->setOutputFileName(printed);
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("actionPrint_registration-form"))->trigger();
    CHECK(MessageBox::count() == 0);
    CHECK(QFileInfo(printed).size() > 0);
    DialogRunner::setTestHook({});

    // A settlement letter needs hukou registration: the clerk is told why, nothing is written.
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    FileDialog::setNextSaveFileName(letter);
    auto *exportLetter = window.findChild<QAction *>(QStringLiteral("actionExportPdf_settlement-letter"));
    REQUIRE(exportLetter);
    exportLetter->trigger();
    CHECK(MessageBox::count() == 1);
    CHECK_FALSE(QFileInfo::exists(letter));

    // Every print and PDF so far is in the print log (the preview is not).
    const QString caseNo = window.selectedCaseNo();
    REQUIRE(!caseNo.isEmpty());
    auto log = vd::PrintLogRepository(*db).entries(caseNo);
    REQUIRE(log.ok());
    REQUIRE(log.value().size() == 2);
    CHECK(log.value().at(0).output == QStringLiteral("pdf"));
    CHECK(log.value().at(1).output == QStringLiteral("printer"));
    CHECK(log.value().at(1).reprint); // the second registration form of the case

    // The preview's Print… button prints through the log as well.
    const QString fromPreview = dir.filePath(QStringLiteral("from-preview.pdf"));
    DialogRunner::setTestHook([&](QDialog *d) {
        if (auto *dialog = qobject_cast<QPrintDialog *>(d)) {
            dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
            dialog->printer()->setOutputFileName(fromPreview);
            return int(QDialog::Accepted);
        }
        if (auto *preview = qobject_cast<PrintPreviewDialog *>(d)) {
            preview->findChild<QPushButton *>(QStringLiteral("printButton"))->click();
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    });
    MessageBox::clearLast();
    window.findChild<QAction *>(QStringLiteral("actionPreview_receipt"))->trigger();
    INFO("message: " << MessageBox::lastText().toStdString());
    CHECK(MessageBox::count() == 0);
    CHECK(QFileInfo(fromPreview).size() > 0);
    log = vd::PrintLogRepository(*db).entries(caseNo);
    REQUIRE(log.value().size() == 3);
    CHECK(log.value().at(2).documentKey == QStringLiteral("receipt"));

    // 打印全套: every applicable document (valid-minimal with every material received: form, checklist and
    // receipt; nothing to notify, no letters) in one job each.
    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    DialogRunner::setTestHook([&](QDialog *d) {
        if (auto *dialog = qobject_cast<QPrintDialog *>(d)) {
            dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
            dialog->printer()->setOutputFileName(all);
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("actionPrintAll"))->trigger();
    CHECK(MessageBox::count() == 0);
    log = vd::PrintLogRepository(*db).entries(caseNo);
    REQUIRE(log.value().size() == 6);
    CHECK(log.value().at(3).documentKey == QStringLiteral("registration-form"));
    CHECK(log.value().at(4).documentKey == QStringLiteral("checklist"));
    CHECK(log.value().at(5).documentKey == QStringLiteral("receipt"));
    DialogRunner::setTestHook({});
}

TEST_CASE("the settings dialog saves checked values and refuses bad ones", "[ui][settings]")
{
    HookGuard guard;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened.ok());
    const vd::Database &db = *opened.value();
    {
        SettingsDialog dialog(db);
        dialog.findChild<QLineEdit *>(QStringLiteral("hallNameEdit"))->setText(QStringLiteral("南昌县政务服务中心"));
        dialog.findChild<QLineEdit *>(QStringLiteral("hallPhoneEdit"))->setText(QStringLiteral("0791-85700000"));
        REQUIRE(dialog.save());
    }
    CHECK(db.settings().value(QStringLiteral("hall_name")).value() == std::optional<QString>(QStringLiteral("南昌县政务服务中心")));
    CHECK(db.settings().value(QStringLiteral("validity_days.settlement-letter")).value()
          == std::optional<QString>(QStringLiteral("30")));
    {
        SettingsDialog dialog(db);
        CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("hallNameEdit"))->text() == QStringLiteral("南昌县政务服务中心"));
        MessageBox::clearLast();
        MessageBox::setTestAnswer(QMessageBox::Ok);
        dialog.findChild<QLineEdit *>(QStringLiteral("hallNameEdit"))->setText(QStringLiteral("改了"));
        dialog.findChild<QLineEdit *>(QStringLiteral("hallPhoneEdit"))->setText(QStringLiteral("not a phone"));
        CHECK_FALSE(dialog.save());
        CHECK(MessageBox::count() == 1);
        CHECK(MessageBox::lastText().contains(QStringLiteral("hall_phone")));
    }
    // Nothing of the refused dialog was saved.
    CHECK(db.settings().value(QStringLiteral("hall_name")).value() == std::optional<QString>(QStringLiteral("南昌县政务服务中心")));
}
