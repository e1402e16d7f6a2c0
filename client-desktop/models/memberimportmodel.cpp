#include "memberimportmodel.h"

#include "cborread.h"

#include <QCborArray>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace council::client {

using cbor::key;
using protocol::Request;

namespace {

// A remark of the preview in the UI language (`message` is Vietnamese, `en` English).
QString remark(const QCborMap &m) {
    const QString vi = cbor::text(m, "message");
    const QString en = cbor::text(m, "en");
    if (Reply::uiLanguage() == QLatin1String("en") && !en.isEmpty())
        return en;
    return vi.isEmpty() ? en : vi;
}

QString joined(const QCborArray &list, const std::function<QString(const QString &)> &word) {
    QStringList words;
    for (const QCborValue &v : list)
        words << word(v.toString());
    return words.join(QStringLiteral(", "));
}

// The CSV line a refusal names: the `line` field, or "line N" in its detail.
int lineOf(const Reply &r) {
    if (const qint64 line = cbor::integer(r.body, "line"))
        return int(line);
    static const QRegularExpression pattern(QStringLiteral("line (\\d+)"));
    const QRegularExpressionMatch m = pattern.match(cbor::text(r.body, "detail"));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

MemberImportModel::MemberImportModel(LiveContext *context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
    , m_requests(new RequestStatus(this)) {
    connect(m_requests, &RequestStatus::busyChanged, this, &MemberImportModel::busyChanged);
    connect(m_requests, &RequestStatus::busyChanged, this, &MemberImportModel::previewChanged); // canImport
    connect(m_requests, &RequestStatus::errorMessageChanged, this, &MemberImportModel::errorMessageChanged);
    connect(m_requests, &RequestStatus::statusMessageChanged, this, &MemberImportModel::statusMessageChanged);
    connect(context, &LiveContext::cleared, this, [this] {
        clear();
        setBodyId(0);
    });
}

int MemberImportModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberImportModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case LineRole:
        return r.line;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case FunctionsRole:
        return r.functions;
    case GroupsRole:
        return r.groups;
    case SeatRole:
        return r.seat;
    case UsernameRole:
        return r.username;
    case ErrorRole:
        return r.error;
    case IsErrorRole:
        return !r.error.isEmpty();
    case WarningRole:
        return r.warning;
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberImportModel::roleNames() const {
    return {{LineRole, "line"},       {NameRole, "name"},       {FunctionsRole, "functions"},
            {GroupsRole, "groups"},   {SeatRole, "seat"},       {UsernameRole, "username"},
            {ErrorRole, "errorText"}, {IsErrorRole, "isError"}, {WarningRole, "warning"}};
}

void MemberImportModel::setBodyId(qint64 id) {
    if (id == m_bodyId)
        return;
    m_bodyId = id;
    emit bodyIdChanged();
    clear(); // a preview is for one body (accounts already members there)
}

int MemberImportModel::validCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.error.isEmpty(); }));
}

int MemberImportModel::warningCount() const {
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.warning.isEmpty(); }));
}

int MemberImportModel::errorCount() const {
    return int(m_rows.size()) - validCount();
}

bool MemberImportModel::canImport() const {
    return m_hasPreview && m_bodyId > 0 && errorCount() == 0 && validCount() > 0 && !busy();
}

QString MemberImportModel::functionText(const QString &code) {
    if (code == QLatin1String("delegate"))
        return tr("delegate");
    if (code == QLatin1String("chair"))
        return tr("chair");
    if (code == QLatin1String("vice_chair"))
        return tr("vice-chair");
    if (code == QLatin1String("secretary"))
        return tr("secretary");
    if (code == QLatin1String("approver"))
        return tr("approver");
    if (code == QLatin1String("display"))
        return tr("hall display");
    return code;
}

void MemberImportModel::previewFile(const QUrl &file) {
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
        return;
    }
    if (f.size() > kMaxFileBytes) {
        setError(tr("The file is too large (at most %1 KiB).").arg(kMaxFileBytes / 1024));
        return;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(f.readAll());
    if (utf8.hasError()) {
        setError(tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\"."));
        return;
    }
    previewText(text, QFileInfo(path).fileName());
}

