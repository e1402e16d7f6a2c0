// Log in to a council server: its address, the user name and the password.
// The password is turned into a login key on this device (see the protocol),
// which the footnote tells the user in plain words.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "loginPage"
    required property AppController controller

    function submit() {
        page.controller.login(serverField.text, userField.text, passwordField.text)
    }

    background: Rectangle {
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.primary }
            GradientStop { position: 1.0; color: Theme.primaryDark }
        }
    }

    Component.onCompleted: {
        if (serverField.text === "")
            serverField.forceActiveFocus()
        else if (userField.text === "")
            userField.forceActiveFocus()
        else
            passwordField.forceActiveFocus()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.height + 64)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        Pane {
            id: card
            objectName: "loginCard"
            width: Math.min(flick.width - 32, 560)
            x: (flick.width - width) / 2
            y: Math.max(32, (flick.height - height) / 2)
            // Short windows (a laptop with its taskbar) keep the button in view.
            padding: page.height < 800 ? 24 : 36
            background: Rectangle {
                radius: 18
                color: Theme.card
            }

            ColumnLayout {
                width: card.availableWidth
                spacing: 6

                Emblem {
                    size: page.height < 800 ? 56 : 76
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: 10
                }
                Label {
                    objectName: "loginTitle"
                    text: qsTr("Paperless Council")
                    font.pixelSize: 30
                    font.weight: Font.Bold
                    color: Theme.primary
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Log in to take part in council sessions.")
                    color: Theme.textMuted
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.bottomMargin: 18
                }

                Label {
                    text: qsTr("Server address or join code")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: serverField
                    objectName: "serverField"
                    text: page.controller.serverUrl
                    placeholderText: qsTr("ws://192.168.1.10:8765 or council:…")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    enabled: !page.controller.busy
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    Layout.bottomMargin: 10
                    Accessible.name: qsTr("Server address or join code")
                    onAccepted: userField.forceActiveFocus()
                    // A pasted or scanned join code (council:ws://…#body=…&key=…)
                    // becomes its address here; its trust key is pinned at login.
                    onTextEdited: {
                        // Whole codes only (a paste, a scan): no error for each key typed on the way.
                        if (/^\s*council:\S+#\S*key=[A-Za-z0-9_\-]{40,}/i.test(text)) {
                            if (page.controller.useJoinCode(text)) {
                                text = page.controller.serverUrl
                                if (userField.text === "")
                                    userField.forceActiveFocus()
                            }
                        } else if (page.controller.joinFingerprint !== "" && text !== page.controller.serverUrl) {
                            page.controller.forgetJoinCode()
                        }
                    }
                }
                Rectangle {
                    objectName: "joinBox"
                    visible: page.controller.joinFingerprint !== ""
                    color: "#E8F4EC"
                    border.color: Theme.online
                    radius: 10
                    Layout.fillWidth: true
                    Layout.bottomMargin: 10
                    implicitHeight: joinColumn.implicitHeight + 20

                    ColumnLayout {
                        id: joinColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 2
                        Label {
                            objectName: "joinLabel"
                            text: qsTr("Join code accepted. This device will trust the council's key:")
                            color: "#1B5E2E"
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "joinFingerprint"
                            text: page.controller.joinFingerprint
                            color: Theme.text
                            font.family: "monospace"
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                Label {
                    text: qsTr("User name")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: userField
                    objectName: "userField"
                    text: page.controller.userName
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    enabled: !page.controller.busy
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    Layout.bottomMargin: 10
                    Accessible.name: qsTr("User name")
                    onAccepted: passwordField.forceActiveFocus()
                }

                Label {
                    text: qsTr("Password")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: passwordField
                    objectName: "passwordField"
                    echoMode: showPassword.checked ? TextInput.Normal : TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    enabled: !page.controller.busy
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Password")
                    onAccepted: page.submit()
                }
                CheckBox {
                    id: showPassword
                    objectName: "showPassword"
                    text: qsTr("Show password")
                    Layout.leftMargin: -8
                }

                Rectangle {
                    objectName: "errorBox"
                    visible: page.controller.errorMessage !== ""
                    color: Theme.dangerSoft
                    border.color: Theme.danger
                    radius: 10
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    implicitHeight: errorLabel.implicitHeight + 24

                    Label {
                        id: errorLabel
                        objectName: "errorLabel"
                        anchors.fill: parent
                        anchors.margins: 12
                        text: page.controller.errorMessage
                        color: Theme.danger
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }

                PrimaryButton {
                    id: loginButton
                    objectName: "loginButton"
                    text: page.controller.busy ? qsTr("Logging in…") : qsTr("Log in")
                    enabled: !page.controller.busy
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    Layout.topMargin: 10
                    onClicked: page.submit()
                }
                BusyIndicator {
                    running: page.controller.busy
                    visible: running
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: qsTr("Your password never leaves this device.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                }
            }
        }
    }
}
