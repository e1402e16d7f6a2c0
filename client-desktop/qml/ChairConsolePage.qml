// The chair's console (chủ tọa) for a laptop or tablet at the rostrum: the
// sitting and the item under discussion, attendance and quorum, the speaker
// queue with its clock, the vote, and what the hall screen shows — all from
// ChairController (the server checks every step again and its refusals show
// in the red band on top). The cards stand in one, two or three columns as
// the width allows, in one scrolling sheet; steps that cannot be taken back
// ask first, saying what will happen.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "chairConsolePage"
    required property AppController controller
    property bool wide: width >= 1100
    readonly property ChairController chair: controller.chair
    readonly property int columns: width >= 1200 ? 3 : width >= 760 ? 2 : 1
    readonly property int gap: 16

    // Which cards stand in which column, top to bottom.
    readonly property var plan: page.columns === 3 ? [[sittingCard, quorumCard], [speakerCard, hallCard], [voteCard]]
                              : page.columns === 2 ? [[sittingCard, quorumCard, hallCard], [voteCard, speakerCard]]
                              : [[sittingCard, quorumCard, voteCard, speakerCard, hallCard]]
    property real sheetHeight: 0

    function arrange() {
        const columnWidth = (sheet.width - (page.columns - 1) * page.gap) / page.columns
        let tallest = 0
        for (let c = 0; c < page.plan.length; ++c) {
            let y = 0
            for (const card of page.plan[c]) {
                card.x = c * (columnWidth + page.gap)
                card.y = y
                card.width = columnWidth
                y += card.implicitHeight + page.gap
            }
            tallest = Math.max(tallest, y - page.gap)
        }
        page.sheetHeight = tallest
    }
    function relayout() { Qt.callLater(page.arrange) }
    onPlanChanged: relayout()
    onWidthChanged: relayout()
    Component.onCompleted: relayout()

    // Brings a card (or anything in it) into view: for tests and after a step.
    function reveal(item) {
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        const bottom = y + item.height
        if (y < flick.contentY || bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                  bottom > flick.height ? y - page.gap : 0))
    }

    background: Rectangle {
        color: Theme.page
    }

    // The server's refusal, in its words, until dismissed or the next step.
    Rectangle {
        id: errorBand
        objectName: "chairErrorBanner"
        visible: page.chair.errorMessage !== ""
        anchors.left: parent.left
        anchors.right: parent.right
        height: visible ? errorRow.implicitHeight + 20 : 0
        color: Theme.danger
        z: 2
        RowLayout {
            id: errorRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 20
            anchors.rightMargin: 12
            spacing: 12
            Label {
                objectName: "chairErrorText"
                text: "\u26A0  " + page.chair.errorMessage
                color: "white"
                font.pixelSize: Theme.fontBase
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                id: dismiss
                objectName: "chairErrorDismiss"
                text: qsTr("Dismiss")
                implicitHeight: 48
                font.weight: Font.Bold
                font.capitalization: Font.MixedCase
                contentItem: Label {
                    text: dismiss.text
                    font: dismiss.font
                    color: Theme.danger
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: 10
                    color: dismiss.down ? "#F3D6D6" : "white"
                }
                onClicked: page.chair.clearError()
            }
        }
    }

    // The request on its way to the server.
    ProgressBar {
        objectName: "chairBusy"
        anchors.top: errorBand.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        indeterminate: true
        visible: page.chair.busy
        z: 2
    }

    Label {
        objectName: "chairNotAllowed"
        visible: !page.chair.canChair
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        text: qsTr("Only the chair or a vice-chair of this council can use the chair's console.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }

    Flickable {
        id: flick
        objectName: "chairSheet"
        visible: page.chair.canChair
        anchors.top: errorBand.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: page.sheetHeight + 2 * page.gap
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        Item {
            id: sheet
            x: page.gap
            y: page.gap
            width: flick.width - 2 * page.gap
            height: page.sheetHeight
            onWidthChanged: page.relayout()

            ChairSittingCard {
                id: sittingCard
                chair: page.chair
                agenda: page.controller.agenda
                onImplicitHeightChanged: page.relayout()
                onConfirmCloseSitting: confirm.ask(
                    qsTr("Close the sitting?"),
                    page.chair.voteOpen
                    ? qsTr("A vote is still open: end or cancel it first, then close the sitting.")
                    : qsTr("The sitting is recorded as closed now. Delegates can no longer check in "
                           + "(the secretariat can still correct the attendance). You can open it again "
                           + "later if needed."),
                    qsTr("Close the sitting"), true,
                    () => page.chair.closeSitting())
            }
            ChairQuorumCard {
                id: quorumCard
                chair: page.chair
                onImplicitHeightChanged: page.relayout()
            }
            ChairSpeakerCard {
                id: speakerCard
                chair: page.chair
                speakers: page.controller.speakers
                onImplicitHeightChanged: page.relayout()
            }
            ChairVoteCard {
                id: voteCard
                chair: page.chair
                votes: page.controller.votes
                onImplicitHeightChanged: page.relayout()
                onConfirmClose: {
                    const missing = page.chair.notVotedNames.length
                    confirm.ask(qsTr("End the vote?"),
                                (missing > 0
                                 ? qsTr("No more ballots are taken. The %1 delegate(s) present who have not "
                                        + "voted are recorded as not taking part; they do not count as "
                                        + "approving.").arg(missing)
                                 : qsTr("No more ballots are taken. Every delegate present has voted."))
                                + " " + qsTr("The result is counted and announced at once on every "
                                             + "delegate's screen."),
                                qsTr("End the vote"), false, () => page.chair.closeVote())
                }
                onConfirmCancel: confirm.ask(
                    qsTr("Cancel the vote?"),
                    qsTr("Round %1 is cancelled: the %2 ballot(s) cast so far are not counted and there is "
                         + "no result. You can vote again afterwards.").arg(page.chair.roundNo)
                    .arg(page.chair.votedCount),
                    qsTr("Cancel the vote"), true, () => page.chair.cancelVote())
                onConfirmRepeat: confirm.ask(
                    qsTr("Vote again?"),
                    qsTr("Round %1 is kept on record, marked as voted again. Round %2 opens at once with "
                         + "the same question, rule and time allowed; every delegate has to vote again.")
                    .arg(page.chair.roundNo).arg(page.chair.roundNo + 1),
                    qsTr("Vote again"), false, () => page.chair.repeatVote())
            }
            ChairHallCard {
                id: hallCard
                chair: page.chair
                documents: page.controller.documents
                onImplicitHeightChanged: page.relayout()
            }
        }
    }

    ConfirmDialog {
        id: confirm
        parent: Overlay.overlay
    }
}
