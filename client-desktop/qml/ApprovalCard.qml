// The approval of the document being read, as this device checked it:
// "signature verified" with the approver and the date from the signed
// statement, or why it could not be verified, or "not approved yet". A
// document is never shown as approved on the server's word alone.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: card
    // ReaderController.info: approval, approvalText, approvalReason, approver, approvedAt, version, pages.
    property var info: ({})
    // One wrapped line instead of a card: the narrow layout's banner.
    property bool banner: false
    readonly property string state_: info.approval || "checking"
    readonly property bool verified: state_ === "verified"
    readonly property bool failed: state_ === "unverified"

    objectName: "approvalCard"
    implicitHeight: column.implicitHeight + (banner ? 16 : 28)
    radius: banner ? 0 : Theme.radius
    color: verified ? "#E3F3E7" : failed ? Theme.dangerSoft : "#EEF1F5"
    border.color: banner ? "transparent" : verified ? "#7CC08F" : failed ? "#E0A2A2" : Theme.divider

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: card.banner ? 20 : 16
        anchors.rightMargin: card.banner ? 20 : 16
        spacing: card.banner ? 2 : 6

        Label {
            objectName: "approvalState"
            text: (card.verified ? "\u2713  " : card.failed ? "\u26A0  " : "") + (card.info.approvalText || "")
                  + (card.banner && card.verified && card.info.approver
                     ? "  ·  " + qsTr("Approved by %1").arg(card.info.approver) + "  ·  " + card.info.approvedAt : "")
            font.pixelSize: card.banner ? Theme.fontSmall + 1 : Theme.fontBase
            font.weight: Font.Bold
            color: card.verified ? "#1B5E2E" : card.failed ? Theme.danger : Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "approverLabel"
            visible: !card.banner && card.verified
            text: qsTr("Approved by %1").arg(card.info.approver || "")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "approvedAtLabel"
            visible: !card.banner && card.verified && (card.info.approvedAt || "") !== ""
            text: qsTr("Approved on %1").arg(card.info.approvedAt || "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "approvalReason"
            visible: card.failed && (card.info.approvalReason || "") !== ""
            text: card.info.approvalReason || ""
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: !card.banner && card.info.version !== undefined
            text: qsTr("Version %1").arg(card.info.version || 0) + "  ·  "
                  + qsTr("%n page(s)", "", card.info.pages || 0)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
