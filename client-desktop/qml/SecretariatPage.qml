// The secretariat's console (thư ký kỳ họp): the whole job without the
// command line. Four parts, one tab each: the session and its agenda, the
// member list from CSV, attendance corrections and the hand count of a vote.
// It works on the session open in the app unless another one is chosen here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "secretariatPage"
    required property AppController controller
    property bool wide: true
    readonly property SecretariatController secretariat: controller.secretariat

    background: Rectangle {
        color: Theme.page
    }

    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + 24
        color: Theme.card
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
        ColumnLayout {
            id: headerColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 12
            anchors.leftMargin: 24
            anchors.rightMargin: 24
            spacing: 8

            GridLayout {
                columns: page.wide ? 3 : 1
                columnSpacing: 16
                rowSpacing: 6
                Layout.fillWidth: true
                Label {
                    text: qsTr("Secretariat")
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    color: Theme.primary
                }
                ComboBox {
                    id: sessionBox
                    objectName: "secretariatSessionBox"
                    model: page.controller.sessions
                    textRole: "title"
                    valueRole: "sessionId"
                    font.pixelSize: Theme.fontBase
                    displayText: page.secretariat.sessionId === 0 ? qsTr("New session")
                                 : (page.secretariat.editor.session.title || currentText)
                    currentIndex: indexOfValue(page.secretariat.sessionId)
                    onActivated: index => page.secretariat.sessionId = valueAt(index)
                    Layout.fillWidth: true
                    Layout.minimumWidth: 200
                }
                Label {
                    visible: !page.secretariat.canManage
                    text: qsTr("Your account is not a secretary of this council: the server will refuse changes.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.maximumWidth: page.wide ? 420 : -1
                }
            }
            TabBar {
                id: tabs
                objectName: "secretariatTabs"
                // The row takes the page's width and shares it out evenly; the
                // labels wrap inside their share, so no width comes back up
                // from them (that would be a binding loop).
                implicitWidth: 0
                spacing: 0
                Layout.fillWidth: true
                Repeater {
                    model: [qsTr("Session & agenda"), qsTr("Members (CSV import)"), qsTr("Attendance"),
                        qsTr("Hand count")]
                    delegate: TabButton {
                        id: tabButton
                        required property string modelData
                        width: tabs.availableWidth / 4
                        text: modelData
                        font.pixelSize: page.wide ? Theme.fontBase : Theme.fontSmall
                        contentItem: Label {
                            text: tabButton.text
                            font: tabButton.font
                            color: tabButton.checked ? Theme.primary : Theme.textMuted
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        SecretariatSessionTab {
            secretariat: page.secretariat
            wide: page.wide
        }
        SecretariatImportTab {
            secretariat: page.secretariat
            wide: page.wide
        }
        SecretariatAttendanceTab {
            secretariat: page.secretariat
            wide: page.wide
        }
        SecretariatHandCountTab {
            secretariat: page.secretariat
            wide: page.wide
        }
    }
}
