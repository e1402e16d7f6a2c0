// The member list a secretary imports from a spreadsheet (CSV): the server
// reads the file once without storing anything (member.import with preview)
// and this model shows what it would import, one row per CSV line, with the
// lines it cannot read marked and explained. Import is possible only when no
// line is wrong; the server imports all or nothing, and a line it refuses
// then (an account that is already a member) is marked the same way.
#pragma once

#include "livecontext.h"
#include "requeststatus.h"
#include "serverconnection.h"

#include <QAbstractListModel>
#include <QCborMap>
#include <QList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class MemberImportModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MemberImportModel is owned by SecretariatController")
    // The body the members go to (the secretariat console sets it).
    Q_PROPERTY(qint64 bodyId READ bodyId WRITE setBodyId NOTIFY bodyIdChanged)
    // The file's name without its folder, empty for pasted text.
    Q_PROPERTY(QString fileName READ fileName NOTIFY previewChanged)
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY previewChanged)
    Q_PROPERTY(int total READ total NOTIFY previewChanged)           // data lines read
    Q_PROPERTY(int validCount READ validCount NOTIFY previewChanged) // lines that would be imported
    Q_PROPERTY(int errorCount READ errorCount NOTIFY previewChanged)
    // Lines imported as they are but worth a look (the same person twice).
    Q_PROPERTY(int warningCount READ warningCount NOTIFY previewChanged)
    // The server listed only the first bad lines of a very bad file.
    Q_PROPERTY(bool errorsTruncated READ errorsTruncated NOTIFY previewChanged)
    Q_PROPERTY(bool canImport READ canImport NOTIFY previewChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
public:
    enum Role {
        LineRole = Qt::UserRole + 1,
        NameRole,
        FunctionsRole, // in words, comma separated
        GroupsRole,
        SeatRole,
        UsernameRole,
        ErrorRole, // what is wrong with the line; empty when it is good
        IsErrorRole,
        WarningRole, // a remark on a good line; empty when none
    };
    Q_ENUM(Role)

    // Larger files cannot be sent in one message (the server's limit is 1 MiB).
    static constexpr qint64 kMaxFileBytes = 900 * 1024;

    explicit MemberImportModel(LiveContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 bodyId() const { return m_bodyId; }
    void setBodyId(qint64 id);
    QString fileName() const { return m_fileName; }
    bool hasPreview() const { return m_hasPreview; }
    int total() const { return m_total; }
    int validCount() const;
    int errorCount() const;
    int warningCount() const;
    bool errorsTruncated() const { return m_errorsTruncated; }
    bool canImport() const;
    bool busy() const { return m_requests->busy(); }
    QString errorMessage() const { return m_requests->errorMessage(); }
    QString statusMessage() const { return m_requests->statusMessage(); }

    // Reads the file (a path or a file: URL from a FileDialog) and asks for its preview.
    Q_INVOKABLE void previewFile(const QUrl &file);
    // Asks for the preview of CSV text (pasted, or read by previewFile).
    Q_INVOKABLE void previewText(const QString &csv, const QString &fileName = {});
    // Imports the previewed text; refused here while a line is wrong.
    Q_INVOKABLE void importMembers();
    Q_INVOKABLE void clear();
    // A function code (delegate, chair, ...) in words.
    Q_INVOKABLE static QString functionText(const QString &code);

signals:
    void bodyIdChanged();
    void previewChanged();
    void busyChanged();
    void errorMessageChanged();
    void statusMessageChanged();
    // The members were imported (the body's member list changed).
    void imported(int count, int groupsCreated);

private:
    struct Row {
        int line = 0;
        QString name;
        QString functions;
        QString groups;
        QString seat;
        QString username;
        QString error;
        QString warning;
    };
    void applyPreview(const QCborMap &body);
    void markLine(int line, const QString &message);
    void setError(const QString &message) { m_requests->setErrorMessage(message); }
    void setStatus(const QString &message) { m_requests->setStatusMessage(message); }

    LiveContext *m_context;
    RequestStatus *m_requests;
    qint64 m_bodyId = 0;
    QList<Row> m_rows; // sorted by line
    QString m_csv;     // what the preview was made of, and what is imported
    QString m_fileName;
    bool m_hasPreview = false;
    bool m_errorsTruncated = false;
    int m_total = 0;
    quint64 m_request = 0; // answers to an older preview are dropped
};

} // namespace council::client
