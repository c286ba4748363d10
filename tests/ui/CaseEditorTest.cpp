// The case editor on its own: widgets by objectName, the locked items, the sections that follow the
// items, findings at their fields, Enter and Esc.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTableWidget>

#include "CaseEditorDialog.h"
#include "CaseJson.h"
#include "Database.h"
#include "MessageBox.h"
#include "Normalizer.h"
#include "UiTestSupport.h"

using namespace vd::uitest;

namespace {

struct EditorFixture {
    QTemporaryDir dir;
    std::unique_ptr<vd::Database> db;
    std::unique_ptr<CaseEditorDialog> editor;

    EditorFixture()
    {
        useChinese();
        REQUIRE(dir.isValid());
        auto opened = vd::Database::open(dir.filePath(QStringLiteral("editor.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        editor = std::make_unique<CaseEditorDialog>(*db);
        editor->show();
        REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    }
    ~EditorFixture()
    {
        MessageBox::setTestAnswer(QMessageBox::Discard);
        editor.reset();
        MessageBox::setTestAnswer(QMessageBox::NoButton);
    }
    template <typename T>
    T *w(const char *name) const
    {
        T *found = editor->findChild<T *>(QLatin1String(name));
        INFO("widget " << name);
        REQUIRE(found);
        return found;
    }
};

} // namespace

TEST_CASE_METHOD(EditorFixture, "The mandatory items are checked and locked", "[ui][editor]")
{
    for (const char *name : {"item_discharge_reporting", "item_reserve_registration"}) {
        auto *box = w<QCheckBox>(name);
        CHECK(box->isChecked());
        CHECK_FALSE(box->isEnabled());
        CHECK(box->toolTip().contains(QStringLiteral("必须办理")));
    }
    for (const char *name : {"item_hukou_registration", "item_id_card_issuance", "item_social_insurance_registration",
                             "item_pension_transfer", "item_medical_insurance_registration",
                             "item_medical_insurance_transfer", "item_subsidy_payment"}) {
        auto *box = w<QCheckBox>(name);
        CHECK_FALSE(box->isChecked());
        CHECK(box->isEnabled());
    }
    CHECK(w<QPushButton>("acceptButton")->text() == QStringLiteral("受理"));
    CHECK_FALSE(w<QPushButton>("acceptButton")->isEnabled()); // an empty form has errors
}

TEST_CASE_METHOD(EditorFixture, "Sections and schemes are enabled only with their items", "[ui][editor]")
{
    auto *hukou = w<QGroupBox>("hukou");
    auto *delivery = w<QGroupBox>("delivery");
    auto *subsidy = w<QGroupBox>("subsidy_account");
    auto *pension = w<QComboBox>("pension_scheme");
    auto *medical = w<QComboBox>("medical_scheme");
    CHECK_FALSE(hukou->isEnabled());
    CHECK_FALSE(delivery->isEnabled());
    CHECK_FALSE(subsidy->isEnabled());
    CHECK_FALSE(pension->isEnabled());
    CHECK_FALSE(medical->isEnabled());

    QTest::mouseClick(w<QCheckBox>("item_hukou_registration"), Qt::LeftButton);
    CHECK(hukou->isEnabled());
    CHECK(delivery->isEnabled());
    CHECK(w<QLineEdit>("householder_name")->isEnabled());
    QTest::mouseClick(w<QCheckBox>("item_hukou_registration"), Qt::LeftButton);
    CHECK_FALSE(hukou->isEnabled());
    CHECK_FALSE(delivery->isEnabled());

    w<QCheckBox>("item_id_card_issuance")->click();
    CHECK(delivery->isEnabled());
    CHECK_FALSE(hukou->isEnabled());
    w<QCheckBox>("item_subsidy_payment")->click();
    CHECK(subsidy->isEnabled());
    w<QCheckBox>("item_social_insurance_registration")->click();
    CHECK(pension->isEnabled());
    CHECK_FALSE(medical->isEnabled());
    w<QCheckBox>("item_medical_insurance_registration")->click();
    CHECK(medical->isEnabled());
}

TEST_CASE_METHOD(EditorFixture, "Every field of valid-full.json has a widget and reads back", "[ui][editor]")
{
    const QJsonObject file = example(QStringLiteral("valid-full.json"));
    fillForm(editor.get(), file);
    editor->validateNow();
    vd::Case expected = vd::CaseJson::fromObject(file).value;
    vd::Normalizer::normalize(expected);
    const vd::Case shown = editor->currentCase();
    CHECK(shown.applicant == expected.applicant);
    CHECK(shown.service == expected.service);
    CHECK(shown.items == expected.items);
    CHECK(shown.hukou == expected.hukou);
    CHECK(shown.delivery == expected.delivery);
    CHECK(shown.subsidyAccount == expected.subsidyAccount);
    CHECK(shown == expected);
    // The checklist follows the form: the spouse householder needs the marriage certificate.
    auto *checklist = w<QTableWidget>("checklistTable");
    CHECK_FALSE(checklist->findItems(QStringLiteral("结婚证"), Qt::MatchContains).isEmpty());
    CHECK_FALSE(w<QPushButton>("acceptButton")->isEnabled()); // nothing received yet
    receiveAllMaterials(editor.get());
    editor->validateNow();
    CHECK(w<QPushButton>("acceptButton")->isEnabled());
    expected.materials = editor->currentCase().materials;

    // Writing a case shows the same case again.
    CaseEditorDialog again(*db);
    again.setCase(expected, false);
    CHECK(again.currentCase() == expected);
}

TEST_CASE_METHOD(EditorFixture, "A wrong ID check digit is shown at id_number and blocks acceptance", "[ui][editor]")
{
    fillForm(editor.get(), example(QStringLiteral("valid-minimal.json")));
    editor->validateNow();
    receiveAllMaterials(editor.get());
    auto *accept = w<QPushButton>("acceptButton");
    REQUIRE(waitFor([&] { return accept->isEnabled(); }));

    auto *id = w<QLineEdit>("id_number");
    editor->activateWindow();
    id->setFocus();
    id->clear();
    typeText(id, QStringLiteral("360425199907201525")); // check character should be 4
    QTest::keyClick(id, Qt::Key_Tab);                   // leaving the field shows its findings
    REQUIRE(waitFor([&] { return !accept->isEnabled(); }));
    CHECK(waitFor([&] { return id->property("vdFinding").toString() == QLatin1String("error"); }));
    CHECK_FALSE(id->toolTip().isEmpty());
    bool atField = false;
    for (const vd::Finding &f : editor->findings())
        atField = atField || (f.field == QLatin1String("applicant.id_number") && f.isError());
    CHECK(atField);
    auto *list = w<QListWidget>("findingsList");
    CHECK(list->count() >= 1);
    CHECK(w<QLabel>("acceptReason")->text().contains(QStringLiteral("个错误，不能受理")));

    // The findings list jumps to the field.
    w<QLineEdit>("name")->setFocus();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("applicant.id_number"))
            emit list->itemActivated(list->item(i));
    }
    CHECK(waitFor([&] { return id->hasFocus(); }));

