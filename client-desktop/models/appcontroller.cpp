#include "appcontroller.h"

#include "cborread.h"
#include "trustpins.h"

#include <QFile>
#include <QSettings>
#include <QSysInfo>
#include <climits>

namespace council::client {

namespace {

// QSettings keys. The token is a device credential: it is only ever written
// here and removed on logout or revocation.
constexpr auto kOrg = "PaperlessCouncil";
constexpr auto kApp = "council-client";
constexpr auto kServerKey = "login/server";
constexpr auto kUserKey = "login/username";
constexpr auto kTokenKey = "login/token";
constexpr auto kHallKey = "login/hall"; // the hall page was up: a display reopens on it, offline too

// A login that neither succeeds nor fails in this time has lost its server.
constexpr int kLoginTimeoutMs = 20000;
// A drop shorter than this shows "reconnecting", not "offline": Wi-Fi in a
// hall blinks often, and a red banner for every blink teaches people to ignore it.
constexpr int kOfflineAfterMs = 8000;

QSettings settings() {
    return QSettings(QString::fromLatin1(kOrg), QString::fromLatin1(kApp));
}

} // namespace

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_connection(new ServerConnection(this))
    , m_sessions(new SessionListModel(this))
    , m_agenda(new AgendaModel(this))
    , m_documents(new DocumentListModel(m_connection, this))
    , m_hall(new HallModel(m_connection, this))
    , m_preferences(new Preferences(this))
    , m_live(new LiveContext(m_connection, this))
    , m_sitting(new SittingController(m_live, this))
    , m_speakers(new SpeakerController(m_live, this))
    , m_votes(new VoteController(m_live, m_sitting, this))
    , m_chair(new ChairController(m_live, m_agenda, m_speakers, this))
    , m_secretariat(new SecretariatController(m_live, this))
    , m_roles(new ConsoleRoles(m_live, m_hall, this))
    , m_desk(new DocumentDesk(m_live, this)) {
    m_loginTimeout.setSingleShot(true);
    m_loginTimeout.setInterval(kLoginTimeoutMs);
    connect(&m_loginTimeout, &QTimer::timeout, this, [this] {
        failLogin(
            tr("The server at %1 does not answer. Check the address and the network.").arg(m_serverUrl));
    });
    m_offlineDelay.setSingleShot(true);
    m_offlineDelay.setInterval(kOfflineAfterMs);
    connect(&m_offlineDelay, &QTimer::timeout, this, [this] {
        m_offlineTimedOut = true;
        updateStatus();
    });

    const QSettings s = settings();
    m_serverUrl = s.value(QLatin1String(kServerKey)).toString();
    m_userName = s.value(QLatin1String(kUserKey)).toString();
    connectSignals();
}

AppController::~AppController() = default;

void AppController::connectSignals() {
    connect(m_connection, &ServerConnection::stateChanged, this, &AppController::onStateChanged);
    connect(m_connection, &ServerConnection::loggedIn, this, &AppController::onLoggedIn);
    connect(m_connection, &ServerConnection::authenticated, this, &AppController::onAuthenticated);
    connect(m_connection, &ServerConnection::authFailed, this, &AppController::onAuthFailed);
    connect(m_connection, &ServerConnection::errorOccurred, this, &AppController::onConnectionError);
    connect(m_connection, &ServerConnection::snapshotReceived, this,
            [this](const QCborMap &state, qint64) { onSnapshot(state); });
    connect(m_connection, &ServerConnection::eventReceived, m_sessions, &SessionListModel::applyEvent);
    connect(m_connection, &ServerConnection::eventReceived, m_agenda, &AgendaModel::applyEvent);
    // Documents in agenda order; the model follows the connection by itself.
    m_documents->setItemOrder([this](qint64 item) {
        const int row = m_agenda->rowOf(item);
        return row < 0 ? INT_MAX - 1 : row;
    });
    connect(m_connection, &ServerConnection::eventReceived, m_hall, &HallModel::applyEvent);
    // An account that is only the hall's display has nothing else to show.
    connect(m_hall, &HallModel::rolesChanged, this, [this] {
        if (m_hall->displayOnly())
            setHallShown(true);
        else if (!m_hall->hallStaff())
            setHallShown(false);
    });

    // The hall shows a page of a document: a display (or staff with no
    // session open) needs the documents of the session the hall is about.
    const auto followHallDocuments = [this] {
        const qint64 session = m_hall->sessionId();
        if (m_hallShown && m_currentSessionId == 0 && session != 0 && m_documents->sessionId() != session)
            m_documents->setSession(session, m_hall->bodyId());
    };
    connect(m_hall, &HallModel::placeChanged, this, followHallDocuments);
    connect(this, &AppController::hallShownChanged, this, followHallDocuments);

    connect(m_sessions, &SessionListModel::sessionRemoved, this, [this](qint64 id) {
        if (id == m_currentSessionId)
            closeSession();
    });
    // The title shown above the agenda follows renames of the session.
    connect(m_sessions, &QAbstractItemModel::dataChanged, this, &AppController::currentSessionChanged);
    connect(m_sessions, &QAbstractItemModel::modelReset, this, &AppController::currentSessionChanged);
}

QString AppController::currentSessionTitle() const {
    return m_sessions->titleOf(m_currentSessionId);
}

void AppController::setServerUrl(const QString &url) {
    if (m_serverUrl == url)
        return;
    m_serverUrl = url;
    emit serverUrlChanged();
}

void AppController::setUserName(const QString &name) {
    if (m_userName == name)
        return;
    m_userName = name;
    emit accountChanged();
}

QString AppController::passwordFromFile(const QString &path, const QString &user, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.endsWith(QLatin1Char('\r')) ? raw.chopped(1) : raw;
        if (line.isEmpty())
            continue;
        if (!line.contains(QLatin1Char('\t')))
            return line; // a file holding just the password
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() >= 2 && fields.at(0) == user)
            return fields.at(1);
    }
    *error = tr("The password file %1 has no password for the user %2.").arg(path, user);
    return {};
}

