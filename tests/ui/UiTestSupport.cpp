#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "Translations.h"

namespace vd::uitest {

void useChinese()
{
    static bool installed = false;
    if (!installed) {
        qunsetenv("VD_LANG");
        REQUIRE(Translations::install(*qApp));
        installed = true;
    }
}

void typeText(QWidget *w, const QString &text)
{
    for (const uint cp : text.toUcs4()) {
        const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        if (cp < 0x80)
            QTest::keyClick(w, static_cast<char>(cp));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, ch, Qt::NoModifier);
    }
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

void setField(QWidget *form, const QString &key, const QJsonValue &value)
{
    INFO("field " << key.toStdString());
    QWidget *w = form->findChild<QWidget *>(key);
    REQUIRE(w);
    REQUIRE(w->isEnabled());
    const QString text = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                        : value.toString();
    if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->clear();
        typeText(edit, text);
        REQUIRE(edit->text() == text);
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const int index = combo->findData(text);
        INFO("code " << text.toStdString());
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    } else {
        FAIL("no input widget");
    }
}

void fillForm(QWidget *form, const QJsonObject &caseFile, const QStringList &skip)
{
    for (const QJsonValue &item : caseFile.value(QStringLiteral("items")).toArray()) {
        auto *box = form->findChild<QAbstractButton *>(QStringLiteral("item_") + item.toString());
        INFO("item " << item.toString().toStdString());
        REQUIRE(box);
        if (!box->isChecked())
            box->click();
        REQUIRE(box->isChecked());
    }
    const QStringList ignored = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("items")};
    for (auto it = caseFile.begin(); it != caseFile.end(); ++it) {
        if (ignored.contains(it.key()) || skip.contains(it.key()))
            continue;
        if (it.value().isObject()) {
            const QJsonObject block = it.value().toObject();
            for (auto field = block.begin(); field != block.end(); ++field) {
                if (!skip.contains(field.key()))
                    setField(form, field.key(), field.value());
            }
        } else {
            setField(form, it.key(), it.value());
        }
    }
}

void receiveAllMaterials(QWidget *form)
{
    for (QComboBox *status : form->findChildren<QComboBox *>()) {
        if (status->objectName().startsWith(QLatin1String("status_")))
            status->setCurrentIndex(status->findData(QStringLiteral("original")));
    }
}

QJsonObject example(const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(test::sharedPath(QStringLiteral("spec/examples/") + name)));
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace vd::uitest
