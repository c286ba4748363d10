// Attachments, later supplements and one-time notices of a stored case (issue 4).
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

#include "AttachmentRepository.h"
#include "CaseRepository.h"
#include "Database.h"
#include "NoticeRepository.h"
#include "Crypto.h"
#include "StorageFixtures.h"

using namespace vd;

namespace {

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString caseNo;

    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        const auto added = db->cases().add(test::loadExample(QStringLiteral("valid-minimal.json")),
                                           QStringLiteral("360112"), QDate(2024, 9, 15));
        REQUIRE(added.ok());
        caseNo = added.value();
    }
    AttachmentRepository attachments() const { return AttachmentRepository(*db); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
        return f.fileName();
    }
    int attachmentRows() const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM attachments")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

const QByteArray PngSignature("\x89PNG\r\n\x1A\n", 8);

QByteArray pngBytes()
{
    // Every byte value, so that a text-mode or encoding mistake anywhere would show.
    QByteArray b = PngSignature;
    for (int i = 0; i < 256 * 4; ++i)
        b.append(static_cast<char>(i % 256));
    return b;
}

} // namespace

TEST_CASE("the media type comes from the content, never the name", "[storage][attachments]")
{
    CHECK(AttachmentRepository::sniffMediaType("%PDF-1.7\n") == "application/pdf");
    CHECK(AttachmentRepository::sniffMediaType(QByteArray("\xFF\xD8\xFF\xE0", 4)) == "image/jpeg");
    CHECK(AttachmentRepository::sniffMediaType(PngSignature) == "image/png");
    CHECK(AttachmentRepository::sniffMediaType("%PDF").isEmpty());
    CHECK(AttachmentRepository::sniffMediaType(QByteArray("\xFF\xD8", 2)).isEmpty());
    CHECK(AttachmentRepository::sniffMediaType(PngSignature.left(7)).isEmpty());
    CHECK(AttachmentRepository::sniffMediaType("GIF89a").isEmpty());
    CHECK(AttachmentRepository::sniffMediaType(" %PDF-1.7").isEmpty());
    CHECK(AttachmentRepository::sniffMediaType(QByteArray()).isEmpty());
}

