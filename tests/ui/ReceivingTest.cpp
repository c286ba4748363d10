// Receiving in the case editor (issue 4): ticks per material kept while the list follows the form,
// the acceptance rule at the material, 容缺受理 with a promised date, and the scanned files of a
// stored case (type by content, thumbnail, a byte-exact copy for the viewer).
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "AttachmentRepository.h"
#include "AttachmentsDialog.h"
#include "CaseEditorDialog.h"
#include "CasePrinter.h"
#include "NoticeRepository.h"
#include "PrintService.h"
#include "CaseRepository.h"
#include "Database.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "UiTestSupport.h"

using namespace vd::uitest;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<vd::Database> db;
    std::unique_ptr<CaseEditorDialog> editor;

    Fixture()
    {
        useChinese();
        REQUIRE(dir.isValid());
        auto opened = vd::Database::open(dir.filePath(QStringLiteral("receiving.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        editor = std::make_unique<CaseEditorDialog>(*db);
        editor->show();
        REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    }
    ~Fixture()
    {
        MessageBox::setTestAnswer(QMessageBox::Discard);
        editor.reset();
        MessageBox::setTestAnswer(QMessageBox::NoButton);
    }
    template <typename T>
    T *w(const QString &name) const
    {
        T *found = editor->findChild<T *>(name);
        INFO("widget " << name.toStdString());
        REQUIRE(found);
        return found;
    }
    void setStatus(const QString &id, const QString &status)
    {
        auto *combo = w<QComboBox>(QStringLiteral("status_") + id);
        combo->setCurrentIndex(combo->findData(status));
        editor->validateNow();
    }
    QStringList codesAt(const QString &id) const
    {
        QStringList codes;
        for (const vd::Finding &f : editor->findings()) {
            if (f.field == QStringLiteral("materials.") + id)
                codes << f.code;
        }
        return codes;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "receiving: a key material missing blocks 受理 at the material", "[ui][receiving]")
{
    fillForm(editor.get(), example(QStringLiteral("valid-minimal.json")));
    editor->validateNow();
    auto *accept = w<QPushButton>(QStringLiteral("acceptButton"));
    CHECK_FALSE(accept->isEnabled());
    CHECK(codesAt(QStringLiteral("discharge_certificate")) == QStringList{"key_material_missing"});
    CHECK(w<QComboBox>(QStringLiteral("status_discharge_certificate"))->property("vdFinding").toString() == "error");
    CHECK(w<QComboBox>(QStringLiteral("status_discharge_certificate"))->toolTip().contains(QStringLiteral("退役证")));
    CHECK_FALSE(w<QLineEdit>(QStringLiteral("supplement_by_discharge_certificate"))->isEnabled()); // key: no promise

    receiveAllMaterials(editor.get());
    editor->validateNow();
    CHECK(accept->isEnabled());
    setStatus(QStringLiteral("id_card"), QStringLiteral("missing"));
    CHECK_FALSE(accept->isEnabled());
    setStatus(QStringLiteral("id_card"), QStringLiteral("waived"));
    CHECK(accept->isEnabled());

    // The ticks stay with their material while the list follows the items.
    w<QSpinBox>(QStringLiteral("pages_discharge_certificate"))->setValue(3);
    w<QCheckBox>(QStringLiteral("item_hukou_registration"))->click();
    editor->validateNow();
    CHECK(editor->findChild<QComboBox *>(QStringLiteral("status_householder_hukou_book")));
    w<QCheckBox>(QStringLiteral("item_hukou_registration"))->click();
    editor->validateNow();
    CHECK(w<QComboBox>(QStringLiteral("status_discharge_certificate"))->currentData().toString() == "original");
    CHECK(w<QSpinBox>(QStringLiteral("pages_discharge_certificate"))->value() == 3);
    CHECK(accept->isEnabled());
}

TEST_CASE_METHOD(Fixture, "receiving: a missing non-key material is accepted with a promised date", "[ui][receiving]")
{
    fillForm(editor.get(), example(QStringLiteral("valid-full.json")));
    editor->validateNow();
    receiveAllMaterials(editor.get());
    setStatus(QStringLiteral("marriage_certificate"), QStringLiteral("missing"));
    auto *accept = w<QPushButton>(QStringLiteral("acceptButton"));
    CHECK_FALSE(accept->isEnabled());
    CHECK(codesAt(QStringLiteral("marriage_certificate")) == QStringList{"supplement_date_required"});

    const QDate promised = QDate::currentDate().addDays(7);
    auto *date = w<QLineEdit>(QStringLiteral("supplement_by_marriage_certificate"));
    date->setText(promised.toString(QStringLiteral("yyyy.M.d")));
    emit date->editingFinished();
    editor->validateNow();
    CHECK(codesAt(QStringLiteral("marriage_certificate")) == QStringList{"material_deficient"});
    REQUIRE(accept->isEnabled());

    MessageBox::setTestAnswer(QMessageBox::Ok);
    QTest::mouseClick(accept, Qt::LeftButton);
    const QString caseNo = editor->caseNo();
    REQUIRE_FALSE(caseNo.isEmpty());
    const auto stored = db->cases().find(caseNo);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    bool promisedStored = false;
    for (const vd::MaterialReceipt &r : stored.value()->materials)
        promisedStored = promisedStored || (r.material == "marriage_certificate" && r.supplementBy == promised);
    CHECK(promisedStored);

    // Viewing the stored case: the supplement is recorded later, bumping the revision.
    CaseEditorDialog view(*db);
    view.setCase(*stored.value(), true);
    auto *status = view.findChild<QComboBox *>(QStringLiteral("status_marriage_certificate"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("original")));
    view.validateNow();
    auto *save = view.findChild<QPushButton *>(QStringLiteral("saveMaterialsButton"));
    REQUIRE(save);
    CHECK_FALSE(save->isHidden());
    save->click();
    CHECK(db->cases().revisionOf(caseNo).value() == 2);
    bool supplied = false;
    const auto reread = db->cases().find(caseNo);
    REQUIRE(reread.ok());
    REQUIRE(reread.value().has_value());
    for (const vd::MaterialReceipt &r : reread.value()->materials)
        supplied = supplied || (r.material == "marriage_certificate" && r.status == "original");
    CHECK(supplied);
    MessageBox::setTestAnswer(QMessageBox::NoButton);
}

TEST_CASE_METHOD(Fixture, "attachments: added by content, thumbnail, opened as an exact copy", "[ui][receiving]")
{
    fillForm(editor.get(), example(QStringLiteral("valid-minimal.json")));
    editor->validateNow();
    receiveAllMaterials(editor.get());
    editor->validateNow();
    MessageBox::setTestAnswer(QMessageBox::Ok);
    QTest::mouseClick(w<QPushButton>(QStringLiteral("acceptButton")), Qt::LeftButton);
    const QString caseNo = editor->caseNo();
    REQUIRE_FALSE(caseNo.isEmpty());

    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString png = dir.filePath(QStringLiteral("scan.pdf")); // a PNG named .pdf
    REQUIRE(image.save(png, "PNG"));
    const QString text = dir.filePath(QStringLiteral("note.jpg"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not an image");
    }

    AttachmentsDialog dialog(*db, caseNo, QStringLiteral("discharge_certificate"), QStringLiteral("退役证"));
    dialog.show();
    MessageBox::clearLast();
    FileDialog::setNextOpenFileNames({png, text});
    dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    CHECK(MessageBox::lastText().contains(QStringLiteral("note.jpg")));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("attachmentList"));
    REQUIRE(list->count() == 1);
    CHECK_FALSE(list->item(0)->icon().isNull());
    const auto listed = vd::AttachmentRepository(*db).list(caseNo);
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().at(0).mediaType == "image/png");

    QString opened;
    AttachmentsDialog::setOpenHook([&](const QString &path) { opened = path; });
    dialog.findChild<QPushButton *>(QStringLiteral("openButton"))->click();
    AttachmentsDialog::setOpenHook({});
    REQUIRE_FALSE(opened.isEmpty());
    QFile copy(opened), original(png);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == original.readAll());
    MessageBox::setTestAnswer(QMessageBox::NoButton);
}

TEST_CASE_METHOD(Fixture, "a one-time notice exported from the GUI is recorded with the case", "[ui][receiving]")
{
    fillForm(editor.get(), example(QStringLiteral("valid-full.json")));
    editor->validateNow();
    receiveAllMaterials(editor.get());
    setStatus(QStringLiteral("marriage_certificate"), QStringLiteral("missing"));
    auto *date = w<QLineEdit>(QStringLiteral("supplement_by_marriage_certificate"));
    date->setText(QDate::currentDate().addDays(3).toString(Qt::ISODate));
    emit date->editingFinished();
    editor->validateNow();
    MessageBox::setTestAnswer(QMessageBox::Ok);
    QTest::mouseClick(w<QPushButton>(QStringLiteral("acceptButton")), Qt::LeftButton);
    const QString caseNo = editor->caseNo();
    REQUIRE_FALSE(caseNo.isEmpty());

    CasePrinter printer(*db, nullptr);
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    FileDialog::setNextSaveFileName(pdf);
    CHECK(printer.exportPdf(caseNo, vd::DocumentKind::Notice) == pdf);
    CHECK(QFile::exists(pdf));
    const auto notices = vd::NoticeRepository(*db).list(caseNo);
    REQUIRE(notices.ok());
    REQUIRE(notices.value().size() == 1);
    CHECK(notices.value().at(0).content.value(QStringLiteral("materials")).toArray().size() == 1);

    // Another document is not recorded as a notice.
    FileDialog::setNextSaveFileName(dir.filePath(QStringLiteral("checklist.pdf")));
    CHECK_FALSE(printer.exportPdf(caseNo, vd::DocumentKind::Checklist).isEmpty());
    CHECK(vd::NoticeRepository(*db).list(caseNo).value().size() == 1);
    MessageBox::setTestAnswer(QMessageBox::NoButton);
}
