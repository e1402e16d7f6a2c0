// The one big action of a page ("Đăng nhập"). Drawn with a plain rectangle
// instead of Material's shadow effect: that effect needs a GPU shader and
// renders nothing with the software renderer (virtual machines, offscreen).
import QtQuick
import QtQuick.Controls

Button {
    id: button
    implicitHeight: 64
    font.pixelSize: 20
    font.weight: Font.Bold

    contentItem: Label {
        text: button.text
        font: button.font
        color: "white"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: 12
        color: !button.enabled ? "#7D8CA1" : button.down ? Theme.primaryDark : Theme.primary
        border.color: button.visualFocus ? Theme.warning : "transparent"
        border.width: 3
    }
}
