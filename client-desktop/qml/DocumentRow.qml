// One document (tài liệu) in a list: its kind, title and size, whether it is
// on this device yet (with the download's progress) and whether its approval
// signature checked out. The whole row opens the reader.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row
    required property int index
    required property var documentId
    required property string title
    required property string kindText
    required property int pages
    required property string sizeText
    required property string download
    required property string downloadText
    required property real progress
    required property string approval
    required property string approvalText
    // Smaller type and padding inside an agenda item's card.
    property bool compact: false

    signal openDocument(var documentId)

    objectName: "documentRow" + index
    padding: compact ? 10 : 14
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + topPadding + bottomPadding)
    Accessible.name: qsTr("Open the document %1").arg(title)
    onClicked: row.openDocument(row.documentId)

    background: Rectangle {
        radius: 10
        color: row.down ? Theme.cardPressed : row.compact ? "#F5F7FA" : Theme.card
        border.color: row.visualFocus ? Theme.warning : Theme.divider
        border.width: row.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        id: content
        spacing: 12

        // A sheet with a folded corner, the colour of the kind.
        Item {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 30
            implicitHeight: 38
            Rectangle {
                anchors.fill: parent
                radius: 4
                color: "white"
                border.color: Theme.primary
                border.width: 2
            }
            Repeater {
                model: 3
                Rectangle {
                    required property int index
                    x: 7
                    y: 12 + index * 7
                    width: index === 2 ? 10 : 16
                    height: 2
                    color: Theme.primary
                }
            }
        }

        ColumnLayout {
            spacing: 3
            Layout.fillWidth: true

            Label {
                objectName: "documentTitle"
                text: row.title
                font.pixelSize: row.compact ? Theme.fontSmall + 1 : Theme.fontBase
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                // "Tờ trình · 12 trang · 1.2 MB"
                text: [row.kindText, row.pages > 0 ? qsTr("%n page(s)", "", row.pages) : "", row.sizeText]
                      .filter(s => s !== "").join("  ·  ")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Chip {
                    objectName: "approvalChip"
                    text: (row.approval === "verified" ? "\u2713 " : row.approval === "unverified" ? "\u26A0 " : "")
                          + row.approvalText
                    color: row.approval === "verified" ? "#E3F3E7" : row.approval === "unverified" ? Theme.dangerSoft : "#E7ECF2"
                    textColor: row.approval === "verified" ? "#1B5E2E" : row.approval === "unverified" ? Theme.danger : Theme.textMuted
                }
                Chip {
                    // "On this device" too: delegates check it before they leave the hall's Wi-Fi.
                    objectName: "downloadChip"
                    text: row.downloadText
                    color: row.download === "failed" ? Theme.dangerSoft : "transparent"
                    textColor: row.download === "failed" ? Theme.danger : Theme.textMuted
                    border.color: Theme.divider
                }
            }
            ProgressBar {
                objectName: "downloadProgress"
                visible: row.download === "downloading"
                value: row.progress
                Layout.fillWidth: true
            }
        }
    }
}
