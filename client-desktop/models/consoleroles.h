// Which consoles (screens) the logged-in account may switch between in the
// open session, from the functions its member holds in the session's body:
// "delegate" (the agenda with the live panel), "chair" (chair or vice-chair),
// "secretary" (the secretariat), "documents" (the document desk: secretary
// or approver) and "hall" (the hall display: display, chair, vice-chair or
// secretary of any body). A chair who is also a delegate switches between
// the two without logging out. Only the keys are here; QML words them, so a
// change of language needs nothing from this class. The server still
// refuses whatever the account may not do: this only keeps screens a member
// cannot use out of sight.
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class HallModel;
class LiveContext;

class ConsoleRoles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConsoleRoles is owned by AppController")
    // The consoles this account has in the open session, in a fixed order:
    // delegate, chair, secretary, documents, hall. Empty without a session.
    Q_PROPERTY(QStringList consoles READ consoles NOTIFY consolesChanged)
    // The console shown for the open session: one of consoles() other than
    // "hall" (which is a mode of the window, AppController.showHall), or
    // "delegate" when the account has none (the agenda, read only).
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY currentChanged)
    // More than one console: the header shows the switcher.
    Q_PROPERTY(bool canSwitch READ canSwitch NOTIFY consolesChanged)
public:
    ConsoleRoles(LiveContext *context, HallModel *hall, QObject *parent = nullptr);

    QStringList consoles() const { return m_consoles; }
    QString current() const { return m_current; }
    void setCurrent(const QString &key);
    bool canSwitch() const { return m_consoles.size() > 1; }

    // The consoles for a member holding `functions` (wire names) in the
    // session's body; `hallStaff`: the account may open the hall display.
    static QStringList consolesFor(const QStringList &functions, bool hasSession, bool hallStaff);
    // Where a session opens: the delegate's agenda when the account is one,
    // else its first console.
    static QString defaultConsole(const QStringList &consoles);

signals:
    void consolesChanged();
    void currentChanged();

private:
    void refresh();

    LiveContext *m_context;
    HallModel *m_hall;
    QStringList m_consoles;
    QString m_current = QStringLiteral("delegate");
    QString m_chosen; // what the user picked last; kept while it stays allowed
};

} // namespace council::client
