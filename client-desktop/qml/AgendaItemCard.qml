// One agenda item (nội dung): its number, kind, planned time, title and
// presenter. The item under discussion is marked in amber with words, done
// items are quieter, so the eye finds "where are we" at once.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Rectangle {
    id: card
    required property int index
    required property int position
    required property string title
    required property string presenter
    required property int plannedMinutes
    required property string kind
    required property string itemState
    required property bool isCurrent
    required property var itemId
    // The session's documents: this item's show under its title.
    property DocumentListModel documents: null
    readonly property bool done: itemState === "done" && !isCurrent

    objectName: "agendaItem" + index
    implicitHeight: Math.max(88, content.implicitHeight + 32)
    radius: Theme.radius
    color: isCurrent ? Theme.current : Theme.card
    border.color: isCurrent ? Theme.currentBorder : Theme.divider
    border.width: isCurrent ? 3 : 1

    Behavior on color {
        ColorAnimation { duration: 300 }
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 16
        anchors.leftMargin: 18
        spacing: 16

        Rectangle {
            Layout.alignment: Qt.AlignTop
            width: 48
            height: 48
            radius: 24
            color: card.isCurrent ? Theme.currentBorder : card.done ? "#E2E6EB" : Theme.primary
            Label {
                anchors.centerIn: parent
                text: card.done ? "\u2713" : String(card.position + 1)
                color: card.done ? Theme.done : "white"
                font.pixelSize: 20
                font.weight: Font.Bold
            }
        }

        ColumnLayout {
            spacing: 6
            Layout.fillWidth: true

            Flow {
                spacing: 8
                Layout.fillWidth: true
                Chip {
                    objectName: "nowChip"
                    visible: card.isCurrent
                    text: qsTr("Now discussing")
                    color: Theme.danger
                    textColor: "white"
                    strong: true
                }
                Chip {
                    text: AgendaWords.kindText(card.kind)
                }
                Chip {
                    visible: card.plannedMinutes > 0
                    text: AgendaWords.minutesText(card.plannedMinutes)
                    color: "transparent"
                    textColor: Theme.textMuted
                    border.color: Theme.divider
                }
                Chip {
                    visible: card.done
                    text: qsTr("Done")
                    color: "#E2E6EB"
                    textColor: Theme.done
                }
            }
            Label {
                objectName: "itemTitle"
                text: card.title
                font.pixelSize: card.isCurrent ? Theme.fontTitle : Theme.fontBase + 1
                font.weight: card.isCurrent ? Font.Bold : Font.DemiBold
                color: card.done ? Theme.textMuted : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: card.presenter !== ""
                text: qsTr("Presented by: %1").arg(card.presenter)
                color: card.isCurrent ? Theme.currentText : Theme.textMuted
                font.pixelSize: Theme.fontSmall + 1
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ItemDocuments {
                documents: card.documents
                itemId: card.itemId
                Layout.fillWidth: true
            }
        }
    }
}
