// Text rules of the product: everything stored is NFC-normalised, and lists of
// people sort the Vietnamese way (given name first, i.e. the last word).
#pragma once

#include <QCollatorSortKey>
#include <QString>
#include <QStringList>

namespace council::domain {

// NFC, trimmed, inner runs of whitespace collapsed to one space.
QString normalizedText(const QString &text);

// The given name of a Vietnamese full name: its last word ("Nguyễn Văn An" -> "An").
QString givenName(const QString &fullName);

// True when a sorts before b: by given name, then by the full name, both
// compared with the vi_VN collation.
bool vietnameseNameLess(const QString &a, const QString &b);

void sortVietnameseNames(QStringList &names);

// A key whose order is vietnameseNameLess's order: sort many names by
// comparing keys instead of running the collator for every pair.
struct NameSortKey {
    QCollatorSortKey given;
    QCollatorSortKey full;
    friend bool operator<(const NameSortKey &a, const NameSortKey &b) {
        const int byGiven = a.given.compare(b.given);
        return byGiven != 0 ? byGiven < 0 : a.full.compare(b.full) < 0;
    }
};
NameSortKey vietnameseNameSortKey(const QString &fullName);

} // namespace council::domain
