// A new version of a document: the file and why it replaces the current one
// (the reason is required and shown in the version trail to everyone who may
// read the document). Stays open while the file goes up, with its progress;
// the server's refusal is shown here.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PaperlessCouncil.Models

Dialog {
    id: dialog
    objectName: "deskReplaceDialog"
    required property DocumentDesk desk
    property var documentId: 0
    property string documentTitle: ""
    property string file: ""
    readonly property bool mine: desk.uploadTarget === dialog.documentId && dialog.documentId !== 0
    readonly property bool running: mine && (desk.uploadState === DocumentDesk.Hashing
                                             || desk.uploadState === DocumentDesk.Sending
                                             || desk.uploadState === DocumentDesk.Checking)

    function ask(documentId, title) {
        dialog.documentId = documentId
        dialog.documentTitle = title
        dialog.file = ""
        reasonField.text = ""
        desk.resetUpload()
        dialog.open()
    }

    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 620, 620)
    padding: 24
    topPadding: 16
    title: qsTr("Replace the version of “%1”").arg(dialog.documentTitle)

    FileDialog {
        id: picker
        title: qsTr("Choose the new version")
        nameFilters: [qsTr("Documents (*.pdf *.docx *.doc *.odt *.rtf)"), qsTr("All files (*)")]
        onAccepted: dialog.file = selectedFile.toString()
    }

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
            text: qsTr("The new version starts as a draft: it is sent for review and approved again before "
                       + "it is published. Delegates keep the published version until then.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            OutlineButton {
                objectName: "deskReplaceChoose"
                text: qsTr("Choose file…")
                enabled: !dialog.running
                onClicked: picker.open()
            }
            Label {
                text: dialog.file === "" ? qsTr("No file chosen") : dialog.desk.localPath(dialog.file).split("/").pop()
                color: dialog.file === "" ? Theme.textMuted : Theme.text
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        TextArea {
            id: reasonField
            objectName: "deskReplaceReason"
            enabled: !dialog.running
            placeholderText: qsTr("Why this version replaces the current one (required)")
            font.pixelSize: Theme.fontBase
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(88, implicitHeight)
        }
        ProgressBar {
            visible: dialog.running
            from: 0
            to: Math.max(1, dialog.desk.uploadTotal)
            value: dialog.desk.uploadSent
            indeterminate: dialog.desk.uploadState !== DocumentDesk.Sending
            Layout.fillWidth: true
        }
        Label {
            objectName: "deskReplaceError"
            visible: dialog.mine && dialog.desk.uploadState === DocumentDesk.Failed
            text: qsTr("Not replaced: %1").arg(dialog.desk.uploadError)
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: RowLayout {
        spacing: 12
        Item { Layout.fillWidth: true }
        OutlineButton {
            text: dialog.running ? qsTr("Stop upload") : qsTr("Go back")
            tone: dialog.running ? Theme.danger : Theme.primary
            Layout.bottomMargin: 20
            onClicked: {
                if (dialog.running)
                    dialog.desk.cancelUpload()
                else
                    dialog.close()
            }
        }
        OutlineButton {
            objectName: "deskReplaceConfirm"
            text: qsTr("Upload new version")
            enabled: !dialog.running && dialog.file !== "" && reasonField.text.trim() !== ""
            Layout.rightMargin: 24
            Layout.bottomMargin: 20
            onClicked: dialog.desk.replace(dialog.documentId, dialog.file, reasonField.text)
        }
    }
    Connections {
        target: dialog.desk
        function onUploaded(documentId) {
            if (dialog.opened && documentId === dialog.documentId)
                dialog.close()
        }
    }
}
