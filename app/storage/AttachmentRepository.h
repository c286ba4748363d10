#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

#include "Result.h"

namespace vd {

class Database;

/// One scanned file attached to a material of a case (table `attachments`, db/0003_materials.sql),
/// without its bytes.
struct AttachmentInfo {
    QString id;         ///< uuid of the attachment
    QString caseNo;     ///< 受理编号 of the case it belongs to
    QString materialId; ///< material id (spec/case-format.md, "Materials")
    QString fileName;   ///< the original file name, for display only
    QString mediaType;  ///< "application/pdf" | "image/jpeg" | "image/png", sniffed from the bytes
    qint64 size = 0;    ///< bytes
    QString sm3Hex;     ///< SM3 digest of the bytes, 64 lower-case hex characters
    QString addedAt;    ///< UTC ISO 8601 with milliseconds
};

/// The scanned attachments of cases (issue 4: "stored in the database with SM3 digest, size and
/// type; the type is checked by content; files over 20 MB are refused"). Attachments belong to
/// the case (its uuid), so they travel with it. Every write is one checked transaction.
class AttachmentRepository {
public:
    explicit AttachmentRepository(const Database &db) : m_db(db) {}

    /// Largest attachment, bytes (20 MiB).
    static constexpr qint64 MaxSize = 20 * 1024 * 1024;

    /// The media type of `bytes` from their first bytes: "%PDF-" → application/pdf,
    /// FF D8 FF → image/jpeg, the PNG signature 89 50 4E 47 0D 0A 1A 0A → image/png; "" otherwise.
    /// The file name is never consulted.
    static QString sniffMediaType(const QByteArray &bytes);

    /// Reads the file at `path` and attaches it (see addBytes). The size is checked before the file is
    /// read whole. Errors: file_unreadable (missing, a folder, unreadable), file_too_large (over
    /// MaxSize), and those of addBytes.
    Result<AttachmentInfo> addFile(const QString &caseNo, const QString &materialId, const QString &path);
    /// Attaches `bytes` named `fileName` to material `materialId` of case `caseNo`.
    /// Errors: case_not_found, unknown_material (not an id of Attachment 4), attachment_empty (0 bytes),
    /// file_too_large, attachment_type_refused (not PDF, JPEG or PNG by content), storage_write_failed,
    /// storage_open_failed. Nothing is stored on error.
    Result<AttachmentInfo> addBytes(const QString &caseNo, const QString &materialId, const QString &fileName,
                                    const QByteArray &bytes);
    /// The attachments of a case, by material in the order added. Errors: storage_read_failed.
    Result<QList<AttachmentInfo>> list(const QString &caseNo) const;
    /// The bytes of attachment `id`, exactly as added; std::nullopt when there is none. Errors:
    /// storage_read_failed, storage_corrupt_attachment (the bytes no longer match their SM3 digest).
    Result<std::optional<QByteArray>> read(const QString &id) const;
    /// Removes attachment `id`. Errors: attachment_not_found, storage_write_failed.
    Status remove(const QString &id);

private:
    const Database &m_db;
};

} // namespace vd
