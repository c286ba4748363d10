#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace vd {
class Database;
}
class QWidget;

/// Auto-lock after a time without input (issue 6, clerks; setting idle_lock_minutes, default 10):
/// an application event filter restarts a single-shot timer on every key, mouse and wheel event;
/// when it fires, every open case editor saves its draft, each visible window is covered and the
/// clerk's password is asked again (LoginDialog in lock mode, through DialogRunner). Quitting from
/// the lock ends the program (the drafts are saved).
class ScreenLock : public QObject {
    Q_OBJECT
public:
    /// Default idle time when the setting is absent or unreadable.
    static constexpr int DefaultIdleMinutes = 10;
    /// The idle_lock_minutes setting of `db` (0 = never lock), DefaultIdleMinutes when absent.
    static int configuredMinutes(const vd::Database &db);

    /// Locks for `login` on `db` (which must outlive this object) after `idleMinutes` without
    /// input; 0 turns the lock off.
    ScreenLock(const vd::Database &db, QString login, int idleMinutes, QObject *parent = nullptr);
    ~ScreenLock() override;

    /// Test hook: the idle time in milliseconds.
    void setIdleIntervalMs(int ms);
    bool isLocked() const { return m_locked; }

public slots:
    /// Covers the windows and asks for the password until it is given (or the clerk quits).
    void lockNow();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cover();
    void uncover();

    const vd::Database &m_db;
    QString m_login;
    QTimer m_idle;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_covers;
};
