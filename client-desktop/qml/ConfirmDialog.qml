// Asks before a step that cannot be taken back (ending or cancelling a vote,
// closing the sitting, deleting an agenda item or a sitting): says in plain
// words what will happen, and does it only on the explicit button. Plain rectangles for the
// buttons, so it looks the same with the software renderer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    objectName: "confirmDialog"
    // What will happen, in full sentences.
    property string message: ""
    property string confirmText: qsTr("Confirm")
    property bool dangerous: false
    // Run on confirmation; set by ask().
    property var action: null

    function ask(title, message, confirmText, dangerous, action) {
        dialog.title = title
        dialog.message = message
        dialog.confirmText = confirmText
        dialog.dangerous = dangerous
        dialog.action = action
        dialog.open()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 560, 560)
    padding: 24
    topPadding: 20

    background: Rectangle {
        radius: Theme.radius
        color: Theme.card
        border.color: dialog.dangerous ? Theme.danger : Theme.divider
        border.width: 2
    }

    header: Label {
        objectName: "confirmTitle"
        text: dialog.title
        padding: 24
        bottomPadding: 0
        color: dialog.dangerous ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }

    contentItem: Label {
        objectName: "confirmMessage"
        text: dialog.message
        color: Theme.text
        font.pixelSize: Theme.fontBase
        lineHeight: 1.15
        wrapMode: Text.Wrap
    }

    footer: RowLayout {
        spacing: 12
        Item { Layout.fillWidth: true }
        OutlineButton {
            objectName: "confirmCancel"
            text: qsTr("Go back")
            Layout.bottomMargin: 20
            onClicked: dialog.reject()
        }
        Button {
            id: confirmButton
            objectName: "confirmAccept"
            text: dialog.confirmText
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            font.weight: Font.Bold
            font.capitalization: Font.MixedCase
            Layout.rightMargin: 24
            Layout.bottomMargin: 20
            contentItem: Label {
                text: confirmButton.text
                font: confirmButton.font
                color: "white"
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
            }
            background: Rectangle {
                radius: 12
                color: dialog.dangerous ? (confirmButton.down ? "#8E1C1C" : Theme.danger)
                                        : (confirmButton.down ? Theme.primaryDark : Theme.primary)
            }
            onClicked: dialog.accept()
        }
    }

    onAccepted: {
        const run = dialog.action
        dialog.action = null
        if (run)
            run()
    }
    onRejected: dialog.action = null
}
