// Test helper for PrintLogRepositoryTest: opens the store given as argv[1], takes the next number of
// "settlement-letter" for case argv[2] inside PrintLogRepository::record and dies (std::_Exit)
// in the middle of the output, as a program killed while printing would. argv[3]: the store's
// administrator passphrase. Prints nothing on success because there is none; exit status 3 when it
// got no number at all.
#include <QCoreApplication>

#include <cstdlib>

#include "Database.h"
#include "PrintLogRepository.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    auto db = vd::Database::open(QString::fromLocal8Bit(argv[1]), {nullptr, QString::fromLocal8Bit(argv[3]), false});
    if (!db)
        return 3;
    vd::PrintLogRepository log(*db.value());
    vd::PrintRequest r;
    r.caseNo = QString::fromLocal8Bit(argv[2]);
    r.documentKey = QStringLiteral("settlement-letter");
    r.numbered = true;
    r.prefix = QStringLiteral("赣退役落字");
    r.year = 2024;
    r.printedBy = QStringLiteral("crash-test");
    r.output = QStringLiteral("pdf");
    log.record(r, [](const vd::PrintLogEntry &e) -> vd::Status {
        if (e.numberSeq > 0)
            std::_Exit(42); // killed half-way: no commit, no rollback, no destructors
        return vd::Status::success();
    });
    return 3;
}