TEST_CASE("an attachment round-trips byte for byte with its digest", "[storage][attachments]")
{
    Store s;
    const QByteArray bytes = pngBytes();
    const QString path = s.write(QStringLiteral("scan.pdf"), bytes); // a PNG named .pdf
    const auto added = s.attachments().addFile(s.caseNo, QStringLiteral("discharge_certificate"), path);
    INFO((added.ok() ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    CHECK(added.value().mediaType == "image/png");
    CHECK(added.value().fileName == "scan.pdf");
    CHECK(added.value().size == bytes.size());
    CHECK(added.value().sm3Hex == Crypto::sm3Hex(bytes));

    const auto listed = s.attachments().list(s.caseNo.toLower());
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().at(0).id == added.value().id);
    CHECK(listed.value().at(0).sm3Hex == added.value().sm3Hex);
    CHECK(listed.value().at(0).materialId == "discharge_certificate");

    const auto back = s.attachments().read(added.value().id);
    REQUIRE(back.ok());
    REQUIRE(back.value().has_value());
    CHECK(*back.value() == bytes);

    const auto abc = s.attachments().addBytes(s.caseNo, QStringLiteral("id_card"), QStringLiteral("abc.pdf"),
                                              QByteArray("%PDF-abc"));
    REQUIRE(abc.ok());
    CHECK(abc.value().sm3Hex == Crypto::sm3Hex("%PDF-abc"));

    REQUIRE(s.attachments().remove(added.value().id).ok());
    CHECK(s.attachments().list(s.caseNo).value().size() == 1);
    CHECK(s.attachments().read(added.value().id).value() == std::nullopt);
    CHECK(s.attachments().remove(added.value().id).error().code == "attachment_not_found");
}

TEST_CASE("a changed attachment is reported as corrupt, not returned", "[storage][attachments]")
{
    Store s;
    const auto added = s.attachments().addBytes(s.caseNo, QStringLiteral("id_card"), QStringLiteral("a.png"), pngBytes());
    REQUIRE(added.ok());
    QSqlQuery q(s.db->connection());
    q.prepare(QStringLiteral("UPDATE attachments SET bytes = ? WHERE uuid = ?"));
    q.addBindValue(pngBytes() + "x");
    q.addBindValue(added.value().id);
    REQUIRE(q.exec());
    CHECK(s.attachments().read(added.value().id).error().code == "storage_corrupt_attachment");
}

TEST_CASE("wrong, empty, oversize and unknown input is refused and nothing is stored", "[storage][attachments]")
{
    Store s;
    const QString material = QStringLiteral("discharge_certificate");
    auto code = [&](const QString &caseNo, const QString &id, const QString &path) {
        const auto r = s.attachments().addFile(caseNo, id, path);
        return r.ok() ? QString() : r.error().code;
    };
    CHECK(code(s.caseNo, material, s.write("text.jpg", "just some text, not a JPEG\n")) == "attachment_type_refused");
    CHECK(code(s.caseNo, material, s.write("html.pdf", "<html>%PDF-1.4</html>")) == "attachment_type_refused");
    CHECK(code(s.caseNo, material, s.write("empty.pdf", QByteArray())) == "attachment_empty");
    CHECK(code(s.caseNo, material, s.dir.filePath("nope.pdf")) == "file_unreadable");
    CHECK(code(s.caseNo, material, s.dir.path()) == "file_unreadable");
    CHECK(code(s.caseNo, QStringLiteral("passport"), s.write("ok.png", pngBytes())) == "unknown_material");
    CHECK(code(s.caseNo, QString(), s.write("ok.png", pngBytes())) == "unknown_material");
    CHECK(code(QStringLiteral("360112-20240915-0099"), material, s.write("ok.png", pngBytes())) == "case_not_found");

    // A sparse 21 MB file: refused from its size, before it is read.
    const QString big = s.dir.filePath(QStringLiteral("big.pdf"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write("%PDF-1.7\n") == 9);
        REQUIRE(f.resize(21 * 1000 * 1000));
    }
    CHECK(code(s.caseNo, material, big) == "file_too_large");
    CHECK(s.attachments().addBytes(s.caseNo, material, "big.pdf", QByteArray(AttachmentRepository::MaxSize + 1, 'x'))
              .error()
              .code
          == "file_too_large");
    // Exactly 20 MiB is allowed.
    QByteArray limit(AttachmentRepository::MaxSize, '\0');
    limit.replace(0, 5, "%PDF-");
    CHECK(s.attachments().addBytes(s.caseNo, material, "limit.pdf", limit).ok());
    CHECK(s.attachmentRows() == 1);
}

TEST_CASE("later supplements update the stored materials, bumping the revision", "[storage][attachments]")
{
    Store s;
    CHECK(s.db->cases().revisionOf(s.caseNo).value() == 1);
    MaterialReceipt r;
    r.material = QStringLiteral("id_card");
    r.status = QStringLiteral("original");
    r.pages = 2;
    REQUIRE(s.db->cases().updateMaterials(s.caseNo, {r}).ok());
    CHECK(s.db->cases().revisionOf(s.caseNo).value() == 2);
    const auto found = s.db->cases().find(s.caseNo);
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->materials == QList<MaterialReceipt>{r});
    CHECK(s.db->cases().updateMaterials(QStringLiteral("360112-20240915-0099"), {r}).error().code == "case_not_found");
    CHECK(s.db->cases().revisionOf(s.caseNo).value() == 2);
}

TEST_CASE("issued one-time notices are recorded with the case", "[storage][attachments]")
{
    Store s;
    NoticeRepository notices(*s.db);
    const QJsonObject content{{QStringLiteral("materials"), QJsonArray{QStringLiteral("id_card")}}};
    REQUIRE(notices.record(s.caseNo, content).ok());
    const auto listed = notices.list(s.caseNo);
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().at(0).content == content);
    CHECK(notices.record(QStringLiteral("nope"), content).error().code == "case_not_found");
}
