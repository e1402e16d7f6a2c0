#include "pagechecks.h"

#include <QDir>
#include <QImage>

namespace council::uitest {

namespace {

bool effectivelyVisible(const QQuickItem *item) {
    // isVisible() already folds in the parents' visibility; opacity does not.
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (i->opacity() <= 0.0)
            return false;
    }
    return item->isVisible();
}

void collect(QQuickItem *item, QList<QQuickItem *> &out) {
    out.append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *c : children)
        collect(c, out);
}

QList<QQuickItem *> allItems(QQuickWindow *window) {
    QList<QQuickItem *> out;
    collect(window->contentItem(), out);
    return out;
}

QString describe(const QQuickItem *item) {
    const QString text = item->property("text").toString();
    QString name = item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className())
                                                : item->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" \"%1\"").arg(text.left(60));
    return name;
}

// Clipping ancestors (ListView, Flickable) hide what lies outside them; an
// item scrolled out of its view is not "on screen".
QRectF visibleSceneRect(const QQuickItem *item) {
    QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->clip())
            r &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
    }
    return r;
}

} // namespace

QQuickItem *findVisible(QQuickWindow *window, const QString &objectName) {
    const QList<QQuickItem *> items = allItems(window);
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && effectivelyVisible(item))
            return item;
    }
    return nullptr;
}

QStringList checkShownInside(QQuickWindow *window, const QStringList &objectNames) {
    QStringList problems;
    const QRectF windowRect(0, 0, window->width(), window->height());
    for (const QString &name : objectNames) {
        QQuickItem *item = findVisible(window, name);
        if (!item) {
            problems << QStringLiteral("%1: not found or not visible").arg(name);
            continue;
        }
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (r.width() < 1 || r.height() < 1)
            problems << QStringLiteral("%1: has no size").arg(name);
        else if (!windowRect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(r))
            problems << QStringLiteral("%1: at %2,%3 %4x%5 is not inside the %6x%7 window")
                            .arg(name)
                            .arg(r.x())
                            .arg(r.y())
                            .arg(r.width())
                            .arg(r.height())
                            .arg(window->width())
                            .arg(window->height());
    }
    return problems;
}

QStringList checkNotClipped(QQuickWindow *window, const QStringList &objectNames) {
    QStringList problems;
    for (const QString &name : objectNames) {
        const QQuickItem *item = findVisible(window, name);
        if (!item)
            continue; // checkShownInside reports it
        const QRectF full = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QRectF shown = visibleSceneRect(item);
        if (shown.height() < full.height() - 1 || shown.width() < full.width() - 1)
            problems << QStringLiteral("%1: only %2 of %3 px high is visible in its scrolling panel")
                            .arg(name)
                            .arg(shown.height())
                            .arg(full.height());
    }
    return problems;
}

QStringList checkShownApart(QQuickWindow *window, const QStringList &objectNames) {
    QStringList problems;
    for (int i = 0; i < objectNames.size(); ++i) {
        const QQuickItem *a = findVisible(window, objectNames.at(i));
        for (int j = i + 1; a && j < objectNames.size(); ++j) {
            const QQuickItem *b = findVisible(window, objectNames.at(j));
            if (!b)
                continue;
            const QRectF both = visibleSceneRect(a).intersected(visibleSceneRect(b));
            if (both.width() > 1 && both.height() > 1)
                problems << QStringLiteral("%1 and %2 overlap").arg(objectNames.at(i), objectNames.at(j));
        }
    }
    return problems;
}

QStringList checkTexts(QQuickWindow *window) {
    QStringList problems;
    const QRectF windowRect(0, 0, window->width(), window->height());
    const QList<QQuickItem *> items = allItems(window);
    for (QQuickItem *item : items) {
        if (!item->inherits("QQuickText") || !effectivelyVisible(item))
            continue;
        if (item->property("text").toString().isEmpty())
            continue;
        const QRectF shown = visibleSceneRect(item);
        if (shown.isEmpty() || !shown.intersects(windowRect))
            continue; // scrolled away or off screen: not seen, not judged
        if (item->property("truncated").toBool())
            problems << QStringLiteral("%1: truncated").arg(describe(item));
        // wrapMode 0 = NoWrap: text wider than its box spills or gets clipped.
        if (item->property("wrapMode").toInt() == 0 && item->implicitWidth() > item->width() + 1.0)
            problems << QStringLiteral("%1: needs %2 px, has %3")
                            .arg(describe(item))
                            .arg(item->implicitWidth())
                            .arg(item->width());
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (r.left() < -0.5 || r.right() > windowRect.right() + 0.5)
            problems << QStringLiteral("%1: sticks out of the window sideways (%2..%3)")
                            .arg(describe(item))
                            .arg(r.left())
                            .arg(r.right());
    }
    return problems;
}

QString saveShot(QQuickWindow *window, const QString &name) {
    const QString dir = QStringLiteral(COUNCIL_SHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    window->grabWindow().save(path);
    return path;
}

} // namespace council::uitest
