// Asks for a reason before a step the server records with one (rejecting a
// version, withdrawing a published document), saying first in plain words
// what will happen. Confirms only with a reason typed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    objectName: "deskReasonDialog"
    property string message: ""
    property string placeholder: qsTr("Reason")
    property string confirmText: qsTr("Confirm")
    property bool dangerous: false
    // Run with the reason on confirmation; set by ask().
    property var action: null

    function ask(title, message, placeholder, confirmText, dangerous, action) {
        dialog.title = title
        dialog.message = message
        dialog.placeholder = placeholder
        dialog.confirmText = confirmText
        dialog.dangerous = dangerous
        dialog.action = action
        reasonField.text = ""
        dialog.open()
        reasonField.forceActiveFocus()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 600, 600)
    padding: 24
    topPadding: 16

    background: Rectangle {
        radius: Theme.radius
        color: Theme.card
        border.color: dialog.dangerous ? Theme.danger : Theme.divider
        border.width: 2
    }
    header: Label {
        text: dialog.title
        padding: 24
        bottomPadding: 0
        color: dialog.dangerous ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }
    contentItem: ColumnLayout {
        spacing: 14
        Label {
            objectName: "deskReasonMessage"
            visible: text !== ""
            text: dialog.message
            color: Theme.text
            font.pixelSize: Theme.fontBase
            lineHeight: 1.15
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextArea {
            id: reasonField
            objectName: "deskReasonField"
            placeholderText: dialog.placeholder
            font.pixelSize: Theme.fontBase
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(96, implicitHeight)
        }
    }
    footer: RowLayout {
        spacing: 12
        Item { Layout.fillWidth: true }
        OutlineButton {
            text: qsTr("Go back")
            Layout.bottomMargin: 20
            onClicked: dialog.reject()
        }
        OutlineButton {
            objectName: "deskReasonConfirm"
            text: dialog.confirmText
            tone: dialog.dangerous ? Theme.danger : Theme.primary
            enabled: reasonField.text.trim() !== ""
            Layout.rightMargin: 24
            Layout.bottomMargin: 20
            onClicked: dialog.accept()
        }
    }
    onAccepted: {
        const run = dialog.action
        dialog.action = null
        if (run)
            run(reasonField.text.trim())
    }
    onRejected: dialog.action = null
}
