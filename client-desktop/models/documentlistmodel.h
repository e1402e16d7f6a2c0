// The documents (tài liệu) of the open session, on this device. The list
// follows the server (doc.list when a session opens and after every sync,
// then the doc.* events); every published document is brought onto the
// device in the background, one at a time, sealed at rest (DocumentCache),
// so delegates read days ahead and offline; once its bytes are here, its
// approval is checked against the trust key this device pinned
// (ApprovalJudge). The list itself is kept sealed on the device too, so the
// documents of a session show while the server is out of reach.
//
// It also remembers what the hall shows (hall.get, hall.changed), so that a
// reader can follow the presenter's page.
#pragma once

#include "documentapproval.h"
#include "documentcache.h"

#include "protocol/frame.h"

#include <QAbstractListModel>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace council::client {

class ServerConnection;

class DocumentListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DocumentListModel is owned by AppController")
    Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int readyCount READ readyCount NOTIFY downloadsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // What the hall shows when it shows a document page (0 otherwise); the page counts from 1.
    Q_PROPERTY(qint64 presenterDocumentId READ presenterDocumentId NOTIFY presenterChanged)
    Q_PROPERTY(int presenterPage READ presenterPage NOTIFY presenterChanged)
public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        KindTextRole,
        ItemIdRole,
        VersionRole,
        PagesRole,
        SizeRole,
        SizeTextRole,
        StateRole,
        ApprovalRole,       // "checking", "verified", "unverified", "unapproved"
        ApprovalTextRole,   // one line for the list
        ApprovalReasonRole, // why it is not verified
        ApproverRole,       // the approver's name from the signed list
        ApprovedAtRole,     // "dd/MM/yyyy HH:mm", local time
        DownloadRole,       // "none", "queued", "downloading", "ready", "failed"
        DownloadTextRole,
        ProgressRole, // 0..1
        DownloadErrorRole,
    };
    Q_ENUM(Role)

    explicit DocumentListModel(ServerConnection *connection, QObject *parent = nullptr);
    ~DocumentListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 sessionId() const { return m_sessionId; }
    int readyCount() const;
    bool loading() const { return m_loading; }
    QString errorString() const { return m_error; }
    qint64 presenterDocumentId() const { return m_hallDocument; }
    int presenterPage() const { return m_hallPage; }

    // Where the sealed copies, the device key and the trust pins live.
    // Defaults: DocumentCache::defaultRoot(), DocumentCache::defaultKeyPath(),
    // TrustPins::defaultPath(). Set before the first session opens.
    void setStorage(const QString &cacheRoot, const QString &keyPath, const QString &pinsPath);
    // Agenda positions of items, for the order of the list (documents of
    // earlier items first). Default: by item id.
    void setItemOrder(std::function<int(qint64 itemId)> order);

    // The session whose documents to show (0: none) and its body.
    void setSession(qint64 sessionId, qint64 bodyId);
    void clear(); // on logout: forgets the list, keeps the sealed copies

    Q_INVOKABLE int rowOf(qint64 documentId) const;
    Q_INVOKABLE QVariantMap get(qint64 documentId) const;
    // Downloads this document next (also again after a failure).
    Q_INVOKABLE void download(qint64 documentId);
    // The user wants to read it: the reader page opens (openRequested).
    Q_INVOKABLE void open(qint64 documentId);
    // The user wants the list of all documents of the session (listRequested).
    Q_INVOKABLE void showList() { emit listRequested(); }
    // doc.get: the version trail arrives in versionsReady().
    Q_INVOKABLE void requestVersions(qint64 documentId);
    // The decrypted bytes of the version shown, in bytesReady() or
    // bytesFailed(); downloads first when they are not here yet.
    void requestBytes(qint64 documentId);

    // doc.fetch requests sent by this model since it was made.
    quint64 fetchRequests() const;
    QString cacheFolder() const { return m_cache ? m_cache->folder() : QString(); }

public slots:
    void applyEvent(const council::protocol::Frame &event);
    void refresh(); // doc.list and hall.get again

signals:
    void sessionChanged();
    void countChanged();
    void downloadsChanged();
    void loadingChanged();
    void errorStringChanged();
    void presenterChanged();
    void openRequested(qint64 documentId);
    void listRequested();
    void versionsReady(qint64 documentId, const QVariantList &versions);
    void versionsFailed(qint64 documentId, const QString &message);
    void bytesReady(qint64 documentId, const QByteArray &bytes);
    void bytesFailed(qint64 documentId, const QString &message);
    // A row's version changed (doc.replaced): a reader of it should reload.
    void documentReplaced(qint64 documentId);
    // Withdrawn (doc.withdrawn): a reader of it closes and says why.
    void documentWithdrawn(qint64 documentId, const QString &message);

private:
    enum class Download { None, Queued, Downloading, Ready, Failed };
    struct Doc {
        qint64 id = 0;
        qint64 body = 0;
        qint64 session = 0;
        qint64 item = 0;
        QString title;
        QString kind;
        QString state;
        qint64 published = 0;
        QCborMap record;  // the Document as the server sent it (for the offline index)
        QCborMap version; // the entry to open
        Download download = Download::None;
        qint64 received = 0;
        QString downloadError;
        ApprovalView approval;
    };
    static std::optional<Doc> docFromCbor(const QCborMap &record);
    static QString hashOf(const Doc &d);
    static qint64 sizeOf(const Doc &d);
    QString downloadText(const Doc &d) const;
    QString approvalText(const Doc &d) const;
    bool before(const Doc &a, const Doc &b) const;

    bool ensureCache();
    void loadIndex();
    void scheduleSaveIndex();
    void saveIndex();
    void replaceAll(const QList<Doc> &docs);
    void upsert(const Doc &doc);
    void removeDoc(qint64 id);
    void rowChanged(int row);
    void onList(const QCborMap &reply);

    void syncDownloadState(Doc &d);
    void enqueue(qint64 id, bool first);
    void pumpDownloads();
    void onDownloadFinished();
    void onDownloadFailed(const QString &code, const QString &message);
    void onDownloadProgress(qint64 received);

    void requestTrust(qint64 body);
    void judge(Doc &d);
    void judgeBody(qint64 body);
    void deliverBytes(qint64 id);
    void setHall(const QCborMap &state);
    void setLoading(bool on);
    void setError(const QString &message);

    QPointer<ServerConnection> m_conn;
    SealedDownloader *m_downloader;
    std::optional<DocumentCache> m_cache;
    QString m_cacheRoot;
    QString m_keyPath;
    QString m_pinsPath;
    std::unique_ptr<ApprovalJudge> m_judge;
    std::function<int(qint64)> m_itemOrder;
    QTimer m_saveTimer;

    qint64 m_sessionId = 0;
    qint64 m_bodyId = 0;
    QList<Doc> m_rows;
    QList<qint64> m_queue;                       // document ids waiting to download, first = next
    qint64 m_downloading = 0;                    // the document being downloaded
    QList<qint64> m_wantBytes;                   // requestBytes() waiting for a download
    QHash<qint64, ApprovalJudge::Trust> m_trust; // by body
    QHash<qint64, bool> m_trustAsked;
    QCborMap m_index; // what index.sealed holds: the lists of sessions seen and the bodies' trust
    bool m_indexLoaded = false;
    QList<qint64> m_rereads; // documents whose cached copy failed to read once and were fetched again
    quint64 m_listGeneration = 0;
    qint64 m_hallDocument = 0;
    int m_hallPage = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace council::client
