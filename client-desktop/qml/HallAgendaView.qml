// The hall in "agenda" mode: the item under discussion, large, and beside it
// (below it on a portrait screen) what matters now, in this order: the vote
// in progress, whoever has the floor with their time left, the result of the
// item's last vote, or what comes next.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

GridLayout {
    id: view
    objectName: "hallAgendaView"
    required property HallModel hall
    required property real u
    required property bool landscape

    readonly property var item: hall.currentItem
    readonly property bool hasItem: item.title !== undefined
    readonly property bool voting: hall.vote.roundId !== undefined
    readonly property bool speaking: hall.speaker.name !== undefined
    readonly property bool hasResult: hall.result.roundId !== undefined

    columns: landscape ? 2 : 1
    columnSpacing: u * 3
    rowSpacing: u * 2.4

    // ---- The item ----
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: view.landscape
        Layout.preferredWidth: view.landscape ? 11 : 1
        Layout.alignment: Qt.AlignTop
        spacing: view.u * 1.6

        Label {
            objectName: "hallItemNumber"
            text: view.hasItem ? qsTr("Agenda item %1 of %2").arg(view.item.number).arg(view.item.count)
                               : qsTr("Agenda")
            color: HallWords.accent
            font.pixelSize: view.u * 3.2
            font.weight: Font.Bold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: view.u * 0.15
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "hallItemTitle"
            text: view.hasItem ? view.item.title : qsTr("No agenda item has been opened yet.")
            color: HallWords.text
            font.pixelSize: view.u * (view.hasItem ? 6.2 : 4.4)
            font.weight: Font.Bold
            lineHeight: 1.08
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "hallPresenter"
            visible: view.hasItem && view.item.presenter !== ""
            text: qsTr("Presented by: %1").arg(view.item.presenter || "")
            color: HallWords.textMuted
            font.pixelSize: view.u * 3.4
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item {
            Layout.fillHeight: true
        }
    }

    // ---- What matters now ----
    Rectangle {
        objectName: "hallSidePanel"
        Layout.fillWidth: true
        Layout.preferredWidth: view.landscape ? 9 : 1
        Layout.alignment: Qt.AlignTop
        implicitHeight: side.implicitHeight + view.u * 5
        radius: view.u * 1.4
        color: HallWords.panel
        border.color: view.voting ? HallWords.accent : HallWords.panelBorder
        border.width: view.voting ? Math.max(3, view.u * 0.35) : Math.max(1, view.u * 0.12)

        ColumnLayout {
            id: side
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: view.u * 2.5
            spacing: view.u * 1.4

            // The vote in progress.
            ColumnLayout {
                id: votePanel
                objectName: "hallVotePanel"
                visible: view.voting
                Layout.fillWidth: true
                spacing: view.u * 1.2

                readonly property int voted: view.hall.vote.voted || 0
                readonly property int present: view.hall.vote.present || 0
                readonly property int base: present > 0 ? present : (view.hall.vote.total || 0)

                Label {
                    text: qsTr("Voting now")
                    color: HallWords.accent
                    font.pixelSize: view.u * 3.8
                    font.weight: Font.Black
                    font.capitalization: Font.AllUppercase
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "hallVoteQuestion"
                    text: view.hall.vote.question || ""
                    color: HallWords.text
                    font.pixelSize: view.u * 3.4
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: (view.hall.vote.roundNo || 1) > 1
                    text: qsTr("Round %1").arg(view.hall.vote.roundNo || 1)
                    color: HallWords.textMuted
                    font.pixelSize: view.u * 2.2
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "hallVoteCount"
                    text: votePanel.present > 0 ? qsTr("%1 / %2").arg(votePanel.voted).arg(votePanel.present)
                                                : HallWords.count(votePanel.voted)
                    color: HallWords.text
                    font.pixelSize: view.u * 12
                    font.weight: Font.Black
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label {
                    text: votePanel.present > 0 ? qsTr("delegates present have voted") : qsTr("delegates have voted")
                    color: HallWords.textMuted
                    font.pixelSize: view.u * 3
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.topMargin: -view.u
                }
                Rectangle {
                    objectName: "hallVoteProgress"
                    Layout.fillWidth: true
                    implicitHeight: view.u * 2.8
                    radius: height / 3
                    color: HallWords.track
                    Rectangle {
                        width: parent.width * Math.min(1, votePanel.base > 0 ? votePanel.voted / votePanel.base : 0)
                        height: parent.height
                        radius: parent.radius
                        color: HallWords.accent
                    }
                }
                Label {
                    objectName: "hallVoteTime"
                    visible: view.hall.voteSecondsLeft >= 0
                    text: qsTr("Time left: %1").arg(HallWords.clock(Math.max(0, view.hall.voteSecondsLeft)))
                    color: HallWords.text
                    font.pixelSize: view.u * 4
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            // Who has the floor.
            ColumnLayout {
                id: speakerPanel
                objectName: "hallSpeakerPanel"
                visible: !view.voting && view.speaking
                Layout.fillWidth: true
                spacing: view.u * 1.0

                readonly property int secondsLeft: view.hall.speakerSecondsLeft
                readonly property int limit: view.hall.speaker.limitSeconds || 0
                readonly property color clockColor: secondsLeft < 0 ? HallWords.disapprove
                                                  : secondsLeft <= 60 ? HallWords.accent : HallWords.text

                Label {
                    text: view.hall.speaker.kind === "point_of_order" ? qsTr("Point of order") : qsTr("Speaking now")
                    color: HallWords.accent
                    font.pixelSize: view.u * 3.6
                    font.weight: Font.Black
                    font.capitalization: Font.AllUppercase
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "hallSpeakerName"
                    text: view.hall.speaker.name || ""
                    color: HallWords.text
                    font.pixelSize: view.u * 6.6
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "hallSpeakerClock"
                    visible: speakerPanel.limit > 0
                    text: HallWords.clock(speakerPanel.secondsLeft)
                    color: speakerPanel.clockColor
                    font.pixelSize: view.u * 17
                    font.weight: Font.Black
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label {
                    visible: speakerPanel.limit > 0
                    text: speakerPanel.secondsLeft < 0 ? qsTr("Speaking time is over")
                                          : qsTr("left of %1 minutes").arg(Math.round(speakerPanel.limit / 60))
                    color: speakerPanel.secondsLeft < 0 ? HallWords.disapprove : HallWords.textMuted
                    font.pixelSize: view.u * 3
                    font.weight: speakerPanel.secondsLeft < 0 ? Font.Bold : Font.Normal
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            // The item's last result.
            HallResultChart {
                visible: !view.voting && !view.speaking && view.hasResult
                result: view.hall.result
                u: view.u * 0.85
                compact: true
                Layout.fillWidth: true
            }

            // What comes next.
            ColumnLayout {
                objectName: "hallUpcoming"
                visible: !view.voting && !view.speaking && !view.hasResult
                Layout.fillWidth: true
                spacing: view.u * 1.2

                Label {
                    text: view.hall.upcoming.length > 0 ? qsTr("Next on the agenda") : qsTr("End of the agenda")
                    color: HallWords.accent
                    font.pixelSize: view.u * 3.2
                    font.weight: Font.Black
                    font.capitalization: Font.AllUppercase
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: view.hall.upcoming
                    delegate: RowLayout {
                        id: nextRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: view.u * 1.2
                        Label {
                            text: nextRow.modelData.number + "."
                            color: HallWords.textMuted
                            font.pixelSize: view.u * 3
                            font.weight: Font.Bold
                            Layout.alignment: Qt.AlignTop
                        }
                        Label {
                            text: nextRow.modelData.title
                            color: HallWords.text
                            font.pixelSize: view.u * 3
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            // Requests waiting, under the speaker or the list.
            Label {
                objectName: "hallWaitingSpeakers"
                visible: !view.voting && view.hall.waitingSpeakers > 0
                text: qsTr("%n delegate(s) waiting to speak", "", view.hall.waitingSpeakers)
                color: HallWords.textMuted
                font.pixelSize: view.u * 3
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: view.u
            }
        }
    }

    // On a portrait screen the free space goes below, not between the item and the panel.
    Item {
        visible: !view.landscape
        Layout.fillHeight: true
        Layout.fillWidth: true
    }
}
