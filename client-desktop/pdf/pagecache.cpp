#include "pagecache.h"

namespace council::pdf {

PageCache::PageCache(qint64 budgetBytes)
    : m_budget(qMax<qint64>(0, budgetBytes)) {}

void PageCache::setBudgetBytes(qint64 bytes) {
    m_budget = qMax<qint64>(0, bytes);
    evictTo(m_budget);
}

QImage PageCache::find(const PageKey &key) {
    const auto found = m_index.constFind(key);
    if (found == m_index.cend()) {
        ++m_stats.misses;
        return QImage();
    }
    ++m_stats.hits;
    m_lru.splice(m_lru.begin(), m_lru, found.value());
    return m_lru.front().image;
}

bool PageCache::insert(const PageKey &key, const QImage &image) {
    if (const auto found = m_index.constFind(key); found != m_index.cend())
        erase(found.value());
    const qint64 bytes = image.sizeInBytes();
    if (image.isNull() || bytes > m_budget)
        return false;
    evictTo(m_budget - bytes);
    m_lru.push_front(Entry{key, image, bytes});
    m_index.insert(key, m_lru.begin());
    m_used += bytes;
    ++m_stats.insertions;
    return true;
}

void PageCache::removeDocument(quint64 document) {
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        const auto next = std::next(it);
        if (it->key.document == document)
            erase(it);
        it = next;
    }
}

void PageCache::clear() {
    m_lru.clear();
    m_index.clear();
    m_used = 0;
}

void PageCache::evictTo(qint64 budget) {
    while (m_used > budget && !m_lru.empty()) {
        erase(std::prev(m_lru.end()));
        ++m_stats.evictions;
    }
}

void PageCache::erase(std::list<Entry>::iterator it) {
    m_used -= it->bytes;
    m_index.remove(it->key);
    m_lru.erase(it);
}

} // namespace council::pdf
