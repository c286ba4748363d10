#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ApplicantPage;
}

/// 基本信息 of the registration form (Attachment 3), from forms/ApplicantPage.ui. Field widgets are
/// named after their JSON keys (`name`, `sex`, `birth_date` …); the page only fills its combo boxes
/// and date fields. Reading and writing a case is CaseFormBinder's job.
class ApplicantPage : public QWidget {
    Q_OBJECT
public:
    explicit ApplicantPage(QWidget *parent = nullptr);
    ~ApplicantPage() override;

private:
    std::unique_ptr<Ui::ApplicantPage> m_ui;
};
