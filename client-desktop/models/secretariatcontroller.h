// The secretariat's console (thư ký kỳ họp): which councils the account is a
// secretary of, which session it works on (the one open in the app unless
// another is chosen), and the four parts of the job, each a model of its own:
// the session and its agenda (SessionEditor), the member import from CSV
// (MemberImportModel), attendance corrections (AttendanceOverrideModel) and
// the hand count of a vote (HandCountForm). The server decides every
// permission again; the parts show its refusals as their errorMessage.
#pragma once

#include "attendanceoverridemodel.h"
#include "handcountform.h"
#include "livecontext.h"
#include "memberimportmodel.h"
#include "sessioneditor.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class SecretariatController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SecretariatController is owned by AppController")
    // The account holds the secretary function in at least one council.
    Q_PROPERTY(bool canManage READ canManage NOTIFY bodiesChanged)
    // [{id, name}] of those councils.
    Q_PROPERTY(QVariantList bodies READ bodies NOTIFY bodiesChanged)
    // The council worked on: the chosen session's, else the first one.
    Q_PROPERTY(qint64 bodyId READ bodyId WRITE setBodyId NOTIFY bodyIdChanged)
    Q_PROPERTY(qint64 sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(council::client::SessionEditor *editor READ editor CONSTANT)
    Q_PROPERTY(council::client::MemberImportModel *members READ members CONSTANT)
    Q_PROPERTY(council::client::AttendanceOverrideModel *attendance READ attendance CONSTANT)
    Q_PROPERTY(council::client::HandCountForm *handCount READ handCount CONSTANT)
public:
    explicit SecretariatController(LiveContext *context, QObject *parent = nullptr);

    bool canManage() const { return !m_bodies.isEmpty(); }
    QVariantList bodies() const { return m_bodies; }
    qint64 bodyId() const { return m_bodyId; }
    void setBodyId(qint64 id);
    qint64 sessionId() const { return m_editor->sessionId(); }
    void setSessionId(qint64 id);
    SessionEditor *editor() const { return m_editor; }
    MemberImportModel *members() const { return m_members; }
    AttendanceOverrideModel *attendance() const { return m_attendance; }
    HandCountForm *handCount() const { return m_handCount; }

    // Asks the server again which councils the account is a secretary of.
    Q_INVOKABLE void reload();

signals:
    void bodiesChanged();
    void bodyIdChanged();
    void sessionIdChanged();

private:
    void followApp();
    void pickSitting();

    LiveContext *m_context;
    SessionEditor *m_editor;
    MemberImportModel *m_members;
    AttendanceOverrideModel *m_attendance;
    HandCountForm *m_handCount;
    QVariantList m_bodies;
    qint64 m_bodyId = 0;
    qint64 m_followedSession = 0; // the app's open session last followed
    quint64 m_fetch = 0;
};

} // namespace council::client
