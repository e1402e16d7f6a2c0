// A small rounded label for states and kinds ("Đang họp", "Tờ trình").
import QtQuick
import QtQuick.Controls

Rectangle {
    id: chip
    property alias text: label.text
    property color textColor: Theme.text
    property bool strong: false

    implicitWidth: label.implicitWidth + 20
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: "#E7ECF2"

    Label {
        id: label
        anchors.centerIn: parent
        color: chip.textColor
        font.pixelSize: Theme.fontSmall
        font.weight: chip.strong ? Font.Bold : Font.DemiBold
    }
}
