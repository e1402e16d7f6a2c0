// Parses the member list a secretariat exports from a spreadsheet: UTF-8 CSV
// with a header naming the columns (English or Vietnamese). Pure: no I/O.
#pragma once

#include "domain/functions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace council::server {

struct MemberRow {
    int line = 0;
    QString fullName;
    domain::Functions functions;
    QStringList groups;
    QString seat;
    QString username;
};

// What is wrong on one line, Vietnamese first, as the secretariat reads it.
struct ImportError {
    int line = 0;
    QString vi;
    QString en;
    QString text() const { return vi + QStringLiteral(" / ") + en; }
};

struct MemberImport {
    QList<MemberRow> rows;        // the good lines (none after an error when stopping at the first)
    int errorLine = 0;            // the first bad line; 0 when the whole file is good
    QString error;                // what is wrong on errorLine, in English
    QList<ImportError> errors;    // every bad line found, at most maxErrors
    bool errorsTruncated = false; // more bad lines than maxErrors
    int total = 0;                // member lines in the file (blank lines not counted)
};

// StopAtFirstError: a real import; the first bad line ends parsing and no row is kept.
// CollectErrors: a preview; every bad line is listed and the good rows kept. A
// problem with the file as a whole (quoting, header, row limit) ends parsing in both.
enum class CsvMode { StopAtFirstError, CollectErrors };

MemberImport parseMemberCsv(const QString &csv, int maxRows = 5000, CsvMode mode = CsvMode::StopAtFirstError,
                            int maxErrors = 200);

} // namespace council::server