void MemberImportModel::previewText(const QString &csv, const QString &fileName) {
    setError({});
    setStatus({});
    if (m_bodyId <= 0) {
        setError(tr("Choose the council to import into first."));
        return;
    }
    if (csv.trimmed().isEmpty()) {
        setError(tr("The file is empty."));
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_csv = csv;
    m_fileName = fileName;
    m_hasPreview = false;
    m_errorsTruncated = false;
    m_total = 0;
    endResetModel();
    emit previewChanged();
    const quint64 request = ++m_request;
    const QCborMap body{{key("body"), m_bodyId}, {key("csv"), csv}, {key("preview"), true}};
    m_requests->track(m_context->connection(), Request::MemberImport, body, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        if (!r.ok) {
            setError(refusalText(r));
            return;
        }
        applyPreview(r.body);
    });
}

void MemberImportModel::applyPreview(const QCborMap &body) {
    beginResetModel();
    m_rows.clear();
    for (const QCborValue &v : cbor::array(body, "rows")) {
        const QCborMap m = v.toMap();
        Row r;
        r.line = int(cbor::integer(m, "line"));
        r.name = cbor::text(m, "name");
        r.functions = joined(cbor::array(m, "functions"), &MemberImportModel::functionText);
        r.groups = joined(cbor::array(m, "groups"), [](const QString &g) { return g; });
        r.seat = cbor::text(m, "seat");
        r.username = cbor::text(m, "username");
        m_rows.append(r);
    }
    for (const QCborValue &v : cbor::array(body, "errors")) {
        const QCborMap m = v.toMap();
        const int line = int(cbor::integer(m, "line"));
        const QString message = remark(m);
        auto it = std::find_if(m_rows.begin(), m_rows.end(), [line](const Row &r) { return r.line == line; });
        if (it != m_rows.end()) {
            it->error = message;
        } else {
            Row r;
            r.line = line;
            r.error = message.isEmpty() ? tr("This line cannot be read.") : message;
            m_rows.append(r);
        }
    }
    for (const QCborValue &v : cbor::array(body, "warnings")) {
        const QCborMap m = v.toMap();
        const int line = int(cbor::integer(m, "line"));
        for (Row &r : m_rows)
            if (r.line == line)
                r.warning = remark(m);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.line < b.line; });
    m_errorsTruncated = cbor::field(body, "errorsTruncated").toBool();
    m_total = int(cbor::integer(body, "total", m_rows.size()));
    m_hasPreview = true;
    endResetModel();
    emit previewChanged();
}

void MemberImportModel::importMembers() {
    if (!m_hasPreview) {
        setError(tr("Choose a file and check its preview first."));
        return;
    }
    if (errorCount() > 0) {
        setError(tr("Fix the lines marked in red in the file, then choose it again."));
        return;
    }
    if (!canImport())
        return;
    setError({});
    setStatus({});
    const QCborMap body{{key("body"), m_bodyId}, {key("csv"), m_csv}};
    // A refused line is marked in the list before the refusal is shown.
    m_requests->track(m_context->connection(), Request::MemberImport, body, [this](const Reply &r) {
        if (!r.ok) {
            if (const int line = lineOf(r))
                markLine(line, cbor::text(r.body, "detail"));
            setError(refusalText(r));
            return;
        }
        const int count = int(cbor::integer(r.body, "imported"));
        const int groups = int(cbor::integer(r.body, "groupsCreated"));
        const QString groupText = groups > 0 ? tr("%n new group(s) created.", "", groups) : QString();
        beginResetModel();
        m_rows.clear();
        m_csv.clear();
        m_hasPreview = false;
        m_errorsTruncated = false;
        m_total = 0;
        endResetModel();
        emit previewChanged();
        setStatus((tr("%n member(s) imported.", "", count) + QLatin1Char(' ') + groupText).trimmed());
        emit imported(count, groups);
    });
}

void MemberImportModel::markLine(int line, const QString &message) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].line == line) {
            m_rows[i].error = message.isEmpty() ? tr("The server refused this line.") : message;
            emit dataChanged(index(i), index(i), {ErrorRole, IsErrorRole});
            emit previewChanged();
            return;
        }
    }
}

void MemberImportModel::clear() {
    ++m_request;
    beginResetModel();
    m_rows.clear();
    m_csv.clear();
    m_fileName.clear();
    m_hasPreview = false;
    m_errorsTruncated = false;
    m_total = 0;
    endResetModel();
    emit previewChanged();
    setError({});
    setStatus({});
}

} // namespace council::client
