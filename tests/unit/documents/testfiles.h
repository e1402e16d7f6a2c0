// Files the document tests build byte by byte: hand-written PDFs with a
// correct cross-reference table, a ZIP archive, sandbox helpers.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace testfiles {

// A PDF from numbered objects (1..n, given in order) and extra trailer entries.
QByteArray buildPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {});
// One empty page, locked by the standard security handler with an unknown user password.
QByteArray encryptedPdf();
// A ZIP archive with one stored entry, the way .docx files start.
QByteArray zipArchive();

bool writeFile(const QString &path, const QByteArray &data);
bool writeScript(const QString &path, const QByteArray &body); // executable /bin/sh script

// The process group of a running process whose command line contains marker; 0 if none.
qint64 groupOfProcessWith(const QString &marker);

} // namespace testfiles
