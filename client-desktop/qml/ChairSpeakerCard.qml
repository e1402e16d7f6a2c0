// The speaker queue from the rostrum: who has the floor with the speaking
// clock (amber at the warning, red once the time is up) and the button to
// end it; the waiting requests in the order they will be called, points of
// order marked and always first, each with "give the floor" and up/down to
// change the order.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

ChairCard {
    id: card
    objectName: "chairSpeakerCard"
    required property ChairController chair
    required property SpeakerController speakers

    // The waiting requests' ids in the queue's order, from the rows.
    function queueIds() {
        const ids = []
        for (let i = 0; i < rows.count; ++i)
            ids.push(rows.itemAt(i).requestId)
        return ids
    }
    function move(from, to) {
        const ids = card.queueIds()
        if (to < 0 || to >= ids.length)
            return
        const id = ids.splice(from, 1)[0]
        ids.splice(to, 0, id)
        card.chair.reorder(ids)
    }

    caption: qsTr("Speaking")

    Label {
        visible: card.speakers.itemId === 0
        text: qsTr("Requests to speak open when an agenda item is taken up.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // The floor and the clock.
    Rectangle {
        objectName: "chairFloorBox"
        visible: card.speakers.floorTaken
        readonly property color tone: card.speakers.timeUp ? Theme.danger
                                    : card.speakers.warning ? Theme.warning : Theme.primary
        implicitHeight: floorColumn.implicitHeight + 24
        radius: 12
        color: card.speakers.timeUp ? Theme.dangerSoft : card.speakers.warning ? "#FFF4D6" : "#EAF0F7"
        border.color: tone
        border.width: 3
        Layout.fillWidth: true

        ColumnLayout {
            id: floorColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 14
            spacing: 6
            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: card.speakers.speakerIsPointOfOrder ? qsTr("Point of order") : qsTr("Has the floor")
                        color: card.speakers.speakerIsPointOfOrder ? Theme.danger : Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Bold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "chairSpeakerName"
                        text: card.speakers.speakerName
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    objectName: "chairSpeakerClock"
                    text: card.speakers.timeLeftText
                    color: card.speakers.timeUp ? Theme.danger
                           : card.speakers.warning ? "#9A6700" : Theme.primary
                    font.pixelSize: Math.round(52 * Theme.fontScale)
                    font.weight: Font.Bold
                    font.family: "monospace"
                }
            }
            Label {
                objectName: "chairClockState"
                visible: card.speakers.timeUp || card.speakers.warning
                text: card.speakers.timeUp ? qsTr("The speaking time is over.")
                                           : qsTr("Less than a minute of speaking time left.")
                color: card.speakers.timeUp ? Theme.danger : "#7A4F00"
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            OutlineButton {
                objectName: "endFloorButton"
                text: qsTr("End the speech")
                tone: card.speakers.timeUp ? Theme.danger : Theme.primary
                enabled: !card.chair.busy
                Layout.fillWidth: true
                onClicked: card.chair.endFloor()
            }
        }
    }
    Label {
        objectName: "nobodySpeaking"
        visible: card.speakers.itemId !== 0 && !card.speakers.floorTaken
        text: qsTr("Nobody has the floor.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        objectName: "chairQueueHeading"
        visible: card.speakers.itemId !== 0
        text: card.speakers.queue.count > 0 ? qsTr("Waiting to speak (%1)").arg(card.speakers.queue.count)
                                           : qsTr("Nobody has asked to speak.")
        color: card.speakers.queue.count > 0 ? Theme.text : Theme.textMuted
        font.weight: card.speakers.queue.count > 0 ? Font.Bold : Font.Normal
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        id: rows
        model: card.speakers.queue
        delegate: Rectangle {
            id: row
            required property int index
            required property var requestId
            required property string fullName
            required property bool isPointOfOrder
            required property int place
            objectName: "chairQueueRow" + row.place
            // A speech is never moved above a point of order: the server keeps those first.
            readonly property bool canUp: row.index > 0 && (row.isPointOfOrder || !rows.itemAt(row.index - 1)
                                                            || !rows.itemAt(row.index - 1).isPointOfOrder)
            readonly property bool canDown: row.index < card.speakers.queue.count - 1
                                            && (!row.isPointOfOrder || (rows.itemAt(row.index + 1)
                                                && rows.itemAt(row.index + 1).isPointOfOrder))
            implicitHeight: rowLayout.implicitHeight + 16
            radius: 10
            color: row.isPointOfOrder ? Theme.dangerSoft : "#F4F6F9"
            border.color: row.isPointOfOrder ? Theme.danger : Theme.divider
            Layout.fillWidth: true

            ColumnLayout {
                id: rowLayout
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 10
                anchors.rightMargin: 8
                spacing: 4
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: row.place
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        Layout.preferredWidth: 28
                        horizontalAlignment: Text.AlignHCenter
                    }
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            text: row.fullName
                            color: Theme.text
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: row.isPointOfOrder
                            objectName: "pointOfOrderMark"
                            text: "\u26A0 " + qsTr("Point of order: first")
                            color: Theme.danger
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Layout.leftMargin: 36
                    ToolButton {
                        objectName: "moveUp" + row.place
                        text: "\u25B2"
                        enabled: row.canUp && !card.chair.busy
                        Accessible.name: qsTr("Move %1 up").arg(row.fullName)
                        Layout.preferredWidth: 44
                        Layout.preferredHeight: 48
                        onClicked: card.move(row.index, row.index - 1)
                    }
                    ToolButton {
                        objectName: "moveDown" + row.place
                        text: "\u25BC"
                        enabled: row.canDown && !card.chair.busy
                        Accessible.name: qsTr("Move %1 down").arg(row.fullName)
                        Layout.preferredWidth: 44
                        Layout.preferredHeight: 48
                        onClicked: card.move(row.index, row.index + 1)
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        id: give
                        objectName: "giveFloor" + row.place
                        text: qsTr("Give the floor")
                        enabled: !card.chair.busy
                        implicitHeight: 48
                        font.weight: Font.Bold
                        font.capitalization: Font.MixedCase
                        contentItem: Label {
                            text: give.text
                            font: give.font
                            color: give.enabled ? "white" : "#E4E9F0"
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            radius: 10
                            color: !give.enabled ? "#7D8CA1" : give.down ? Theme.primaryDark : Theme.primary
                        }
                        onClicked: card.chair.giveFloor(row.requestId)
                    }
                }
            }
        }
    }
}
