#pragma once

#include "Case.h"
#include "OneTimeNotice.h"
#include "PrintDocument.h"
#include "PrintService.h"

namespace vd {

/// 一次性告知书 (《中华人民共和国行政许可法》第三十二条; domain-facts.md "one-time notification"):
/// addressed to the applicant, it lists at once every outstanding material with the reason and where
/// to obtain it, and every error of the registration form, then the hall's contact, the issuing
/// authority, the date and a line for the applicant's signature of receipt. Content from
/// OneTimeNotice::build on PrintContext::printDate. A4 portrait; more pages when the lists are long.
class OneTimeNoticeDocument : public PrintDocument {
public:
    OneTimeNoticeDocument(const Case &c, const PrintContext &ctx);

    /// 一次性告知书.
    QString title() const override;
    /// document_not_applicable when nothing is outstanding and the form has no error.
    Status check() const override;
    void paint(PageCanvas &canvas) const override;

    /// What this notice lists (for recording it with the case).
    const OneTimeNotice &notice() const { return m_notice; }

private:
    Case m_case;
    PrintContext m_context;
    OneTimeNotice m_notice;
};

} // namespace vd
