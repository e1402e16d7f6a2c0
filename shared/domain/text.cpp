#include "text.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace council::domain {

QString normalizedText(const QString &text) {
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString givenName(const QString &fullName) {
    const QString n = normalizedText(fullName);
    const qsizetype space = n.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? n : n.mid(space + 1);
}

namespace {
const QCollator &vietnameseCollator() {
    // QCollator is reentrant, not thread-safe: one per thread.
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}
} // namespace

bool vietnameseNameLess(const QString &a, const QString &b) {
    const QCollator &c = vietnameseCollator();
    const int byGiven = c.compare(givenName(a), givenName(b));
    if (byGiven != 0)
        return byGiven < 0;
    return c.compare(normalizedText(a), normalizedText(b)) < 0;
}

NameSortKey vietnameseNameSortKey(const QString &fullName) {
    const QCollator &c = vietnameseCollator();
    return {c.sortKey(givenName(fullName)), c.sortKey(normalizedText(fullName))};
}

void sortVietnameseNames(QStringList &names) {
    std::stable_sort(names.begin(), names.end(), vietnameseNameLess);
}

} // namespace council::domain
