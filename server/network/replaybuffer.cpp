#include "replaybuffer.h"

namespace council::server {

void ReplayBuffer::append(EncodedEvent e) {
    m_events.push_back(std::move(e));
    while (qsizetype(m_events.size()) > m_capacity) {
        m_startSeq = m_events.front().seq;
        m_events.pop_front();
    }
}

} // namespace council::server
