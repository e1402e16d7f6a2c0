// Checks a rendered QML window the way a person looks at it: is the thing
// there, is it on screen, is any text cut off. Each returns a list of
// problems (empty = fine) so a test can print them all at once.
#pragma once

#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <QStringList>

namespace council::uitest {

// First visible item with this objectName under the window's root item.
QQuickItem *findVisible(QQuickWindow *window, const QString &objectName);

// The item exists, is visible, has a size and lies inside the window.
QStringList checkShownInside(QQuickWindow *window, const QStringList &objectNames);

// Each item is shown whole: not partly scrolled away inside its panel (a
// Flickable, a ListView). An item that is not there is left to
// checkShownInside.
QStringList checkNotClipped(QQuickWindow *window, const QStringList &objectNames);

// No two of the items cover each other, each taken as far as its scrolling
// panels let it show.
QStringList checkShownApart(QQuickWindow *window, const QStringList &objectNames);

// No visible Text item (Label, button text...) that is on screen reports
// truncated, or is wider than its box without wrapping, or sticks out of
// the window sideways.
QStringList checkTexts(QQuickWindow *window);

// Saves a PNG of the window into the screenshot directory; returns its path.
QString saveShot(QQuickWindow *window, const QString &name);

} // namespace council::uitest
