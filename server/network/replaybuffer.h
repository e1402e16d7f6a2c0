// The most recent events, already encoded, so a reconnecting client gets
// exactly what it missed by sending the same bytes everyone else got.
#pragma once

#include <QByteArray>
#include <deque>

namespace council::server {

struct EncodedEvent {
    qint64 seq = 0;
    qint64 bodyId = 0;
    qint64 audienceAccount = 0; // 0: the body; else only this account
    QByteArray frame;
};

class ReplayBuffer {
public:
    explicit ReplayBuffer(qsizetype capacity)
        : m_capacity(capacity) {}

    void setStart(qint64 seq) { m_startSeq = seq; }
    void append(EncodedEvent e);
    // True when every event after `since` is still held.
    bool covers(qint64 since) const { return since >= m_startSeq; }
    qint64 startSeq() const { return m_startSeq; }
    const std::deque<EncodedEvent> &events() const { return m_events; }

private:
    qsizetype m_capacity;
    qint64 m_startSeq = 0; // events with seq > m_startSeq are all held
    std::deque<EncodedEvent> m_events;
};

} // namespace council::server
