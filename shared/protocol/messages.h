// The one registry of protocol messages. Every request and event the server
// and its clients exchange is listed here once; the enum, the wire names and
// the lookup tables are generated from this list. Only append to the end of a
// group: the numbers are on the wire and in stored event logs.
#pragma once

#include <QString>
#include <optional>

namespace council::protocol {

// X(Name, code, "wire.name", mutating)
// "mutating" requests change stored state: they must carry an operation id
// (envelope key `op`) so that a resend after a reconnect is applied once.
#define COUNCIL_REQUESTS(X)                                                                                  \
    X(Hello, 1, "hello", false)                                                                              \
    X(AuthSalt, 2, "auth.salt", false)                                                                       \
    X(AuthLogin, 3, "auth.login", false)                                                                     \
    X(AuthToken, 4, "auth.token", false)                                                                     \
    X(AuthLogout, 5, "auth.logout", true)                                                                    \
    X(Sync, 6, "sync", false)                                                                                \
    X(Me, 7, "me", false)                                                                                    \
    X(Ping, 8, "ping", false)                                                                                \
    X(UserCreate, 20, "user.create", true)                                                                   \
    X(UserList, 21, "user.list", false)                                                                      \
    X(UserSetPassword, 22, "user.set_password", true)                                                        \
    X(TokenList, 30, "token.list", false)                                                                    \
    X(TokenRevoke, 31, "token.revoke", true)                                                                 \
    X(BodyCreate, 40, "body.create", true)                                                                   \
    X(BodyList, 41, "body.list", false)                                                                      \
    X(BodyUpdate, 42, "body.update", true)                                                                   \
    X(MemberAdd, 50, "member.add", true)                                                                     \
    X(MemberList, 51, "member.list", false)                                                                  \
    X(MemberUpdate, 52, "member.update", true)                                                               \
    X(MemberRemove, 53, "member.remove", true)                                                               \
    X(MemberImport, 54, "member.import", true)                                                               \
    X(GroupCreate, 60, "group.create", true)                                                                 \
    X(GroupList, 61, "group.list", false)                                                                    \
    X(GroupRemove, 62, "group.remove", true)                                                                 \
    X(SessionCreate, 70, "session.create", true)                                                             \
    X(SessionList, 71, "session.list", false)                                                                \
    X(SessionGet, 72, "session.get", false)                                                                  \
    X(SessionUpdate, 73, "session.update", true)                                                             \
    X(SessionRemove, 74, "session.remove", true)                                                             \
    X(SittingAdd, 80, "sitting.add", true)                                                                   \
    X(SittingUpdate, 81, "sitting.update", true)                                                             \
    X(SittingRemove, 82, "sitting.remove", true)                                                             \
    X(SittingOpen, 83, "sitting.open", true)                                                                 \
    X(SittingClose, 84, "sitting.close", true)                                                               \
    X(AgendaAdd, 90, "agenda.add", true)                                                                     \
    X(AgendaUpdate, 91, "agenda.update", true)                                                               \
    X(AgendaMove, 92, "agenda.move", true)                                                                   \
    X(AgendaRemove, 93, "agenda.remove", true)                                                               \
    X(AgendaSetCurrent, 94, "agenda.set_current", true)                                                      \
    X(AuditList, 100, "audit.list", false)                                                                   \
    X(KeyRegister, 200, "key.register", true)                                                                \
    X(KeyGet, 201, "key.get", false)                                                                         \
    X(TrustInit, 202, "trust.init", true)                                                                    \
    X(TrustGet, 203, "trust.get", false)                                                                     \
    X(TrustSetApprovers, 204, "trust.set_approvers", true)                                                   \
    X(DocUploadBegin, 210, "doc.upload_begin", false)                                                        \
    X(DocUploadChunk, 211, "doc.upload_chunk", false)                                                        \
    X(DocCreate, 212, "doc.create", true)                                                                    \
    X(DocReplace, 213, "doc.replace", true)                                                                  \
    X(DocList, 214, "doc.list", false)                                                                       \
    X(DocGet, 215, "doc.get", false)                                                                         \
    X(DocSubmit, 216, "doc.submit", true)                                                                    \
    X(DocApprove, 217, "doc.approve", true)                                                                  \
    X(DocReject, 218, "doc.reject", true)                                                                    \
    X(DocPublish, 219, "doc.publish", true)                                                                  \
    X(DocWithdraw, 220, "doc.withdraw", true)                                                                \
    X(DocFetch, 221, "doc.fetch", false)                                                                     \
    X(DocLookup, 222, "doc.lookup", false)                                                                   \
    X(AttendanceCheckIn, 300, "attendance.check_in", true)                                                   \
    X(AttendanceSet, 301, "attendance.set", true)                                                            \
    X(AttendanceList, 302, "attendance.list", false)                                                         \
    X(AttendanceCode, 303, "attendance.code", false)                                                         \
    X(AttendanceTimeline, 304, "attendance.timeline", false)                                                 \
    X(VoteOpen, 310, "vote.open", true)                                                                      \
    X(VoteCast, 311, "vote.cast", true)                                                                      \
    X(VoteExtend, 312, "vote.extend", true)                                                                  \
    X(VoteClose, 313, "vote.close", true)                                                                    \
    X(VoteCancel, 314, "vote.cancel", true)                                                                  \
    X(VoteRepeat, 315, "vote.repeat", true)                                                                  \
    X(VoteHandCount, 316, "vote.hand_count", true)                                                           \
    X(VoteGet, 317, "vote.get", false)                                                                       \
    X(VoteList, 318, "vote.list", false)                                                                     \
    X(SpeakRequest, 330, "speak.request", true)                                                              \
    X(SpeakWithdraw, 331, "speak.withdraw", true)                                                            \
    X(SpeakReorder, 332, "speak.reorder", true)                                                              \
    X(SpeakGiveFloor, 333, "speak.give_floor", true)                                                         \
    X(SpeakEnd, 334, "speak.end", true)                                                                      \
    X(SpeakQueue, 335, "speak.queue", false)                                                                 \
    X(HallShow, 340, "hall.show", true)                                                                      \
    X(HallGet, 341, "hall.get", false)

// X(Name, code, "wire.name")
#define COUNCIL_EVENTS(X)                                                                                    \
    X(AccountChanged, 1001, "account.changed")                                                               \
    X(TokenRevoked, 1002, "token.revoked")                                                                   \
    X(BodyChanged, 1010, "body.changed")                                                                     \
    X(MemberChanged, 1020, "member.changed")                                                                 \
    X(MemberRemoved, 1021, "member.removed")                                                                 \
    X(MembersImported, 1022, "member.imported")                                                              \
    X(GroupChanged, 1030, "group.changed")                                                                   \
    X(GroupRemoved, 1031, "group.removed")                                                                   \
    X(SessionChanged, 1040, "session.changed")                                                               \
    X(SessionRemoved, 1041, "session.removed")                                                               \
    X(SittingChanged, 1050, "sitting.changed")                                                               \
    X(SittingRemoved, 1051, "sitting.removed")                                                               \
    X(AgendaItemChanged, 1060, "agenda.item_changed")                                                        \
    X(AgendaItemRemoved, 1061, "agenda.item_removed")                                                        \
    X(AgendaReordered, 1062, "agenda.reordered")                                                             \
    X(AgendaCurrentChanged, 1063, "agenda.current_changed")                                                  \
    X(DocChanged, 1200, "doc.changed")                                                                       \
    X(DocPublished, 1201, "doc.published")                                                                   \
    X(DocReplaced, 1202, "doc.replaced")                                                                     \
    X(DocWithdrawn, 1203, "doc.withdrawn")                                                                   \
    X(TrustChanged, 1204, "trust.changed")                                                                   \
    X(AttendanceChanged, 1300, "attendance.changed")                                                         \
    X(AttendanceDevice, 1301, "attendance.device")                                                           \
    X(VoteOpened, 1310, "vote.opened")                                                                       \
    X(VoteBallot, 1311, "vote.ballot")                                                                       \
    X(VoteProgress, 1312, "vote.progress")                                                                   \
    X(VoteUpdated, 1313, "vote.updated")                                                                     \
    X(VoteClosed, 1314, "vote.closed")                                                                       \
    X(SpeakQueueChanged, 1330, "speak.queue_changed")                                                        \
    X(SpeakFloor, 1331, "speak.floor")                                                                       \
    X(SpeakWarning, 1332, "speak.warning")                                                                   \
    X(HallChanged, 1340, "hall.changed")

enum class Request : int {
#define COUNCIL_X(name, code, wire, mutating) name = code,
    COUNCIL_REQUESTS(COUNCIL_X)
#undef COUNCIL_X
};

enum class Event : int {
#define COUNCIL_X(name, code, wire) name = code,
    COUNCIL_EVENTS(COUNCIL_X)
#undef COUNCIL_X
};

// Frame kinds (envelope key `k`).
enum class FrameKind : int { Request = 0, Result = 1, Error = 2, Event = 3 };

QString requestName(Request r);
std::optional<Request> requestFromCode(qint64 code);
std::optional<Request> requestFromName(const QString &name);
bool isMutating(Request r);

QString eventName(Event e);
std::optional<Event> eventFromCode(qint64 code);

} // namespace council::protocol
