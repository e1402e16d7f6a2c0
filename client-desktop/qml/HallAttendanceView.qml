// The hall in "attendance" mode: how many delegates are present against the
// quorum, the rotating six-digit check-in code with its QR code, and the join
// code a new device scans to find this server and trust its key.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

GridLayout {
    id: view
    objectName: "hallAttendanceView"
    required property HallModel hall
    required property real u
    required property bool landscape

    readonly property var quorum: hall.quorum
    readonly property bool known: quorum.total !== undefined
    // The QR codes as large as the height allows once the words around them
    // are placed: scanned from a seat, every module counts.
    readonly property real qrSide: Math.max(u * 12, landscape ? height - u * 34
                                                               : height - quorumPanel.implicitHeight - u * 38)

    columns: landscape ? 3 : 2
    columnSpacing: u * 3
    rowSpacing: u * 3

    // ---- Present and quorum ----
    ColumnLayout {
        id: quorumPanel
        objectName: "hallQuorumPanel"
        Layout.fillWidth: true
        Layout.columnSpan: view.landscape ? 1 : 2
        Layout.preferredWidth: view.landscape ? 10 : 1
        Layout.alignment: Qt.AlignTop
        spacing: view.u * 1.2

        Label {
            text: qsTr("Delegates present")
            color: HallWords.accent
            font.pixelSize: view.u * 3.4
            font.weight: Font.Black
            font.capitalization: Font.AllUppercase
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "hallPresentCount"
            text: view.known ? qsTr("%1 / %2").arg(view.quorum.present).arg(view.quorum.total) : "–"
            color: HallWords.text
            font.pixelSize: view.u * (view.landscape ? 14 : 11)
            font.weight: Font.Black
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            visible: view.known
            text: qsTr("%1 needed: %2").arg(view.quorum.required).arg(HallWords.quorumRuleText(view.quorum.rule))
            color: HallWords.textMuted
            font.pixelSize: view.u * 2.8
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "hallQuorumBadge"
            visible: view.known
            Layout.fillWidth: true
            implicitHeight: quorumText.implicitHeight + view.u * 2
            radius: view.u
            color: view.quorum.reached ? HallWords.passed : HallWords.failed
            Label {
                id: quorumText
                anchors.centerIn: parent
                width: parent.width - 2 * view.u
                text: view.quorum.reached ? qsTr("Quorum reached") : qsTr("No quorum yet")
                color: "white"
                font.pixelSize: view.u * 3.4
                font.weight: Font.Black
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }

    // ---- Check in ----
    Rectangle {
        objectName: "hallCheckInCard"
        Layout.fillWidth: true
        Layout.preferredWidth: view.landscape ? 9 : 1
        Layout.alignment: Qt.AlignTop
        implicitHeight: checkIn.implicitHeight + view.u * 4
        radius: view.u * 1.4
        color: HallWords.panel
        border.color: HallWords.accent
        border.width: Math.max(2, view.u * 0.25)

        ColumnLayout {
            id: checkIn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: view.u * 2
            spacing: view.u * 1.2

            Label {
                text: qsTr("Check in")
                color: HallWords.accent
                font.pixelSize: view.u * 2.8
                font.weight: Font.Black
                font.capitalization: Font.AllUppercase
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            QrCode {
                objectName: "hallCheckInQr"
                visible: view.hall.checkInQrSize > 0
                bits: view.hall.checkInQr
                modules: view.hall.checkInQrSize
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(checkIn.width, view.qrSide)
                Layout.preferredHeight: Layout.preferredWidth
            }
            Label {
                objectName: "hallCheckInCode"
                visible: view.hall.checkInCode !== ""
                // 482 913: two groups of three are easier to read from far away.
                text: view.hall.checkInCode.slice(0, 3) + "\u2009" + view.hall.checkInCode.slice(3)
                color: HallWords.text
                font.pixelSize: view.u * (view.landscape ? 10 : 9)
                font.weight: Font.Black
                font.letterSpacing: view.u * 0.5
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                objectName: "hallCheckInHint"
                text: view.hall.checkInCode !== ""
                      ? qsTr("Scan the code or type the six digits on your device. New code in %n s.", "",
                             view.hall.checkInSecondsLeft)
                      : qsTr("Check in on your device.")
                color: HallWords.textMuted
                font.pixelSize: view.u * 2.1
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // ---- Join ----
    Rectangle {
        objectName: "hallJoinCard"
        visible: view.hall.joinCode !== ""
        Layout.fillWidth: true
        Layout.preferredWidth: view.landscape ? 9 : 1
        Layout.alignment: Qt.AlignTop
        implicitHeight: join.implicitHeight + view.u * 4
        radius: view.u * 1.4
        color: HallWords.panel
        border.color: HallWords.panelBorder
        border.width: Math.max(1, view.u * 0.12)

        ColumnLayout {
            id: join
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: view.u * 2
            spacing: view.u * 1.2

            Label {
                objectName: "hallJoinTitle"
                text: qsTr("Join code")
                color: HallWords.accent
                font.pixelSize: view.u * 2.8
                font.weight: Font.Black
                font.capitalization: Font.AllUppercase
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            QrCode {
                objectName: "hallJoinQr"
                bits: view.hall.joinQr
                modules: view.hall.joinQrSize
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(join.width, view.qrSide)
                Layout.preferredHeight: Layout.preferredWidth
            }
            Label {
                text: qsTr("New device? Scan this, or paste the code on the login page.")
                color: HallWords.textMuted
                font.pixelSize: view.u * 2.1
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "hallJoinCode"
                text: view.hall.joinCode
                color: HallWords.text
                font.family: "monospace"
                font.pixelSize: Math.max(12, view.u * 1.4)
                wrapMode: Text.WrapAnywhere
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                objectName: "hallFingerprint"
                text: qsTr("Key: %1").arg(view.hall.trustFingerprint)
                color: HallWords.textMuted
                font.family: "monospace"
                font.pixelSize: Math.max(12, view.u * 1.4)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }

    // On a portrait screen the free space goes below the cards.
    Item {
        visible: !view.landscape
        Layout.columnSpan: 2
        Layout.fillHeight: true
        Layout.fillWidth: true
    }
}
