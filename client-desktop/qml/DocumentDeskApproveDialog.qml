// Approving a version: the approver's password opens his signing key on this
// device (it is not sent to the server); the device then checks the approver
// list and the document's bytes and signs. Each step shows as it happens; a
// wrong password is said plainly and nothing is sent.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Dialog {
    id: dialog
    objectName: "deskApproveDialog"
    required property DocumentDesk desk
    property var documentId: 0
    property string documentTitle: ""
    property var version: 0
    readonly property bool working: desk.approvalStep !== ""

    function ask(documentId, title, version) {
        dialog.documentId = documentId
        dialog.documentTitle = title
        dialog.version = version
        passwordField.text = ""
        dialog.open()
        passwordField.forceActiveFocus()
    }
    function send() {
        if (passwordField.text === "" || dialog.working)
            return
        dialog.desk.approve(dialog.documentId, passwordField.text)
        passwordField.text = ""
    }

    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 600, 600)
    padding: 24
    topPadding: 16
    title: qsTr("Approve “%1”").arg(dialog.documentTitle)

    background: Rectangle {
        radius: Theme.radius
        color: Theme.card
        border.color: Theme.divider
        border.width: 2
    }
    header: Label {
        text: dialog.title
        padding: 24
        bottomPadding: 0
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }
    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: qsTr("You sign version %1 exactly as you read it, with your own signing key. Your password "
                       + "opens the key on this device; it is not sent to the server.").arg(dialog.version)
            color: Theme.text
            font.pixelSize: Theme.fontBase
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: passwordField
            objectName: "deskApprovePassword"
            echoMode: TextInput.Password
            placeholderText: qsTr("Your password")
            enabled: !dialog.working
            font.pixelSize: Theme.fontBase
            Layout.fillWidth: true
            onAccepted: dialog.send()
        }
        RowLayout {
            visible: dialog.working
            spacing: 10
            Layout.fillWidth: true
            BusyIndicator { running: dialog.working; Layout.preferredHeight: 36; Layout.preferredWidth: 36 }
            Label {
                objectName: "deskApproveStep"
                text: dialog.desk.approvalStep
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "deskApproveError"
            visible: !dialog.working && dialog.desk.approvalError !== "" && dialog.desk.approvingId === dialog.documentId
            text: dialog.desk.approvalError
            color: Theme.danger
            font.pixelSize: Theme.fontBase
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: RowLayout {
        spacing: 12
        Item { Layout.fillWidth: true }
        OutlineButton {
            text: dialog.working ? qsTr("Stop") : qsTr("Go back")
            Layout.bottomMargin: 20
            onClicked: {
                if (dialog.working)
                    dialog.desk.cancelApproval()
                else
                    dialog.close()
            }
        }
        PrimaryButton {
            objectName: "deskApproveConfirm"
            text: qsTr("Sign and approve")
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            enabled: !dialog.working && passwordField.text !== ""
            Layout.rightMargin: 24
            Layout.bottomMargin: 20
            onClicked: dialog.send()
        }
    }
    Connections {
        target: dialog.desk
        function onApproved(documentId) {
            if (documentId === dialog.documentId)
                dialog.close()
        }
    }
}
