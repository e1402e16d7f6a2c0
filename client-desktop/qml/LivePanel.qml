// The live sitting on the agenda page, from a delegate's seat: the vote on
// top whenever there is one (it is what matters most at that moment), then
// attendance and speaking side by side when there is room. It scrolls inside
// itself when the window is too short, so the vote's buttons stay at the top.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Item {
    id: panel
    objectName: "livePanel"
    required property AppController controller
    readonly property SittingController sitting: controller.sitting
    readonly property SpeakerController speakers: controller.speakers
    readonly property VoteController votes: controller.votes
    readonly property bool online: controller.connectionStatus === AppController.Online
    readonly property bool twoColumns: width >= 700

    implicitHeight: content.implicitHeight
    implicitWidth: 400

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight
        clip: contentHeight > height
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: flick.interactive ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: content
            width: flick.width
            spacing: 12

            VoteCard {
                visible: panel.votes.hasRound
                votes: panel.votes
                sitting: panel.sitting
                Layout.fillWidth: true
            }

            GridLayout {
                columns: panel.twoColumns ? 2 : 1
                columnSpacing: 12
                rowSpacing: 12
                Layout.fillWidth: true

                CheckInCard {
                    visible: panel.sitting.sittingId !== 0
                    sitting: panel.sitting
                    online: panel.online
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
                SpeakerCard {
                    speakers: panel.speakers
                    online: panel.online
                    compact: panel.votes.hasRound
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
    }

    // More below: the cards fade out at the edge instead of being cut, so
    // nobody mistakes a clipped button for the whole panel.
    Rectangle {
        visible: flick.interactive && flick.contentY + flick.height < flick.contentHeight - 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 36
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(0.933, 0.945, 0.961, 0) }
            GradientStop { position: 1.0; color: Theme.page }
        }
    }
}
