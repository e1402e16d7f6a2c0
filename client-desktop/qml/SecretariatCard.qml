// A white card with a heading, the frame of each part of the secretariat's
// console. Its children go into a column under the heading.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: card
    property alias title: heading.text
    default property alias content: column.data

    implicitHeight: column.implicitHeight + heading.implicitHeight + 52
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.divider

    Label {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 20
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.text
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.margins: 20
        anchors.topMargin: 12
        spacing: 12
    }
}
