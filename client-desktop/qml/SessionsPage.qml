// The sessions (kỳ họp) of the councils the account belongs to, newest
// first. Tapping one opens its agenda.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "sessionsPage"
    required property AppController controller

    background: Rectangle {
        color: Theme.page
    }

    ListView {
        id: list
        objectName: "sessionList"
        anchors.fill: parent
        model: page.controller.sessions
        spacing: 14
        bottomMargin: 32
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        readonly property real columnWidth: Math.min(width - 40, Theme.contentMaxWidth)
        ScrollBar.vertical: ScrollBar {}

        header: Item {
            width: list.width
            height: heading.implicitHeight + 44
            ColumnLayout {
                id: heading
                width: list.columnWidth
                x: (list.width - width) / 2
                y: 28
                spacing: 4
                Label {
                    objectName: "sessionsHeading"
                    text: qsTr("Council sessions")
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: page.controller.displayName !== ""
                          ? qsTr("Welcome, %1. Choose a session to see its agenda.").arg(page.controller.displayName)
                          : qsTr("Choose a session to see its agenda.")
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        delegate: Item {
            id: row
            required property int index
            required property var sessionId
            required property string title
            required property string bodyName
            required property string location
            required property string dates
            required property string sessionState

            width: list.width
            height: card.height

            SessionCard {
                id: card
                objectName: "sessionCard" + row.index
                width: list.columnWidth
                x: (row.width - width) / 2
                sessionId: row.sessionId
                title: row.title
                bodyName: row.bodyName
                location: row.location
                dates: row.dates
                sessionState: row.sessionState
                onClicked: page.controller.openSession(row.sessionId)
            }
        }
    }

    // Nothing to list yet: say why, so an empty screen is never a puzzle.
    ColumnLayout {
        objectName: "sessionsEmpty"
        visible: list.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        spacing: 16

        BusyIndicator {
            running: !page.controller.synced && page.controller.connectionStatus !== AppController.Offline
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: page.controller.synced
                  ? qsTr("There are no sessions yet. They appear here as soon as the secretariat schedules them.")
                  : page.controller.connectionStatus === AppController.Offline
                    ? qsTr("Waiting for the server. The sessions appear as soon as the connection is back.")
                    : qsTr("Loading the sessions…")
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
