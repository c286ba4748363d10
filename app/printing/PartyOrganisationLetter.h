#pragma once

#include <QString>
#include <QStringList>

#include "Case.h"
#include "PrintDocument.h"
#include "PrintService.h"

namespace vd {

/// 党(团)员组织关系介绍信. For party members (GB/T 4762 code 01 中共党员, 02 中共预备党员) the form of
/// 组通字〔2006〕45号 (domain-facts.md §5.2) in its three parts on one A4 page, each with the same
/// number and separated by cut lines with the number across them (骑缝): 存根 (kept by the issuer,
/// with 贴回执联处), 介绍信 (addressee, "…同志（男），…岁，…族，系中共正式党员，身份证号码…，由…去…，
/// 请接转组织关系。该同志党费已交到二〇二四年九月。（有效期叁拾天）", seal and date, contact lines) and
/// 回执 (returned by the receiving organisation). 党费交至年月 and 有效期 are written in Chinese
/// (大写) numerals as the form's filling rules require (ChineseNumerals). For league members (03
/// 共青团员) the same three parts as 中国共产主义青年团团员组织关系介绍信 with 团费 (no official template
/// was found: domain-facts.md §5.3). Anyone else: document_not_applicable. Fields the window cannot
/// know (the receiving organisation) are left as lines to fill in. Body 3号仿宋 inside the GB/T 9704
/// type width (28–184 mm), bottom above 262 mm.
class PartyOrganisationLetter : public PrintDocument {
public:
    PartyOrganisationLetter(const Case &c, const PrintContext &ctx);

    /// 党员组织关系介绍信 or 团员组织关系介绍信.
    QString title() const override;
    /// document_not_applicable for a political status other than 01, 02, 03 (or none), or a
    /// validity outside 1–90 days (at most three months, domain-facts.md §5.2);
    /// letter_number_missing without PrintContext::letterNumber.
    Status check() const override;
    void paint(PageCanvas &canvas) const override;

    /// True for 01 中共党员 and 02 中共预备党员.
    static bool isPartyMember(const Case &c);
    /// True for 03 共青团员.
    static bool isLeagueMember(const Case &c);
    /// The month to which dues are paid: PrintContext::duesPaidTo when valid, otherwise the month of
    /// the discharge date (the unit collects dues until discharge); invalid when neither is known.
    static QDate duesPaidTo(const Case &c, const PrintContext &ctx);

    static constexpr qreal TypeLeft = 28.0;   ///< mm, GB/T 9704-2012 clause 5.2.1
    static constexpr qreal TypeWidth = 156.0; ///< mm
    static constexpr qreal TypeRight = TypeLeft + TypeWidth;
    static constexpr qreal TypeBottom = 262.0; ///< mm

private:
    QString fullTitle() const;
    QString memberKind() const;
    qreal paintStub(PageCanvas &canvas, qreal top) const;
    qreal paintLetter(PageCanvas &canvas, qreal top, qreal pitch, bool measureOnly) const;
    qreal paintReturnSlip(PageCanvas &canvas, qreal top) const;
    void paintCutLine(PageCanvas &canvas, qreal y) const;
    qreal paintPartHead(PageCanvas &canvas, qreal top, const QString &title, qreal pointSize) const;

    Case m_case;
    PrintContext m_context;
    bool m_party = false;
};

} // namespace vd
