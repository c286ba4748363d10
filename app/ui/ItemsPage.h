#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ItemsPage;
}

/// 需要办理事项 with the sections they open (户口登记, 送达方式, 一次性经济补助发放), the placement
/// region and the application date, from forms/ItemsPage.ui. Item checkboxes are `item_<item id>`;
/// the mandatory items (ItemInfo::mandatory) are checked and locked. A section is enabled only while
/// an item that needs it is checked (spec/case-format.md, top level).
class ItemsPage : public QWidget {
    Q_OBJECT
public:
    explicit ItemsPage(QWidget *parent = nullptr);
    ~ItemsPage() override;

private:
    void updateSections();

    std::unique_ptr<Ui::ItemsPage> m_ui;
};
