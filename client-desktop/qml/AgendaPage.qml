// The agenda (chương trình kỳ họp) of the selected session, grouped by
// sitting, with the item under discussion highlighted. When the chair moves
// on, the highlight moves and the list scrolls to it: delegates follow the
// chair without touching anything.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "agendaPage"
    required property AppController controller
    property bool wide: width >= 1100
    readonly property AgendaModel agenda: controller.agenda

    // Scroll so the current item sits in the middle, smoothly unless asked not to.
    function followChair(animated) {
        const row = page.agenda.currentIndex
        if (row < 0)
            return
        const from = list.contentY
        list.positionViewAtIndex(row, ListView.Center)
        const to = list.contentY
        if (animated && from !== to) {
            followAnimation.from = from
            followAnimation.to = to
            followAnimation.restart()
        }
    }

    background: Rectangle {
        color: Theme.page
    }

    Connections {
        target: page.agenda
        function onCurrentChanged() { Qt.callLater(page.followChair, true) }
    }
    Component.onCompleted: Qt.callLater(page.followChair, false)

    NumberAnimation {
        id: followAnimation
        target: list
        property: "contentY"
        duration: 450
        easing.type: Easing.InOutCubic
        // Rows far away had estimated heights when the target was computed;
        // now they exist, so settle on the exact place.
        onFinished: {
            if (page.agenda.currentIndex >= 0)
                list.positionViewAtIndex(page.agenda.currentIndex, ListView.Center)
        }
    }

    // Session facts on a white band under the header.
    Rectangle {
        id: band
        anchors.left: parent.left
        anchors.right: parent.right
        height: bandColumn.implicitHeight + 36
        color: Theme.card
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }

        ColumnLayout {
            id: bandColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 24
            anchors.rightMargin: sideDocumentsButton.visible ? sideDocumentsButton.width + 40 : 24
            spacing: 4

            Label {
                text: qsTr("Agenda")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "sessionHeading"
                text: page.controller.currentSessionTitle
                font.pixelSize: 26
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "sessionFacts"
                // Re-read when the session changes or is renamed.
                readonly property var session: {
                    page.controller.currentSessionTitle
                    return page.controller.sessions.get(page.controller.currentSessionId)
                }
                // Dates and the count never break inside; the place may wrap.
                function keepTogether(text) { return text.replace(/ /g, "\u00a0") }
                text: {
                    const parts = []
                    if (session.dates)
                        parts.push(keepTogether(session.dates))
                    if (session.location)
                        parts.push(session.location)
                    if (page.agenda.count > 0)
                        parts.push(keepTogether(qsTr("%n agenda item(s)", "", page.agenda.count)))
                    return parts.join("  ·  ")
                }
                visible: text !== ""
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // Every document of the session: under the facts when narrow, beside them when wide.
            OutlineButton {
                objectName: "sessionDocumentsButton"
                visible: !page.wide && page.controller.documents.count > 0
                text: qsTr("Documents of the session (%1)").arg(page.controller.documents.count)
                leftPadding: 20
                rightPadding: 20
                Layout.topMargin: 6
                onClicked: page.controller.documents.showList()
            }
        }
        OutlineButton {
            id: sideDocumentsButton
            objectName: "sessionDocumentsButton"
            visible: page.wide && page.controller.documents.count > 0
            anchors.right: parent.right
            anchors.rightMargin: 24
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Documents of the session (%1)").arg(page.controller.documents.count)
            leftPadding: 20
            rightPadding: 20
            onClicked: page.controller.documents.showList()
        }
    }

    GridLayout {
        anchors.top: band.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 20
        anchors.bottomMargin: 0
        columns: page.wide ? 2 : 1
        columnSpacing: 20
        rowSpacing: 16

        CurrentItemPanel {
            item: page.agenda.current
            itemCount: page.agenda.count
            roomy: page.wide
            Layout.row: 0
            Layout.column: page.wide ? 1 : 0
            Layout.rowSpan: page.wide ? 2 : 1
            Layout.preferredWidth: page.wide ? 400 : -1
            Layout.fillWidth: !page.wide
            Layout.alignment: Qt.AlignTop
            onShowInAgenda: page.followChair(true)
        }

        // Attendance, speaking and the vote: above the agenda list.
        LivePanel {
            controller: page.controller
            Layout.row: page.wide ? 0 : 1
            Layout.column: 0
            Layout.fillWidth: true
            Layout.maximumHeight: page.height * (page.wide ? 0.7 : 0.5)
        }

        ListView {
            id: list
            objectName: "agendaList"
            model: page.agenda
            spacing: 10
            clip: true
            bottomMargin: 24
            boundsBehavior: Flickable.StopAtBounds
            Layout.row: page.wide ? 1 : 2
            Layout.column: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            // A vote or a long queue must not squeeze the agenda to a sliver.
            Layout.minimumHeight: Math.min(220, page.height * 0.25)
            ScrollBar.vertical: ScrollBar {}

            section.property: "sittingSection"
            section.criteria: ViewSection.FullString
            section.delegate: Item {
                required property string section
                width: list.width
                height: sectionLabel.implicitHeight + 22
                Label {
                    id: sectionLabel
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 8
                    text: parent.section !== "" ? parent.section : qsTr("Not yet placed in a sitting")
                    color: Theme.primary
                    font.pixelSize: Theme.fontBase
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
            }

            delegate: AgendaItemCard {
                width: list.width - 14
                documents: page.controller.documents
            }
        }
    }

    Label {
        objectName: "agendaEmpty"
        visible: page.agenda.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        text: qsTr("This session has no agenda items yet.")
        color: Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
