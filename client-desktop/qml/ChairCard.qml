// One panel of the chair's console: a white card with a small capital
// caption and its contents in a column.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: card
    property string caption: ""
    property color captionColor: Theme.primary
    default property alias content: body.data

    implicitHeight: body.implicitHeight + 36
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.divider

    ColumnLayout {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 18
        spacing: 12

        Label {
            text: card.caption
            visible: text !== ""
            color: card.captionColor
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