    id->clear();
    typeText(id, QStringLiteral("360425199907201524"));
    CHECK(waitFor([&] { return accept->isEnabled(); }));
    CHECK(waitFor([&] { return id->property("vdFinding").toString().isEmpty(); }));
}

TEST_CASE_METHOD(EditorFixture, "Typed values are shown normalised when the field is left", "[ui][editor]")
{
    auto *phone = w<QLineEdit>("phone");
    phone->setText(QStringLiteral("+86 138 0000 0000"));
    emit phone->editingFinished();
    CHECK(phone->text() == QStringLiteral("13800000000"));
    auto *birth = w<QLineEdit>("birth_date");
    birth->setText(QStringLiteral("1999.7.20"));
    emit birth->editingFinished();
    CHECK(birth->text() == QStringLiteral("1999-07-20"));
    birth->setText(QStringLiteral("1999.2.30"));
    editor->validateNow();
    bool unreadable = false;
    for (const vd::Finding &f : editor->findings())
        unreadable = unreadable || (f.field == QLatin1String("applicant.birth_date") && f.code == QLatin1String("invalid_date"));
    CHECK(unreadable);
}

TEST_CASE_METHOD(EditorFixture, "Enter does not accept; Esc asks before discarding typed data", "[ui][editor]")
{
    fillForm(editor.get(), example(QStringLiteral("valid-minimal.json")));
    editor->validateNow();
    receiveAllMaterials(editor.get());
    auto *accept = w<QPushButton>("acceptButton");
    REQUIRE(waitFor([&] { return accept->isEnabled(); }));
    editor->activateWindow();
    auto *name = w<QLineEdit>("name");
    name->setFocus();
    MessageBox::clearLast();
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClick(accept, Qt::Key_Return); // a focused 受理 does not take Enter either
    CHECK(editor->isVisible());
    CHECK(editor->caseNo().isEmpty());
    CHECK(MessageBox::count() == 0);

    MessageBox::setTestAnswer(QMessageBox::Cancel);
    QTest::keyClick(editor.get(), Qt::Key_Escape);
    CHECK(MessageBox::count() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("放弃")));
    CHECK(editor->isVisible());
    MessageBox::setTestAnswer(QMessageBox::Discard);
    QTest::keyClick(editor.get(), Qt::Key_Escape);
    CHECK_FALSE(editor->isVisible());
    CHECK(editor->result() == QDialog::Rejected);
    MessageBox::setTestAnswer(QMessageBox::NoButton);
}

TEST_CASE_METHOD(EditorFixture, "Esc on an untouched form closes without asking", "[ui][editor]")
{
    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::Cancel);
    QTest::keyClick(editor.get(), Qt::Key_Escape);
    CHECK(MessageBox::count() == 0);
    CHECK_FALSE(editor->isVisible());
    MessageBox::setTestAnswer(QMessageBox::NoButton);
}
