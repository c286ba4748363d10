#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ServicePage;
}

/// 预备役登记信息 (必填事项) of the registration form, from forms/ServicePage.ui. Field widgets are
/// named after their JSON keys (`enlistment_date`, `rank` …).
class ServicePage : public QWidget {
    Q_OBJECT
public:
    explicit ServicePage(QWidget *parent = nullptr);
    ~ServicePage() override;

private:
    std::unique_ptr<Ui::ServicePage> m_ui;
};
