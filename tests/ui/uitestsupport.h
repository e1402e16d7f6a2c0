// What every screen test sets up before it looks at a page: the process
// (offscreen, a temporary home), the language, QML warnings caught, the app's
// Main.qml shown with a controller, and the demo server's accounts.
#pragma once

#include <QList>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>

namespace council::uitest {

// A landscape laptop, a portrait tablet and a full-HD screen: the sizes the
// screens are shot at.
inline const QList<QSize> kScreenSizes{QSize(1280, 800), QSize(800, 1280), QSize(1920, 1080)};

// "1280x800": the size as it stands in the screenshots' names.
QString sizeName(QSize size);

// For a test class's static initMain(), before the application exists:
// offscreen unless told otherwise, and the app's settings, keys, downloaded
// documents and cache in a temporary home, never in the user's own.
void prepareScreenTestProcess();

// The Material style, Vietnamese dates and numbers, the server's messages in
// Vietnamese and the app's Vietnamese translation installed: what the users
// see. False (and nothing installed) when the .qm file is not there.
bool useMaterialInVietnamese(QTranslator &translator);

// QML warnings (a binding to something undefined, a bad type) mean a page is
// broken even when it looks fine. Start from initTestCase(): QtTest installs
// its own handler when the run starts and passes nothing on to one installed
// before. Each warning is still passed on to the log.
void startRecordingQmlWarnings();
void stopRecordingQmlWarnings();
// The warnings recorded since the last take, forgotten.
QStringList takeQmlWarnings();
// Fails the running test when a QML warning was recorded since the last take.
void verifyNoQmlWarnings();

// Loads Main.qml into `engine` with `controller` as its controller, and
// shows the window at `size`; nullptr unless it is shown and exposed.
QQuickWindow *showMainWindow(QQmlApplicationEngine &engine, QObject *controller, QSize size);

// One line of the demo server's demo-accounts.txt.
struct DemoAccount {
    QString username;
    QString password;
    QString role; // empty when the line has none
};

// The accounts the demo server wrote into its data directory; false when the
// file cannot be read.
bool readDemoAccounts(const QString &dataDir, QList<DemoAccount> *accounts);
// The password of `user` from there; empty when there is none.
QString demoPassword(const QString &dataDir, const QString &user);

// council-server --demo run as a process of its own on a temporary data
// directory, from COUNCIL_SERVER_BIN or else the binary this build makes.
class DemoServerProcess {
public:
    ~DemoServerProcess() { stop(); }

    // The binary to run; empty when it is not there.
    static QString binary();
    // Starts it and waits up to `timeoutMs` for the address it listens on.
    bool start(int timeoutMs, QString *error);
    void stop();
    QString url() const { return m_url; }
    QString dataDir() const { return m_data.path(); }

private:
    QTemporaryDir m_data;
    QProcess m_process;
    QString m_url;
};

} // namespace council::uitest
