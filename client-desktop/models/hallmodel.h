// The hall display (màn hình hội trường): what the big screen of the hall
// shows, kept live from the server. The chair (or the secretariat) picks the
// mode with hall.show; this model follows hall.changed and gathers what each
// mode needs — the current agenda item, who has the floor and their time
// left, attendance and quorum with the rotating check-in code, the vote in
// progress and the last result, the presented document and page — plus the
// join code new devices scan. QML only lays it out.
#pragma once

#include "hallplan.h"
#include "protocol/frame.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace council::client {

class ServerConnection;
struct Reply;

class HallModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HallModel is owned by AppController")
    // Where: the body, session and sitting on screen (0 / empty when none).
    Q_PROPERTY(qint64 bodyId READ bodyId NOTIFY placeChanged)
    Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY placeChanged)
    Q_PROPERTY(qint64 sittingId READ sittingId NOTIFY placeChanged)
    Q_PROPERTY(QString bodyName READ bodyName NOTIFY placeChanged)
    Q_PROPERTY(QString sessionTitle READ sessionTitle NOTIFY placeChanged)
    Q_PROPERTY(QString sittingTitle READ sittingTitle NOTIFY placeChanged)
    Q_PROPERTY(QString sittingDate READ sittingDate NOTIFY placeChanged) // dd/MM/yyyy
    // "agenda" (default), "document", "result" or "attendance".
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    // {itemId, number, count, title, presenter, kind}; empty when none is current.
    Q_PROPERTY(QVariantMap currentItem READ currentItem NOTIFY currentItemChanged)
    // The next items after the current one (at most three): [{number, title}].
    Q_PROPERTY(QVariantList upcoming READ upcoming NOTIFY currentItemChanged)
    // Who has the floor: {requestId, itemId, name, kind, limitSeconds}; empty when nobody.
    Q_PROPERTY(QVariantMap speaker READ speaker NOTIFY speakerChanged)
    // Seconds left of the speaking time; negative once it is over.
    Q_PROPERTY(int speakerSecondsLeft READ speakerSecondsLeft NOTIFY clockChanged)
    Q_PROPERTY(int waitingSpeakers READ waitingSpeakers NOTIFY speakerChanged)
    // Attendance of the sitting: {present, total, required, reached, rule}; empty before it is known.
    Q_PROPERTY(QVariantMap quorum READ quorum NOTIFY quorumChanged)
    // The six digits delegates type to check in, and the same as a QR code
    // ("0110…" row by row, checkInQrSize wide). Empty when this account may not see it.
    Q_PROPERTY(QString checkInCode READ checkInCode NOTIFY checkInChanged)
    Q_PROPERTY(QString checkInQr READ checkInQr NOTIFY checkInChanged)
    Q_PROPERTY(int checkInQrSize READ checkInQrSize NOTIFY checkInChanged)
    Q_PROPERTY(int checkInSecondsLeft READ checkInSecondsLeft NOTIFY clockChanged)
    // The join code (server + the body's trust key) as text and QR code.
    Q_PROPERTY(QString joinCode READ joinCode NOTIFY joinCodeChanged)
    Q_PROPERTY(QString joinQr READ joinQr NOTIFY joinCodeChanged)
    Q_PROPERTY(int joinQrSize READ joinQrSize NOTIFY joinCodeChanged)
    Q_PROPERTY(QString trustFingerprint READ trustFingerprint NOTIFY joinCodeChanged)
    // The open vote: {roundId, itemId, question, roundNo, voted, present, total}; empty when none.
    Q_PROPERTY(QVariantMap vote READ vote NOTIFY voteChanged)
    // Seconds left of a timed vote; -1 without a deadline.
    Q_PROPERTY(int voteSecondsLeft READ voteSecondsLeft NOTIFY clockChanged)
    // A result: in "result" mode the round the chair shows, otherwise the
    // last round of the current item closed while this display ran. Keys:
    // roundId, itemId, question, roundNo, total, present, voted, approve,
    // disapprove, notVoting, didNotVote, approvePercent, disapprovePercent,
    // notVotingPercent, didNotVotePercent (of the total), rule,
    // requiredApprovals, verdict ("passed" | "failed" | "no_decision"), handCounted.
    Q_PROPERTY(QVariantMap result READ result NOTIFY resultChanged)
    // "document" mode: {documentId, title, page, pages}.
    Q_PROPERTY(QVariantMap document READ document NOTIFY documentChanged)
    // This account's place: only a display (the app opens on the hall), or
    // staff who may open the hall view.
    Q_PROPERTY(bool displayOnly READ displayOnly NOTIFY rolesChanged)
    Q_PROPERTY(bool hallStaff READ hallStaff NOTIFY rolesChanged)

