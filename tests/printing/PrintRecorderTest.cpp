// Logged printing: numbers from the register, gap-free across failed prints, reprints marked.
#include <catch2/catch.hpp>

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>

#include <memory>

#include "CaseRepository.h"
#include "Database.h"
#include "PdfProbe.h"
#include "PrintLogRepository.h"
#include "PrintRecorder.h"
#include "PrintSettings.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"

using namespace vd;
using vd::test::PdfProbe;

namespace {

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    Case add(const QString &politicalStatus = QStringLiteral("01"))
    {
        Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"), QString());
        c.applicant.politicalStatus = politicalStatus;
        const auto no = db->cases().add(c, QStringLiteral("360121"), QDate(2024, 9, 12));
        REQUIRE(no.ok());
        c.caseNo = no.value();
        return c;
    }
    PrintContext context(DocumentKind kind, const Case &c) const
    {
        const auto ctx = PrintSettings::context(*db, kind, c, QDate(2024, 9, 15));
        REQUIRE(ctx.ok());
        return ctx.value();
    }
};

} // namespace

TEST_CASE("letters are numbered from the register, gap-free, and a reprint keeps its number", "[printing][recorder]")
{
    Store store;
    REQUIRE(store.db->settings().setValue(SettingKeys::letterPrefix(QStringLiteral("settlement-letter")),
                                          QStringLiteral("赣退役落字")).ok());
    PrintRecorder recorder(*store.db, QStringLiteral("测试经办"));
    QList<Case> cases;
    for (int i = 0; i < 8; ++i) {
        const Case c = store.add();
        cases << c;
        const QString pdf = store.dir.filePath(QStringLiteral("letter-%1.pdf").arg(i));
        const auto e = recorder.writePdf(DocumentKind::SettlementLetter, c, store.context(DocumentKind::SettlementLetter, c), pdf);
        INFO(e.error().message.toStdString());
        REQUIRE(e.ok());
        const QString number = QStringLiteral("赣退役落字〔2024〕第%1号").arg(i + 1, 4, 10, QLatin1Char('0'));
        CHECK(e.value().letterNumber == number);
        CHECK(PdfProbe::compactText(pdf).count(number) == 3);
    }

    // A print that fails half-way (the printer cannot start) takes no number.
    QPrinter broken(QPrinter::HighResolution);
    broken.setOutputFormat(QPrinter::PdfFormat);
    broken.setOutputFileName(store.dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
    const Case failed = store.add();
    const auto f = recorder.print(DocumentKind::SettlementLetter, failed, store.context(DocumentKind::SettlementLetter, failed),
                                  &broken);
    REQUIRE_FALSE(f.ok());
    CHECK(f.error().code == QStringLiteral("print_write_failed"));
    // A PDF that cannot be created takes none either.
    CHECK_FALSE(recorder
                    .writePdf(DocumentKind::SettlementLetter, failed, store.context(DocumentKind::SettlementLetter, failed),
                              store.dir.filePath(QStringLiteral("no/such/folder/y.pdf")))
                    .ok());
    const auto next = recorder.writePdf(DocumentKind::SettlementLetter, failed,
                                        store.context(DocumentKind::SettlementLetter, failed),
                                        store.dir.filePath(QStringLiteral("next.pdf")));
    REQUIRE(next.ok());
    CHECK(next.value().numberSeq == 9);
    CHECK_FALSE(next.value().reprint);

    // 补打 of the third letter: the same number, the mark on both parts, logged as a reprint.
    const QString again = store.dir.filePath(QStringLiteral("again.pdf"));
    const auto reprint = recorder.writePdf(DocumentKind::SettlementLetter, cases.at(2),
                                           store.context(DocumentKind::SettlementLetter, cases.at(2)), again);
    REQUIRE(reprint.ok());
    CHECK(reprint.value().reprint);
    CHECK(reprint.value().letterNumber == QStringLiteral("赣退役落字〔2024〕第0003号"));
    const QString text = PdfProbe::compactText(again);
    CHECK(text.count(QStringLiteral("赣退役落字〔2024〕第0003号")) == 3);
    CHECK(text.count(QStringLiteral("补打")) == 2);
    PdfProbe::keep(again, QStringLiteral("settlement-reprint.pdf"));

    const auto log = PrintLogRepository(*store.db).entries();
    REQUIRE(log.ok());
    CHECK(log.value().size() == 10); // 8 + 1 + the reprint; the failures left nothing
    CHECK(log.value().last().reprint);
    CHECK(log.value().last().printedBy == QStringLiteral("测试经办"));
}

TEST_CASE("receipts are logged without a number; the party letter counts on its own", "[printing][recorder]")
{
    Store store;
    PrintRecorder recorder(*store.db, QStringLiteral("测试经办"));
    const Case member = store.add(QStringLiteral("01"));
    const Case league = store.add(QStringLiteral("03"));
    const Case other = store.add(QStringLiteral("13"));

    const auto receipt = recorder.writePdf(DocumentKind::Receipt, member, store.context(DocumentKind::Receipt, member),
                                           store.dir.filePath(QStringLiteral("receipt.pdf")));
    REQUIRE(receipt.ok());
    CHECK_FALSE(receipt.value().isNumbered());

    const auto p1 = recorder.writePdf(DocumentKind::PartyLetter, member, store.context(DocumentKind::PartyLetter, member),
                                      store.dir.filePath(QStringLiteral("p1.pdf")));
    REQUIRE(p1.ok());
    CHECK(p1.value().letterNumber == QStringLiteral("赣退役组字〔2024〕第0001号"));
    const QString refused = store.dir.filePath(QStringLiteral("refused.pdf"));
    const auto p2 = recorder.writePdf(DocumentKind::PartyLetter, other, store.context(DocumentKind::PartyLetter, other),
                                      refused);
    REQUIRE_FALSE(p2.ok());
    CHECK(p2.error().code == QStringLiteral("document_not_applicable"));
    CHECK_FALSE(QFile::exists(refused));
    const auto p3 = recorder.writePdf(DocumentKind::PartyLetter, league, store.context(DocumentKind::PartyLetter, league),
                                      store.dir.filePath(QStringLiteral("p3.pdf")));
    REQUIRE(p3.ok());
    CHECK(p3.value().numberSeq == 2);
    CHECK(PrintLogRepository(*store.db).entries().value().size() == 3);
}

TEST_CASE("the print context comes from the store's settings", "[printing][settings]")
{
    Store store;
    const Case c = store.add();
    SettingsRepository s = store.db->settings();
    REQUIRE(s.setValue(SettingKeys::issuingAuthority(), QStringLiteral("南昌县退役军人事务局")).ok());
    REQUIRE(s.setValue(SettingKeys::hallName(), QStringLiteral("南昌县政务服务中心")).ok());
    REQUIRE(s.setValue(SettingKeys::hallPhone(), QStringLiteral("0791-85700000")).ok());
    REQUIRE(s.setValue(SettingKeys::windowNo(), QStringLiteral("5")).ok());
    REQUIRE(s.setValue(SettingKeys::policeStation(QStringLiteral("360121")), QStringLiteral("南昌县公安局莲塘派出所")).ok());
    REQUIRE(s.setValue(SettingKeys::validityDays(QStringLiteral("settlement-letter")), QStringLiteral("15")).ok());
    const PrintContext ctx = store.context(DocumentKind::SettlementLetter, c);
    CHECK(ctx.issuingAuthority == QStringLiteral("南昌县退役军人事务局"));
    CHECK(ctx.hallName == QStringLiteral("南昌县政务服务中心"));
    CHECK(ctx.hallPhone == QStringLiteral("0791-85700000"));
    CHECK(ctx.windowNo == QStringLiteral("5"));
    CHECK(ctx.policeStation == QStringLiteral("南昌县公安局莲塘派出所"));
    CHECK(ctx.validityDays == 15);
    CHECK(ctx.printDate == QDate(2024, 9, 15));
    CHECK(store.context(DocumentKind::PartyLetter, c).validityDays == 30); // default for the other kind
    CHECK(ctx.clerk.isEmpty()); // a line to sign until clerk accounts exist

    REQUIRE(s.setValue(SettingKeys::validityDays(QStringLiteral("settlement-letter")), QStringLiteral("abc")).ok());
    const auto bad = PrintSettings::context(*store.db, DocumentKind::SettlementLetter, c);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("setting_invalid"));
}
