// The page being read, on a flickable sheet: it rests at a readable width
// (the view's width, or less on a wide screen so a line stays short enough
// to read) times the zoom. Swiping sideways past the edge turns the page;
// pinch and Ctrl+wheel ask for another zoom; search hits are marked on it.
import QtQuick
import QtQuick.Controls
import PaperlessCouncil.Reader

Flickable {
    id: flick
    objectName: "pageView"
    required property ReaderController reader
    property real zoom: 1.0
    signal zoomRequested(real zoom)

    readonly property int margin: 16
    readonly property size points: {
        flick.reader.status // re-read once a document opened
        return flick.reader.pageSize(flick.reader.currentPage)
    }
    readonly property real aspect: points.width > 0 ? points.height / points.width : 1.414
    // At rest: the full width, but not wider than about 1000 px unless the
    // whole page fits the height anyway.
    readonly property real restWidth: {
        const fitWidth = Math.max(100, width - 2 * margin)
        const fitPage = Math.max(100, (height - 2 * margin) / aspect)
        return Math.min(fitWidth, Math.max(fitPage, 1000))
    }
    readonly property real pageWidth: restWidth * zoom
    readonly property real pageHeight: pageWidth * aspect

    contentWidth: Math.max(width, pageWidth + 2 * margin)
    contentHeight: Math.max(height, pageHeight + 2 * margin)
    flickableDirection: Flickable.HorizontalAndVerticalFlick
    boundsBehavior: Flickable.DragOverBounds
    ScrollBar.vertical: ScrollBar {}
    ScrollBar.horizontal: ScrollBar {}

    // The top of a page after a turn.
    function showTop() {
        contentY = 0
        contentX = Math.max(0, (contentWidth - width) / 2)
    }
    // Scroll so the current hit is in the upper third of the view.
    function showCurrentHit() {
        const hit = flick.reader.currentHitRect()
        if (hit.page === undefined || hit.page !== flick.reader.currentPage || points.width <= 0)
            return
        const k = pageWidth / points.width
        const y = sheet.y + hit.y * k
        const x = sheet.x + hit.x * k
        if (y < contentY || y + hit.height * k > contentY + height)
            contentY = Math.max(0, Math.min(contentHeight - height, y - height / 3))
        if (x < contentX || x + hit.width * k > contentX + width)
            contentX = Math.max(0, Math.min(contentWidth - width, x - width / 3))
    }

    // Sideways past the edge, when the page fits the width: next or previous page.
    onDraggingChanged: {
        if (dragging || contentWidth > width + 1)
            return
        if (horizontalOvershoot > 80)
            flick.reader.nextPage()
        else if (horizontalOvershoot < -80)
            flick.reader.previousPage()
    }
    onZoomChanged: Qt.callLater(() => {
        // Keep the page centred sideways while it grows or shrinks.
        if (contentWidth <= width + 1)
            contentX = 0
    })

    PinchHandler {
        id: pinch
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = flick.zoom
        onActiveScaleChanged: if (active) flick.zoomRequested(startZoom * activeScale)
    }
    WheelHandler {
        acceptedModifiers: Qt.ControlModifier
        target: null
        onWheel: event => {
            flick.zoomRequested(flick.zoom * (event.angleDelta.y > 0 ? 1.15 : 1 / 1.15))
            event.accepted = true
        }
    }

    Rectangle {
        id: sheet
        x: Math.max(flick.margin, (flick.contentWidth - width) / 2)
        y: flick.margin
        width: flick.pageWidth
        height: flick.pageHeight
        color: "white"
        border.color: "#B9C2CE"
        visible: flick.reader.status === ReaderController.Ready

        PdfPageItem {
            id: pageItem
            objectName: "pageItem"
            anchors.fill: parent
            controller: flick.reader
            page: flick.reader.currentPage
            active: true
        }

        // Search hits, in page points scaled to the sheet.
        Repeater {
            model: {
                flick.reader.hitCount
                flick.reader.currentHit
                return flick.reader.hitsOnPage(flick.reader.currentPage)
            }
            delegate: Rectangle {
                required property var modelData
                readonly property real k: flick.points.width > 0 ? sheet.width / flick.points.width : 0
                objectName: modelData.current ? "currentHit" : "searchHit"
                x: modelData.x * k - 2
                y: modelData.y * k - 2
                width: modelData.width * k + 4
                height: modelData.height * k + 4
                radius: 3
                color: modelData.current ? Qt.rgba(1, 0.55, 0, 0.35) : Qt.rgba(1, 0.85, 0, 0.4)
                border.color: modelData.current ? "#E06C00" : "transparent"
                border.width: 2
            }
        }
    }
}
