// The vote (biểu quyết) as a delegate sees it: the question, the rule, the
// time left and how many have voted; three big buttons with a confirmation
// step; what became of the ballot (recorded, changed, waiting to be sent,
// too late); and the result once the chair closes the round.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Rectangle {
    id: card
    objectName: "voteCard"
    required property VoteController votes
    // For the check-in button shown when the delegate is not checked in yet.
    property SittingController sitting: null

    readonly property bool narrow: width < 600
    readonly property color approveTone: "#1B6E34"
    readonly property color disapproveTone: "#B3261E"
    readonly property color notVotingTone: "#4A5563"

    function toneOf(choice) {
        return choice === "approve" ? approveTone : choice === "disapprove" ? disapproveTone : notVotingTone
    }
    function signOf(choice) {
        return choice === "approve" ? "\u2713" : choice === "disapprove" ? "\u2717" : "\u2013"
    }

    implicitHeight: column.implicitHeight + 40
    radius: Theme.radius
    color: Theme.card
    border.color: card.votes.isOpen ? Theme.primary : Theme.divider
    border.width: card.votes.isOpen ? 3 : 1

    // A positioner, not a layout: the card's parts change height as the
    // vote goes on (state line, result), and nested layouts with wrapped
    // text can settle on stale heights after a resize.
    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 20
        spacing: 12

        // Heading and the time left.
        RowLayout {
            spacing: 12
            width: parent.width
            Label {
                objectName: "voteHeading"
                text: card.votes.roundNo > 1 ? qsTr("Vote · round %1").arg(card.votes.roundNo) : qsTr("Vote")
                color: card.votes.isOpen ? Theme.primary : Theme.textMuted
                font.pixelSize: Theme.fontBase
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Chip {
                objectName: "voteStateChip"
                visible: !card.votes.isOpen
                text: card.votes.roundState === "cancelled" ? qsTr("Cancelled") : qsTr("Closed")
                color: "#E2E6EB"
                textColor: Theme.text
                strong: true
            }
            Rectangle {
                objectName: "voteTimer"
                visible: card.votes.isOpen && card.votes.hasDeadline
                readonly property bool hurry: card.votes.secondsLeft <= 10
                implicitWidth: timerLabel.implicitWidth + 28
                implicitHeight: timerLabel.implicitHeight + 12
                radius: 10
                color: hurry ? Theme.danger : Theme.primary
                Label {
                    id: timerLabel
                    anchors.centerIn: parent
                    text: qsTr("%1 left").arg(card.votes.timeLeftText)
                    color: "white"
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
            }
        }

        Label {
            objectName: "voteQuestion"
            text: card.votes.question
            font.pixelSize: card.narrow ? Theme.fontTitle + 1 : Theme.fontHeading - 2
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.Wrap
            width: parent.width
        }
        Label {
            objectName: "voteRule"
            text: [card.votes.ruleText, card.votes.isOpen ? card.votes.requiredText : ""].filter(s => s !== "").join("  ·  ")
            visible: text !== "" && !card.votes.hasResult
            color: Theme.textMuted
            wrapMode: Text.Wrap
            width: parent.width
        }

        VoteResult {
            visible: card.votes.hasResult
            result: card.votes.result
            sideBySide: card.width >= 740
            width: parent.width
        }

        // Live progress while the round is open.
        Column {
            visible: card.votes.isOpen
            spacing: 6
            width: parent.width
            Label {
                objectName: "voteProgressLabel"
                width: parent.width
                text: card.votes.presentCount > 0
                      ? qsTr("%1 of %2 delegates present have voted").arg(card.votes.votedCount).arg(card.votes.presentCount)
                      : qsTr("%n delegate(s) have voted", "", card.votes.votedCount)
                color: Theme.text
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Rectangle {
                objectName: "voteProgressBar"
                width: parent.width
                height: 12
                radius: 6
                color: "#DCE2EA"
                Rectangle {
                    width: parent.width * card.votes.progress
                    height: parent.height
                    radius: 6
                    color: Theme.primary
                }
            }
        }

        Label {
            objectName: "mustCheckIn"
            visible: card.votes.mustCheckIn
            text: qsTr("Check in first: only delegates present can vote.")
            color: Theme.danger
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            width: parent.width
        }
        PrimaryButton {
            objectName: "voteCheckInButton"
            visible: card.votes.mustCheckIn && card.sitting !== null
            enabled: card.sitting !== null && card.sitting.canCheckIn
            text: qsTr("Check in")
            width: parent.width
            onClicked: card.sitting.checkIn()
        }

        // The three choices, or the confirmation of the one pressed.
        GridLayout {
            objectName: "voteButtons"
            visible: card.votes.canVote && card.votes.proposedChoice === ""
            columns: card.narrow ? 1 : 3
            columnSpacing: 12
            rowSpacing: 10
            width: parent.width
            Repeater {
                model: ["approve", "disapprove", "not_voting"]
                VoteButton {
                    required property string modelData
                    objectName: "vote_" + modelData
                    text: card.votes.textOf(modelData)
                    tone: card.toneOf(modelData)
                    sign: card.signOf(modelData)
                    chosen: card.votes.myChoice === modelData
                    muted: card.votes.myChoice !== "" && !chosen
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: card.votes.propose(modelData)
                }
            }
        }

        Rectangle {
            objectName: "voteConfirm"
            visible: card.votes.canVote && card.votes.proposedChoice !== ""
            width: parent.width
            implicitHeight: confirmColumn.implicitHeight + 32
            radius: 12
            color: "#F4F6F9"
            border.color: card.toneOf(card.votes.proposedChoice)
            border.width: 3
            ColumnLayout {
                id: confirmColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 16
                spacing: 12
                Label {
                    objectName: "voteConfirmQuestion"
                    text: qsTr("Confirm your vote: %1?").arg(card.votes.proposedChoiceText)
                    font.pixelSize: Theme.fontTitle + 1
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                GridLayout {
                    columns: card.narrow ? 1 : 2
                    columnSpacing: 12
                    rowSpacing: 10
                    Layout.fillWidth: true
                    VoteButton {
                        id: confirmButton
                        objectName: "voteConfirmButton"
                        text: qsTr("Confirm")
                        sign: card.signOf(card.votes.proposedChoice)
                        tone: card.toneOf(card.votes.proposedChoice)
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        onClicked: card.votes.confirm()
                    }
                    OutlineButton {
                        objectName: "voteChooseAgain"
                        text: qsTr("Choose again")
                        font.pixelSize: Theme.fontTitle
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: confirmButton.implicitHeight
                        onClicked: card.votes.cancelProposal()
                    }
                }
            }
        }

        // What became of the ballot.
        Rectangle {
            objectName: "ballotState"
            readonly property int state: card.votes.ballotState
            readonly property bool quiet: state === VoteController.None
            visible: state !== VoteController.None || (card.votes.canVote && card.votes.proposedChoice === "")
            width: parent.width
            implicitHeight: ballotLabel.implicitHeight + 24
            radius: 10
            color: state === VoteController.Recorded || state === VoteController.Changed ? "#E3F4E8"
                 : state === VoteController.Pending ? "#FFF4D6"
                 : state === VoteController.Closed ? Theme.dangerSoft : "transparent"
            border.color: state === VoteController.Recorded || state === VoteController.Changed ? Theme.online
                        : state === VoteController.Pending ? Theme.currentBorder
                        : state === VoteController.Closed ? Theme.danger : Theme.divider
            border.width: quiet ? 0 : 2
            Label {
                id: ballotLabel
                objectName: "ballotStateText"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: parent.quiet ? 0 : 14
                text: card.votes.ballotStateText
                color: parent.state === VoteController.Closed ? Theme.danger : Theme.text
                font.pixelSize: Theme.fontBase
                font.weight: parent.state === VoteController.None ? Font.Normal : Font.Bold
                wrapMode: Text.Wrap
            }
        }
        Label {
            visible: card.votes.canVote && card.votes.ballotState !== VoteController.None
                     && card.votes.proposedChoice === ""
            text: qsTr("You can change your vote until the vote closes.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            width: parent.width
        }
        Label {
            objectName: "voteError"
            visible: text !== ""
            text: card.votes.errorString
            color: Theme.danger
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            width: parent.width
        }

        Label {
            visible: card.votes.roundState === "cancelled"
            text: qsTr("The chair cancelled this vote.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            width: parent.width
        }

    }
}
