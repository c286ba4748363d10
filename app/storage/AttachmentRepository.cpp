#include "AttachmentRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "CaseRepository.h"
#include "Crypto.h"
#include "Database.h"
#include "MaterialsChecklist.h"
#include "Normalizer.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {

const QString ReadFailed = QStringLiteral("storage_read_failed");
const QString WriteFailed = QStringLiteral("storage_write_failed");

Error tooLarge(const QString &name)
{
    return {QStringLiteral("file_too_large"),
            QStringLiteral("文件“%1”超过 20 MB，不能作为附件；请降低扫描分辨率或分页扫描。").arg(name)};
}

} // namespace

QString AttachmentRepository::sniffMediaType(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (bytes.startsWith(QByteArray("\xFF\xD8\xFF", 3)))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArray("\x89PNG\r\n\x1A\n", 8)))
        return QStringLiteral("image/png");
    return QString();
}

Result<AttachmentInfo> AttachmentRepository::addFile(const QString &caseNo, const QString &materialId,
                                                     const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{QStringLiteral("file_unreadable"), QStringLiteral("找不到文件“%1”。").arg(shown)};
    if (info.isDir())
        return Error{QStringLiteral("file_unreadable"), QStringLiteral("“%1”是文件夹，不是文件。").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file_unreadable"),
                     QStringLiteral("无法读取文件“%1”（%2）。").arg(shown, file.errorString())};
    }
    // The size first: a 2 GB scan is refused without being read into memory.
    if (!file.isSequential() && file.size() > MaxSize)
        return tooLarge(info.fileName());
    const QByteArray bytes = file.read(MaxSize + 1); // a pipe or device may never end
    if (file.error() != QFileDevice::NoError) {
        return Error{QStringLiteral("file_unreadable"),
                     QStringLiteral("无法读取文件“%1”（%2）。").arg(shown, file.errorString())};
    }
    return addBytes(caseNo, materialId, info.fileName(), bytes);
}

Result<AttachmentInfo> AttachmentRepository::addBytes(const QString &caseNo, const QString &materialId,
                                                      const QString &fileName, const QByteArray &bytes)
{
    const QString name = fileName.left(255);
    if (!MaterialsChecklist::isKnownMaterial(materialId)) {
        return Error{QStringLiteral("unknown_material"),
                     QStringLiteral("未知材料“%1”：材料编号见附件4材料清单。").arg(materialId.left(60))};
    }
    if (bytes.isEmpty())
        return Error{QStringLiteral("attachment_empty"), QStringLiteral("文件“%1”是空文件，不能作为附件。").arg(name)};
    if (bytes.size() > MaxSize)
        return tooLarge(name);
    const QString mediaType = sniffMediaType(bytes);
    if (mediaType.isEmpty()) {
        return Error{QStringLiteral("attachment_type_refused"),
                     QStringLiteral("文件“%1”的内容不是 PDF、JPEG 或 PNG，不能作为附件（按文件内容判断，"
                                    "与扩展名无关）。")
                         .arg(name)};
    }

    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();

    const Result<std::optional<CaseRepository::CaseKey>> key = CaseRepository(m_db).keyOf(caseNo);
    if (!key)
        return key.error();
    if (!key.value()) {
        return Error{QStringLiteral("case_not_found"),
                     QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60))};
    }

    AttachmentInfo a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.caseNo = key.value()->caseNo;
    a.materialId = materialId;
    a.fileName = name;
    a.mediaType = mediaType;
    a.size = bytes.size();
    a.sm3Hex = Crypto::sm3Hex(bytes);
    a.addedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO attachments (uuid, case_uuid, material_id, file_name, media_type, "
                                  "size_bytes, sm3_hex, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(a.id);
    insert.addBindValue(key.value()->uuid);
    insert.addBindValue(a.materialId);
    insert.addBindValue(a.fileName);
    insert.addBindValue(a.mediaType);
    insert.addBindValue(a.size);
    insert.addBindValue(a.sm3Hex);
    insert.addBindValue(bytes);
    insert.addBindValue(a.addedAt);
    if (!insert.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("保存附件失败，附件未保存"), insert.lastError());
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<QList<AttachmentInfo>> AttachmentRepository::list(const QString &caseNo) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.uuid, c.case_no, a.material_id, a.file_name, a.media_type, a.size_bytes, "
                             "a.sm3_hex, a.added_at FROM attachments a JOIN cases c ON c.uuid = a.case_uuid "
                             "WHERE c.case_no = ? ORDER BY a.material_id, a.added_at, a.uuid"));
    q.addBindValue(Normalizer::text(caseNo).toUpper());
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取附件列表失败"), q.lastError());
    QList<AttachmentInfo> out;
    while (q.next()) {
        AttachmentInfo a;
        a.id = q.value(0).toString();
        a.caseNo = q.value(1).toString();
        a.materialId = q.value(2).toString();
        a.fileName = q.value(3).toString();
        a.mediaType = q.value(4).toString();
        a.size = q.value(5).toLongLong();
        a.sm3Hex = q.value(6).toString();
        a.addedAt = q.value(7).toString();
        out.append(a);
    }
    if (q.lastError().isValid())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取附件列表失败"), q.lastError());
    return out;
}

Result<std::optional<QByteArray>> AttachmentRepository::read(const QString &id) const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.prepare(QStringLiteral("SELECT bytes, sm3_hex, file_name FROM attachments WHERE uuid = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(ReadFailed, QStringLiteral("读取附件失败"), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return StorageError::fromSql(ReadFailed, QStringLiteral("读取附件失败"), q.lastError());
        return std::optional<QByteArray>();
    }
    const QByteArray bytes = q.value(0).toByteArray();
    if (Crypto::sm3Hex(bytes) != q.value(1).toString()) {
        return Error{QStringLiteral("storage_corrupt_attachment"),
                     QStringLiteral("附件“%1”的内容与保存时的 SM3 摘要不符，已损坏或被改动。")
                         .arg(q.value(2).toString())};
    }
    return std::optional<QByteArray>(bytes);
}

Status AttachmentRepository::remove(const QString &id)
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    Transaction tx(db, WriteFailed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM attachments WHERE uuid = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(WriteFailed, QStringLiteral("删除附件失败"), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("attachment_not_found"), QStringLiteral("附件不存在（可能已被删除）。")};
    return tx.commit();
}

} // namespace vd
