#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QIcon>
#include <QPushButton>

#include "BuildInfo.h"

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    const QIcon icon = QIcon::fromTheme(QStringLiteral("veteran-desk"), windowIcon());
    if (!icon.isNull())
        m_ui->iconLabel->setPixmap(icon.pixmap(64, 64));
    m_ui->programName->setText(tr("Veteran Desk"));
    const QString commit = vd::BuildInfo::commit();
    m_ui->versionLabel->setText(commit.isEmpty()
                                    ? tr("Version %1, built %2").arg(vd::BuildInfo::version(), vd::BuildInfo::buildDate())
                                    : tr("Version %1, built %2 from commit %3")
                                          .arg(vd::BuildInfo::version(), vd::BuildInfo::buildDate(), commit));
    m_ui->licenceLabel->setText(vd::BuildInfo::licence());
    m_ui->noticesView->setMarkdown(vd::BuildInfo::thirdPartyNotices());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
}

AboutDialog::~AboutDialog() = default;
