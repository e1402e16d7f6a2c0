// The hall display (màn hình hội trường): a read-only, full-screen view for
// the projector, readable from the back of the hall — huge type, light on
// dark, nothing to touch. The chair chooses what it shows (HallModel.mode);
// this page lays out the band on top (council, session, sitting, clock), the
// mode's view and, except in attendance mode, the quorum at the bottom.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "hallPage"
    required property AppController controller
    readonly property HallModel hall: controller.hall
    readonly property bool landscape: width >= height
    // The size unit, from the window alone (1920×1080 → 10.8 px): the hall
    // screen is read from afar, and its sizes are chosen for that, not by
    // the text size a user picked for their own device.
    readonly property real u: Math.max(4, landscape ? Math.min(width, height * 1.6) / 160
                                                    : Math.min(width / 110, height / 160))
    readonly property bool online: controller.connectionStatus === AppController.Online
    signal leave()

    Material.theme: Material.Dark
    background: Rectangle { color: HallWords.background }

    // ---- The band on top ----
    Rectangle {
        id: band
        objectName: "hallBand"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: bandRow.implicitHeight + page.u * 3
        color: "#071628"

        RowLayout {
            id: bandRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: page.u * 3
            anchors.rightMargin: page.u * 1.5
            spacing: page.u * 2

            Emblem {
                size: page.u * 6
                tint: HallWords.accent
                paper: "#071628"
                visible: page.landscape
                Layout.alignment: Qt.AlignVCenter
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: page.u * 0.3
                Label {
                    objectName: "hallBodyName"
                    text: page.hall.bodyName || qsTr("Paperless Council")
                    color: HallWords.textMuted
                    font.pixelSize: page.u * 2.2
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "hallSessionTitle"
                    text: page.hall.sessionTitle || qsTr("No session is in progress.")
                    color: HallWords.text
                    font.pixelSize: page.u * 3.2
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            ColumnLayout {
                spacing: page.u * 0.2
                Layout.alignment: Qt.AlignVCenter
                Label {
                    objectName: "hallClock"
                    text: Qt.formatTime(clock.now, "HH:mm")
                    color: HallWords.text
                    font.pixelSize: page.u * 5
                    font.weight: Font.Bold
                    Layout.alignment: Qt.AlignRight
                }
                Label {
                    objectName: "hallSitting"
                    visible: page.hall.sittingTitle !== ""
                    text: [page.hall.sittingTitle, page.hall.sittingDate].filter(t => t !== "").join(" · ")
                    color: HallWords.textMuted
                    font.pixelSize: page.u * 2
                    Layout.alignment: Qt.AlignRight
                }
            }
            ToolButton {
                id: menuButton
                objectName: "hallMenuButton"
                // Three dots drawn, not a glyph: every font has rectangles.
                contentItem: Item {
                    Column {
                        anchors.centerIn: parent
                        spacing: Math.max(3, page.u * 0.45)
                        Repeater {
                            model: 3
                            delegate: Rectangle {
                                width: Math.max(6, page.u * 0.75)
                                height: width
                                radius: width / 2
                                color: HallWords.textMuted
                            }
                        }
                    }
                }
                opacity: hovered || hallMenu.visible ? 1.0 : 0.6
                Layout.preferredWidth: Math.max(Theme.touch, page.u * 5)
                Layout.preferredHeight: Math.max(Theme.touch, page.u * 5)
                Accessible.name: qsTr("Menu")
                onClicked: hallMenu.open()

                Menu {
                    id: hallMenu
                    objectName: "hallMenu"
                    y: menuButton.height
                    x: menuButton.width - width
                    MenuItem {
                        objectName: "hallExitItem"
                        visible: !page.hall.displayOnly
                        height: visible ? implicitHeight : 0
                        text: qsTr("Leave the hall display")
                        onTriggered: page.leave()
                    }
                    MenuItem {
                        objectName: "hallFullScreenItem"
                        text: page.Window.window && page.Window.window.visibility === Window.FullScreen
                              ? qsTr("Leave full screen") : qsTr("Full screen")
                        onTriggered: {
                            const w = page.Window.window
                            w.visibility = w.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
                        }
                    }
                    MenuItem {
                        // The other language, named in its own words.
                        objectName: "hallLanguageItem"
                        text: page.controller.preferences.language === "vi" ? "English" : "Tiếng Việt"
                        onTriggered: page.controller.preferences.language =
                                     page.controller.preferences.language === "vi" ? "en" : "vi"
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "hallLogoutItem"
                        text: qsTr("Log out")
                        onTriggered: page.controller.logout()
                    }
                }
            }
        }
    }

    // The link to the server: said only when it is not there, the screen
    // would otherwise show old numbers as if they were live.
    Rectangle {
        id: offline
        objectName: "hallOffline"
        visible: !page.online
        anchors.top: band.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        height: offlineText.implicitHeight + page.u
        color: Theme.danger
        Label {
            id: offlineText
            anchors.centerIn: parent
            width: parent.width - 2 * page.u
            text: qsTr("Not connected to the server: what you see may be out of date. Reconnecting…")
            color: "white"
            font.pixelSize: page.u * 1.8
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    // ---- The mode's view ----
    Item {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: offline.visible ? offline.bottom : band.bottom
        anchors.topMargin: page.u * 3
        anchors.bottom: footer.visible ? footer.top : parent.bottom
        anchors.bottomMargin: page.u * 2.5
        anchors.leftMargin: page.u * 4
        anchors.rightMargin: page.u * 4

        Loader {
            id: modeView
            objectName: "hallModeView"
            anchors.fill: parent
            sourceComponent: {
                switch (page.hall.mode) {
                case "attendance":
                    return attendanceView
                case "result":
                    return page.hall.result.roundId !== undefined ? resultView : agendaView
                case "document":
                    return documentView
                default:
                    return agendaView
                }
            }
        }
    }

    Component {
        id: agendaView
        HallAgendaView {
            hall: page.hall
            u: page.u
            landscape: page.landscape
        }
    }
    Component {
        id: attendanceView
        HallAttendanceView {
            hall: page.hall
            u: page.u
            landscape: page.landscape
        }
    }
    Component {
        id: documentView
        HallDocumentView {
            hall: page.hall
            documents: page.controller.documents
            u: page.u
            landscape: page.landscape
        }
    }
    Component {
        id: resultView
        ColumnLayout {
            objectName: "hallResultView"
            spacing: page.u * 1.6
            Label {
                text: qsTr("Result of the vote")
                color: HallWords.accent
                font.pixelSize: page.u * 3.2
                font.weight: Font.Black
                font.capitalization: Font.AllUppercase
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "hallResultQuestion"
                text: page.hall.result.roundNo > 1
                      ? qsTr("%1 (round %2)").arg(page.hall.result.question).arg(page.hall.result.roundNo)
                      : page.hall.result.question
                color: HallWords.text
                font.pixelSize: page.u * 4
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            HallResultChart {
                result: page.hall.result
                u: page.u
                wide: page.landscape
                Layout.fillWidth: true
                Layout.topMargin: page.u
            }
            Item { Layout.fillHeight: true }
        }
    }

    // ---- Quorum at the bottom ----
    Rectangle {
        id: footer
        objectName: "hallFooter"
        readonly property var quorum: page.hall.quorum
        // Attendance and results show the present count themselves.
        visible: page.hall.mode !== "attendance" && modeView.sourceComponent !== resultView
                 && quorum.total !== undefined
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: footerRow.implicitHeight + page.u * 2
        color: "#071628"

        RowLayout {
            id: footerRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: page.u * 4
            anchors.rightMargin: page.u * 4
            spacing: page.u * 2
            Label {
                objectName: "hallFooterPresent"
                text: qsTr("Delegates present: %1 / %2").arg(footer.quorum.present).arg(footer.quorum.total)
                color: HallWords.text
                font.pixelSize: page.u * 3
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                objectName: "hallFooterQuorum"
                implicitWidth: footerQuorum.implicitWidth + page.u * 3
                implicitHeight: footerQuorum.implicitHeight + page.u
                radius: height / 2
                color: footer.quorum.reached ? HallWords.passed : HallWords.failed
                Label {
                    id: footerQuorum
                    anchors.centerIn: parent
                    text: footer.quorum.reached ? qsTr("Quorum reached") : qsTr("No quorum yet")
                    color: "white"
                    font.pixelSize: page.u * 2.8
                    font.weight: Font.Bold
                }
            }
        }
    }

    QtObject {
        id: clock
        property date now: new Date()
    }
    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: clock.now = new Date()
    }
}
