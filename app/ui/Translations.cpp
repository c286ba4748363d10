#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Translations::language()
{
    return qEnvironmentVariable("VD_LANG") == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

bool Translations::install(QCoreApplication &app)
{
    if (language() == QLatin1String("en"))
        return true;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/veteran-desk_zh_CN.qm")))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}
