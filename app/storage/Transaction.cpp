#include "Transaction.h"

#include "StorageError.h"

#include <QSqlQuery>

#include <utility>

namespace vd {

Transaction::Transaction(QSqlDatabase db, QString errorCode, QString beginStatement)
    : m_db(std::move(db)), m_errorCode(std::move(errorCode)), m_beginStatement(std::move(beginStatement))
{
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::begin()
{
    if (m_beginStatement.isEmpty()) {
        if (!m_db.transaction())
            return StorageError::fromSql(m_errorCode, QStringLiteral("无法开始数据库事务"), m_db.lastError());
    } else {
        QSqlQuery q(m_db);
        if (!q.exec(m_beginStatement))
            return StorageError::fromSql(m_errorCode, QStringLiteral("无法开始数据库事务"), q.lastError());
    }
    m_active = true;
    return Status::success();
}

Status Transaction::commit()
{
    if (!m_active)
        return StorageError::make(m_errorCode, QStringLiteral("内部错误：提交了未开始的数据库事务。"));
    if (!m_db.commit()) {
        const Error e = StorageError::fromSql(m_errorCode, QStringLiteral("提交数据库事务失败，本次修改未保存"),
                                              m_db.lastError());
        m_db.rollback();
        m_active = false;
        return e;
    }
    m_active = false;
    return Status::success();
}

} // namespace vd
