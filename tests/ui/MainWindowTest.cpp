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
        previewShown = qobject_cast<QPrintPreviewDialog *>(d) != nullptr;
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
}
