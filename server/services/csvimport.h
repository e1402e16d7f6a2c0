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

struct MemberImport {
    QList<MemberRow> rows;
    int errorLine = 0; // 0 when the whole file is good
    QString error;     // what is wrong on errorLine
};

MemberImport parseMemberCsv(const QString &csv, int maxRows = 5000);

} // namespace council::server
