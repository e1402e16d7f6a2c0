#include "preferences.h"

#include "serverconnection.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace council::client {

namespace {

constexpr auto kFontStepKey = "display/fontStep";
constexpr auto kLanguageKey = "display/language";
// Small for a laptop with much to read, extra large for eyes that need it;
// the pages wrap text, so every step stays readable on a tablet.
constexpr qreal kScales[] = {0.9, 1.0, 1.2, 1.4};
constexpr int kDefaultStep = 1;

QSettings settings() {
    return QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"));
}

bool known(const QString &language) {
    return language == QLatin1String("vi") || language == QLatin1String("en");
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent) {
    const QSettings s = settings();
    m_fontStep =
        std::clamp(s.value(QLatin1String(kFontStepKey), kDefaultStep).toInt(), 0, fontStepCount() - 1);
    const QString language = s.value(QLatin1String(kLanguageKey)).toString();
    m_language = known(language) ? language : QStringLiteral("vi");
}

Preferences::~Preferences() {
    if (!m_installed.isEmpty()) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
}

int Preferences::fontStepCount() {
    return int(std::size(kScales));
}

qreal Preferences::scaleOf(int step) {
    return kScales[std::clamp(step, 0, fontStepCount() - 1)];
}

void Preferences::setFontStep(int step) {
    step = std::clamp(step, 0, fontStepCount() - 1);
    if (step == m_fontStep)
        return;
    m_fontStep = step;
    settings().setValue(QLatin1String(kFontStepKey), step);
    emit fontStepChanged();
}

void Preferences::setLanguage(const QString &language) {
    if (!known(language))
        return;
    settings().setValue(QLatin1String(kLanguageKey), language);
    applyLanguage(language);
}

bool Preferences::applyLanguage(const QString &language) {
    const QString lang = language.isEmpty() ? m_language : language;
    if (!known(lang))
        return false;
    const bool changed = lang != m_language;
    m_language = lang;
    const bool ok = lang == m_installed || install(lang);
    if (changed || ok)
        emit languageChanged();
    return ok;
}

bool Preferences::install(const QString &language) {
    // Vietnamese first: the interface is written in English source strings and
    // always runs through a translation, so both languages are equal citizens.
    const QLocale locale = language == QLatin1String("vi")
                               ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    Reply::setUiLanguage(language); // the server's error texts come in vi and en
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    const bool ok = m_appTranslator.load(QStringLiteral(":/i18n/council_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(&m_appTranslator);
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_installed = language;
    return ok;
}

} // namespace council::client
