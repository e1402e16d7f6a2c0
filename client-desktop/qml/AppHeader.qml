// The bar on top of every page after login: back to the sessions, the app's
// name, the switcher between the account's consoles in the open session
// (delegate, chair, secretary, documents, hall display — only those its
// functions give it), the connection indicator and the account menu.
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
    readonly property ConsoleRoles roles: controller.roles
    // The consoles as buttons on the bar, or (narrow windows) one button with a menu.
    readonly property bool showSwitcher: showBack && roles.canSwitch
    readonly property bool segmented: showSwitcher && width >= 1100

    function consoleTitle(key) {
        switch (key) {
        case "delegate": return qsTr("Delegate")
        case "chair": return qsTr("Chair")
        case "secretary": return qsTr("Secretary")
        case "documents": return qsTr("Documents / Approval")
        case "hall": return qsTr("Hall display")
        }
        return key
    }
    function chooseConsole(key) {
        if (key === "hall")
            bar.controller.showHall(true)
        else
            bar.roles.current = key
    }

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
            visible: (!bar.showBack || !bar.compact) && !(bar.showSwitcher && bar.width < 1600)
            text: qsTr("Paperless Council")
            font.pixelSize: 22
            font.weight: Font.Bold
            color: "white"
        }

        Item {
            Layout.fillWidth: true
        }

        // The consoles side by side, the shown one filled in.
        Row {
            objectName: "consoleSwitcher"
            visible: bar.segmented
            spacing: 4
            Repeater {
                model: bar.segmented ? bar.roles.consoles : []
                delegate: Button {
                    id: segment
                    required property string modelData
                    objectName: "console_" + segment.modelData
                    readonly property bool chosen: segment.modelData === bar.roles.current
                    text: bar.consoleTitle(segment.modelData)
                    height: 48
                    font.pixelSize: Theme.fontSmall + 1
                    font.weight: Font.Bold
                    font.capitalization: Font.MixedCase
                    leftPadding: 16
                    rightPadding: 16
                    Accessible.name: qsTr("Show the %1 screen").arg(segment.text)
                    contentItem: Label {
                        text: segment.text
                        font: segment.font
                        color: segment.chosen ? Theme.primary : "white"
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: 10
                        color: segment.chosen ? "white" : segment.down ? Qt.rgba(1, 1, 1, 0.25)
                                                                      : Qt.rgba(1, 1, 1, 0.08)
                        border.color: Qt.rgba(1, 1, 1, 0.55)
                        border.width: segment.chosen ? 0 : 1
                    }
                    onClicked: bar.chooseConsole(segment.modelData)
                }
            }
        }

        // Narrow windows: the shown console's name opens the list.
        ToolButton {
            id: consoleMenuButton
            objectName: "consoleMenuButton"
            visible: bar.showSwitcher && !bar.segmented
            text: bar.consoleTitle(bar.roles.current) + "  \u25BE"
            font.pixelSize: Theme.fontBase
            font.weight: Font.Bold
            font.capitalization: Font.MixedCase
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Screen: %1. Choose another").arg(bar.consoleTitle(bar.roles.current))
            onClicked: consoleMenu.open()

            Menu {
                id: consoleMenu
                objectName: "consoleMenu"
                y: consoleMenuButton.height
                x: consoleMenuButton.width - width
                width: 300
                background: Rectangle {
                    implicitWidth: 300
                    radius: 8
                    color: Theme.card
                    border.color: Theme.divider
                }
                Instantiator {
                    model: bar.showSwitcher ? bar.roles.consoles : []
                    delegate: MenuItem {
                        id: entry
                        required property string modelData
                        objectName: "consoleItem_" + entry.modelData
                        height: Theme.touch
                        text: (entry.modelData === bar.roles.current ? "\u2713  " : "")
                              + bar.consoleTitle(entry.modelData)
                        onTriggered: bar.chooseConsole(entry.modelData)
                    }
                    onObjectAdded: (index, object) => consoleMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => consoleMenu.removeItem(object)
                }
            }
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
