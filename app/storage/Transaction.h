#pragma once

#include <QSqlDatabase>
#include <QString>

#include "Result.h"

namespace vd {

/// A transaction scope on one connection (the KMyMoney MyMoneyFileTransaction idea): begin(),
/// the statements, commit(); if commit() is not reached or fails, the destructor rolls back, so an
/// early return can never leave half a write behind.
class Transaction {
public:
    /// `errorCode` is the code of every error this scope reports, e.g. "storage_write_failed".
    /// `beginStatement` (from SqlDialect::beginWriteStatement) starts a transaction that takes the
    /// write lock at once; empty = the driver's default BEGIN.
    Transaction(QSqlDatabase db, QString errorCode, QString beginStatement = QString());
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Starts the transaction. Errors: `errorCode` (e.g. the store is locked or read-only).
    Status begin();
    /// Commits and checks the result. Errors: `errorCode`; the transaction is then rolled back.
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_errorCode;
    QString m_beginStatement;
    bool m_active = false;
};

} // namespace vd
