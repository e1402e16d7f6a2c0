// The app's mark: a page with text lines and a check, drawn with plain
// rectangles so it needs no image plugin and stays sharp at any scale.
import QtQuick

Item {
    id: emblem
    property real size: 72
    property color tint: Theme.primary
    property color paper: "white"

    implicitWidth: size
    implicitHeight: size

    Rectangle {
        anchors.fill: parent
        radius: emblem.size * 0.22
        color: emblem.tint
    }
    Rectangle {
        id: sheet
        width: emblem.size * 0.48
        height: emblem.size * 0.6
        anchors.centerIn: parent
        radius: emblem.size * 0.05
        color: emblem.paper
        Column {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: emblem.size * 0.07
            spacing: emblem.size * 0.06
            Repeater {
                model: [1.0, 0.8, 1.0, 0.55]
                Rectangle {
                    required property real modelData
                    width: (sheet.width - emblem.size * 0.14) * modelData
                    height: Math.max(2, emblem.size * 0.035)
                    radius: height / 2
                    color: emblem.tint
                    opacity: 0.55
                }
            }
        }
    }
    Rectangle {
        width: emblem.size * 0.26
        height: width
        radius: width / 2
        color: "#F2B705"
        border.color: emblem.tint
        border.width: Math.max(2, emblem.size * 0.03)
        x: sheet.x + sheet.width - width * 0.6
        y: sheet.y + sheet.height - height * 0.6
    }
}