bool AppController::restoreLogin() {
    const QSettings s = settings();
    const QByteArray token = QByteArray::fromBase64(s.value(QLatin1String(kTokenKey)).toByteArray());
    const QUrl url = normalizeServerUrl(m_serverUrl);
    if (token.isEmpty() || url.isEmpty())
        return false;
    ++m_generation;
    m_everOnline = false;
    m_offlineTimedOut = false;
    m_connection->cancelPending(); // nothing of an earlier login goes out under this one
    m_connection->setServerUrl(url);
    m_connection->setToken(token);
    m_connection->setAutoReconnect(true);
    m_connection->setLastSeq(0);
    setHallShown(s.value(QLatin1String(kHallKey)).toBool());
    // Offline first: the sessions page shows at once and fills in when the
    // server answers; the indicator says the link is not there yet.
    setLoggedIn(true);
    m_connection->open();
    updateStatus();
    return true;
}

void AppController::login(const QString &serverOrJoinCode, const QString &user, const QString &password) {
    if (m_busy)
        return;
    // A join code where the address goes (pasted, or --server): it holds the address.
    if (JoinCode::looksLikeJoinCode(serverOrJoinCode) && !useJoinCode(serverOrJoinCode))
        return;
    const QString server = JoinCode::looksLikeJoinCode(serverOrJoinCode) ? m_serverUrl : serverOrJoinCode;
    const QUrl url = normalizeServerUrl(server);
    const QString name = user.trimmed();
    if (server.trimmed().isEmpty())
        return setError(tr("Enter the server address."));
    if (url.isEmpty())
        return setError(tr("The server address is not valid. Example: ws://192.168.1.10:8765"));
    if (name.isEmpty())
        return setError(tr("Enter your user name."));
    if (password.isEmpty())
        return setError(tr("Enter your password."));
    if (m_join && m_join->server != url)
        forgetJoinCode(); // the address was edited after the join code: it is not about this server
    if (!checkJoinTrust(url))
        return;

    setError({});
    ++m_generation;
    m_connection->close();
    m_connection->cancelPending(); // nothing of an earlier login goes out under this one
    m_serverUrl = url.toString();
    emit serverUrlChanged();
    m_userName = name;
    emit accountChanged();
    m_everOnline = false;
    m_offlineTimedOut = false;
    setSynced(false);
    m_connection->setServerUrl(url);
    m_connection->setToken({});
    // While logging in, an unreachable server must end in a clear message, not
    // in silent retries; once logged in, reconnecting is what we want.
    m_connection->setAutoReconnect(false);
    m_connection->setLastSeq(0);
    setBusy(true);
    m_loginTimeout.start();
    m_connection->login(name, password, QSysInfo::machineHostName() + QStringLiteral(" · council-client"));
    updateStatus();
}

void AppController::logout() {
    const quint64 generation = ++m_generation;
    if (m_connection->state() == ServerConnection::State::Online) {
        // Revoke the token on the server too; close once it answered, or
        // after a short wait, whichever comes first.
        m_connection->request(protocol::Request::AuthLogout, {}, [this, generation](const Reply &) {
            if (generation == m_generation)
                m_connection->close();
        });
        QTimer::singleShot(3000, this, [this, generation] {
            if (generation == m_generation)
                m_connection->close();
        });
    } else {
        m_connection->close();
    }
    signOutLocally({});
}

