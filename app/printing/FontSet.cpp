#include "FontSet.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vd {
namespace {

/// Size at which raw fonts are loaded: advances then come in thousandths of an em.
constexpr qreal RawPixelSize = 1000.0;

QString roleKey(FontRole role)
{
    switch (role) {
    case FontRole::Body:
        return QStringLiteral("body");
    case FontRole::Title:
        return QStringLiteral("title");
    case FontRole::Heading:
        return QStringLiteral("heading");
    }
    return QString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().isEmpty())
            out << v.toString();
    }
    return out;
}

QFont pinnedFont(const QString &family)
{
    QFont font(family);
    font.setFamilies({family});
    // No fontconfig fallback: every character is drawn by the face FontSet chose for it.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    return font;
}

bool isLayoutCharacter(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == U'\t';
}

} // namespace

const FontSet &FontSet::instance()
{
    static const FontSet set = [] {
        QFile file(QStringLiteral(":/printing/fonts.json"));
        QJsonObject config;
        if (file.open(QIODevice::ReadOnly))
            config = QJsonDocument::fromJson(file.readAll()).object();
        return FontSet(config);
    }();
    return set;
}

FontSet::FontSet(const QJsonObject &config)
{
    const QStringList installed = QFontDatabase::families();
    const QJsonObject roles = config.value(QStringLiteral("roles")).toObject();
    const QStringList fallbacks = stringList(config.value(QStringLiteral("fallbacks")));
    for (FontRole role : {FontRole::Body, FontRole::Title, FontRole::Heading}) {
        QList<int> chain;
        for (const QString &family : stringList(roles.value(roleKey(role)))) {
            if (isInstalled(family, installed)) {
                chain << addFace(family);
                break;
            }
        }
        for (const QString &family : fallbacks) {
            if (!isInstalled(family, installed))
                continue;
            const int face = addFace(family);
            if (!chain.contains(face))
                chain << face;
        }
        m_chains.insert(int(role), chain);
    }
}

bool FontSet::isInstalled(const QString &family, const QStringList &installed)
{
    if (installed.contains(family, Qt::CaseInsensitive))
        return true;
    // Localised names (仿宋_GB2312 for FangSong_GB2312) are not always listed but still match exactly.
    return QFontInfo(pinnedFont(family)).exactMatch();
}

int FontSet::addFace(const QString &family)
{
    for (int i = 0; i < m_faces.size(); ++i) {
        if (m_faces.at(i).family == family)
            return i;
    }
    Face face;
    face.family = family;
    face.raw = QRawFont::fromFont(pinnedFont(family));
    face.raw.setPixelSize(RawPixelSize);
    m_faces << face;
    return int(m_faces.size() - 1);
}

QStringList FontSet::chain(FontRole role) const
{
    QStringList out;
    for (int face : m_chains.value(int(role)))
        out << m_faces.at(face).family;
    return out;
}

int FontSet::faceFor(FontRole role, char32_t ucs4) const
{
    const QList<int> chain = m_chains.value(int(role));
    // White space takes the primary face so that it never splits a run.
    if (ucs4 == U' ' || isLayoutCharacter(ucs4))
        return chain.isEmpty() ? -1 : 0;
    if (ucs4 >= 0xD800 && ucs4 <= 0xDFFF) // a lone surrogate is no character
        return -1;
    for (int i = 0; i < chain.size(); ++i) {
        if (m_faces.at(chain.at(i)).raw.supportsCharacter(uint(ucs4)))
            return i;
    }
    return -1;
}

QFont FontSet::font(FontRole role, int face, qreal pointSize) const
{
    const QList<int> chain = m_chains.value(int(role));
    QFont font = pinnedFont(face >= 0 && face < chain.size() ? m_faces.at(chain.at(face)).family : QString());
    font.setPointSizeF(pointSize);
    return font;
}

qreal FontSet::advanceEm(FontRole role, int face, char32_t ucs4) const
{
    const QList<int> chain = m_chains.value(int(role));
    if (face < 0 || face >= chain.size())
        return 0.0;
    const Face &f = m_faces.at(chain.at(face));
    if (ucs4 == U'\t')
        ucs4 = U' ';
    const auto cached = f.advances.constFind(ucs4);
    if (cached != f.advances.constEnd())
        return *cached;
    const QList<quint32> glyphs = f.raw.glyphIndexesForString(QString::fromUcs4(&ucs4, 1));
    qreal advance = 0.0;
    for (const QPointF &a : f.raw.advancesForGlyphIndexes(glyphs, QRawFont::UseDesignMetrics))
        advance += a.x();
    advance /= RawPixelSize;
    f.advances.insert(ucs4, advance);
    return advance;
}

qreal FontSet::ascentEm(FontRole role) const
{
    const QList<int> chain = m_chains.value(int(role));
    return chain.isEmpty() ? 0.88 : m_faces.at(chain.first()).raw.ascent() / RawPixelSize;
}

qreal FontSet::descentEm(FontRole role) const
{
    const QList<int> chain = m_chains.value(int(role));
    return chain.isEmpty() ? 0.12 : m_faces.at(chain.first()).raw.descent() / RawPixelSize;
}

Status FontSet::checkText(const QString &text, FontRole role) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isLayoutCharacter(c))
            continue;
        if (faceFor(role, c) < 0)
            return missingGlyph(c);
    }
    return Status::success();
}

Error FontSet::missingGlyph(char32_t ucs4)
{
    const bool printable = !(ucs4 >= 0xD800 && ucs4 <= 0xDFFF) && QChar::category(ucs4) != QChar::Other_Control;
    const QString shown = printable ? QString::fromUcs4(&ucs4, 1) : QString();
    const QString hex = QStringLiteral("%1").arg(uint(ucs4), 4, 16, QLatin1Char('0')).toUpper();
    return {QStringLiteral("missing_glyph"),
            QStringLiteral("无法打印字符“%1”（U+%2）：已安装的字体中没有该字。").arg(shown, hex)};
}

} // namespace vd
