// All documents (tài liệu) of the open session, in agenda order, with what
// is on this device already: delegates check here that everything came down
// before they leave the building's Wi-Fi.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "documentsPage"
    required property AppController controller
    readonly property DocumentListModel documents: controller.documents

    signal closed()

    background: Rectangle {
        color: Theme.page
    }

    header: Rectangle {
        implicitHeight: headColumn.implicitHeight + 28
        color: Theme.card
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
        ColumnLayout {
            id: headColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 12
            anchors.rightMargin: 24
            spacing: 2
            ToolButton {
                objectName: "documentsBack"
                text: "\u2190  " + qsTr("Agenda")
                font.pixelSize: Theme.fontBase
                font.weight: Font.DemiBold
                font.capitalization: Font.MixedCase
                Layout.preferredHeight: Theme.touch
                onClicked: page.closed()
            }
            Label {
                objectName: "documentsHeading"
                text: qsTr("Documents of the session")
                font.pixelSize: 26
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
            }
            Label {
                objectName: "documentsSummary"
                text: qsTr("%n document(s)", "", page.documents.count) + "  ·  "
                      + qsTr("%1 on this device").arg(page.documents.readyCount)
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
            }
        }
    }

    ListView {
        id: list
        objectName: "documentsList"
        anchors.fill: parent
        anchors.topMargin: 16
        model: page.documents
        spacing: 10
        clip: true
        bottomMargin: 24
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        readonly property real columnWidth: Math.min(width - 40, Theme.contentMaxWidth)

        delegate: DocumentRow {
            width: list.columnWidth
            x: (list.width - width) / 2
            onOpenDocument: id => page.documents.open(id)
        }
    }

    Label {
        objectName: "documentsEmpty"
        visible: page.documents.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        text: page.documents.loading ? qsTr("Loading the documents…")
                                     : qsTr("No documents have been published for this session yet.")
        color: Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