void AppController::openSession(qint64 id) {
    if (id == m_currentSessionId)
        return;
    m_currentSessionId = id;
    m_agenda->setSessionId(id);
    // Back on the sessions page, the last session's documents keep coming down.
    if (id != 0)
        m_documents->setSession(id, m_sessions->get(id).value(QStringLiteral("bodyId")).toLongLong());
    m_hall->setPreferredSession(id);
    m_live->setSessionId(id);
    emit currentSessionChanged();
}

void AppController::closeSession() {
    openSession(0);
}

void AppController::clearError() {
    setError({});
}

bool AppController::useJoinCode(const QString &text) {
    JoinCode::Error error = JoinCode::Error::None;
    std::optional<JoinCode> code = JoinCode::parse(text, &error);
    if (!code) {
        switch (error) {
        case JoinCode::Error::CheckInCode:
            setError(tr("This is the check-in code of a sitting, not a join code. The join code is shown "
                        "on the hall display under \"Join code\"."));
            break;
        case JoinCode::Error::BadServer:
            setError(tr("The join code does not hold a valid server address."));
            break;
        case JoinCode::Error::BadBody:
        case JoinCode::Error::BadKey:
            setError(tr("The join code is incomplete or damaged. Copy it again from the hall display."));
            break;
        default:
            setError(tr("This is not a join code. A join code starts with \"council:\"."));
            break;
        }
        return false;
    }
    m_join = std::move(code);
    setError({});
    setServerUrl(m_join->server.toString());
    emit joinCodeChanged();
    return true;
}

void AppController::forgetJoinCode() {
    if (!m_join)
        return;
    m_join.reset();
    emit joinCodeChanged();
}

bool AppController::checkJoinTrust(const QUrl &url) {
    if (!m_join)
        return true;
    TrustPins pins;
    switch (pins.check(url, m_join->body, m_join->trustKey)) {
    case TrustPins::Status::NotPinned:
    case TrustPins::Status::Matches:
        return true;
    case TrustPins::Status::Differs:
        setError(tr("Not logged in: this device already trusts another key for this council at %1. The join "
                    "code may be forged, or the server was reinstalled. Ask the secretariat before going on.")
                     .arg(url.toString()));
        return false;
    case TrustPins::Status::Failed:
        break;
    }
    setError(
        tr("Not logged in: the trusted keys of this device cannot be read (%1).").arg(pins.errorString()));
    return false;
}

void AppController::pinJoinTrust() {
    if (!m_join)
        return;
    const JoinCode join = *std::exchange(m_join, std::nullopt);
    emit joinCodeChanged();
    TrustPins pins;
    pins.pin(join.server, join.body,
             join.trustKey); // checked before the login; a race only keeps the older pin
    // The code promised this key: a server presenting another one is not the council it names.
    const quint64 generation = m_generation;
    QCborMap body;
    body.insert(QStringLiteral("body"), join.body);
    m_connection->request(protocol::Request::TrustGet, body, [this, generation, join](const Reply &r) {
        if (generation != m_generation || !r.ok)
            return; // no trust key yet, or not a member of that body: nothing to compare
        if (r.body.value(QLatin1String("publicKey")).toByteArray() != join.trustKey)
            signOutLocally(tr("Logged out: the server presents a different trust key than the join code. "
                              "Ask the secretariat before logging in again."));
    });
}

void AppController::showHall(bool on) {
    // A display account has no other page to go to.
    setHallShown(on || m_hall->displayOnly());
}

void AppController::setHallShown(bool on) {
    if (m_hallShown == on)
        return;
    m_hallShown = on;
    m_hall->setActive(on);
    if (m_loggedIn || m_busy) {
        QSettings s = settings();
        s.setValue(QLatin1String(kHallKey), on);
    }
    emit hallShownChanged();
}

