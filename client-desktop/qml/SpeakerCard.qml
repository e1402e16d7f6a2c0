// Speaking (phát biểu) on the item under discussion: who has the floor and
// the time left (amber at the warning, red once the time is up), the
// delegate's own place in the queue, the buttons to ask to speak, raise a
// point of order or withdraw, and the queue itself.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Rectangle {
    id: card
    objectName: "speakerCard"
    required property SpeakerController speakers
    property bool online: true
    // Fewer rows of the queue (a vote is on screen).
    property bool compact: false
    readonly property int shownRows: compact ? 2 : 5

    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.card
    border.color: speakers.iHaveTheFloor ? Theme.currentBorder : Theme.divider
    border.width: speakers.iHaveTheFloor ? 3 : 1

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 16
        spacing: 10

        Label {
            objectName: "speakerHeading"
            text: qsTr("Speaking")
            color: Theme.primary
            font.pixelSize: Theme.fontBase
            font.weight: Font.Bold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            visible: card.speakers.itemId === 0
            text: qsTr("Requests to speak open when the chair starts an agenda item.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // Who has the floor, and the clock.
        Rectangle {
            objectName: "floorBox"
            visible: card.speakers.floorTaken
            readonly property color tone: card.speakers.timeUp ? Theme.danger
                                        : card.speakers.warning ? Theme.warning : Theme.primary
            Layout.fillWidth: true
            implicitHeight: Math.max(floorText.implicitHeight, clock.implicitHeight) + 20
            radius: 12
            color: card.speakers.timeUp ? Theme.dangerSoft : card.speakers.warning ? "#FFF4D6" : "#EAF0F7"
            border.color: tone
            border.width: 2
            // Plain anchors, not layouts: wrapped text inside nested layouts
            // makes them measure each other in a loop.
            Column {
                id: floorText
                anchors.left: parent.left
                anchors.right: clock.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                spacing: 2
                Label {
                    width: parent.width
                    text: card.speakers.iHaveTheFloor ? qsTr("You have the floor")
                          : card.speakers.speakerIsPointOfOrder ? qsTr("Point of order")
                          : qsTr("Speaking now")
                    color: card.speakers.iHaveTheFloor ? Theme.currentText : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "speakerName"
                    width: parent.width
                    text: card.speakers.speakerName
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    visible: card.speakers.warning || card.speakers.timeUp
                    text: card.speakers.timeUp ? qsTr("Time is up") : qsTr("Time is nearly up")
                    color: card.speakers.timeUp ? Theme.danger : Theme.currentText
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
            }
            Label {
                id: clock
                objectName: "speakerClock"
                anchors.right: parent.right
                anchors.rightMargin: 12
                anchors.verticalCenter: parent.verticalCenter
                visible: text !== ""
                text: card.speakers.timeLeftText
                color: card.speakers.timeUp ? Theme.danger
                     : card.speakers.warning ? Theme.currentText : Theme.primary
                font.pixelSize: Theme.fontHeading + 8
                font.weight: Font.Bold
                Accessible.name: qsTr("Time left: %1").arg(text)
            }
        }

        // The delegate's own place.
        Label {
            objectName: "myPlace"
            visible: card.speakers.itemId !== 0 && card.speakers.isDelegate && !card.speakers.iHaveTheFloor
            text: card.speakers.busy ? (card.online ? qsTr("Sending…")
                                                    : qsTr("No connection: your request is kept and sent as soon as the connection is back."))
                  : card.speakers.hasRequest ? (card.speakers.myPlace === 1 ? qsTr("You are next.")
                                                : qsTr("You are number %1 in the queue.").arg(card.speakers.myPlace))
                  : qsTr("You have not asked to speak.")
            color: card.speakers.hasRequest ? Theme.text : Theme.textMuted
            font.pixelSize: card.speakers.hasRequest ? Theme.fontTitle : Theme.fontBase
            font.weight: card.speakers.hasRequest ? Font.Bold : Font.Normal
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        GridLayout {
            visible: card.speakers.itemId !== 0 && card.speakers.isDelegate
            columns: card.width < 420 ? 1 : 2
            columnSpacing: 10
            rowSpacing: 10
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "requestToSpeak"
                visible: !card.speakers.hasRequest && !card.speakers.iHaveTheFloor
                enabled: card.speakers.canRequest
                text: qsTr("Request to speak")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: card.speakers.requestToSpeak(false)
            }
            OutlineButton {
                objectName: "pointOfOrder"
                visible: !card.speakers.hasRequest && !card.speakers.iHaveTheFloor
                enabled: card.speakers.canRequest
                text: qsTr("Point of order")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: card.speakers.requestToSpeak(true)
            }
            OutlineButton {
                objectName: "withdrawRequest"
                visible: card.speakers.hasRequest
                enabled: !card.speakers.busy
                text: qsTr("Withdraw my request")
                tone: Theme.danger
                Layout.fillWidth: true
                Layout.columnSpan: parent.columns
                onClicked: card.speakers.withdraw()
            }
            OutlineButton {
                objectName: "finishSpeaking"
                visible: card.speakers.iHaveTheFloor
                enabled: !card.speakers.busy
                text: qsTr("I have finished speaking")
                Layout.fillWidth: true
                Layout.columnSpan: parent.columns
                onClicked: card.speakers.finishSpeaking()
            }
        }
        Label {
            visible: card.speakers.itemId !== 0 && !card.speakers.isDelegate
            text: qsTr("Only delegates can ask to speak.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "speakerError"
            visible: text !== ""
            text: card.speakers.errorString
            color: Theme.danger
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // The queue, in the order the chair will call.
        Label {
            visible: card.speakers.queue.count > 0
            text: qsTr("Queue (%1)").arg(card.speakers.queue.count)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: card.speakers.queue
            Item {
                id: queueRow
                required property int place
                required property string fullName
                required property bool isPointOfOrder
                required property bool isMine
                objectName: "queueRow" + place
                visible: place <= card.shownRows
                Layout.fillWidth: true
                implicitHeight: Math.max(badge.height, rowText.implicitHeight) + 4
                Rectangle {
                    id: badge
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    width: 30
                    height: 30
                    radius: 15
                    color: queueRow.isMine ? Theme.currentBorder : "#E2E6EB"
                    Label {
                        anchors.centerIn: parent
                        text: queueRow.place
                        color: queueRow.isMine ? "white" : Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Bold
                    }
                }
                Label {
                    id: rowText
                    anchors.left: badge.right
                    anchors.leftMargin: 10
                    anchors.right: orderChip.visible ? orderChip.left : parent.right
                    anchors.rightMargin: orderChip.visible ? 8 : 0
                    anchors.verticalCenter: parent.verticalCenter
                    text: queueRow.isMine ? qsTr("%1 (you)").arg(queueRow.fullName) : queueRow.fullName
                    color: Theme.text
                    font.weight: queueRow.isMine ? Font.Bold : Font.Normal
                    wrapMode: Text.Wrap
                }
                Chip {
                    id: orderChip
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: queueRow.isPointOfOrder
                    text: qsTr("Point of order")
                    color: "#FFF4D6"
                    textColor: Theme.currentText
                }
            }
        }
        Label {
            visible: card.speakers.queue.count > card.shownRows
            text: qsTr("and %n more", "", card.speakers.queue.count - card.shownRows)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
