// One agenda item in the secretariat's editor: a drag handle to move it,
// up/down buttons for keyboards and tablets, edit and delete. Dragging moves
// the row under the finger; dropping asks the server for the new position
// (moved() with the number of rows to move by).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

Rectangle {
    id: row
    required property int index
    required property int count
    required property var itemId
    required property string title
    required property string presenter
    required property int plannedMinutes
    required property string kind
    required property string sittingTitle
    property bool busy: false

    signal moved(int by)
    signal editRequested()
    signal removeRequested()

    implicitHeight: Math.max(Theme.touch + 16, content.implicitHeight + 20)
    radius: 10
    color: drag.active ? Theme.current : "#F7F9FB"
    border.color: drag.active ? Theme.currentBorder : Theme.divider
    z: drag.active ? 10 : 0
    transform: Translate {
        y: drag.active ? drag.translation.y : 0
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        // The drag handle.
        Label {
            objectName: "dragHandle"
            text: "\u2630"
            font.pixelSize: Theme.fontTitle
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Layout.preferredWidth: 40
            Layout.fillHeight: true
            DragHandler {
                id: drag
                target: null
                xAxis.enabled: false
                enabled: !row.busy
                property real lastY: 0
                onTranslationChanged: if (active) lastY = translation.y
                onActiveChanged: {
                    if (!active) {
                        const by = Math.round(lastY / row.height)
                        lastY = 0
                        if (by !== 0)
                            row.moved(by)
                    }
                }
            }
            HoverHandler {
                cursorShape: Qt.OpenHandCursor
            }
        }
        Label {
            text: (row.index + 1) + "."
            font.pixelSize: Theme.fontBase
            font.weight: Font.Bold
            color: Theme.text
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.title
                font.pixelSize: Theme.fontBase
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: [AgendaWords.kindText(row.kind), row.sittingTitle, row.presenter,
                       row.plannedMinutes > 0 ? AgendaWords.minutesText(row.plannedMinutes) : ""]
                      .filter(s => s !== "").join(" · ")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        GridLayout {
            columns: row.width >= 560 ? 4 : 2
            columnSpacing: 4
            rowSpacing: 4
            Layout.alignment: Qt.AlignVCenter
            ToolButton {
                text: "\u25B2"
                enabled: row.index > 0 && !row.busy
                onClicked: row.moved(-1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move up")
                Accessible.name: qsTr("Move up")
            }
            ToolButton {
                text: "\u25BC"
                enabled: row.index < row.count - 1 && !row.busy
                onClicked: row.moved(1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move down")
                Accessible.name: qsTr("Move down")
            }
            ToolButton {
                text: "\u270E"
                font.pixelSize: Theme.fontTitle
                onClicked: row.editRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Edit")
                Accessible.name: qsTr("Edit")
            }
            ToolButton {
                text: "\u2715"
                font.pixelSize: Theme.fontTitle
                Material.foreground: Theme.danger
                onClicked: row.removeRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Delete")
                Accessible.name: qsTr("Delete")
            }
        }
    }
}
