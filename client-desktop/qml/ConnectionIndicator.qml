// The link to the server at a glance, in the header: green "online", amber
// pulsing "reconnecting", red "offline". Colour is never the only signal:
// the words are always there too.
import QtQuick
import QtQuick.Controls
import PaperlessCouncil.Models

Rectangle {
    id: indicator
    objectName: "connectionIndicator"
    required property int status
    property bool compact: false

    readonly property bool trying: status === AppController.Connecting || status === AppController.Reconnecting
    readonly property string label: {
        switch (status) {
        case AppController.Online:
            return qsTr("Online")
        case AppController.Connecting:
            return qsTr("Connecting…")
        case AppController.Reconnecting:
            return qsTr("Reconnecting…")
        default:
            return qsTr("Offline")
        }
    }

    implicitWidth: row.implicitWidth + 28
    implicitHeight: 40
    radius: height / 2
    color: status === AppController.Offline ? Theme.danger : Qt.rgba(1, 1, 1, 0.12)
    border.color: Qt.rgba(1, 1, 1, 0.35)
    border.width: 1

    Accessible.role: Accessible.Indicator
    Accessible.name: label

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 10

        Rectangle {
            id: dot
            width: 14
            height: 14
            radius: 7
            anchors.verticalCenter: parent.verticalCenter
            color: indicator.status === AppController.Online ? Theme.online
                 : indicator.status === AppController.Offline ? "white" : Theme.warning
            border.color: Qt.rgba(0, 0, 0, 0.15)

            SequentialAnimation on opacity {
                running: indicator.trying
                loops: Animation.Infinite
                alwaysRunToEnd: true
                NumberAnimation { to: 0.25; duration: 650; easing.type: Easing.InOutQuad }
                NumberAnimation { to: 1.0; duration: 650; easing.type: Easing.InOutQuad }
            }
        }
        Label {
            objectName: "connectionLabel"
            text: indicator.label
            color: "white"
            font.pixelSize: 16
            font.weight: Font.DemiBold
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
