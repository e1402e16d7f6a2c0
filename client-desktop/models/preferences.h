// The user's display preferences on this device, kept in QSettings: the text
// size (a few steps, applied through Theme.fontScale) and the language of the
// interface, switchable while the app runs. Switching installs the other
// translation and tells the QML engine to retranslate (languageChanged; the
// app connects it to QQmlEngine::retranslate()).
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Preferences is owned by AppController")
    // 0 small, 1 normal (default), 2 large, 3 extra large.
    Q_PROPERTY(int fontStep READ fontStep WRITE setFontStep NOTIFY fontStepChanged)
    Q_PROPERTY(int fontStepCount READ fontStepCount CONSTANT)
    Q_PROPERTY(qreal fontScale READ fontScale NOTIFY fontStepChanged)
    // "vi" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
public:
    explicit Preferences(QObject *parent = nullptr);
    ~Preferences() override;

    int fontStep() const { return m_fontStep; }
    void setFontStep(int step);
    static int fontStepCount();
    qreal fontScale() const { return scaleOf(m_fontStep); }
    static qreal scaleOf(int step);

    QString language() const { return m_language; }
    // Saves the choice and, when it differs from what is installed, switches
    // the translation at once. Anything but "vi" or "en" is ignored.
    void setLanguage(const QString &language);
    // Installs the translation of `language` (or of the saved choice when
    // empty) without saving it: what --lang does for one run.
    bool applyLanguage(const QString &language = {});

signals:
    void fontStepChanged();
    void languageChanged();

private:
    bool install(const QString &language);

    int m_fontStep = 1;
    QString m_language;
    QString m_installed;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator; // Qt's own words (text field menus), when installed
};

} // namespace council::client
