// One session (kỳ họp) in the list: its state, title, council, dates and
// place. The whole card is the touch target.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: card
    required property var sessionId
    required property string title
    required property string bodyName
    required property string location
    required property string dates
    required property string sessionState

    function stateText(s) {
        switch (s) {
        case "open":
            return qsTr("In session")
        case "scheduled":
            return qsTr("Upcoming")
        case "closed":
            return qsTr("Closed")
        case "draft":
            return qsTr("Draft")
        default:
            return s
        }
    }
    readonly property color stateColor: sessionState === "open" ? Theme.online
                                      : sessionState === "scheduled" ? Theme.primary : Theme.done

    padding: 0
    leftPadding: 28
    rightPadding: 20
    topPadding: 18
    bottomPadding: 18
    implicitHeight: Math.max(112, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.cardPressed : Theme.card
        border.color: card.visualFocus ? Theme.primary : Theme.divider
        border.width: card.visualFocus ? 2 : 1
        // State at a glance down the left edge, inside the rounded card.
        Rectangle {
            x: 10
            y: 16
            width: 6
            height: parent.height - 32
            radius: 3
            color: card.stateColor
        }
    }

    contentItem: RowLayout {
        spacing: 16
        ColumnLayout {
            spacing: 6
            Layout.fillWidth: true

            Chip {
                objectName: "sessionState"
                text: card.stateText(card.sessionState)
                color: card.sessionState === "open" ? "#E3F4E6" : card.sessionState === "scheduled" ? "#E3EAF4" : "#ECEEF1"
                textColor: card.sessionState === "open" ? "#1B6B2C" : card.sessionState === "scheduled" ? Theme.primary : Theme.done
                strong: card.sessionState === "open"
            }
            Label {
                objectName: "sessionTitle"
                text: card.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: card.bodyName
                visible: text !== ""
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "sessionDates"
                text: qsTr("Dates: %1").arg(card.dates)
                visible: card.dates !== ""
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: 4
            }
            Label {
                text: qsTr("Place: %1").arg(card.location)
                visible: card.location !== ""
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            text: "\u203A"
            font.pixelSize: 40
            color: Theme.textMuted
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