public:
    explicit HallModel(ServerConnection *connection, QObject *parent = nullptr);
    ~HallModel() override;

    qint64 bodyId() const { return m_bodyId; }
    qint64 sessionId() const { return m_sessionId; }
    qint64 sittingId() const { return m_sittingId; }
    QString bodyName() const;
    QString sessionTitle() const;
    QString sittingTitle() const;
    QString sittingDate() const;
    QString mode() const { return m_mode; }
    QVariantMap currentItem() const;
    QVariantList upcoming() const;
    QVariantMap speaker() const;
    int speakerSecondsLeft() const;
    int waitingSpeakers() const { return m_waitingSpeakers; }
    QVariantMap quorum() const;
    QString checkInCode() const { return m_checkInCode; }
    QString checkInQr() const { return m_checkInQr; }
    int checkInQrSize() const { return m_checkInQrSize; }
    int checkInSecondsLeft() const;
    QString joinCode() const { return m_joinCode; }
    QString joinQr() const { return m_joinQr; }
    int joinQrSize() const { return m_joinQrSize; }
    QString trustFingerprint() const { return m_fingerprint; }
    QVariantMap vote() const;
    int voteSecondsLeft() const;
    QVariantMap result() const;
    QVariantMap document() const;
    bool displayOnly() const { return m_plan.displayOnly(); }
    bool hallStaff() const { return m_plan.hallStaff(); }

    // The account whose memberships count (displayOnly, hallStaff).
    void setUsername(const QString &username);
    // The session the user has open in the app; the hall prefers it when no
    // session is in progress.
    void setPreferredSession(qint64 session);

    // Only a hall that is on screen asks the server for anything (a
    // delegate's app keeps this model but does not load the server with its
    // requests); events are followed either way. Turning it on refreshes.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Asks the server again for everything the screen shows (also done by
    // itself after every (re)connection).
    Q_INVOKABLE void refresh();

public slots:
    void applySnapshot(const QCborMap &state);
    void applyEvent(const council::protocol::Frame &event);
    void clear();

signals:
    void placeChanged();
    void modeChanged();
    void currentItemChanged();
    void speakerChanged();
    void clockChanged();
    void quorumChanged();
    void checkInChanged();
    void joinCodeChanged();
    void voteChanged();
    void resultChanged();
    void documentChanged();
    void rolesChanged();

private:
    struct Round {
        qint64 id = 0, session = 0, item = 0, sitting = 0, roundNo = 0, voted = 0, total = 0, openedAt = 0,
               deadline = 0;
        QString question, state;
        QCborMap result;
    };
    static Round roundFrom(const QCborMap &map);

    void request(int type, const QCborMap &body, std::function<void(const QCborMap &)> onResult,
                 std::function<void(const Reply &)> onError = {});
    // Online and on screen: requests go out only then; refresh() catches up.
    bool canAsk() const;
    void placeMayHaveChanged();
    void fetchClock();
    void fetchHall();
    void fetchTrust();
    void fetchAttendance();
    void fetchCheckInCode();
    void fetchSpeakers();
    void fetchVotes();
    void fetchShownRound();
    void fetchDocument();
    void applyHallState(const QCborMap &state);
    void setQuorum(const QCborMap &quorum);
    void setSpeaker(const QCborMap &request);
    void roundChanged(const Round &round);
    void updateTicking();
    void tick();
    qint64 serverNow() const;

    ServerConnection *m_connection;
    HallPlan m_plan;
    QString m_username;
    qint64 m_preferredSession = 0;
    bool m_active = false;
    quint64 m_generation = 0; // bumps when the place changes, so late answers about the old one are dropped

    qint64 m_bodyId = 0;
    qint64 m_sessionId = 0;
    qint64 m_sittingId = 0;
    qint64 m_currentItem = 0;

    QString m_mode = QStringLiteral("agenda");
    qint64 m_shownDocument = 0;
    qint64 m_shownPage = 0;
    qint64 m_shownRound = 0;
    QString m_documentTitle;
    qint64 m_documentPages = 0;

    QCborMap m_speaker; // the SpeakRequest on the floor, or empty
    int m_waitingSpeakers = 0;
    QCborMap m_quorum;

    QString m_checkInCode;
    QString m_checkInQr;
    int m_checkInQrSize = 0;
    qint64 m_checkInValidUntil = 0;
    bool m_checkInDenied = false;
    QTimer m_checkInTimer;

    QString m_joinCode;
    QString m_joinQr;
    int m_joinQrSize = 0;
    QString m_fingerprint;

    Round m_openRound;                   // id 0 when no vote is open
    Round m_resultRound;                 // id 0 when there is no result to show
    QHash<qint64, Round> m_closedByItem; // the latest closed round of each item of the session

    qint64 m_clockOffsetMs = 0; // server time minus this device's time
    QTimer m_ticker;
    QList<int> m_lastClock;
};

} // namespace council::client
