// The hall in "document" mode: the title and page the presenter shows. The
// page itself comes from the reader engine; until it is wired in here, the
// item "presentedPage" holds the place with the title and "Page N".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

ColumnLayout {
    id: view
    objectName: "hallDocumentView"
    required property HallModel hall
    required property real u
    required property bool landscape

    readonly property var doc: hall.document
    spacing: u * 1.6

    Label {
        objectName: "hallDocumentTitle"
        text: view.doc.title || qsTr("Document")
        color: HallWords.text
        font.pixelSize: view.u * 3.6
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "hallDocumentPage"
        text: view.doc.pages > 0 ? qsTr("Page %1 of %2").arg(view.doc.page).arg(view.doc.pages)
                                 : qsTr("Page %1").arg(view.doc.page || 0)
        color: HallWords.accent
        font.pixelSize: view.u * 2.8
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Placeholder for the page the reader engine renders: an A4 sheet.
    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: view.u * 20

        Rectangle {
            id: presentedPage
            objectName: "presentedPage"
            // The document, page and the page's size in points, for the reader engine.
            property int documentId: view.doc.documentId || 0
            property int page: view.doc.page || 0
            anchors.centerIn: parent
            height: Math.min(parent.height, parent.width * 297 / 210)
            width: height * 210 / 297
            color: "white"
            radius: 4

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: view.u * 2
                spacing: view.u
                Label {
                    text: view.doc.title || ""
                    color: "#161B22"
                    font.pixelSize: view.u * 2
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
                Label {
                    text: qsTr("Page %1").arg(view.doc.page || 0)
                    color: "#4A5563"
                    font.pixelSize: view.u * 2.4
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
    }
}
