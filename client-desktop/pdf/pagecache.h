// Rendered page images kept in memory under a byte budget, least recently
// used first out. Keys carry the document, the page and a size bucket (whole
// dpi for pages, pixel width for thumbnails), so zoom steps that round to the
// same dpi share one image. Not thread-safe: it lives on the engine's thread,
// where a lookup is the only thing the GUI ever waits for.
#pragma once

#include <QHash>
#include <QImage>
#include <list>

namespace council::pdf {

struct PageKey {
    enum class Kind : quint8 { Page, Thumbnail };
    quint64 document = 0;
    int page = -1;
    Kind kind = Kind::Page;
    int size = 0; // dpi for Kind::Page, width in pixels for Kind::Thumbnail

    friend bool operator==(const PageKey &, const PageKey &) = default;
    friend size_t qHash(const PageKey &key, size_t seed = 0) {
        return qHashMulti(seed, key.document, key.page, quint8(key.kind), key.size);
    }
};

class PageCache {
public:
    static constexpr qint64 kDefaultBudgetBytes = qint64(256) * 1024 * 1024;

    struct Stats {
        quint64 hits = 0;
        quint64 misses = 0;
        quint64 insertions = 0;
        quint64 evictions = 0;
    };

    explicit PageCache(qint64 budgetBytes = kDefaultBudgetBytes);

    qint64 budgetBytes() const { return m_budget; }
    void setBudgetBytes(qint64 bytes); // evicts at once when the new budget is smaller
    qint64 usedBytes() const { return m_used; }
    int count() const { return int(m_index.size()); }

    // A hit makes the entry the most recently used one; both outcomes are counted.
    QImage find(const PageKey &key);
    // Neither counted nor touched: for deciding whether to prefetch.
    bool contains(const PageKey &key) const { return m_index.contains(key); }
    // Replaces an existing entry. An image larger than the whole budget is not
    // kept (returns false): it would only push everything else out.
    bool insert(const PageKey &key, const QImage &image);
    void removeDocument(quint64 document);
    void clear();

    Stats stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

private:
    struct Entry {
        PageKey key;
        QImage image;
        qint64 bytes = 0;
    };
    void evictTo(qint64 budget);
    void erase(std::list<Entry>::iterator it);

    std::list<Entry> m_lru; // front: most recently used
    QHash<PageKey, std::list<Entry>::iterator> m_index;
    qint64 m_budget;
    qint64 m_used = 0;
    Stats m_stats;
};

} // namespace council::pdf
