// The hall in "document" mode: the title and page the presenter shows, and
// the page itself, drawn by the reader engine (ReaderController +
// PdfPageItem) from the session's copy of the document on this device
// (AppController.documents, as the reader page uses it). Until the page is
// ready — the copy still downloading, or not available to this account — a
// white sheet holds its place with the title and "Page N".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models
import PaperlessCouncil.Reader

ColumnLayout {
    id: view
    objectName: "hallDocumentView"
    required property HallModel hall
    required property real u
    required property bool landscape
    // The session's documents, kept on this device (AppController.documents).
    required property DocumentListModel documents

    readonly property var doc: hall.document
    readonly property bool rendered: reader.status === ReaderController.Ready && pageItem.hasImage
    spacing: u * 1.6

    ReaderController {
        id: reader
        documents: view.documents
        documentId: view.doc.documentId || 0
        onStatusChanged: view.turn()
    }
    // The hall's page counts from 1, the reader's from 0.
    function turn() {
        if (reader.status === ReaderController.Ready && (view.doc.page || 0) > 0)
            reader.currentPage = view.doc.page - 1
    }
    onDocChanged: turn()

    RowLayout {
        spacing: view.u * 2
        Layout.fillWidth: true
        Label {
            objectName: "hallDocumentTitle"
            text: view.doc.title || qsTr("Document")
            color: HallWords.text
            font.pixelSize: view.u * 3.2
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
            Layout.alignment: Qt.AlignTop
        }
    }

    // The page, as large as the space allows at its own proportions.
    Item {
        id: stage
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: view.u * 20

        readonly property size points: {
            reader.status // re-read once the document opened
            return reader.pageSize(reader.currentPage)
        }
        readonly property real aspect: points.width > 0 ? points.height / points.width : 297 / 210

        Rectangle {
            id: presentedPage
            objectName: "presentedPage"
            property int documentId: view.doc.documentId || 0
            property int page: view.doc.page || 0
            anchors.centerIn: parent
            height: Math.min(parent.height, parent.width * stage.aspect)
            width: height / stage.aspect
            color: "white"
            radius: 2

            PdfPageItem {
                id: pageItem
                objectName: "hallPageItem"
                anchors.fill: parent
                controller: reader
                page: reader.currentPage
                active: true
                visible: reader.status === ReaderController.Ready
            }

            // Until the page is drawn: the title, the page number and why.
            ColumnLayout {
                visible: !view.rendered
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
                    objectName: "hallPageStatus"
                    text: reader.status === ReaderController.Failed || reader.status === ReaderController.Withdrawn
                          ? reader.errorString
                          : qsTr("Loading page %1…").arg(view.doc.page || 0)
                    color: "#4A5563"
                    font.pixelSize: view.u * 2
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
            }
        }
    }
}
