// What the reader page (ReaderPage.qml) drives: one document of the open
// session, brought from the device's sealed copy (DocumentListModel decrypts
// it into memory) into the reader engine, the page shown, the search with
// its hits, the approval and the version trail, and "follow the presenter":
// while it is on, the page turns with the hall (hall.changed, mode document,
// this document). QML never reaches Poppler: pages are drawn by PdfPageItem
// from this controller's engine.
#pragma once

#include "documentlistmodel.h"
#include "readerengine.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSizeF>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class ReaderController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(council::client::DocumentListModel *documents READ documents WRITE setDocuments NOTIFY
                   documentsChanged)
    Q_PROPERTY(qint64 documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY statusChanged)
    // 0-based; the page on screen.
    Q_PROPERTY(int currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    // The document's row in DocumentListModel by role name: title, kindText,
    // approval, approver, approvedAt, version, download, progress…
    Q_PROPERTY(QVariantMap info READ info NOTIFY infoChanged)
    // doc.get's trail, newest first: [{version, uploadedBy, uploadedAt, reason, reviewText, reviewedBy,
    // shown}]
    Q_PROPERTY(QVariantList versions READ versions NOTIFY versionsChanged)
    Q_PROPERTY(QString searchText READ searchText NOTIFY searchChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchChanged)
    Q_PROPERTY(int hitCount READ hitCount NOTIFY searchChanged)
    Q_PROPERTY(int currentHit READ currentHit NOTIFY searchChanged) // -1: none
    Q_PROPERTY(QList<int> hitPages READ hitPages NOTIFY searchChanged)
    Q_PROPERTY(
        bool followPresenter READ followPresenter WRITE setFollowPresenter NOTIFY followPresenterChanged)
    // The hall shows a page of this document now, and which (0-based).
    Q_PROPERTY(bool presenterHere READ presenterHere NOTIFY presenterChanged)
    Q_PROPERTY(int presenterPage READ presenterPage NOTIFY presenterChanged)
public:
    // Withdrawn: the secretariat took the document back while it was open (errorString says why).
    enum class Status { Idle, Downloading, Opening, Ready, Failed, Withdrawn };
    Q_ENUM(Status)

    explicit ReaderController(QObject *parent = nullptr);
    ~ReaderController() override;

    DocumentListModel *documents() const { return m_documents; }
    void setDocuments(DocumentListModel *documents);
    qint64 documentId() const { return m_documentId; }
    void setDocumentId(qint64 id);
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    int pageCount() const { return m_engine->pageCount(); }
    int currentPage() const { return m_currentPage; }
    void setCurrentPage(int page); // a turn by the reader: stops following the presenter
    QVariantMap info() const { return m_info; }
    QVariantList versions() const { return m_versions; }
    QString searchText() const { return m_searchText; }
    bool searching() const { return m_engine->isSearching(); }
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }
    QList<int> hitPages() const;
    bool followPresenter() const { return m_follow; }
    void setFollowPresenter(bool on);
    bool presenterHere() const;
    int presenterPage() const;

    Q_INVOKABLE void nextPage() { setCurrentPage(m_currentPage + 1); }
    Q_INVOKABLE void previousPage() { setCurrentPage(m_currentPage - 1); }
    // Page size in points (1/72 inch); empty for a page that is not there.
    Q_INVOKABLE QSizeF pageSize(int page) const { return m_engine->pageSize(page); }
    // Hits on one page in page points: [{x, y, width, height, current}].
    Q_INVOKABLE QVariantList hitsOnPage(int page) const;
    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE void clearSearch();
    Q_INVOKABLE void nextHit();
    Q_INVOKABLE void previousHit();
    // The current hit's rectangle in page points, {page, x, y, width, height}; empty when none.
    Q_INVOKABLE QVariantMap currentHitRect() const;
    Q_INVOKABLE void retry();

    // Opens bytes or a file directly, without a documents model (tests, previews).
    void openData(const QByteArray &bytes);
    void openFile(const QString &path);

    pdf::ReaderEngine *engine() const { return m_engine; }

signals:
    void documentsChanged();
    void documentIdChanged();
    void statusChanged();
    void currentPageChanged();
    void infoChanged();
    void versionsChanged();
    void searchChanged();
    void followPresenterChanged();
    void presenterChanged();
    // A (new) document is open in the engine: page items redraw.
    void documentOpened();

private:
    void load();
    void goTo(int page);
    void updateInfo();
    void setStatus(Status status, const QString &error = {});
    void followIfOn();
    void selectHit(int index);
    void onHits(quint64 searchId, const QList<pdf::SearchHit> &hits);
    void onSearchFinished(quint64 searchId);

    pdf::ReaderEngine *m_engine;
    QPointer<DocumentListModel> m_documents;
    QList<QMetaObject::Connection> m_documentConnections;
    qint64 m_documentId = 0;
    Status m_status = Status::Idle;
    QString m_error;
    int m_currentPage = 0;
    QVariantMap m_info;
    QVariantList m_versions;
    QString m_searchText;
    quint64 m_searchId = 0;
    QList<pdf::SearchHit> m_hits;
    int m_currentHit = -1;
    bool m_follow = false;
};

} // namespace council::client
