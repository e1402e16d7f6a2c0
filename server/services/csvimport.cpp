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

QList<CsvRecord> splitCsv(const QString &text, QChar sep, int *errorLine) {
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
        *errorLine = recordLine; // a quoted field is not closed
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

MemberImport parseMemberCsv(const QString &csvIn, int maxRows, CsvMode mode, int maxErrors) {
    MemberImport result;
    QString csv = csvIn;
    if (csv.startsWith(QChar(0xFEFF)))
        csv.remove(0, 1); // spreadsheet programs like to add a BOM
    // Records the problem; true when parsing goes on (a preview, and a problem of one line only).
    auto problem = [&](int line, const QString &vi, const QString &en, bool wholeFile = false) {
        if (result.errorLine == 0) {
            result.errorLine = line;
            result.error = en;
        }
        if (result.errors.size() < maxErrors)
            result.errors.append({line, vi, en});
        else
            result.errorsTruncated = true;
        if (mode == CsvMode::StopAtFirstError)
            result.rows.clear();
        return mode == CsvMode::CollectErrors && !wholeFile;
    };
    const qsizetype firstBreak = csv.indexOf(QLatin1Char('\n'));
    const QString headerLine = firstBreak < 0 ? csv : csv.left(firstBreak);
    // ';' separates several functions or groups inside one cell, so columns are
    // separated by ',' (or by tabs, as spreadsheets copy them).
    const QChar sep = !headerLine.contains(QLatin1Char(',')) && headerLine.contains(QLatin1Char('\t'))
                          ? QLatin1Char('\t')
                          : QLatin1Char(',');
    int quoteLine = 0;
    const QList<CsvRecord> records = splitCsv(csv, sep, &quoteLine);
    if (quoteLine) {
        problem(quoteLine, QStringLiteral("ô có dấu ngoặc kép chưa được đóng"),
                QStringLiteral("a quoted field is not closed"), true);
        return result;
    }
    if (records.isEmpty()) {
        problem(1, QStringLiteral("tệp trống"), QStringLiteral("the file is empty"), true);
        return result;
    }
    auto isBlank = [](const CsvRecord &rec) {
        return rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty();
    };
    for (qsizetype r = 1; r < records.size(); ++r)
        result.total += isBlank(records.at(r)) ? 0 : 1;
    QHash<Column, int> index;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const auto column = columnFor(header.at(i));
        if (!column) {
            problem(1, QStringLiteral("cột không xác định '%1'").arg(header.at(i)),
                    QStringLiteral("unknown column '%1'").arg(header.at(i)), true);
            return result;
        }
        if (index.contains(*column)) {
            problem(1, QStringLiteral("cột '%1' xuất hiện hai lần").arg(header.at(i)),
                    QStringLiteral("column '%1' appears twice").arg(header.at(i)), true);
            return result;
        }
        index.insert(*column, i);
    }
    if (!index.contains(Name)) {
        problem(1, QStringLiteral("dòng tiêu đề thiếu cột họ tên ('name')"),
                QStringLiteral("the header has no 'name' column"), true);
        return result;
    }
    QSet<QString> usernames;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (isBlank(rec))
            continue;
        if (rec.fields.size() != header.size()) {
            if (problem(rec.line,
                        QStringLiteral("cần %1 cột, có %2").arg(header.size()).arg(rec.fields.size()),
                        QStringLiteral("expected %1 columns, found %2")
                            .arg(header.size())
                            .arg(rec.fields.size())))
                continue;
            return result;
        }
        if (result.rows.size() >= maxRows) {
            problem(rec.line, QStringLiteral("nhiều hơn %1 thành viên").arg(maxRows),
                    QStringLiteral("more than %1 members").arg(maxRows), true);
            return result;
        }
        auto cell = [&](Column c) { return index.contains(c) ? rec.fields.at(index.value(c)) : QString(); };
        MemberRow row;
        row.line = rec.line;
        row.fullName = domain::normalizedText(cell(Name));
        std::optional<ImportError> bad;
        const QStringList fnNames = splitCell(cell(Functions));
        const auto fns =
            domain::functionsFromNames(fnNames.isEmpty() ? QStringList{QStringLiteral("delegate")} : fnNames);
        row.groups = splitCell(cell(Group));
        row.seat = domain::normalizedText(cell(Seat));
        row.username = domain::normalizedText(cell(Username));
        if (row.fullName.isEmpty()) {
            bad = ImportError{rec.line, QStringLiteral("họ tên trống"), QStringLiteral("the name is empty")};
        } else if (row.fullName.size() > 200) {
            bad = ImportError{rec.line, QStringLiteral("họ tên dài quá 200 ký tự"),
                              QStringLiteral("the name is longer than 200 characters")};
        } else if (!fns) {
            for (const QString &n : fnNames) {
                if (!domain::functionFromName(n)) {
                    bad = ImportError{rec.line, QStringLiteral("chức năng không xác định '%1'").arg(n),
                                      QStringLiteral("unknown function '%1'").arg(n)};
                    break;
                }
            }
        } else if (row.seat.size() > 20) {
            bad = ImportError{rec.line, QStringLiteral("số ghế dài quá 20 ký tự"),
                              QStringLiteral("the seat is longer than 20 characters")};
        } else if (!row.username.isEmpty() && usernames.contains(row.username.toLower())) {
            bad = ImportError{rec.line, QStringLiteral("tài khoản '%1' xuất hiện hai lần").arg(row.username),
                              QStringLiteral("user name '%1' appears twice").arg(row.username)};
        }
        if (bad) {
            if (problem(bad->line, bad->vi, bad->en))
                continue;
            return result;
        }
        row.functions = fns.value_or(domain::Functions());
        if (!row.username.isEmpty())
            usernames.insert(row.username.toLower());
        result.rows.append(row);
    }
    return result;
}

} // namespace council::server
