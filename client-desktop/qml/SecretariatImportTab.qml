// The member list from a spreadsheet: choose a CSV file, see what the server
// would import line by line (bad lines in red, with the reason), and import
// only when no line is wrong.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PaperlessCouncil.Models

Item {
    id: tab
    required property SecretariatController secretariat
    property bool wide: true
    readonly property MemberImportModel members: secretariat.members

    FileDialog {
        id: fileDialog
        title: qsTr("Choose the member list (CSV)")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: tab.members.previewFile(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        Label {
            text: qsTr("A UTF-8 CSV file with a header line: name, functions, group, seat, username (or họ tên, chức năng, tổ, ghế, tài khoản). Several functions or groups in one cell are separated by “;”. Functions: delegate, chair, vice_chair, secretary, approver, display.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: 12
            Layout.fillWidth: true
            OutlineButton {
                objectName: "chooseCsvButton"
                text: qsTr("Choose CSV file…")
                enabled: !tab.members.busy
                onClicked: fileDialog.open()
            }
            PrimaryButton {
                objectName: "importButton"
                implicitHeight: Theme.touch
                text: tab.members.validCount > 0 ? qsTr("Import %n member(s)", "", tab.members.validCount)
                                                 : qsTr("Import")
                enabled: tab.members.canImport
                onClicked: tab.members.importMembers()
            }
            OutlineButton {
                visible: tab.members.hasPreview
                text: qsTr("Clear")
                onClicked: tab.members.clear()
            }
        }
        Label {
            visible: tab.members.hasPreview
            text: {
                const parts = [qsTr("%1: %n line(s)", "", tab.members.total).arg(tab.members.fileName || qsTr("Pasted text")),
                               qsTr("%n good", "", tab.members.validCount)]
                if (tab.members.errorCount > 0)
                    parts.push(qsTr("%n with errors — fix them in the file and choose it again; nothing is imported while a line is wrong", "", tab.members.errorCount))
                if (tab.members.warningCount > 0)
                    parts.push(qsTr("%n to check", "", tab.members.warningCount))
                if (tab.members.errorsTruncated)
                    parts.push(qsTr("only the first errors are listed"))
                return parts.join(" · ")
            }
            font.pixelSize: Theme.fontBase
            font.weight: Font.DemiBold
            color: tab.members.errorCount > 0 ? Theme.danger : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SecretariatMessage {
            error: tab.members.errorMessage
            status: tab.members.statusMessage
            Layout.fillWidth: true
        }
        BusyIndicator {
            visible: tab.members.busy
            running: visible
            Layout.alignment: Qt.AlignHCenter
        }

        ListView {
            id: preview
            objectName: "importPreview"
            model: tab.members
            clip: true
            spacing: 6
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: csvLine
                required property int index
                required property var line
                required property string name
                required property string functions
                required property string groups
                required property string seat
                required property string username
                required property string errorText
                required property bool isError
                required property string warning
                width: preview.width
                implicitHeight: lineColumn.implicitHeight + 16
                radius: 8
                color: isError ? Theme.dangerSoft : (warning !== "" ? Theme.current : Theme.card)
                border.color: isError ? Theme.danger : (warning !== "" ? Theme.currentBorder : Theme.divider)

                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 12
                    Label {
                        text: qsTr("Line %1").arg(csvLine.line)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        Layout.preferredWidth: 80
                        Layout.alignment: Qt.AlignTop
                    }
                    ColumnLayout {
                        id: lineColumn
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            visible: csvLine.name !== ""
                            text: csvLine.name
                            font.pixelSize: Theme.fontBase
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            readonly property string facts: [csvLine.functions,
                                csvLine.groups !== "" ? qsTr("group: %1").arg(csvLine.groups) : "",
                                csvLine.seat !== "" ? qsTr("seat %1").arg(csvLine.seat) : "",
                                csvLine.username !== "" ? qsTr("account %1").arg(csvLine.username) : ""]
                                .filter(s => s !== "").join(" · ")
                            visible: facts !== ""
                            text: facts
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: csvLine.isError || csvLine.warning !== ""
                            text: csvLine.isError ? csvLine.errorText : csvLine.warning
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: csvLine.isError ? Theme.danger : Theme.currentText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
