#include <catch2/catch.hpp>

#include <QLineEdit>

#include "DateInput.h"

TEST_CASE("DateInput reads the ways clerks type dates", "[ui][date]")
{
    const QDate sept15(2024, 9, 15);
    for (const char *typed : {"2024-09-15", "20240915", "2024.9.15", "2024/9/15", "2024年9月15日", " 2024-9-15 "}) {
        INFO(typed);
        CHECK(DateInput::parse(QString::fromUtf8(typed)) == sept15);
    }
    // Full-width digits from an IME left in full-width mode.
    CHECK(DateInput::parse(QStringLiteral("２０２４．９．１５")) == sept15);
    CHECK(DateInput::parse(QStringLiteral("2000-02-29")) == QDate(2000, 2, 29));
}

TEST_CASE("DateInput rejects what is no calendar date", "[ui][date]")
{
    for (const char *typed : {"", "2024-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-9", "202409150",
                              "15.9.2024", "abc", "2024-09-15x"}) {
        INFO(typed);
        CHECK_FALSE(DateInput::parse(QString::fromUtf8(typed)).isValid());
    }
}

TEST_CASE("A date field shows the ISO date when the clerk leaves it", "[ui][date]")
{
    QLineEdit edit;
    DateInput::attach(&edit);
    edit.setText(QStringLiteral("2024.9.15"));
    emit edit.editingFinished();
    CHECK(edit.text() == QStringLiteral("2024-09-15"));
    // Text that is no date stays as typed for the clerk to correct.
    edit.setText(QStringLiteral("2024.2.30"));
    emit edit.editingFinished();
    CHECK(edit.text() == QStringLiteral("2024.2.30"));
}
