// Attendance and quorum at a glance: how many delegates are present out of
// the total in big figures, whether the sitting may proceed (and how many
// more are needed if not), who is absent and whose device has dropped off.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

ChairCard {
    id: card
    objectName: "chairQuorumCard"
    required property ChairController chair
    readonly property int missing: Math.max(0, chair.requiredCount - chair.presentCount)

    caption: qsTr("Attendance")

    Label {
        visible: !card.chair.attendanceKnown
        text: qsTr("Loading the attendance…")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // "31 / 40" with the words under it.
    RowLayout {
        objectName: "quorumFigures"
        visible: card.chair.attendanceKnown
        spacing: 16
        Layout.fillWidth: true
        Label {
            objectName: "presentFigure"
            text: card.chair.presentCount
            color: card.chair.quorumReached ? "#1B6E34" : Theme.danger
            font.pixelSize: Math.round(64 * Theme.fontScale)
            font.weight: Font.Bold
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                objectName: "presentOfTotal"
                text: qsTr("of %1 delegates present").arg(card.chair.delegateCount)
                color: Theme.text
                font.pixelSize: Theme.fontBase
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "requiredFigure"
                text: qsTr("%1 needed for the quorum").arg(card.chair.requiredCount)
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    Rectangle {
        objectName: "quorumState"
        visible: card.chair.attendanceKnown
        implicitHeight: quorumText.implicitHeight + 20
        radius: 12
        color: card.chair.quorumReached ? "#1B6E34" : Theme.danger
        Layout.fillWidth: true
        Label {
            id: quorumText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 12
            text: card.chair.quorumReached
                  ? "\u2713  " + qsTr("Quorum reached")
                  : "\u2717  " + qsTr("No quorum: %1 more delegate(s) needed").arg(card.missing)
            color: "white"
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    Label {
        objectName: "absentNames"
        visible: card.chair.attendanceKnown
        text: card.chair.absentNames.length === 0
              ? qsTr("Nobody is absent.")
              : qsTr("Absent (%1):").arg(card.chair.absentNames.length) + " "
                + card.chair.absentNames.join(", ")
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Rectangle {
        objectName: "droppedNames"
        visible: card.chair.attendanceKnown && card.chair.droppedNames.length > 0
        implicitHeight: droppedText.implicitHeight + 16
        radius: 10
        color: "#FFF4D6"
        border.color: Theme.warning
        Layout.fillWidth: true
        Label {
            id: droppedText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 10
            text: qsTr("Connection lost (%1):").arg(card.chair.droppedNames.length) + " "
                  + card.chair.droppedNames.join(", ")
            color: Theme.currentText
            wrapMode: Text.Wrap
        }
    }
}
