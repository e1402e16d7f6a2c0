// One PDF page (or its thumbnail) in the scene, drawn from the reader
// engine's images at the item's size × the screen's device pixel ratio, so
// text stays sharp at every zoom. While a sharper image renders, the last
// one stays on screen stretched: zooming never blanks the page. Only the
// active item (the page being read) asks for renders; the others show what
// the cache holds or what prefetching brings.
#pragma once

#include "readercontroller.h"

#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class PdfPageItem : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(council::client::ReaderController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(bool thumbnail READ thumbnail WRITE setThumbnail NOTIFY thumbnailChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // An image of this page is on screen (perhaps not yet at full sharpness).
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY hasImageChanged)
public:
    explicit PdfPageItem(QQuickItem *parent = nullptr);
    ~PdfPageItem() override;

    ReaderController *controller() const { return m_controller; }
    void setController(ReaderController *controller);
    int page() const { return m_page; }
    void setPage(int page);
    bool thumbnail() const { return m_thumbnail; }
    void setThumbnail(bool on);
    bool active() const { return m_active; }
    void setActive(bool on);
    bool hasImage() const { return !m_image.isNull(); }

signals:
    void controllerChanged();
    void pageChanged();
    void thumbnailChanged();
    void activeChanged();
    void hasImageChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void releaseResources() override;

private:
    void refresh();
    void reset(); // another document or page: the old image is wrong, not just blurry
    void setImage(const QImage &image);
    int targetWidth() const; // pixels
    void onPageReady(int page, double scale, const QImage &image);
    void onThumbnailReady(int page, int width, const QImage &image);

    QPointer<ReaderController> m_controller;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_settle; // a size that keeps changing (pinch) is rendered once it rests
    QImage m_image;
    int m_page = 0;
    int m_wantedSize = 0; // dpi of a page, width of a thumbnail
    bool m_thumbnail = false;
    bool m_active = false;
    bool m_imageChanged = false;
};

} // namespace council::client
