// The bar on top of every page after login: back to the sessions, the app's
// name, the connection indicator and the account menu.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PaperlessCouncil.Models

ToolBar {
    id: bar
    objectName: "appHeader"
    required property AppController controller
    property bool showBack: false
    property bool compact: false

    // Vietnamese names put the given name last; its first letter is what
    // people are called by, so it makes the avatar.
    function initial(name) {
        const words = name.trim().split(/\s+/)
        const last = words.length > 0 ? words[words.length - 1] : ""
        return last.length > 0 ? last.charAt(0).toUpperCase() : "?"
    }

    Material.background: Theme.primary
    Material.foreground: "white"
    implicitHeight: 68

    // A plain bar with a soft edge: Material's elevation shadow is a shader
    // effect that the software renderer cannot draw.
    background: Rectangle {
        color: Theme.primary
        Rectangle {
            anchors.top: parent.bottom
            width: parent.width
            height: 4
            gradient: Gradient {
                GradientStop { position: 0.0; color: Qt.rgba(0, 0, 0, 0.18) }
                GradientStop { position: 1.0; color: Qt.rgba(0, 0, 0, 0.0) }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 12
        spacing: 8

        ToolButton {
            id: backButton
            objectName: "backButton"
            visible: bar.showBack
            text: "\u2190  " + qsTr("Sessions")
            font.pixelSize: Theme.fontBase
            font.weight: Font.DemiBold
            font.capitalization: Font.MixedCase
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Back to the sessions")
            onClicked: bar.controller.closeSession()
        }

        Emblem {
            visible: !bar.showBack || !bar.compact
            size: 40
            tint: "white"
            paper: Theme.primary
            Layout.leftMargin: bar.showBack ? 4 : 8
        }

        Label {
            objectName: "appTitle"
            visible: !bar.showBack || !bar.compact
            text: qsTr("Paperless Council")
            font.pixelSize: 22
            font.weight: Font.Bold
            color: "white"
        }

        Item {
            Layout.fillWidth: true
        }

        ConnectionIndicator {
            status: bar.controller.connectionStatus
        }

        ToolButton {
            id: accountButton
            objectName: "accountButton"
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Account: %1").arg(bar.controller.displayName)
            onClicked: accountMenu.open()

            contentItem: RowLayout {
                spacing: 10
                Rectangle {
                    width: 38
                    height: 38
                    radius: 19
                    color: "white"
                    Label {
                        anchors.centerIn: parent
                        text: bar.initial(bar.controller.displayName || bar.controller.userName)
                        color: Theme.primary
                        font.pixelSize: 18
                        font.weight: Font.Bold
                    }
                }
                Label {
                    objectName: "accountName"
                    visible: !bar.compact
                    text: bar.controller.displayName || bar.controller.userName
                    color: "white"
                    font.pixelSize: 17
                }
            }

            Menu {
                id: accountMenu
                y: accountButton.height
                x: accountButton.width - width
                width: 320
                background: Rectangle {
                    implicitWidth: 320
                    radius: 8
                    color: Theme.card
                    border.color: Theme.divider
                }

                MenuItem {
                    enabled: false
                    contentItem: Column {
                        spacing: 2
                        Label {
                            width: parent.width
                            text: bar.controller.displayName || bar.controller.userName
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        Label {
                            width: parent.width
                            text: bar.controller.serverUrl
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WrapAnywhere
                            color: Theme.textMuted
                        }
                    }
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "hallItem"
                    visible: bar.controller.hall.hallStaff
                    height: visible ? Theme.touch : 0
                    text: qsTr("Hall display")
                    onTriggered: bar.controller.showHall(true)
                }
                MenuItem {
                    // Text size: a row of four "A"s, each its own size.
                    objectName: "fontSizeItem"
                    hoverEnabled: false
                    contentItem: ColumnLayout {
                        spacing: 6
                        Label {
                            text: qsTr("Text size")
                            color: Theme.text
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                        RowLayout {
                            spacing: 6
                            Repeater {
                                model: bar.controller.preferences.fontStepCount
                                delegate: Button {
                                    id: stepButton
                                    required property int index
                                    objectName: "fontStep" + stepButton.index
                                    readonly property bool chosen: bar.controller.preferences.fontStep === stepButton.index
                                    text: "A"
                                    font.pixelSize: 14 + stepButton.index * 5
                                    font.weight: Font.Bold
                                    // Plain rectangles: Material's raised button is a shader
                                    // effect the software renderer does not draw.
                                    contentItem: Label {
                                        text: stepButton.text
                                        font: stepButton.font
                                        color: stepButton.chosen ? "white" : Theme.text
                                        horizontalAlignment: Text.AlignHCenter
                                        verticalAlignment: Text.AlignVCenter
                                    }
                                    background: Rectangle {
                                        radius: 8
                                        color: stepButton.chosen ? Theme.primary
                                             : stepButton.down ? Theme.cardPressed : "transparent"
                                        border.color: stepButton.chosen ? Theme.primary : Theme.divider
                                    }
                                    Layout.preferredWidth: Theme.touch
                                    Layout.preferredHeight: Theme.touch
                                    Accessible.name: [qsTr("Small text"), qsTr("Normal text"), qsTr("Large text"),
                                                      qsTr("Extra large text")][stepButton.index] || ""
                                    onClicked: bar.controller.preferences.fontStep = stepButton.index
                                }
                            }
                        }
                    }
                }
                MenuItem {
                    // The other language, named in its own words.
                    objectName: "languageItem"
                    height: Theme.touch
                    text: bar.controller.preferences.language === "vi" ? "English" : "Tiếng Việt"
                    onTriggered: bar.controller.preferences.language =
                                 bar.controller.preferences.language === "vi" ? "en" : "vi"
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "logoutItem"
                    text: qsTr("Log out")
                    height: Theme.touch
                    onTriggered: bar.controller.logout()
                }
            }
        }
    }
}
