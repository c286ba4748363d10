#include "CodeCombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

void CodeCombo::fill(QComboBox *combo, const QList<vd::CodeEntry> &table, bool editable)
{
    combo->clear();
    combo->addItem(QString(), QString());
    for (const vd::CodeEntry &e : table)
        combo->addItem(e.name, e.code);
    combo->setEditable(editable);
    if (editable) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        auto *completer = new QCompleter(combo->model(), combo);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        combo->setCompleter(completer);
    }
    combo->setCurrentIndex(0);
}

QString CodeCombo::code(const QComboBox *combo)
{
    if (!combo->isEditable())
        return combo->currentData().toString();
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == text)
        return combo->itemData(current).toString();
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i) == text || combo->itemData(i).toString() == text)
            return combo->itemData(i).toString();
    }
    return text;
}

void CodeCombo::setCode(QComboBox *combo, const QString &code)
{
    int index = combo->findData(code);
    if (index < 0) {
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    if (combo->isEditable())
        combo->setEditText(combo->itemText(index));
}
