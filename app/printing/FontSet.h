#pragma once

#include <QFont>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRawFont>
#include <QString>
#include <QStringList>

#include "Result.h"

namespace vd {

/// What a piece of printed text is: each role has its own font preference list.
enum class FontRole {
    Body,    ///< 仿宋 (GB/T 9704-2012 clause 7.1: 3号仿宋 body text); form labels and values
    Title,   ///< 小标宋 (GB/T 9704-2012 clause 7.3.3: 2号小标宋 title)
    Heading, ///< 黑体 (first-level headings)
};

/// The pinned fonts of the printed documents. Each role resolves its preference list (from
/// resources/printing/fonts.json) to the first installed family; characters that family lacks fall
/// back, in a fixed order, to the configured fallbacks (HanaMinA, HanaMinB for characters outside
/// the BMP). Fallback is decided here, per code point, never by fontconfig, so the same text always
/// uses the same fonts and a character no pinned font has is found before anything is painted.
/// Needs a QGuiApplication (font database). Not thread-safe: use from the GUI thread.
class FontSet {
public:
    /// The set configured by :/printing/fonts.json, resolved once against the installed fonts.
    static const FontSet &instance();

    /// A set from a configuration object of the shape of fonts.json:
    /// {"roles": {"body": [families…], "title": […], "heading": […]}, "fallbacks": [families…]}.
    explicit FontSet(const QJsonObject &config);

    /// The installed families a role draws with, in fallback order (primary first); empty when
    /// none of its preferences is installed.
    QStringList chain(FontRole role) const;
    /// The family that draws `ucs4` in `role`, as an index into chain(role); -1 when no pinned font has it.
    int faceFor(FontRole role, char32_t ucs4) const;
    /// The font of chain(role)[face] at `pointSize` pt, with merging, kerning and hinting off so that
    /// what is drawn is exactly the pinned face and matches advancePt() at any resolution.
    QFont font(FontRole role, int face, qreal pointSize) const;
    /// Horizontal advance of `ucs4` drawn with chain(role)[face], in em (multiply by the size in pt
    /// to get pt), from the font's design metrics (resolution independent).
    qreal advanceEm(FontRole role, int face, char32_t ucs4) const;
    /// Ascent and descent of the role's primary family, in em.
    qreal ascentEm(FontRole role) const;
    qreal descentEm(FontRole role) const;

    /// Ok when every character of `text` has a glyph in the fonts of `role`. Error code
    /// "missing_glyph" naming the first character that has none (also a lone surrogate), e.g.
    /// 无法打印字符“X”（U+10FFFD）：已安装的字体中没有该字。 Line breaks and tabs are accepted (they are
    /// layout, not glyphs).
    Status checkText(const QString &text, FontRole role) const;
    /// The error for a character no pinned font can draw (code "missing_glyph", Chinese message).
    static Error missingGlyph(char32_t ucs4);

private:
    struct Face {
        QString family;
        QRawFont raw; ///< at 1000 px, so that design advances are in 1/1000 em
        mutable QHash<char32_t, qreal> advances;
    };
    int addFace(const QString &family);
    static bool isInstalled(const QString &family, const QStringList &installed);

    QList<Face> m_faces;
    QHash<int, QList<int>> m_chains; ///< role → indexes into m_faces
};

} // namespace vd
