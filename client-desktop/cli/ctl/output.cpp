#include "output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace council::ctl {

namespace {

// Width on a terminal: combining marks take no column. Stored text is NFC,
// so this only matters for the odd decomposed name.
qsizetype displayWidth(const QString &s) {
    qsizetype w = 0;
    for (const QChar c : s) {
        const auto cat = c.category();
        if (cat != QChar::Mark_NonSpacing && cat != QChar::Mark_Enclosing && !c.isLowSurrogate())
            ++w;
    }
    return w;
}

QString padded(const QString &s, qsizetype width) {
    return s + QString(std::max<qsizetype>(0, width - displayWidth(s)), QLatin1Char(' '));
}

} // namespace

QString cellText(const QCborValue &value) {
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("councilctl", "yes")
                              : QCoreApplication::translate("councilctl", "no");
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isString())
        return value.toString().isEmpty() ? QStringLiteral("—") : value.toString();
    if (value.isByteArray())
        return QString::fromLatin1(value.toByteArray().toHex());
    if (value.isArray()) {
        QStringList parts;
        for (const QCborValue &v : value.toArray())
            parts << cellText(v);
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
    }
    return value.toDiagnosticNotation(QCborValue::Compact);
}

Column field(const QString &header, const QString &key) {
    return Column{header, [key](const QCborMap &row) { return cellText(row.value(key)); }};
}

QString instantText(const QCborValue &ms) {
    if (!ms.isInteger() || ms.toInteger() <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger())
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString table(const QList<Column> &columns, const QCborArray &rows) {
    if (rows.isEmpty())
        return QCoreApplication::translate("councilctl", "(none)");
    QList<QStringList> cells;
    QList<qsizetype> widths;
    for (const Column &c : columns)
        widths << displayWidth(c.header);
    for (const QCborValue &row : rows) {
        QStringList line;
        const QCborMap m = row.toMap();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            line << columns.at(i).cell(m);
            widths[i] = std::max(widths[i], displayWidth(line.last()));
        }
        cells << line;
    }
    auto render = [&](const QStringList &line) {
        QString out;
        for (qsizetype i = 0; i < line.size(); ++i)
            out += i + 1 < line.size() ? padded(line.at(i), widths.at(i)) + QStringLiteral("  ") : line.at(i);
        return out;
    };
    QStringList headers;
    QStringList rules;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        headers << columns.at(i).header;
        rules << QString(widths.at(i), QLatin1Char('-'));
    }
    QStringList lines{render(headers), render(rules)};
    for (const QStringList &line : cells)
        lines << render(line);
    return lines.join(QLatin1Char('\n'));
}

QString fieldLines(const QCborMap &object, const QList<std::pair<QString, QString>> &labelsAndKeys) {
    qsizetype width = 0;
    for (const auto &[label, key] : labelsAndKeys)
        width = std::max(width, displayWidth(label));
    QStringList lines;
    for (const auto &[label, key] : labelsAndKeys)
        lines << padded(label + QLatin1Char(':'), width + 1) + QLatin1Char(' ') + cellText(object.value(key));
    return lines.join(QLatin1Char('\n'));
}

} // namespace council::ctl
