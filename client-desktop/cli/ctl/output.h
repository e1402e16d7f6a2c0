// Human-readable output of councilctl: aligned tables and cell formatting of
// protocol values. JSON output does not go through here (see cborjson.h).
#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace council::ctl {

struct Column {
    QString header;
    std::function<QString(const QCborMap &)> cell;
};

// One cell of a protocol value: null shows as "—", arrays as comma lists.
QString cellText(const QCborValue &value);
// A column showing one field of each row.
Column field(const QString &header, const QString &key);
// An instant (ms since the epoch) in local time, or "—".
QString instantText(const QCborValue &ms);

// Rows of maps as an aligned table; "(none)" for an empty list.
QString table(const QList<Column> &columns, const QCborArray &rows);

// "key: value" lines for the fields of one object, in the order given.
QString fieldLines(const QCborMap &object, const QList<std::pair<QString, QString>> &labelsAndKeys);

} // namespace council::ctl
