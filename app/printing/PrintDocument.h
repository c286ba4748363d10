#pragma once

#include <QString>

#include "PageCanvas.h"
#include "Result.h"

namespace vd {

/// One printable document built from domain values: what every document builder
/// (RegistrationFormDocument, SettlementReferralLetter, …) provides to PrintService.
class PrintDocument {
public:
    virtual ~PrintDocument() = default;

    /// The document's title for PDF metadata and print jobs, e.g. 落户介绍信 (no personal data).
    virtual QString title() const = 0;
    /// Ok when the document can be made for this case; otherwise the reason, e.g.
    /// document_not_applicable (a settlement letter for a case without hukou registration).
    virtual Status check() const = 0;
    /// Lays out and paints every page on `canvas` (A4 portrait, millimetres from the paper's corner),
    /// calling canvas.newPage() between pages. Problems are reported through canvas.status().
    virtual void paint(PageCanvas &canvas) const = 0;
};

} // namespace vd
