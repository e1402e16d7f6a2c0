#include "pdfpageitem.h"

#include "readercontroller.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>
#include <cmath>

namespace council::client {

namespace {
// How long a changing size must rest before a sharper image is asked for.
constexpr int kSettleMs = 120;
} // namespace

PdfPageItem::PdfPageItem(QQuickItem *parent)
    : QQuickItem(parent) {
    setFlag(ItemHasContents, true);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &PdfPageItem::refresh);
}

PdfPageItem::~PdfPageItem() = default;

void PdfPageItem::setController(ReaderController *controller) {
    if (m_controller == controller)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_controller = controller;
    if (controller) {
        pdf::ReaderEngine *engine = controller->engine();
        m_connections << connect(engine, &pdf::ReaderEngine::pageReady, this, &PdfPageItem::onPageReady);
        m_connections << connect(engine, &pdf::ReaderEngine::thumbnailReady, this,
                                 &PdfPageItem::onThumbnailReady);
        m_connections << connect(controller, &ReaderController::documentOpened, this, [this] {
            reset();
            refresh();
        });
    }
    emit controllerChanged();
    reset();
    refresh();
}

void PdfPageItem::setPage(int page) {
    if (m_page == page)
        return;
    m_page = page;
    emit pageChanged();
    reset();
    refresh();
}

void PdfPageItem::setThumbnail(bool on) {
    if (m_thumbnail == on)
        return;
    m_thumbnail = on;
    emit thumbnailChanged();
    reset();
    refresh();
}

void PdfPageItem::setActive(bool on) {
    if (m_active == on)
        return;
    m_active = on;
    emit activeChanged();
    refresh();
}

int PdfPageItem::targetWidth() const {
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    return int(std::ceil(width() * dpr));
}

void PdfPageItem::refresh() {
    m_settle.stop();
    if (!m_controller || !isVisible())
        return;
    pdf::ReaderEngine *engine = m_controller->engine();
    const int pixels = targetWidth();
    if (!engine->isOpen() || pixels <= 0 || m_page < 0 || m_page >= engine->pageCount())
        return;
    QImage image;
    if (m_thumbnail) {
        m_wantedSize = pixels;
        image = engine->thumbnail(m_page, pixels);
    } else {
        const double points = engine->pageSize(m_page).width();
        if (points <= 0)
            return;
        const double scale = pixels / points;
        m_wantedSize = engine->dpiFor(m_page, scale);
        if (m_active) {
            image = engine->requestPage(m_page, scale);
        } else {
            // A neighbour shown while the reader swipes: what prefetching made.
            const pdf::PageKey key{engine->document()->id(), m_page, pdf::PageKey::Kind::Page, m_wantedSize};
            image = engine->cache().find(key);
        }
    }
    if (!image.isNull())
        setImage(image);
}

void PdfPageItem::reset() {
    m_wantedSize = 0;
    if (m_image.isNull())
        return;
    m_image = QImage();
    m_imageChanged = true;
    emit hasImageChanged();
    update();
}

void PdfPageItem::setImage(const QImage &image) {
    const bool had = !m_image.isNull();
    m_image = image;
    m_imageChanged = true;
    if (!had)
        emit hasImageChanged();
    update();
}

void PdfPageItem::onPageReady(int page, double scale, const QImage &image) {
    if (m_thumbnail || page != m_page)
        return;
    // The size asked for, or anything at all while the page is still blank.
    if (int(std::lround(scale * 72.0)) == m_wantedSize || m_image.isNull())
        setImage(image);
}

void PdfPageItem::onThumbnailReady(int page, int width, const QImage &image) {
    if (!m_thumbnail || page != m_page)
        return;
    if (width == m_wantedSize || m_image.isNull())
        setImage(image);
}

void PdfPageItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) {
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() == oldGeometry.size())
        return;
    update();
    if (m_image.isNull())
        refresh();
    else
        m_settle.start();
}

void PdfPageItem::itemChange(ItemChange change, const ItemChangeData &value) {
    QQuickItem::itemChange(change, value);
    if (change == ItemSceneChange || change == ItemDevicePixelRatioHasChanged ||
        (change == ItemVisibleHasChanged && value.boolValue))
        refresh();
}

void PdfPageItem::releaseResources() {
    m_imageChanged = true; // the next node makes its texture again
}

QSGNode *PdfPageItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *) {
    auto *node = static_cast<QSGImageNode *>(old);
    if (m_image.isNull() || width() <= 0 || height() <= 0) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        m_imageChanged = true;
    }
    if (m_imageChanged) {
        node->setTexture(window()->createTextureFromImage(m_image));
        m_imageChanged = false;
    }
    node->setFiltering(QSGTexture::Linear);
    node->setRect(boundingRect());
    return node;
}

} // namespace council::client
