// Running a vote from the rostrum. Before: the question (filled in from the
// item under discussion), the rule with the body's default preselected and
// the time allowed, then "open". While open: the question, the time left,
// "voted x/y" with a bar and the names of the delegates present who have not
// voted, and extend, end or cancel (ending and cancelling ask first: the
// page's dialog). After: the result as the law states it, sending it to the
// hall screen, and voting again.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

ChairCard {
    id: card
    objectName: "chairVoteCard"
    required property ChairController chair
    // The delegate-side controller of the same round: its clock and its
    // worded result are reused when it shows the same round.
    required property VoteController votes
    signal confirmClose()
    signal confirmCancel()
    signal confirmRepeat()

    readonly property string roundState: card.chair.roundState
    readonly property bool open: card.chair.voteOpen
    readonly property bool sameRound: card.votes.roundId === card.chair.roundId
    readonly property var rules: [
        { value: "more_than_half_of_total", text: qsTr("More than half of all delegates") },
        { value: "two_thirds_of_total", text: qsTr("At least two thirds of all delegates") },
        { value: "more_than_half_of_present", text: qsTr("More than half of the delegates present") },
        { value: "more_than_half_of_cast", text: qsTr("More than half of the votes cast") }
    ]
    readonly property var durations: [
        { seconds: 0, text: qsTr("No time limit") },
        { seconds: 30, text: qsTr("30 seconds") },
        { seconds: 60, text: qsTr("1 minute") },
        { seconds: 120, text: qsTr("2 minutes") },
        { seconds: 180, text: qsTr("3 minutes") },
        { seconds: 300, text: qsTr("5 minutes") },
        { seconds: 600, text: qsTr("10 minutes") }
    ]

    function ruleText(rule) {
        for (const r of card.rules)
            if (r.value === rule)
                return r.text
        return rule
    }
    function ruleIndex(rule) {
        for (let i = 0; i < card.rules.length; ++i)
            if (card.rules[i].value === rule)
                return i
        return 0
    }
    // ChairController.result as VoteResult wants it (shares are in basis points of the total).
    function worded(r) {
        if (!r || r.total === undefined)
            return ({})
        const shares = r.shares || {}
        const out = {
            total: r.total, present: r.present, voted: r.voted, verdict: r.verdict,
            verdictText: HallWords.verdictText(r.verdict), ruleText: card.ruleText(r.rule),
            requiredApprovals: r.requiredApprovals, handCounted: r.handCounted === true
        }
        for (const key of ["approve", "disapprove", "notVoting"]) {
            out[key] = r[key] || 0
            out[key + "Share"] = r.total > 0 ? (r[key] || 0) / r.total : 0
            out[key + "ShareText"] = HallWords.percent((shares[key] || 0) / 100)
        }
        return out
    }

    caption: card.open ? qsTr("Vote in progress · round %1").arg(card.chair.roundNo) : qsTr("Vote")
    captionColor: card.open ? Theme.danger : Theme.primary
    border.color: card.open ? Theme.danger : Theme.divider
    border.width: card.open ? 2 : 1

    // --- open ---------------------------------------------------------------
    Label {
        objectName: "chairVoteQuestion"
        visible: card.open
        text: card.chair.question
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: card.open
        text: qsTr("Rule: %1").arg(card.ruleText(card.chair.rule))
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: card.open
        spacing: 16
        Layout.fillWidth: true
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: qsTr("Voted")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "chairVoteProgress"
                text: card.chair.votedCount + "/" + card.chair.presentCount
                color: Theme.primary
                font.pixelSize: Math.round(48 * Theme.fontScale)
                font.weight: Font.Bold
            }
        }
        ColumnLayout {
            spacing: 0
            Label {
                text: qsTr("Time left")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                Layout.alignment: Qt.AlignRight
            }
            Label {
                objectName: "chairVoteTimer"
                readonly property bool timed: card.chair.deadline > 0 && card.sameRound && card.votes.hasDeadline
                text: timed ? card.votes.timeLeftText : "\u221E"
                color: timed && card.votes.secondsLeft <= 10 ? Theme.danger : Theme.text
                font.pixelSize: Math.round(48 * Theme.fontScale)
                font.weight: Font.Bold
                font.family: "monospace"
                Layout.alignment: Qt.AlignRight
                Accessible.name: timed ? qsTr("Time left: %1").arg(text) : qsTr("No time limit")
            }
        }
    }
    ProgressBar {
        objectName: "chairVoteProgressBar"
        visible: card.open
        from: 0
        to: Math.max(1, card.chair.presentCount)
        value: card.chair.votedCount
        Layout.fillWidth: true
    }
    Label {
        objectName: "chairVoteProgressText"
        visible: card.open
        text: qsTr("%1 of the %2 delegates present have voted").arg(card.chair.votedCount).arg(card.chair.presentCount)
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "notVotedNames"
        visible: card.open
        text: card.chair.notVotedNames.length === 0
              ? qsTr("Every delegate present has voted.")
              : qsTr("Not voted yet (%1): %2").arg(card.chair.notVotedNames.length)
                                              .arg(card.chair.notVotedNames.join(", "))
        color: card.chair.notVotedNames.length === 0 ? "#1B6E34" : Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    GridLayout {
        visible: card.open
        columns: 2
        columnSpacing: 10
        rowSpacing: 10
        Layout.fillWidth: true
        OutlineButton {
            objectName: "extendVote30"
            text: qsTr("+30 seconds")
            enabled: !card.chair.busy
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.chair.extend(30)
        }
        OutlineButton {
            objectName: "extendVote60"
            text: qsTr("+1 minute")
            enabled: !card.chair.busy
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.chair.extend(60)
        }
        PrimaryButton {
            objectName: "closeVoteButton"
            text: qsTr("End the vote")
            implicitHeight: Theme.touch
            enabled: !card.chair.busy
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.confirmClose()
        }
        OutlineButton {
            objectName: "cancelVoteButton"
            text: qsTr("Cancel the vote")
            tone: Theme.danger
            enabled: !card.chair.busy
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.confirmCancel()
        }
    }

    // --- after --------------------------------------------------------------
    Label {
        objectName: "chairRoundEnded"
        visible: !card.open && card.roundState !== ""
        text: card.roundState === "closed" ? qsTr("Result of round %1: %2").arg(card.chair.roundNo).arg(card.chair.question)
              : card.roundState === "cancelled" ? qsTr("Round %1 was cancelled: %2").arg(card.chair.roundNo).arg(card.chair.question)
              : qsTr("Round %1 was voted again: %2").arg(card.chair.roundNo).arg(card.chair.question)
        color: Theme.text
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    VoteResult {
        objectName: "chairVoteResult"
        visible: !card.open && card.roundState === "closed" && card.chair.result.total !== undefined
        result: card.worded(card.chair.result)
        sideBySide: width >= 640
        Layout.fillWidth: true
        Layout.preferredHeight: implicitHeight
    }
    Label {
        objectName: "didNotVoteNames"
        readonly property var names: (card.chair.result.names || {}).didNotVote || []
        visible: !card.open && card.roundState === "closed" && names.length > 0
        text: qsTr("Present but did not vote (%1): %2").arg(names.length).arg(names.join(", "))
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "showResultOnHall"
        visible: !card.open && card.roundState === "closed"
        text: qsTr("Show on the hall screen")
        enabled: !card.chair.busy
        Layout.fillWidth: true
        onClicked: card.chair.showOnHall("result", 0, 0, card.chair.roundId)
    }
    OutlineButton {
        objectName: "repeatVoteButton"
        visible: !card.open && (card.roundState === "closed" || card.roundState === "cancelled")
        text: qsTr("Vote again (round %1)").arg(card.chair.roundNo + 1)
        enabled: !card.chair.busy
        Layout.fillWidth: true
        onClicked: card.confirmRepeat()
    }

    // --- a new vote -----------------------------------------------------------
    Rectangle {
        visible: !card.open && card.roundState !== ""
        color: Theme.divider
        implicitHeight: 1
        Layout.fillWidth: true
        Layout.topMargin: 4
    }
    Label {
        visible: !card.open
        text: qsTr("New vote on the item under discussion")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextArea {
        id: questionField
        objectName: "voteQuestionField"
        visible: !card.open
        // Filled in from the item under discussion until the chair types.
        property string filled: ""
        placeholderText: qsTr("The question, e.g. Approve the draft resolution on …")
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBase
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        Accessible.name: qsTr("The question of the vote")
        function fill() {
            if (questionField.text === "" || questionField.text === questionField.filled) {
                questionField.filled = card.chair.currentItemTitle
                questionField.text = questionField.filled
            }
        }
        Component.onCompleted: fill()
        Connections {
            target: card.chair
            function onCurrentItemChanged() { questionField.fill() }
        }
    }
    GridLayout {
        visible: !card.open
        columns: card.width >= 520 ? 2 : 1
        columnSpacing: 12
        rowSpacing: 6
        Layout.fillWidth: true
        Label {
            text: qsTr("Rule")
            color: Theme.textMuted
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 2
        }
        Label {
            visible: parent.columns === 2
            text: qsTr("Time allowed")
            color: Theme.textMuted
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 1
        }
        ComboBox {
            id: ruleBox
            objectName: "voteRuleBox"
            model: card.rules.map(r => r.value === card.chair.defaultRule
                                       ? qsTr("%1 (default)").arg(r.text) : r.text)
            // The body's default until the chair picks another.
            property bool touched: false
            currentIndex: card.ruleIndex(card.chair.defaultRule)
            // The list marks the default; the box shows the rule alone, so it fits.
            displayText: card.rules[Math.max(0, currentIndex)].text
            onActivated: touched = true
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Accessible.name: qsTr("Rule")
            Connections {
                target: card.chair
                function onDefaultRuleChanged() {
                    if (!ruleBox.touched)
                        ruleBox.currentIndex = card.ruleIndex(card.chair.defaultRule)
                }
            }
        }
        Label {
            visible: parent.columns === 1
            text: qsTr("Time allowed")
            color: Theme.textMuted
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ComboBox {
            id: durationBox
            objectName: "voteDurationBox"
            model: card.durations.map(d => d.text)
            currentIndex: 2
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Accessible.name: qsTr("Time allowed")
        }
    }
    Label {
        objectName: "notDefaultRule"
        visible: !card.open && card.chair.defaultRule !== ""
                 && card.rules[Math.max(0, ruleBox.currentIndex)].value !== card.chair.defaultRule
        text: qsTr("Not the council's usual rule (%1).").arg(card.ruleText(card.chair.defaultRule))
        color: Theme.currentText
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "openVoteButton"
        visible: !card.open
        text: qsTr("Open the vote")
        enabled: !card.chair.busy && card.chair.currentItemId !== 0 && questionField.text.trim() !== ""
        Layout.fillWidth: true
        onClicked: card.chair.openVote(questionField.text.trim(), card.rules[ruleBox.currentIndex].value,
                                       card.durations[durationBox.currentIndex].seconds)
    }
    Label {
        visible: !card.open && card.chair.currentItemId === 0
        text: qsTr("Take up an agenda item first: a vote belongs to an item.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
