// The demo council's first sitting under way, for the screens that show a
// live sitting: the real council-server --demo run by the integration tests'
// TestCouncil, the secretary, the chair (on a second device) and the
// vice-chair acting over the wire, the session open and its third item under
// discussion, and thirty demo delegates given accounts so that attendance and
// votes look like a real hall: twenty-eight of them, the chair and the
// vice-chair checked in, the last two excused.
#pragma once

#include "livesitting.h"

#include <QList>
#include <QString>

namespace council::client {
class AppController;
}

namespace council::uitest {

struct DemoSitting {
    testing::RawClient *secretary = nullptr; // thuky
    testing::RawClient *chair = nullptr;     // chutoa
    testing::RawClient *vice = nullptr;      // phochutoa
    QList<testing::Participant> voters;      // 0..27 checked in, 28 and 29 excused
    qint64 body = 0;
    qint64 session = 0;
    qint64 sitting = 0;
    qint64 item = 0; // the third of the agenda, the current one
};

// How long a step of the set-up may take (ms).
inline constexpr int kDemoSittingWait = 15000;

// Starts `council` with --demo and sets the sitting up on it; false with
// *error set at the first step that fails.
bool startDemoSitting(testing::TestCouncil &council, DemoSitting *sitting, QString *error);

// A new AppController (a child of `parent`) logging in to `council` as the
// demo's `user`; the login is under way when it returns.
client::AppController *demoLogin(testing::TestCouncil &council, const QString &user, QObject *parent);

} // namespace council::uitest
