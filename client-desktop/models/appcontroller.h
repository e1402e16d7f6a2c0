// What the first window needs from the client: log in (or stay logged in with
// the stored device token), show how the link to the server is doing, and
// hold the live sessions and agenda models. It owns the ServerConnection and
// feeds the models from it; QML sees only this object and the models.
#pragma once

#include "agendamodel.h"
#include "chaircontroller.h"
#include "consoleroles.h"
#include "documentdesk.h"
#include "documentlistmodel.h"
#include "hallmodel.h"
#include "joincode.h"
#include "livecontext.h"
#include "preferences.h"
#include "secretariatcontroller.h"
#include "serverconnection.h"
#include "sessionlistmodel.h"
#include "sittingcontroller.h"
#include "speakercontroller.h"
#include "votecontroller.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController is created by the application")
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY loggedInChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool synced READ synced NOTIFY syncedChanged)
    Q_PROPERTY(ConnectionStatus connectionStatus READ connectionStatus NOTIFY connectionStatusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(qint64 currentSessionId READ currentSessionId NOTIFY currentSessionChanged)
    Q_PROPERTY(QString currentSessionTitle READ currentSessionTitle NOTIFY currentSessionChanged)
    Q_PROPERTY(council::client::SessionListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(council::client::AgendaModel *agenda READ agenda CONSTANT)
    // The documents of the open session, kept on this device (sealed) and checked.
    Q_PROPERTY(council::client::DocumentListModel *documents READ documents CONSTANT)
    Q_PROPERTY(council::client::HallModel *hall READ hall CONSTANT)
    Q_PROPERTY(council::client::Preferences *preferences READ preferences CONSTANT)
    // The hall display page is up: by itself for a display account, or
    // chosen by staff from the menu.
    Q_PROPERTY(bool hallShown READ hallShown NOTIFY hallShownChanged)
    // A join code given to the login page: the trust key it will pin.
    Q_PROPERTY(QString joinFingerprint READ joinFingerprint NOTIFY joinCodeChanged)
    // The live sitting of the open session: attendance, speakers, votes.
    Q_PROPERTY(council::client::SittingController *sitting READ sitting CONSTANT)
    Q_PROPERTY(council::client::SpeakerController *speakers READ speakers CONSTANT)
    Q_PROPERTY(council::client::VoteController *votes READ votes CONSTANT)
    // The chair's console; its canChair says whether the account may use it.
    Q_PROPERTY(council::client::ChairController *chair READ chair CONSTANT)
    // The secretariat's console: session and agenda, member import, attendance, hand count.
    Q_PROPERTY(council::client::SecretariatController *secretariat READ secretariat CONSTANT)
    // The screens (delegate, chair, secretary, documents, hall) this account may switch between.
    Q_PROPERTY(council::client::ConsoleRoles *roles READ roles CONSTANT)
    // The secretariat's and approvers' document desk of the open session.
    Q_PROPERTY(council::client::DocumentDesk *desk READ desk CONSTANT)
public:
    // What the header's indicator shows. Connecting is the first attempt;
    // Reconnecting a short drop; Offline a drop that lasted (still retrying).
    enum class ConnectionStatus { Offline, Connecting, Reconnecting, Online };
    Q_ENUM(ConnectionStatus)

    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    QString serverUrl() const { return m_serverUrl; }
    QString userName() const { return m_userName; }
    QString displayName() const { return m_displayName; }
    bool loggedIn() const { return m_loggedIn; }
    bool busy() const { return m_busy; }
    bool synced() const { return m_synced; }
    ConnectionStatus connectionStatus() const { return m_status; }
    QString errorMessage() const { return m_errorMessage; }
    qint64 currentSessionId() const { return m_currentSessionId; }
    QString currentSessionTitle() const;
    SessionListModel *sessions() const { return m_sessions; }
    AgendaModel *agenda() const { return m_agenda; }
    DocumentListModel *documents() const { return m_documents; }
    HallModel *hall() const { return m_hall; }
    Preferences *preferences() const { return m_preferences; }
    bool hallShown() const { return m_hallShown; }
    QString joinFingerprint() const { return m_join ? m_join->fingerprint() : QString(); }
    SittingController *sitting() const { return m_sitting; }
    SpeakerController *speakers() const { return m_speakers; }
    VoteController *votes() const { return m_votes; }
    ChairController *chair() const { return m_chair; }
    SecretariatController *secretariat() const { return m_secretariat; }
    ConsoleRoles *roles() const { return m_roles; }
    DocumentDesk *desk() const { return m_desk; }
    LiveContext *liveContext() const { return m_live; }
    ServerConnection *connection() const { return m_connection; }

    // Fills the login form (the address of a new server, the user's name)
    // without logging in.
    void setServerUrl(const QString &url);
    void setUserName(const QString &name);

    // The password for `user` from a file: either one line holding just the
    // password, or lines "username<TAB>password[<TAB>role]" (the server's
    // demo-accounts.txt). Empty with *error set when there is none.
    static QString passwordFromFile(const QString &path, const QString &user, QString *error);

    // Logs in again with the device token stored by an earlier login, if any.
    // Returns false when there is none (the login page stays).
    bool restoreLogin();

    Q_INVOKABLE void login(const QString &server, const QString &user, const QString &password);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void openSession(qint64 id);
    Q_INVOKABLE void closeSession();
    Q_INVOKABLE void clearError();
    // A join code pasted or scanned on the login page: fills in the server
    // address and remembers the trust key to pin at login. False (with the
    // error message set) when the text is not a valid join code.
    Q_INVOKABLE bool useJoinCode(const QString &text);
    Q_INVOKABLE void forgetJoinCode();
    Q_INVOKABLE void showHall(bool on);

    // "host:8765" -> "ws://host:8765"; empty when the text cannot be a server address.
    static QUrl normalizeServerUrl(const QString &text);

signals:
    void serverUrlChanged();
    void accountChanged();
    void loggedInChanged();
    void busyChanged();
    void syncedChanged();
    void connectionStatusChanged();
    void errorMessageChanged();
    void currentSessionChanged();
    void hallShownChanged();
    void joinCodeChanged();

private:
    void connectSignals();
    void onStateChanged();
    void onLoggedIn(const QByteArray &token, const QCborMap &account);
    void onAuthenticated(const QCborMap &account);
    void onAuthFailed(const QString &code, const QString &message);
    void onConnectionError(const QString &message);
    void onSnapshot(const QCborMap &state);
    void failLogin(const QString &message);
    void signOutLocally(const QString &message);
    void setAccount(const QCborMap &account);
    void setLoggedIn(bool on);
    void setBusy(bool on);
    void setSynced(bool on);
    void setStatus(ConnectionStatus status);
    void setError(const QString &message);
    void updateStatus();
    void setHallShown(bool on);
    bool checkJoinTrust(const QUrl &url);
    void pinJoinTrust();

    ServerConnection *m_connection;
    SessionListModel *m_sessions;
    AgendaModel *m_agenda;
    DocumentListModel *m_documents;
    HallModel *m_hall;
    Preferences *m_preferences;
    std::optional<JoinCode> m_join; // from the login page, until the login it was for ends
    bool m_hallShown = false;
    LiveContext *m_live;
    SittingController *m_sitting;
    SpeakerController *m_speakers;
    VoteController *m_votes;
    ChairController *m_chair;
    SecretariatController *m_secretariat;
    ConsoleRoles *m_roles;
    DocumentDesk *m_desk;
    QTimer m_loginTimeout;
    QTimer m_offlineDelay;
    QString m_serverUrl;
    QString m_userName;
    QString m_displayName;
    QString m_errorMessage;
    qint64 m_currentSessionId = 0;
    quint64 m_generation = 0; // bumps on every login/logout, so late callbacks of an old one do nothing
    ConnectionStatus m_status = ConnectionStatus::Offline;
    bool m_loggedIn = false;
    bool m_busy = false;
    bool m_synced = false;
    bool m_everOnline = false;
    bool m_offlineTimedOut = false;
};

} // namespace council::client
