// A secondary action beside a PrimaryButton ("Gửi mã", "Chọn lại"): white
// with a dark frame, as tall as a finger needs. Plain rectangles, so it looks
// the same with the software renderer.
import QtQuick
import QtQuick.Controls

Button {
    id: button
    property color tone: Theme.primary

    implicitHeight: Theme.touch
    font.pixelSize: Theme.fontBase
    font.weight: Font.Bold

    contentItem: Label {
        text: button.text
        font: button.font
        color: button.enabled ? button.tone : "#7D8CA1"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: 12
        color: button.down ? Theme.cardPressed : "white"
        border.color: !button.enabled ? "#B8C2CE" : button.visualFocus ? Theme.warning : button.tone
        border.width: 2
    }
}
