// One line of feedback under a form: the server's refusal or a check that
// failed (red), or what was just done (green). Hidden when there is nothing.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: message
    property string error: ""
    property string status: ""
    readonly property string shown: error !== "" ? error : status

    visible: shown !== ""
    implicitHeight: visible ? label.implicitHeight + 20 : 0
    radius: 10
    color: error !== "" ? Theme.dangerSoft : "#E6F4EA"
    border.color: error !== "" ? Theme.danger : Theme.online

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: 10
        text: message.shown
        color: message.error !== "" ? Theme.danger : "#1E6B30"
        font.pixelSize: Theme.fontBase
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
