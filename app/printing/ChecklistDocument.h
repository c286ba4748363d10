#pragma once

#include "Case.h"
#include "PrintDocument.h"
#include "PrintService.h"

namespace vd {

/// 材料清单 / 材料接收凭证 (Attachment 4 as received): every material the case needs
/// (MaterialsChecklist), what the window received and as what (原件/复印件/缺/免提交), pages, notes,
/// the deficiencies with their promised dates (容缺受理), the outcome of the acceptance rule
/// (MaterialsAssessment) and signature lines for applicant and clerk. A4 portrait, 20 mm margins;
/// the ID number is masked (the paper is handed to the applicant). More pages when the list is long.
class ChecklistDocument : public PrintDocument {
public:
    ChecklistDocument(const Case &c, const PrintContext &ctx);

    /// 材料接收凭证.
    QString title() const override;
    /// Always ok: every case has a checklist (an unaccepted one prints without a case number).
    Status check() const override;
    void paint(PageCanvas &canvas) const override;

    static constexpr qreal Left = 20.0;   ///< mm
    static constexpr qreal Right = 190.0; ///< mm
    static constexpr qreal Top = 20.0;    ///< mm
    static constexpr qreal Bottom = 277.0; ///< mm

private:
    Case m_case;
    PrintContext m_context;
};

} // namespace vd
