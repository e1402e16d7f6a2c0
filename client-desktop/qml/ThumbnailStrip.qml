// Small pictures of every page, the current one framed, pages with search
// hits marked. Beside the page on wide screens, under it on narrow ones.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Reader

Rectangle {
    id: strip
    objectName: "thumbnailStrip"
    required property ReaderController reader
    property bool vertical: true

    color: "#CDD4DD"

    ListView {
        id: list
        objectName: "thumbnailList"
        anchors.fill: parent
        anchors.margins: 8
        orientation: strip.vertical ? ListView.Vertical : ListView.Horizontal
        spacing: 10
        clip: true
        model: strip.reader.status === ReaderController.Ready ? strip.reader.pageCount : 0
        currentIndex: strip.reader.currentPage
        highlightMoveDuration: 200
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { visible: strip.vertical }
        ScrollBar.horizontal: ScrollBar { visible: !strip.vertical }

        delegate: ItemDelegate {
            id: thumb
            required property int index
            readonly property bool current: index === strip.reader.currentPage
            readonly property bool hasHits: strip.reader.hitPages.indexOf(index) >= 0
            readonly property size points: strip.reader.pageSize(index)
            readonly property real sheetWidth: strip.vertical ? list.width - 16
                                                              : (list.height - 38) * (points.width > 0 ? points.width / points.height : 0.707)
            objectName: "thumbnail" + index
            width: sheetWidth + 16
            height: sheetWidth * (points.width > 0 ? points.height / points.width : 1.414) + 38
            padding: 0
            Accessible.name: qsTr("Page %1").arg(index + 1)
            onClicked: strip.reader.currentPage = index

            background: Rectangle {
                radius: 6
                color: thumb.current ? "#FFF3D1" : thumb.down ? "#E4E9F0" : "transparent"
                border.color: thumb.current ? Theme.currentBorder : "transparent"
                border.width: 3
            }
            contentItem: Item {
                Rectangle {
                    id: paper
                    x: 8
                    y: 6
                    width: thumb.sheetWidth
                    height: thumb.height - 38
                    color: "white"
                    border.color: "#9AA5B3"
                    PdfPageItem {
                        anchors.fill: parent
                        anchors.margins: 1
                        controller: strip.reader
                        page: thumb.index
                        thumbnail: true
                    }
                    Rectangle {
                        visible: thumb.hasHits
                        objectName: "thumbnailHitMark"
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 4
                        width: 14
                        height: 14
                        radius: 7
                        color: "#E06C00"
                    }
                }
                Label {
                    anchors.top: paper.bottom
                    anchors.topMargin: 2
                    anchors.horizontalCenter: paper.horizontalCenter
                    text: String(thumb.index + 1)
                    font.pixelSize: Theme.fontSmall
                    font.weight: thumb.current ? Font.Bold : Font.Normal
                    color: Theme.text
                }
            }
        }
    }
}
