#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class QWidget;

namespace vd::uitest {

/// Installs the zh_CN translation once (the GUI's default language).
void useChinese();
/// Types `text` into `w` key by key: ASCII through QTest::keyClick, other characters as key events
/// carrying the text (QTest::keyClicks asserts on non-ASCII).
void typeText(QWidget *w, const QString &text);
/// Processes events until `pred` holds or `timeoutMs` passes; returns whether it held.
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 3000);
/// Fills the case editor `form` with a case file's fields (spec/case-format.md) through the widgets
/// named after the JSON keys: items first (checkboxes `item_<id>`), then every field; text typed,
/// code fields chosen by their code. `skip` lists keys left for later. Fails the test when a
/// field has no widget.
void fillForm(QWidget *form, const QJsonObject &caseFile, const QStringList &skip = {});
/// Sets one field widget named `key` to `value` (a JSON string or boolean) as fillForm does.
void setField(QWidget *form, const QString &key, const QJsonValue &value);
/// Marks every material the case editor `form` asks the applicant for as received (原件), through
/// the checklist's status combos (`status_<material id>`), so that the acceptance rule passes.
void receiveAllMaterials(QWidget *form);
/// The case file at ../shared/spec/examples/<name> as a JSON object.
QJsonObject example(const QString &name);

} // namespace vd::uitest
