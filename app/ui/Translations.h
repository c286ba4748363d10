#pragma once

#include <QString>

class QCoreApplication;

/// The UI language. Simplified Chinese unless the environment variable VD_LANG is "en": installs
/// the embedded :/i18n/veteran-desk_zh_CN.qm and, when present, Qt's own qtbase_zh_CN.qm from
/// QLibraryInfo::TranslationsPath (standard buttons, dialogs).
class Translations {
public:
    /// Installs the translators on `app`. Returns false when the application's own translation
    /// could not be loaded (the UI then shows the English source strings).
    static bool install(QCoreApplication &app);
    /// The language chosen from VD_LANG: "en" or "zh_CN".
    static QString language();
};
