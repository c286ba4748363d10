#include "ScreenLock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "CaseEditorDialog.h"
#include "Database.h"
#include "DialogRunner.h"
#include "LoginDialog.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"

int ScreenLock::configuredMinutes(const vd::Database &db)
{
    const auto setting = db.settings().value(vd::SettingKeys::idleLockMinutes());
    if (setting && setting.value()) {
        bool ok = false;
        const int minutes = setting.value()->trimmed().toInt(&ok);
        if (ok && minutes >= 0)
            return minutes;
    }
    return DefaultIdleMinutes;
}

ScreenLock::ScreenLock(const vd::Database &db, QString login, int idleMinutes, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_login(std::move(login))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ScreenLock::lockNow);
    qApp->installEventFilter(this);
    if (idleMinutes > 0)
        setIdleIntervalMs(idleMinutes * 60 * 1000);
}

ScreenLock::~ScreenLock()
{
    qApp->removeEventFilter(this);
    uncover();
}

void ScreenLock::setIdleIntervalMs(int ms)
{
    m_idle.setInterval(ms);
    m_idle.start();
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked && m_idle.interval() > 0)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ScreenLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    // Whatever is being typed is kept before anyone else can reach the desk.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *editor = qobject_cast<CaseEditorDialog *>(w); editor && editor->isVisible())
            editor->saveDraftNow();
    }
    cover();
    emit locked();
    bool quit = false;
    for (;;) {
        LoginDialog login(m_db);
        login.setLockMode(m_login);
        if (DialogRunner::exec(&login) == QDialog::Accepted) {
            if (login.account().login == m_login)
                break;
        } else {
            quit = true;
            break;
        }
    }
    uncover();
    m_locked = false;
    if (quit) {
        QCoreApplication::exit(0);
        return;
    }
    m_idle.start();
    emit unlocked();
}

void ScreenLock::cover()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || qobject_cast<LoginDialog *>(w) || w->windowType() == Qt::ToolTip
            || w->windowType() == Qt::Popup)
            continue;
        auto *cover = new QWidget(w);
        cover->setObjectName(QStringLiteral("screenLockCover"));
        cover->setAutoFillBackground(true);
        QPalette palette = cover->palette();
        palette.setColor(QPalette::Window, QColor(0x37, 0x47, 0x4f));
        palette.setColor(QPalette::WindowText, Qt::white);
        cover->setPalette(palette);
        auto *layout = new QVBoxLayout(cover);
        auto *label = new QLabel(tr("Locked — enter the password to continue."), cover);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        cover->setGeometry(w->rect());
        cover->raise();
        cover->show();
        m_covers.append(cover);
    }
}

void ScreenLock::uncover()
{
    for (const QPointer<QWidget> &cover : qAsConst(m_covers))
        delete cover.data();
    m_covers.clear();
}
