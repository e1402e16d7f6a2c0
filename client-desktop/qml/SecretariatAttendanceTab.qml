// Attendance of a sitting as the secretariat corrects it: each delegate with
// the status and how it was recorded, and a change with its reason (the
// reason is required and goes into the minutes).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Item {
    id: tab
    required property SecretariatController secretariat
    property bool wide: true
    readonly property AttendanceOverrideModel attendance: secretariat.attendance
    readonly property var sittings: secretariat.editor.sittings
    readonly property var statuses: ["present", "late", "absent", "excused"]

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        GridLayout {
            columns: tab.wide ? 3 : 1
            columnSpacing: 16
            rowSpacing: 8
            Layout.fillWidth: true
            Label {
                text: qsTr("Sitting")
                font.pixelSize: Theme.fontBase
                color: Theme.text
            }
            ComboBox {
                id: sittingBox
                model: tab.sittings
                textRole: "title"
                valueRole: "id"
                font.pixelSize: Theme.fontBase
                currentIndex: {
                    for (let i = 0; i < tab.sittings.length; ++i)
                        if (tab.sittings[i].id === tab.attendance.sittingId)
                            return i
                    return -1
                }
                onActivated: index => tab.attendance.sittingId = tab.sittings[index].id
                Layout.fillWidth: true
                Layout.minimumWidth: 240
            }
            Label {
                visible: tab.attendance.known
                text: qsTr("Present %1 of %2 delegates, %3 needed: %4")
                        .arg(tab.attendance.present).arg(tab.attendance.total).arg(tab.attendance.required)
                        .arg(tab.attendance.quorumReached ? qsTr("quorum reached") : qsTr("no quorum"))
                font.pixelSize: Theme.fontBase
                font.weight: Font.DemiBold
                color: tab.attendance.quorumReached ? "#1E6B30" : Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            visible: tab.sittings.length === 0
            text: qsTr("The session has no sitting yet: add one under “Session & agenda”.")
            font.pixelSize: Theme.fontBase
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SecretariatMessage {
            error: tab.attendance.errorMessage
            status: tab.attendance.statusMessage
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "attendanceList"
            model: tab.attendance
            clip: true
            spacing: 6
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: entry
                required property var memberId
                required property string fullName
                required property string seat
                required property string status
                required property string statusText
                required property string methodText
                required property string reason
                required property bool online
                width: list.width
                implicitHeight: entryGrid.implicitHeight + 16
                radius: 8
                color: Theme.card
                border.color: Theme.divider

                GridLayout {
                    id: entryGrid
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: 8
                    columns: tab.wide ? 4 : 3
                    columnSpacing: 8
                    rowSpacing: 4

                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        Layout.columnSpan: tab.wide ? 1 : 3
                        Label {
                            text: entry.fullName + (entry.seat !== "" ? "  ·  " + qsTr("seat %1").arg(entry.seat) : "")
                            font.pixelSize: Theme.fontBase
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: [entry.statusText, entry.methodText, entry.reason].filter(s => s !== "").join(" · ")
                            font.pixelSize: Theme.fontSmall
                            color: entry.status === "present" || entry.status === "late" ? "#1E6B30" : Theme.textMuted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    ComboBox {
                        id: statusBox
                        model: tab.statuses
                        currentIndex: Math.max(0, tab.statuses.indexOf(entry.status))
                        displayText: tab.attendance.statusText(currentValue)
                        font.pixelSize: Theme.fontSmall
                        Layout.preferredWidth: tab.wide ? 180 : 160
                        delegate: ItemDelegate {
                            required property string modelData
                            width: statusBox.width
                            text: tab.attendance.statusText(modelData)
                            font.pixelSize: Theme.fontBase
                        }
                    }
                    TextField {
                        id: reasonField
                        placeholderText: qsTr("Reason (required)")
                        font.pixelSize: Theme.fontSmall
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        Layout.columnSpan: 1
                    }
                    OutlineButton {
                        text: qsTr("Set")
                        enabled: !tab.attendance.busy && reasonField.text.trim() !== ""
                        onClicked: {
                            tab.attendance.setStatus(entry.memberId, tab.statuses[statusBox.currentIndex],
                                                     reasonField.text)
                            reasonField.text = ""
                        }
                    }
                }
            }
        }
    }
}
