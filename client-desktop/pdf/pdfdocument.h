// One open PDF file: the only place in the client that talks to Poppler.
// Poppler documents are not thread-safe, so every Poppler call on one
// document goes through one mutex; render jobs and searches on worker threads
// share a PdfDocument through std::shared_ptr and simply queue on that mutex.
// Page sizes are read once when the file opens, so asking for them from the
// GUI thread never waits for a render in progress.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace Poppler {
class Document;
}

namespace council::pdf {

// One word as Poppler extracted it, with a box per character (page points).
struct TextWord {
    QString text;
    QRectF rect;
    QList<QRectF> charRects; // one per code point of `text`
    bool spaceAfter = false;
    bool lastOnLine = false; // the next word, if any, starts a new line
};

class PdfDocument {
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    enum class OpenStatus { Success, Error, NeedsPassword };
    struct OpenResult {
        std::shared_ptr<PdfDocument> document; // set when status == Success
        OpenStatus status = OpenStatus::Error;
        QString errorString; // readable, when status != Success
    };

    static OpenResult open(const QString &path);
    // For documents decrypted into memory rather than read from a file.
    static OpenResult openData(const QByteArray &data);

    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    // Unique per opened document for the lifetime of the process: cache keys use it.
    quint64 id() const { return m_id; }
    QString path() const { return m_path; }
    int pageCount() const { return int(m_pageSizes.size()); }
    QSizeF pageSize(int page) const; // points (1/72 inch), crop box; empty for a bad page
    // The size in pixels Poppler produces for `page` at `scale` (1.0 = 72 dpi).
    QSize pixelSize(int page, double scale) const;

    // Blocking calls: each takes the document's mutex for the time of the Poppler call.
    QString pageText(int page) const;
    QList<TextWord> words(int page) const;
    struct RenderResult {
        QImage image;                  // null unless the render ran to its end
        bool stopped = false;          // the abort flag was seen, before or while drawing
        bool stoppedMidRender = false; // ...by Poppler's abort check while it was drawing
    };
    // Renders at 72 * scale dpi. With `abort`, Poppler polls the flag while it
    // draws and stops at its next check once the flag is true. `started`, if
    // given, runs on the calling thread once the document is locked, just
    // before Poppler starts drawing.
    RenderResult render(int page, double scale, const std::atomic_bool *abort = nullptr,
                        const std::function<void()> &started = {}) const;

private:
    PdfDocument(std::unique_ptr<Poppler::Document> document, const QString &path);
    static OpenResult adopt(std::unique_ptr<Poppler::Document> document, const QString &path);

    mutable QMutex m_mutex; // guards every call on m_document
    std::unique_ptr<Poppler::Document> m_document;
    QString m_path;
    QList<QSizeF> m_pageSizes;
    quint64 m_id = 0;
};

} // namespace council::pdf
