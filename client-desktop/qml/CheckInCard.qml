// Attendance (điểm danh) at the sitting under way: one big button to check
// in from this device, or the six digits shown on the hall screen; the
// delegate's state in words; and the live quorum. Once checked in only the
// state and the quorum stay, so the agenda and the vote get the room.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Rectangle {
    id: card
    objectName: "checkInCard"
    required property SittingController sitting
    // Online; the words for a check-in on its way depend on it.
    property bool online: true

    readonly property bool done: sitting.checkedIn
    // Not checked in yet and the sitting not closed.
    readonly property bool mayCheckIn: !done && sitting.isMember && !sitting.sittingClosed
    readonly property color stateColor: done ? Theme.online
                                      : sitting.checkInPending ? Theme.currentBorder
                                      : sitting.myStatus === "excused" ? Theme.done : Theme.danger

    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.card
    border.color: done ? Theme.divider : Theme.primary
    border.width: done ? 1 : 2

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 16
        spacing: 10

        Flow {
            Layout.fillWidth: true
            spacing: 10
            Label {
                objectName: "checkInHeading"
                text: qsTr("Attendance")
                color: Theme.primary
                font.pixelSize: Theme.fontBase
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1
                height: stateChip.height
                verticalAlignment: Text.AlignVCenter
            }
            Chip {
                id: stateChip
                objectName: "checkInState"
                text: card.sitting.checkInPending ? qsTr("Waiting to be sent") : card.sitting.myStatusText
                color: card.stateColor
                textColor: "white"
                strong: true
            }
            Label {
                visible: card.done && card.sitting.myStatusTime !== ""
                text: qsTr("at %1").arg(card.sitting.myStatusTime)
                color: Theme.textMuted
                height: stateChip.height
                verticalAlignment: Text.AlignVCenter
            }
        }
        Label {
            objectName: "sittingName"
            text: [card.sitting.sittingTitle, card.sitting.sittingWhen].filter(s => s !== "").join("  ·  ")
            visible: text !== ""
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        PrimaryButton {
            objectName: "checkInButton"
            visible: card.mayCheckIn
            enabled: card.sitting.canCheckIn
            text: card.sitting.checkInPending ? qsTr("Checking in…") : qsTr("Check in")
            Layout.fillWidth: true
            onClicked: card.sitting.checkIn()
        }
        Label {
            objectName: "sittingClosedText"
            visible: !card.done && card.sitting.isMember && card.sitting.sittingClosed
            text: qsTr("The chair has closed this sitting: check-in is over.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "checkInPendingText"
            visible: card.sitting.checkInPending
            text: card.online ? qsTr("Sending your check-in…")
                              : qsTr("No connection: your check-in is kept and sent as soon as the connection is back.")
            color: Theme.currentText
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // The six digits on the hall screen, for a check-in confirmed in the room.
        Label {
            visible: card.mayCheckIn
            text: qsTr("Or type the six-digit code shown on the hall screen:")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: card.mayCheckIn
            spacing: 10
            Layout.fillWidth: true
            TextField {
                id: codeField
                objectName: "checkInCodeField"
                placeholderText: "000000"
                maximumLength: 6
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
                font.pixelSize: Theme.fontTitle + 3
                font.letterSpacing: 4
                horizontalAlignment: TextInput.AlignHCenter
                enabled: card.sitting.canCheckIn
                Layout.preferredWidth: 190
                Layout.preferredHeight: Theme.touch
                onTextEdited: card.sitting.clearCheckInError()
                onAccepted: sendCode.clicked()
                Accessible.name: qsTr("Check-in code")
            }
            OutlineButton {
                id: sendCode
                objectName: "checkInCodeButton"
                text: qsTr("Send code")
                enabled: card.sitting.canCheckIn && codeField.text.length === 6
                Layout.fillWidth: true
                onClicked: {
                    if (card.sitting.checkInWithCode(codeField.text))
                        codeField.clear()
                }
            }
        }
        Label {
            objectName: "checkInError"
            visible: text !== ""
            text: card.sitting.checkInError
            color: Theme.danger
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: !card.sitting.isMember && card.sitting.sittingId !== 0
            text: qsTr("You are not a member of this council: there is nothing to check in.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // Quorum, in numbers and in words.
        Flow {
            objectName: "quorumLine"
            visible: card.sitting.quorumKnown
            spacing: 10
            Layout.fillWidth: true
            Label {
                objectName: "quorumCount"
                text: qsTr("Present: %1 of %2 · %3 needed").arg(card.sitting.presentCount)
                      .arg(card.sitting.totalCount).arg(card.sitting.requiredCount)
                color: Theme.text
                font.weight: Font.DemiBold
                height: quorumChip.height
                verticalAlignment: Text.AlignVCenter
            }
            Chip {
                id: quorumChip
                objectName: "quorumChip"
                text: card.sitting.quorumReached ? qsTr("Quorum reached") : qsTr("No quorum yet")
                color: card.sitting.quorumReached ? "#E3F4E8" : "#FFF4D6"
                textColor: card.sitting.quorumReached ? "#1B5E20" : Theme.currentText
                border.color: card.sitting.quorumReached ? Theme.online : Theme.currentBorder
            }
        }
    }
}
