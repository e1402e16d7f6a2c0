// Who may receive an event, as one integer stored with it in the event log
// (column events.audience_account) and covered by the audit hash chain:
//   > 0  one account only (a delegate's own ballot on their other devices)
//     0  everyone who may see the body
//    -1  the body's staff: secretaries, chairs, vice chairs, approvers
//  < -1  the members of group (-audience - 1), and the staff
//  <= -2^40  a document published to groups: the members of any of its
//         groups (looked up when the event is delivered), and the staff —
//         one event however many of the groups a member is in
#pragma once

#include <QtGlobal>

namespace council::server::audience {

inline constexpr qint64 Body = 0;
inline constexpr qint64 Staff = -1;

inline constexpr qint64 group(qint64 groupId) {
    return -(groupId + 1);
}
inline constexpr qint64 groupOf(qint64 audience) {
    return -audience - 1;
}

inline constexpr qint64 kDocumentBase = qint64(1) << 40;
inline constexpr qint64 document(qint64 documentId) {
    return -(kDocumentBase + documentId);
}
inline constexpr bool isDocument(qint64 audience) {
    return audience <= -kDocumentBase;
}
inline constexpr qint64 documentOf(qint64 audience) {
    return -audience - kDocumentBase;
}

} // namespace council::server::audience
