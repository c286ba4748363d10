#pragma once

#include <QDate>
#include <QString>

namespace vd {

/// Chinese numerals as official forms require them. 组通字〔2006〕45号 (党员组织关系介绍信, filling
/// rules, domain-facts.md §5.2): 党费交至年月 and 有效期 are written in 大写 numerals so that they cannot
/// be altered; years are written digit by digit (二〇二四年), months and days in ordinary numerals.
class ChineseNumerals {
public:
    /// 大写 (capital, anti-alteration) numerals of 1–9999 as on financial and organisation forms:
    /// 1 → 壹, 10 → 壹拾, 15 → 壹拾伍, 30 → 叁拾, 105 → 壹佰零伍, 2024 → 贰仟零贰拾肆.
    /// "" for values outside 1–9999 (no form needs them; the caller refuses the value).
    static QString capital(int value);
    /// Ordinary numerals of a count, 1–9999: 15 → 十五, 30 → 三十, 105 → 一百零五; "" outside.
    static QString count(int value);
    /// Ordinary (小写) numerals of 1–99 for months and days: 5 → 五, 10 → 十, 12 → 十二, 31 → 三十一;
    /// "" outside 1–99.
    static QString ordinary(int value);
    /// A year digit by digit with 〇 for zero: 2024 → 二〇二四; "" outside 1–9999.
    static QString yearDigits(int year);
    /// 年月 as on the party letter: 二〇二四年五月 (day ignored); "" for an invalid date.
    static QString yearMonth(const QDate &date);
    /// A whole date in Chinese numerals: 二〇二四年九月十五日; "" for an invalid date.
    static QString date(const QDate &date);
};

} // namespace vd
