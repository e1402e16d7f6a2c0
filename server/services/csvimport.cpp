#include "csvimport.h"

#include "domain/text.h"

#include <QHash>
#include <QSet>

namespace council::server {

namespace {

// Splits CSV text into records of fields (RFC 4180 quoting, ',' or ';'
// separators are not mixed: the header decides). Returns the line each record starts on.
struct CsvRecord {
    int line;
    QStringList fields;
};

QList<CsvRecord> splitCsv(const QString &text, QChar sep, QString *error, int *errorLine) {
    QList<CsvRecord> out;
    QStringList fields;
    QString field;
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == sep) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            field.clear();
            out.append({recordLine, fields});
            fields.clear();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = QStringLiteral("a quoted field is not closed");
        *errorLine = recordLine;
        return {};
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields << field;
        out.append({recordLine, fields});
    }
    return out;
}

enum Column { Name, Functions, Group, Seat, Username };

std::optional<Column> columnFor(const QString &header) {
    static const QHash<QString, Column> names{
        {QStringLiteral("name"), Name},
        {QStringLiteral("full name"), Name},
        {QStringLiteral("họ tên"), Name},
        {QStringLiteral("họ và tên"), Name},
        {QStringLiteral("functions"), Functions},
        {QStringLiteral("function"), Functions},
        {QStringLiteral("chức năng"), Functions},
        {QStringLiteral("group"), Group},
        {QStringLiteral("groups"), Group},
        {QStringLiteral("tổ"), Group},
        {QStringLiteral("nhóm"), Group},
        {QStringLiteral("seat"), Seat},
        {QStringLiteral("ghế"), Seat},
        {QStringLiteral("chỗ ngồi"), Seat},
        {QStringLiteral("username"), Username},
        {QStringLiteral("tài khoản"), Username},
    };
    const auto it = names.constFind(domain::normalizedText(header).toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return it.value();
}

QStringList splitCell(const QString &cell) {
    QStringList out;
    for (const QString &part : cell.split(QLatin1Char(';'))) {
        const QString t = domain::normalizedText(part);
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace

MemberImport parseMemberCsv(const QString &csvIn, int maxRows) {
    MemberImport result;
    QString csv = csvIn;
    if (csv.startsWith(QChar(0xFEFF)))
        csv.remove(0, 1); // spreadsheet programs like to add a BOM
    auto failAt = [&](int line, const QString &why) {
        result.rows.clear();
        result.errorLine = line;
        result.error = why;
        return result;
    };
    const qsizetype firstBreak = csv.indexOf(QLatin1Char('\n'));
    const QString headerLine = firstBreak < 0 ? csv : csv.left(firstBreak);
    // ';' separates several functions or groups inside one cell, so columns are
    // separated by ',' (or by tabs, as spreadsheets copy them).
    const QChar sep = !headerLine.contains(QLatin1Char(',')) && headerLine.contains(QLatin1Char('\t'))
                          ? QLatin1Char('\t')
                          : QLatin1Char(',');
    QString error;
    int errorLine = 0;
    const QList<CsvRecord> records = splitCsv(csv, sep, &error, &errorLine);
    if (!error.isEmpty())
        return failAt(errorLine, error);
    if (records.isEmpty())
        return failAt(1, QStringLiteral("the file is empty"));
    QHash<Column, int> index;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const auto column = columnFor(header.at(i));
        if (!column)
            return failAt(1, QStringLiteral("unknown column '%1'").arg(header.at(i)));
        if (index.contains(*column))
            return failAt(1, QStringLiteral("column '%1' appears twice").arg(header.at(i)));
        index.insert(*column, i);
    }
    if (!index.contains(Name))
        return failAt(1, QStringLiteral("the header has no 'name' column"));
    QSet<QString> usernames;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty())
            continue; // blank line
        if (rec.fields.size() != header.size())
            return failAt(
                rec.line,
                QStringLiteral("expected %1 columns, found %2").arg(header.size()).arg(rec.fields.size()));
        if (result.rows.size() >= maxRows)
            return failAt(rec.line, QStringLiteral("more than %1 members").arg(maxRows));
        auto cell = [&](Column c) { return index.contains(c) ? rec.fields.at(index.value(c)) : QString(); };
        MemberRow row;
        row.line = rec.line;
        row.fullName = domain::normalizedText(cell(Name));
        if (row.fullName.isEmpty())
            return failAt(rec.line, QStringLiteral("the name is empty"));
        if (row.fullName.size() > 200)
            return failAt(rec.line, QStringLiteral("the name is longer than 200 characters"));
        const QStringList fnNames = splitCell(cell(Functions));
        const auto fns =
            domain::functionsFromNames(fnNames.isEmpty() ? QStringList{QStringLiteral("delegate")} : fnNames);
        if (!fns) {
            for (const QString &n : fnNames)
                if (!domain::functionFromName(n))
                    return failAt(rec.line, QStringLiteral("unknown function '%1'").arg(n));
        }
        row.functions = *fns;
        row.groups = splitCell(cell(Group));
        row.seat = domain::normalizedText(cell(Seat));
        row.username = domain::normalizedText(cell(Username));
        if (row.seat.size() > 20)
            return failAt(rec.line, QStringLiteral("the seat is longer than 20 characters"));
        if (!row.username.isEmpty()) {
            if (usernames.contains(row.username.toLower()))
                return failAt(rec.line, QStringLiteral("user name '%1' appears twice").arg(row.username));
            usernames.insert(row.username.toLower());
        }
        result.rows.append(row);
    }
    return result;
}

} // namespace council::server