QUrl AppController::normalizeServerUrl(const QString &text) {
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QStringLiteral("://")))
        t.prepend(QStringLiteral("ws://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return {};
    return url;
}

void AppController::onStateChanged() {
    if (m_connection->state() == ServerConnection::State::Online)
        m_everOnline = true;
    if (m_busy && m_connection->state() == ServerConnection::State::Disconnected)
        failLogin(
            tr("Cannot connect to the server at %1. Check the address and the network.").arg(m_serverUrl));
    updateStatus();
}

void AppController::onLoggedIn(const QByteArray &token, const QCborMap &account) {
    m_loginTimeout.stop();
    QSettings s = settings();
    s.setValue(QLatin1String(kServerKey), m_serverUrl);
    s.setValue(QLatin1String(kUserKey), m_userName);
    s.setValue(QLatin1String(kTokenKey), token.toBase64());
    // The token is as good as the password on this device: owner-only file.
    s.sync();
    QFile::setPermissions(s.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_connection->setToken(token);
    m_connection->setAutoReconnect(true);
    pinJoinTrust();
    setAccount(account);
    setBusy(false);
    setLoggedIn(true);
}

void AppController::onAuthenticated(const QCborMap &account) {
    setAccount(account);
    setLoggedIn(true);
}

void AppController::onAuthFailed(const QString &code, const QString &message) {
    if (m_busy) {
        failLogin(code == QLatin1String("bad_credentials") ? tr("Wrong user name or password.") : message);
        return;
    }
    // After a deliberate logout the server still answers the old connection
    // with token_revoked; that is no news to the user who just logged out.
    if (!m_loggedIn)
        return;
    if (code == QLatin1String("token_revoked")) {
        signOutLocally(tr("This device has been signed out: its access was revoked. Please log in again."));
    } else if (code == QLatin1String("bad_credentials")) {
        signOutLocally(tr("Your login on this device is no longer valid. Please log in again."));
    } else {
        signOutLocally(message);
    }
}

void AppController::onConnectionError(const QString &message) {
    // While logged in the indicator already tells the story and the core
    // keeps retrying; only a login attempt needs the words.
    if (m_busy)
        failLogin(message.isEmpty()
                      ? tr("Cannot connect to the server at %1. Check the address and the network.")
                            .arg(m_serverUrl)
                      : message);
}

void AppController::onSnapshot(const QCborMap &state) {
    m_sessions->applySnapshot(state);
    m_agenda->applySnapshot(state);
    m_hall->applySnapshot(state);
    if (m_currentSessionId != 0 && m_sessions->rowOf(m_currentSessionId) < 0)
        closeSession();
    setSynced(true);
}

void AppController::failLogin(const QString &message) {
    if (!m_busy)
        return;
    m_loginTimeout.stop();
    ++m_generation;
    m_connection->close();
    setBusy(false);
    setError(message);
    updateStatus();
}

void AppController::signOutLocally(const QString &message) {
    QSettings s = settings();
    s.remove(QLatin1String(kTokenKey));
    s.remove(QLatin1String(kHallKey));
    m_connection->setToken({});
    m_connection->setAutoReconnect(false);
    if (!message.isEmpty())
        m_connection->close();
    m_loginTimeout.stop();
    closeSession();
    m_sessions->clear();
    m_agenda->clear();
    m_documents->clear();
    m_hall->clear();
    setHallShown(false);
    m_live->clear();
    m_displayName.clear();
    emit accountChanged();
    setSynced(false);
    setBusy(false);
    setLoggedIn(false);
    setError(message);
    updateStatus();
}

void AppController::setAccount(const QCborMap &account) {
    const QString display = cbor::text(account, "displayName");
    const QString user = cbor::text(account, "username");
    m_hall->setUsername(user.isEmpty() ? m_userName : user);
    const QString shown = display.isEmpty() ? user : display;
    if (shown == m_displayName && (user.isEmpty() || user == m_userName))
        return;
    m_displayName = shown;
    if (!user.isEmpty())
        m_userName = user;
    emit accountChanged();
}

void AppController::setLoggedIn(bool on) {
    if (m_loggedIn == on)
        return;
    m_loggedIn = on;
    emit loggedInChanged();
}

void AppController::setBusy(bool on) {
    if (m_busy == on)
        return;
    m_busy = on;
    emit busyChanged();
}

void AppController::setSynced(bool on) {
    if (m_synced == on)
        return;
    m_synced = on;
    emit syncedChanged();
}

void AppController::setStatus(ConnectionStatus status) {
    if (m_status == status)
        return;
    m_status = status;
    emit connectionStatusChanged();
}

void AppController::setError(const QString &message) {
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

void AppController::updateStatus() {
    if (m_connection->state() == ServerConnection::State::Online) {
        m_offlineDelay.stop();
        m_offlineTimedOut = false;
        setStatus(ConnectionStatus::Online);
        return;
    }
    if (!m_loggedIn && !m_busy) {
        m_offlineDelay.stop();
        m_offlineTimedOut = false;
        setStatus(ConnectionStatus::Offline);
        return;
    }
    // Trying to reach the server: "connecting" at first, "offline" once the
    // attempt has lasted longer than a Wi-Fi blink (the core keeps retrying).
    if (m_offlineTimedOut) {
        setStatus(ConnectionStatus::Offline);
        return;
    }
    if (!m_offlineDelay.isActive())
        m_offlineDelay.start();
    setStatus(m_everOnline ? ConnectionStatus::Reconnecting : ConnectionStatus::Connecting);
}

} // namespace council::client
