// Uploading a new document: a file from this computer (PDF, or Word/ODT/RTF
// that the server converts), its title, kind and agenda item; the bytes go
// up in chunks with a progress bar and can be stopped; the server checks the
// file and its refusal is shown in its words. The new document is a draft.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PaperlessCouncil.Models

Rectangle {
    id: panel
    objectName: "deskUploadPanel"
    required property DocumentDesk desk
    required property AgendaModel agenda
    property string file: ""
    readonly property bool running: desk.uploadState === DocumentDesk.Hashing
                                    || desk.uploadState === DocumentDesk.Sending
                                    || desk.uploadState === DocumentDesk.Checking
    readonly property bool forNew: desk.uploadTarget === 0

    implicitHeight: column.implicitHeight + 40
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.divider

    FileDialog {
        id: picker
        title: qsTr("Choose a document")
        nameFilters: [qsTr("Documents (*.pdf *.docx *.doc *.odt *.rtf)"), qsTr("All files (*)")]
        onAccepted: {
            panel.file = selectedFile.toString()
            if (titleField.text.trim() === "")
                titleField.text = panel.desk.titleFromFile(panel.file)
            panel.desk.resetUpload()
        }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 20
        spacing: 10

        Label {
            text: qsTr("Upload a document")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            OutlineButton {
                objectName: "deskChooseFile"
                text: panel.file === "" ? qsTr("Choose file…") : qsTr("Other file…")
                enabled: !panel.running
                onClicked: picker.open()
            }
            Label {
                objectName: "deskChosenFile"
                text: panel.file === "" ? qsTr("PDF, Word, ODT or RTF") : panel.desk.localPath(panel.file).split("/").pop()
                color: panel.file === "" ? Theme.textMuted : Theme.text
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        TextField {
            id: titleField
            objectName: "deskTitleField"
            placeholderText: qsTr("Title of the document")
            enabled: !panel.running
            font.pixelSize: Theme.fontBase
            Layout.fillWidth: true
        }
        ComboBox {
            id: kindBox
            objectName: "deskKindBox"
            enabled: !panel.running
            textRole: "text"
            valueRole: "value"
            model: [
                {value: "submission", text: qsTr("Submission")},
                {value: "resolution", text: qsTr("Draft resolution")},
                {value: "report", text: qsTr("Report")},
                {value: "other", text: qsTr("Other document")}
            ]
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 6
            Layout.fillWidth: true
            ComboBox {
                id: itemBox
                objectName: "deskItemBox"
                enabled: !panel.running
                model: panel.agenda
                textRole: "title"
                valueRole: "itemId"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("No agenda item (the session)") : currentText
                readonly property var chosen: currentIndex < 0 ? 0 : currentValue
                Layout.fillWidth: true
                delegate: ItemDelegate {
                    required property int index
                    required property string title
                    width: itemBox.width
                    contentItem: Label {
                        text: (index + 1) + ". " + title
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            ToolButton {
                objectName: "deskItemClear"
                visible: itemBox.currentIndex >= 0 && !panel.running
                text: "\u2715"
                Accessible.name: qsTr("No agenda item")
                onClicked: itemBox.currentIndex = -1
            }
        }

        // Progress while the bytes go up and the server checks them.
        ColumnLayout {
            visible: panel.running
            spacing: 6
            Layout.fillWidth: true
            ProgressBar {
                objectName: "deskUploadProgress"
                from: 0
                to: Math.max(1, panel.desk.uploadTotal)
                value: panel.desk.uploadSent
                indeterminate: panel.desk.uploadState !== DocumentDesk.Sending
                Layout.fillWidth: true
            }
            Label {
                objectName: "deskUploadStatus"
                text: panel.desk.uploadState === DocumentDesk.Hashing ? qsTr("Reading the file…")
                    : panel.desk.uploadState === DocumentDesk.Checking ? qsTr("The server checks the file…")
                    : qsTr("%1 of %2 sent").arg(Qt.locale().formattedDataSize(panel.desk.uploadSent))
                                             .arg(Qt.locale().formattedDataSize(panel.desk.uploadTotal))
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "deskUploadError"
            visible: panel.desk.uploadState === DocumentDesk.Failed && panel.forNew
            text: qsTr("Not uploaded: %1").arg(panel.desk.uploadError)
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: panel.desk.uploadState === DocumentDesk.Done && panel.forNew
            text: qsTr("Uploaded as a draft. Send it for review from the list.")
            color: "#1E6B31"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "deskUploadButton"
                visible: !panel.running
                text: qsTr("Upload")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                enabled: panel.file !== "" && titleField.text.trim() !== ""
                Layout.fillWidth: true
                onClicked: panel.desk.upload(panel.file, titleField.text, itemBox.chosen, kindBox.currentValue)
            }
            OutlineButton {
                objectName: "deskUploadCancel"
                visible: panel.running
                text: qsTr("Stop upload")
                tone: Theme.danger
                Layout.fillWidth: true
                onClicked: panel.desk.cancelUpload()
            }
        }
    }

    Connections {
        target: panel.desk
        function onUploaded() {
            if (panel.forNew) {
                panel.file = ""
                titleField.text = ""
            }
        }
    }
}
