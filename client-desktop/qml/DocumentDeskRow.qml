// One document on the desk: its title, state, kind, version and agenda item,
// why it was rejected, replaced or withdrawn, and the steps this account may
// take from its state (the server checks each again).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: row
    required property int index
    required property var documentId
    required property string title
    required property string kindText
    required property string docState
    required property string stateText
    required property string itemTitle
    required property var version
    required property var pages
    required property string sizeText
    required property string rejectReason
    required property string replaceReason
    required property string withdrawReason
    required property string updatedAt
    required property string uploadedBy
    property bool canPrepare: false
    property bool canReview: false
    property bool busy: false

    signal read()
    signal review()
    signal submit()
    signal reject()
    signal publish()
    signal replace()
    signal withdraw()

    objectName: "deskRow" + index
    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.card
    border.color: row.docState === "submitted" && row.canReview ? Theme.currentBorder : Theme.divider
    border.width: row.docState === "submitted" && row.canReview ? 2 : 1

    function stateColor(s) {
        return s === "draft" ? "#E7ECF2" : s === "submitted" ? Theme.current
             : s === "approved" ? "#E0F2E5" : s === "rejected" ? Theme.dangerSoft
             : s === "published" ? "#DDE8F6" : "#ECECEC"
    }
    function stateTextColor(s) {
        return s === "submitted" ? Theme.currentText : s === "approved" ? "#1E6B31"
             : s === "rejected" ? Theme.danger : s === "published" ? Theme.primary : Theme.textMuted
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 16
        spacing: 8

        Flow {
            Layout.fillWidth: true
            spacing: 8
            Chip {
                objectName: "deskRowState"
                text: row.stateText
                color: row.stateColor(row.docState)
                textColor: row.stateTextColor(row.docState)
                strong: true
            }
            Chip { text: row.kindText }
            Chip { text: qsTr("Version %1").arg(row.version) }
        }
        Label {
            objectName: "deskRowTitle"
            text: row.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: row.itemTitle !== ""
            text: qsTr("Item: %1").arg(row.itemTitle)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: [qsTr("%n page(s)", "", row.pages), row.sizeText,
                   row.uploadedBy !== "" ? qsTr("uploaded by %1").arg(row.uploadedBy) : "",
                   row.updatedAt !== "" ? qsTr("changed %1").arg(row.updatedAt) : ""]
                  .filter(function (s) { return s !== "" }).join("  ·  ")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Why: a rejection, a replacement, a withdrawal.
        Label {
            objectName: "deskRowRejectReason"
            visible: row.rejectReason !== ""
            text: qsTr("Rejected: %1").arg(row.rejectReason)
            color: Theme.danger
            font.pixelSize: Theme.fontBase
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: row.replaceReason !== ""
            text: qsTr("Why version %1: %2").arg(row.version).arg(row.replaceReason)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: row.withdrawReason !== ""
            text: qsTr("Withdrawn: %1").arg(row.withdrawReason)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Flow {
            objectName: "deskRowActions"
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 10
            OutlineButton {
                objectName: "deskRead"
                visible: !(row.canReview && row.docState === "submitted")
                text: qsTr("Read")
                onClicked: row.read()
            }
            PrimaryButton {
                objectName: "deskReview"
                visible: row.canReview && row.docState === "submitted"
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                text: qsTr("Review and approve")
                onClicked: row.review()
            }
            OutlineButton {
                objectName: "deskReject"
                visible: row.canReview && row.docState === "submitted"
                tone: Theme.danger
                text: qsTr("Reject")
                enabled: !row.busy
                onClicked: row.reject()
            }
            PrimaryButton {
                objectName: "deskSubmit"
                visible: row.canPrepare && row.docState === "draft"
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                text: qsTr("Send for review")
                enabled: !row.busy
                onClicked: row.submit()
            }
            PrimaryButton {
                objectName: "deskPublish"
                visible: row.canPrepare && (row.docState === "approved" || row.docState === "withdrawn")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                text: row.docState === "withdrawn" ? qsTr("Publish again") : qsTr("Publish")
                enabled: !row.busy
                onClicked: row.publish()
            }
            OutlineButton {
                objectName: "deskReplace"
                visible: row.canPrepare && row.docState !== "submitted"
                text: qsTr("Replace version")
                enabled: !row.busy
                onClicked: row.replace()
            }
            OutlineButton {
                objectName: "deskWithdraw"
                visible: row.canPrepare && row.docState === "published"
                tone: Theme.danger
                text: qsTr("Withdraw")
                enabled: !row.busy
                onClicked: row.withdraw()
            }
        }
    }
}
