// Qt Quick Test runner for tests/qml/tst_*.qml: the statically linked
// PaperlessCouncil modules, the Material style and the Vietnamese
// translation, as council-client has them.
#include <QCoreApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (m_qm.load(QStringLiteral(":/i18n/council_vi.qm")))
            QCoreApplication::installTranslator(&m_qm);
        else
            qWarning("tst_qmlcomponents: council_vi.qm not found; testing the English source texts");
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

private:
    QTranslator m_qm;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qmlcomponents, Setup)

#include "tst_qmlcomponents.moc"
