// One of the three big voting buttons (Tán thành / Không tán thành / Không
// biểu quyết). Each has its own colour AND its own sign, so nobody depends on
// colour alone; the delegate's current choice is marked with a thick frame
// and "✓ your choice". Drawn with plain rectangles (no Material shadow), so
// it renders the same with the software renderer.
import QtQuick
import QtQuick.Controls

Button {
    id: button
    property color tone: Theme.primary
    property string sign: ""
    // The delegate's recorded (or pending) choice is this one.
    property bool chosen: false
    // Another option is the chosen one: this button steps back a little.
    property bool muted: false

    // A fixed height whatever the width: the labels shrink to fit rather
    // than wrap, so the row of buttons never changes height under the
    // layout (which would make the layouts around it measure in a loop).
    implicitHeight: topPadding + bottomPadding + signLabel.height + textLabel.height + choiceLabel.height + 4
    implicitWidth: 200
    leftPadding: 10
    rightPadding: 10
    topPadding: 10
    bottomPadding: 10
    font.pixelSize: Theme.fontTitle + 2
    font.weight: Font.Bold
    Accessible.name: text

    contentItem: Column {
        spacing: 2
        Label {
            id: signLabel
            width: parent.width
            height: visible ? Math.ceil(Theme.fontTitle * 1.9) : 0
            visible: button.sign !== ""
            text: button.sign
            font.pixelSize: Theme.fontTitle + 12
            font.weight: Font.Bold
            color: "white"
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        Label {
            id: textLabel
            width: parent.width
            height: Math.ceil(button.font.pixelSize * 1.45)
            text: button.text
            font: button.font
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall
            color: "white"
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        Label {
            id: choiceLabel
            width: parent.width
            height: Math.ceil(Theme.fontSmall * 1.45)
            // Kept in place when hidden: the button's height never changes.
            opacity: button.chosen ? 1 : 0
            text: qsTr("✓ your choice")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            color: "white"
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
    background: Rectangle {
        radius: 14
        color: !button.enabled ? "#9AA5B1" : button.down ? Qt.darker(button.tone, 1.25) : button.tone
        opacity: button.muted ? 0.7 : 1.0
        border.width: button.chosen ? 5 : (button.visualFocus ? 3 : 0)
        border.color: button.chosen ? Theme.text : Theme.warning
    }
}
