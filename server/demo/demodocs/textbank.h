// The Vietnamese text of the demo documents: a bank of realistic sentences,
// headings, legal bases and table rows about a city's budget, investment,
// planning, education, health, environment and administration, combined
// deterministically from a seed. Same topic and seed, same text.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace council::demodocs {

enum class Topic {
    Economy,
    Budget,
    Investment,
    Urban,
    Education,
    Health,
    Environment,
    Administration,
    Digital,
    Agriculture,
};

// The topic a document's title is about; Economy when nothing matches.
Topic topicForTitle(const QString &title);

// splitmix64: small, fast and the same on every platform and standard library.
class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed) {}
    quint64 next();
    int range(int lo, int hi); // inclusive
    bool chance(int percent) { return range(1, 100) <= percent; }
    template <typename T> const T &pick(const QList<T> &list) {
        return list.at(range(0, int(list.size()) - 1));
    }

private:
    quint64 m_state;
};

// A Roman-numbered part of a submission or report and the headings of its
// numbered subsections (more come from subsectionHeading()).
struct Part {
    QString title;
    QStringList subsections;
};

struct TableSpec {
    QString note; // "Đơn vị tính: triệu đồng", right-aligned above the table
    QStringList header;
    QList<qreal> widthsMm;   // one per column; they add up to the text width
    QList<QStringList> rows; // the first column is the row number
};

class TextBank {
public:
    // The title's own words make the sentences that mention them come up more often.
    TextBank(Topic topic, quint64 seed, const QString &title = {});

    Rng &rng() { return m_rng; }
    Topic topic() const { return m_topic; }

    // One sentence with its numbers filled in, mostly about the topic.
    QString sentence();
    QString paragraph(int minSentences, int maxSentences);

    // Article headings of a resolution ("Điều 3. <heading>"), topic first.
    QStringList articleHeadings() const;
    // The Roman-numbered parts of a submission or report.
    QList<Part> submissionParts() const;
    QList<Part> reportParts() const;
    // A short heading for any numbered subsection ("2. Công tác phối hợp").
    QString subsectionHeading();

    // "Căn cứ ..." lines: the general laws, then the topic's own.
    QStringList legalBases() const;
    // The council committee that examines a document on this topic.
    QString examiningCommittee() const;
    // The ministry that receives a copy ("Bộ Tài chính").
    QString ministry() const;

    bool hasTable() const { return m_topic != Topic::Digital && m_topic != Topic::Agriculture; }
    // A table of figures when the topic has one; empty header otherwise.
    TableSpec table(qreal textWidthMm);

private:
    QString fill(QString text);
    QString drawFrom(const QStringList &pool, std::vector<int> &deck);
    QString composedSentence();

    Topic m_topic;
    Rng m_rng;
    std::vector<int> m_topicDeck;
    std::vector<int> m_generalDeck;
    QStringList m_relevantSentences; // topic sentences sharing a word pair with the title
    QStringList m_relevantActions;
    std::vector<int> m_relevantDeck;
    std::vector<int> m_subsectionDeck;
    int m_tableIndex = 0;
};

} // namespace council::demodocs
