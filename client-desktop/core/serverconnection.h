// The client's one connection to a council server: hello, authentication,
// requests with replies, pushed events with resume by sequence number, and
// automatic reconnection with jittered backoff. GUI-free: councilctl and the
// Qt Quick app both use it. Mutating requests get an operation id once and
// are resent with the same id after a reconnect, so the server applies them
// once; nothing the user did is dropped while the link is down.
#pragma once

#include "protocol/frame.h"

#include <QCborMap>
#include <QLocale>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

namespace council::client {

struct Reply {
    bool ok = false;
    QCborMap body;        // result body, or the error body {code, vi, en, detail}
    QString errorCode;    // empty when ok
    QString errorMessage; // readable, in the UI language (Vietnamese by default)

    static QString messageFor(const QCborMap &errorBody); // picks vi/en by the current UI language

    // The UI language messageFor() answers in. Vietnamese unless set to an
    // English one ("en", "en_US", or a QLocale whose language is English).
    static void setUiLanguage(const QString &languageTag);
    static void setUiLanguage(const QLocale &locale);
    static QString uiLanguage(); // "vi" or "en"

    static Reply fromError(const QCborMap &errorBody);
};

class ServerConnection : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qint64 lastSeq READ lastSeq NOTIFY lastSeqChanged)
public:
    enum class State { Disconnected, Connecting, Authenticating, Syncing, Online };
    Q_ENUM(State)
    using Callback = std::function<void(const Reply &)>;

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const;
    void setToken(const QByteArray &token); // device token used by open()
    QByteArray token() const;
    qint64 tokenId() const;         // id of the token in use, known once authenticated (0 before)
    void setAutoReconnect(bool on); // default on
    void setSyncEnabled(bool on);   // default on: after auth, send sync and receive events
    void setLastSeq(qint64 seq);    // where to resume from (0 = full snapshot)
    qint64 lastSeq() const;
    State state() const;
    void setClientName(const QString &name); // sent in hello; default: application name and version
    // How long the transport and hello may take before the attempt is given
    // up (and retried when auto-reconnect is on). Default 10 s.
    void setConnectTimeout(int ms);

    // Connect, hello, auth.token, then sync. Emits online() when in the server's state.
    void open();
    // Connect, hello, auth.salt, Argon2id off the calling thread, auth.login.
    // Emits loggedIn() with the new device token, then syncs like open().
    void login(const QString &username, const QString &password, const QString &deviceName);
    void close();

    // Sends a request. Mutating requests (protocol::isMutating) get a fresh
    // op id unless one is given, are queued while offline, and are resent with
    // the same op id after a reconnect until a reply arrives.
    qint64 request(protocol::Request type, const QCborMap &body, Callback callback = {},
                   const QByteArray &opId = {});
    int pendingCount() const; // requests without a reply yet
    // Answers every request still waiting for a reply with the error
    // "cancelled" and forgets it: what one login queued (a ballot, a
    // check-in) must never go out under the next login on this device.
    void cancelPending();

signals:
    void stateChanged();
    void lastSeqChanged();
    void online();
    void loggedIn(const QByteArray &token, const QCborMap &account);
    void authenticated(const QCborMap &account);
    void authFailed(const QString &errorCode, const QString &message); // bad credentials, revoked token
    void snapshotReceived(const QCborMap &state, qint64 seq);
    void eventReceived(const council::protocol::Frame &event);
    void errorOccurred(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace council::client
