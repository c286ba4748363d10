// The lazy case list (issue 9): the first page at once, more pages as the list scrolls, search as
// you type over the whole store, masked ID numbers only.
#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include "CaseListModel.h"
#include "CaseRepository.h"
#include "CitizenIdNumber.h"
#include "Database.h"
#include "MainWindow.h"
#include "SyntheticCases.h"
#include "UiTestSupport.h"

using namespace vd::uitest;
namespace sc = vd::bench::SyntheticCases;

namespace {

constexpr int Stored = 450; // two full pages and a part

std::unique_ptr<vd::Database> storeWithCases(const QTemporaryDir &dir)
{
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("lazy.sqlite")));
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    QList<vd::CaseRepository::ImportedCase> cases;
    for (int i = 0; i < Stored; ++i)
        cases.append({sc::make(i), QDate(2024, 9, 15)});
    REQUIRE(db->cases().addMany(cases, QStringLiteral("360121")).ok());
    return db;
}

} // namespace

TEST_CASE("the case list model loads the first page, then a page per fetch", "[ui][lazy]")
{
    QTemporaryDir dir;
    const auto db = storeWithCases(dir);
    CaseListModel model;
    REQUIRE(model.setSearch(*db, QString()).ok());
    CHECK(model.rowCount() == CaseListModel::PageSize);
    CHECK(model.canFetchMore(QModelIndex()));
    // Newest first, like list().
    CHECK(model.caseNoAt(0) == QStringLiteral("360121-20240915-0450"));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 2 * CaseListModel::PageSize);
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == Stored);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // nothing more, nothing changes
    CHECK(model.rowCount() == Stored);
    CHECK(model.caseNoAt(Stored - 1) == QStringLiteral("360121-20240915-0001"));
    // Only masked ID numbers.
    for (int row = 0; row < model.rowCount(); row += 37) {
        const QString shown = model.index(row, CaseListModel::MaskedIdNumber).data().toString();
        CHECK(shown.contains(QLatin1Char('*')));
        CHECK(shown.size() == 18);
    }

    // A search starts again from its own first page.
    REQUIRE(model.setSearch(*db, sc::idNumber(123)).ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CaseListModel::Name).data().toString() == sc::name(123));
    CHECK(model.index(0, CaseListModel::MaskedIdNumber).data().toString() == vd::CitizenIdNumber::masked(sc::idNumber(123)));
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    REQUIRE(model.setSearch(*db, QStringLiteral("无此人")).ok());
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));

    // setCases still shows a fixed list with nothing to fetch.
    model.setCases({vd::CaseSummary{QStringLiteral("X"), QStringLiteral("测试"), QString(), QString(), QDate()}});
    CHECK(model.rowCount() == 1);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
}

TEST_CASE("the main window shows a big store page by page and searches all of it", "[ui][lazy][main]")
{
    useChinese();
    QTemporaryDir dir;
    const auto db = storeWithCases(dir);
    MainWindow window(*db);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(table);
    QAbstractItemModel *model = table->model();
    CHECK(model->rowCount() == CaseListModel::PageSize);

    // Scrolling to the end fetches the next page, and again.
    table->scrollToBottom();
    CHECK(waitFor([&] { return model->rowCount() == 2 * CaseListModel::PageSize; }));
    table->scrollToBottom();
    CHECK(waitFor([&] { return model->rowCount() == Stored; }));

    // Search as you type reaches cases beyond the loaded pages: the oldest case, by name.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    REQUIRE(model->rowCount() == Stored);
    search->clear();
    typeText(search, sc::name(0));
    CHECK(waitFor([&] { return model->rowCount() == 1; }));
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("360121-20240915-0001"));
    search->clear();
    typeText(search, QStringLiteral("测试"));
    CHECK(waitFor([&] { return model->rowCount() == CaseListModel::PageSize; }));
}
