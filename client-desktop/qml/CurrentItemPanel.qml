// "Now discussing": the item the chair has opened, large, following the
// chair live. Beside the list on wide screens, above it on narrow ones.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: panel
    objectName: "currentPanel"
    // The current item's roles by name (AgendaModel.current); empty when none.
    property var item: ({})
    property int itemCount: 0
    property bool roomy: true
    readonly property bool hasItem: item !== undefined && item.title !== undefined
    signal showInAgenda()

    implicitHeight: column.implicitHeight + 40
    radius: Theme.radius
    color: hasItem ? Theme.current : Theme.card
    border.color: hasItem ? Theme.currentBorder : Theme.divider
    border.width: hasItem ? 3 : 1

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 20
        spacing: 10

        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Rectangle {
                width: 14
                height: 14
                radius: 7
                color: panel.hasItem ? Theme.danger : Theme.done
                SequentialAnimation on opacity {
                    running: panel.hasItem
                    loops: Animation.Infinite
                    alwaysRunToEnd: true
                    NumberAnimation { to: 0.3; duration: 900 }
                    NumberAnimation { to: 1.0; duration: 900 }
                }
            }
            Label {
                objectName: "nowHeading"
                text: qsTr("Now discussing")
                font.pixelSize: Theme.fontBase
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1
                color: panel.hasItem ? Theme.danger : Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        Label {
            visible: !panel.hasItem
            objectName: "nothingCurrent"
            text: qsTr("No agenda item is under discussion yet. When the chair opens one, it shows here.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            visible: panel.hasItem
            text: panel.hasItem ? qsTr("Item %1 of %2").arg(panel.item.position + 1).arg(panel.itemCount) : ""
            color: Theme.currentText
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "currentTitle"
            visible: panel.hasItem
            text: panel.hasItem ? panel.item.title : ""
            font.pixelSize: panel.roomy ? 26 : 22
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: panel.hasItem && panel.item.presenter !== ""
            text: panel.hasItem ? qsTr("Presented by: %1").arg(panel.item.presenter) : ""
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            visible: panel.hasItem
            spacing: 8
            Layout.fillWidth: true
            Chip {
                text: panel.hasItem ? AgendaWords.kindText(panel.item.kind) : ""
                color: "white"
            }
            Chip {
                visible: panel.hasItem && panel.item.plannedMinutes > 0
                text: panel.hasItem ? qsTr("Planned: %1").arg(AgendaWords.minutesText(panel.item.plannedMinutes)) : ""
                color: "white"
            }
            Chip {
                visible: panel.hasItem && panel.item.sittingSection !== ""
                text: panel.hasItem ? panel.item.sittingTitle : ""
                color: "white"
            }
        }
        Button {
            objectName: "showInAgenda"
            visible: panel.hasItem
            text: qsTr("Show in the agenda")
            flat: true
            font.weight: Font.Bold
            font.capitalization: Font.MixedCase
            Layout.preferredHeight: Theme.touch
            Layout.leftMargin: -8
            onClicked: panel.showInAgenda()
        }
    }
}
