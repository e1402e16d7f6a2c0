#include "pdfdocument.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QVariant>
#include <cmath>
#include <mutex>
#include <poppler-qt6.h>

namespace council::pdf {

namespace {

Q_LOGGING_CATEGORY(lcPoppler, "council.pdf.poppler", QtWarningMsg)

std::atomic<quint64> g_nextId{1};

// Poppler prints every complaint about a damaged file through qDebug(); the
// reasons users see come from OpenResult, so its chatter goes to a category.
void routePopplerMessages() {
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcPoppler, "%s", qPrintable(message)); },
            QVariant());
    });
}

// What the abort callback sees through Poppler's QVariant payload.
struct AbortProbe {
    const std::atomic_bool *flag = nullptr;
    bool fired = false;
};

bool shouldAbort(const QVariant &payload) {
    auto *probe = reinterpret_cast<AbortProbe *>(payload.value<quintptr>());
    if (probe->flag->load(std::memory_order_relaxed))
        probe->fired = true;
    return probe->fired;
}

} // namespace

PdfDocument::PdfDocument(std::unique_ptr<Poppler::Document> document, const QString &path)
    : m_document(std::move(document))
    , m_path(path)
    , m_id(g_nextId.fetch_add(1)) {}

PdfDocument::~PdfDocument() = default;

PdfDocument::OpenResult PdfDocument::open(const QString &path) {
    routePopplerMessages();
    if (!QFileInfo(path).isReadable())
        return {nullptr, OpenStatus::Error, tr("The file %1 cannot be read.").arg(path)};
    return adopt(Poppler::Document::load(path), path);
}

PdfDocument::OpenResult PdfDocument::openData(const QByteArray &data) {
    routePopplerMessages();
    return adopt(Poppler::Document::loadFromData(data), QString());
}

PdfDocument::OpenResult PdfDocument::adopt(std::unique_ptr<Poppler::Document> document, const QString &path) {
    if (!document)
        return {nullptr, OpenStatus::Error, tr("This is not a PDF document, or it is damaged.")};
    if (document->isLocked())
        return {nullptr, OpenStatus::NeedsPassword, tr("This document is protected by a password.")};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    std::shared_ptr<PdfDocument> result(new PdfDocument(std::move(document), path));
    // Nobody else knows the document yet, but the habit costs nothing.
    QMutexLocker lock(&result->m_mutex);
    const int count = result->m_document->numPages();
    result->m_pageSizes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = result->m_document->page(i);
        result->m_pageSizes.append(page ? page->pageSizeF() : QSizeF());
    }
    lock.unlock();
    if (count == 0)
        return {nullptr, OpenStatus::Error, tr("The document has no pages.")};
    return {std::move(result), OpenStatus::Success, QString()};
}

QSizeF PdfDocument::pageSize(int page) const {
    return page >= 0 && page < m_pageSizes.size() ? m_pageSizes.at(page) : QSizeF();
}

QSize PdfDocument::pixelSize(int page, double scale) const {
    // Splash sizes its bitmap as the page size in pixels rounded to nearest.
    const QSizeF points = pageSize(page);
    return QSize(int(std::floor(points.width() * scale + 0.5)),
                 int(std::floor(points.height() * scale + 0.5)));
}

QString PdfDocument::pageText(int page) const {
    QMutexLocker lock(&m_mutex);
    const std::unique_ptr<Poppler::Page> p =
        page >= 0 && page < pageCount() ? m_document->page(page) : nullptr;
    return p ? p->text(QRectF()) : QString();
}

QList<TextWord> PdfDocument::words(int page) const {
    QList<TextWord> result;
    std::vector<std::unique_ptr<Poppler::TextBox>> boxes;
    {
        QMutexLocker lock(&m_mutex);
        if (const std::unique_ptr<Poppler::Page> p =
                page >= 0 && page < pageCount() ? m_document->page(page) : nullptr)
            boxes = p->textList();
    }
    // The boxes are plain copies with no Poppler state behind them: read them unlocked.
    result.reserve(qsizetype(boxes.size()));
    for (const auto &box : boxes) {
        TextWord word;
        word.text = box->text();
        word.rect = box->boundingBox();
        word.spaceAfter = box->hasSpaceAfter();
        // Poppler links the words of one line; the last one has no next word.
        word.lastOnLine = box->nextWord() == nullptr;
        const qsizetype codePoints = word.text.toUcs4().size();
        word.charRects.reserve(codePoints);
        for (qsizetype i = 0; i < codePoints; ++i)
            word.charRects.append(box->charBoundingBox(int(i)));
        result.append(std::move(word));
    }
    return result;
}

PdfDocument::RenderResult PdfDocument::render(int page, double scale, const std::atomic_bool *abort,
                                              const std::function<void()> &started) const {
    static const std::atomic_bool never{false};
    AbortProbe probe{abort ? abort : &never, false};
    RenderResult result;
    QMutexLocker lock(&m_mutex);
    // A job that was cancelled while it waited for the mutex never starts.
    if (probe.flag->load()) {
        result.stopped = true;
        return result;
    }
    const std::unique_ptr<Poppler::Page> p =
        page >= 0 && page < pageCount() ? m_document->page(page) : nullptr;
    if (!p)
        return result;
    if (started)
        started();
    const double dpi = 72.0 * scale;
    result.image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                                    shouldAbort, QVariant::fromValue(reinterpret_cast<quintptr>(&probe)));
    if (probe.fired) {
        result.image = QImage(); // Poppler hands back what it drew so far, or nothing
        result.stopped = result.stoppedMidRender = true;
    }
    return result;
}

} // namespace council::pdf
