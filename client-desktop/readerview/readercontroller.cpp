#include "readercontroller.h"

#include <algorithm>

namespace council::client {

ReaderController::ReaderController(QObject *parent)
    : QObject(parent)
    , m_engine(new pdf::ReaderEngine(this)) {
    connect(m_engine, &pdf::ReaderEngine::opened, this, [this] {
        m_currentPage = std::clamp(m_currentPage, 0, qMax(0, m_engine->pageCount() - 1));
        setStatus(Status::Ready);
        emit currentPageChanged();
        emit documentOpened();
        if (!m_searchText.isEmpty())
            search(m_searchText); // a replaced document: the hits of the new one
        followIfOn();
    });
    connect(m_engine, &pdf::ReaderEngine::errorOccurred, this,
            [this](const QString &error) { setStatus(Status::Failed, error); });
    connect(m_engine, &pdf::ReaderEngine::searchHitsFound, this, &ReaderController::onHits);
    connect(m_engine, &pdf::ReaderEngine::searchFinished, this,
            [this](quint64 id, int, bool) { onSearchFinished(id); });
}

ReaderController::~ReaderController() = default;

void ReaderController::setDocuments(DocumentListModel *documents) {
    if (m_documents == documents)
        return;
    for (const auto &c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_documents = documents;
    if (documents) {
        m_documentConnections << connect(documents, &DocumentListModel::bytesReady, this,
                                         [this](qint64 id, const QByteArray &bytes) {
                                             if (id == m_documentId && m_status == Status::Downloading)
                                                 openData(bytes);
                                         });
        m_documentConnections << connect(documents, &DocumentListModel::bytesFailed, this,
                                         [this](qint64 id, const QString &message) {
                                             if (id == m_documentId && m_status == Status::Downloading)
                                                 setStatus(Status::Failed, message);
                                         });
        m_documentConnections << connect(documents, &DocumentListModel::versionsReady, this,
                                         [this](qint64 id, const QVariantList &versions) {
                                             if (id != m_documentId)
                                                 return;
                                             m_versions = versions;
                                             emit versionsChanged();
                                         });
        m_documentConnections << connect(documents, &DocumentListModel::documentReplaced, this,
                                         [this](qint64 id) {
                                             if (id == m_documentId)
                                                 load(); // the new version, at the same page if it has it
                                         });
        m_documentConnections << connect(documents, &DocumentListModel::documentWithdrawn, this,
                                         [this](qint64 id, const QString &message) {
                                             if (id != m_documentId)
                                                 return;
                                             // No longer for this reader: not even the copy in memory stays.
                                             m_engine->close();
                                             clearSearch();
                                             setStatus(Status::Withdrawn, message);
                                         });
        m_documentConnections << connect(documents, &DocumentListModel::presenterChanged, this, [this] {
            emit presenterChanged();
            followIfOn();
        });
        m_documentConnections << connect(documents, &QAbstractItemModel::modelReset, this,
                                         &ReaderController::updateInfo);
        m_documentConnections << connect(documents, &QAbstractItemModel::dataChanged, this,
                                         &ReaderController::updateInfo);
        m_documentConnections << connect(documents, &QAbstractItemModel::rowsInserted, this,
                                         &ReaderController::updateInfo);
        m_documentConnections << connect(documents, &QAbstractItemModel::rowsRemoved, this,
                                         &ReaderController::updateInfo);
    }
    emit documentsChanged();
    emit presenterChanged();
    load();
}

void ReaderController::setDocumentId(qint64 id) {
    if (m_documentId == id)
        return;
    m_documentId = id;
    m_currentPage = 0;
    emit documentIdChanged();
    emit currentPageChanged();
    emit presenterChanged();
    clearSearch();
    load();
}

void ReaderController::load() {
    updateInfo();
    m_versions.clear();
    emit versionsChanged();
    if (!m_documents || m_documentId == 0) {
        m_engine->close();
        setStatus(Status::Idle);
        return;
    }
    setStatus(Status::Downloading);
    m_documents->requestBytes(m_documentId);
    m_documents->requestVersions(m_documentId);
}

void ReaderController::retry() {
    if (m_status == Status::Failed)
        load();
}

void ReaderController::openData(const QByteArray &bytes) {
    setStatus(Status::Opening);
    m_engine->openData(bytes);
}

void ReaderController::openFile(const QString &path) {
    setStatus(Status::Opening);
    m_engine->open(path);
}

void ReaderController::setStatus(Status status, const QString &error) {
    if (m_status == status && m_error == error)
        return;
    m_status = status;
    m_error = error;
    emit statusChanged();
}

void ReaderController::updateInfo() {
    const QVariantMap info = m_documents && m_documentId ? m_documents->get(m_documentId) : QVariantMap();
    if (info == m_info)
        return;
    m_info = info;
    emit infoChanged();
}

void ReaderController::goTo(int page) {
    const int clamped = std::clamp(page, 0, qMax(0, pageCount() - 1));
    if (clamped == m_currentPage)
        return;
    m_currentPage = clamped;
    emit currentPageChanged();
}

void ReaderController::setCurrentPage(int page) {
    // Turning away from the presenter's page is the reader's choice: stop following.
    if (m_follow && presenterHere() && std::clamp(page, 0, qMax(0, pageCount() - 1)) != presenterPage())
        setFollowPresenter(false);
    goTo(page);
}

// ---------------------------------------------------------------------------
// Follow the presenter

bool ReaderController::presenterHere() const {
    return m_documents && m_documentId != 0 && m_documents->presenterDocumentId() == m_documentId &&
           m_documents->presenterPage() > 0;
}

int ReaderController::presenterPage() const {
    return presenterHere() ? m_documents->presenterPage() - 1 : -1; // the hall counts from 1
}

void ReaderController::setFollowPresenter(bool on) {
    if (m_follow == on)
        return;
    m_follow = on;
    emit followPresenterChanged();
    followIfOn();
}

void ReaderController::followIfOn() {
    if (m_follow && presenterHere() && m_status == Status::Ready)
        goTo(presenterPage());
}

// ---------------------------------------------------------------------------
// Search

QList<int> ReaderController::hitPages() const {
    QList<int> pages;
    for (const pdf::SearchHit &hit : m_hits)
        if (pages.isEmpty() || pages.last() != hit.page)
            pages.append(hit.page);
    return pages;
}

QVariantList ReaderController::hitsOnPage(int page) const {
    QVariantList out;
    for (int i = 0; i < m_hits.size(); ++i) {
        const pdf::SearchHit &hit = m_hits.at(i);
        if (hit.page != page)
            continue;
        out.append(QVariantMap{{QStringLiteral("x"), hit.rect.x()},
                               {QStringLiteral("y"), hit.rect.y()},
                               {QStringLiteral("width"), hit.rect.width()},
                               {QStringLiteral("height"), hit.rect.height()},
                               {QStringLiteral("current"), i == m_currentHit}});
    }
    return out;
}

QVariantMap ReaderController::currentHitRect() const {
    if (m_currentHit < 0 || m_currentHit >= m_hits.size())
        return {};
    const pdf::SearchHit &hit = m_hits.at(m_currentHit);
    return {{QStringLiteral("page"), hit.page},
            {QStringLiteral("x"), hit.rect.x()},
            {QStringLiteral("y"), hit.rect.y()},
            {QStringLiteral("width"), hit.rect.width()},
            {QStringLiteral("height"), hit.rect.height()}};
}

void ReaderController::search(const QString &text) {
    m_searchText = text.trimmed();
    m_hits.clear();
    m_currentHit = -1;
    m_searchId = m_searchText.isEmpty() ? 0 : m_engine->search(m_searchText);
    emit searchChanged();
}

void ReaderController::clearSearch() {
    m_engine->cancelSearch();
    m_searchId = 0;
    m_searchText.clear();
    m_hits.clear();
    m_currentHit = -1;
    emit searchChanged();
}

void ReaderController::onHits(quint64 searchId, const QList<pdf::SearchHit> &hits) {
    if (searchId != m_searchId)
        return;
    m_hits.append(hits);
    // The first hit from the page being read on, not back at page 1.
    if (m_currentHit < 0) {
        for (int i = 0; i < m_hits.size(); ++i) {
            if (m_hits.at(i).page >= m_currentPage) {
                selectHit(i);
                return;
            }
        }
    }
    emit searchChanged();
}

void ReaderController::onSearchFinished(quint64 searchId) {
    if (searchId != m_searchId)
        return;
    if (m_currentHit < 0 && !m_hits.isEmpty())
        selectHit(0); // only hits before the page being read: wrap around
    else
        emit searchChanged();
}

void ReaderController::selectHit(int index) {
    if (m_hits.isEmpty())
        return;
    m_currentHit = (index % int(m_hits.size()) + int(m_hits.size())) % int(m_hits.size());
    emit searchChanged();
    setCurrentPage(m_hits.at(m_currentHit).page);
}

void ReaderController::nextHit() {
    selectHit(m_currentHit + 1);
}

void ReaderController::previousHit() {
    selectHit(m_currentHit < 0 ? -1 : m_currentHit - 1);
}

} // namespace council::client
