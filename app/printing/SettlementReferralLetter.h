#pragma once

#include <QString>
#include <QStringList>

#include "Case.h"
#include "PrintDocument.h"
#include "PrintService.h"

namespace vd {

/// 落户介绍信 (退役士兵安置条例 art. 14; domain-facts.md §5.1): the letter the veterans bureau gives a
/// self-employed discharged soldier at discharge reporting, with which the police station of the
/// settlement place registers the household. One A4 page: the counterfoil (存根) on top, kept by the
/// bureau; a dashed cut line with the letter number printed across it (骑缝); the letter below,
/// addressed to the police station, in GB/T 9704-2012 style: 3号 (16 pt) body, 2号 (22 pt) title,
/// text inside the 156 mm type area from 28 mm (clause 5.2.1), date 右空四字 and a seal area over
/// the authority and date (clause 7.3.5.1); a reprint carries a 补打 mark on both parts. Only for
/// cases with hukou registration.
/// The official field template is not published (domain-facts.md §5.1 NOT FOUND): the fields follow
/// the usual practice — number, name, sex, birth date, citizen ID number, former household address,
/// discharge date, settlement address, householder relation, validity, authority, seal, date.
class SettlementReferralLetter : public PrintDocument {
public:
    SettlementReferralLetter(const Case &c, const PrintContext &ctx);

    /// 落户介绍信.
    QString title() const override;
    /// document_not_applicable when the case has no hukou registration or the validity is not
    /// positive; letter_number_missing when PrintContext::letterNumber is empty (the number comes
    /// from the register when the print is logged: PrintRecorder).
    Status check() const override;
    void paint(PageCanvas &canvas) const override;

    /// The letter's number: PrintContext::letterNumber, taken from the gap-free per-year register
    /// (PrintLogRepository) by PrintRecorder, e.g. 赣退役落字〔2024〕第0007号; "" when not given.
    static QString letterNumber(const Case &c, const PrintContext &ctx);
    /// The addressee: PrintContext::policeStation, or "<安置地县>公安派出所" from the placement region.
    static QString addressee(const Case &c, const PrintContext &ctx);

    /// GB/T 9704-2012 clause 5.2.1 geometry, mm: 订口 28, 版心 156 wide, 天头 37, 版心 225 high.
    static constexpr qreal TypeLeft = 28.0;
    static constexpr qreal TypeWidth = 156.0;
    static constexpr qreal TypeRight = TypeLeft + TypeWidth;
    static constexpr qreal TypeTop = 37.0;
    static constexpr qreal TypeBottom = TypeTop + 225.0;

private:
    QStringList letterParagraphs() const;
    qreal paintCounterfoil(PageCanvas &canvas, qreal top) const;
    void paintCutLine(PageCanvas &canvas, qreal y) const;
    qreal letterHeight(const PageCanvas &canvas, qreal pitch) const;
    void paintLetter(PageCanvas &canvas, qreal top, qreal pitch) const;
    void paintSignature(PageCanvas &canvas, qreal top, qreal pitch) const;

    Case m_case;
    PrintContext m_context;
};

} // namespace vd
