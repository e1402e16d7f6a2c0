// A vote counted by hand when the devices fail: the latest round of the
// session, the numbers with their check shown as they are typed, and the
// result as recorded (marked as counted by hand).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Flickable {
    id: tab
    required property SecretariatController secretariat
    property bool wide: true
    readonly property HandCountForm form: secretariat.handCount

    function stateText(state) {
        switch (state) {
        case "open":
            return qsTr("voting is open")
        case "closed":
            return qsTr("closed")
        case "cancelled":
            return qsTr("cancelled")
        case "repeated":
            return qsTr("repeated")
        default:
            return state
        }
    }

    contentWidth: width
    contentHeight: card.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    SecretariatCard {
        id: card
        x: Math.max(24, (tab.width - width) / 2)
        y: 24
        width: Math.min(tab.width - 48, Theme.contentMaxWidth)
        title: qsTr("Hand count of the latest vote")

        Label {
            text: tab.form.roundId === 0
                  ? qsTr("The session has had no vote yet.")
                  : qsTr("Round %1: “%2” (%3)").arg(tab.form.roundNo).arg(tab.form.question)
                        .arg(tab.stateText(tab.form.roundState))
            font.pixelSize: Theme.fontBase
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Enter the numbers counted in the hall. The council has %1 delegates.").arg(tab.form.total)
            visible: tab.form.total > 0
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: tab.wide ? 4 : 2
            columnSpacing: 16
            rowSpacing: 4
            Layout.fillWidth: true

            Repeater {
                model: [
                    { key: "approve", label: qsTr("Approve") },
                    { key: "disapprove", label: qsTr("Disapprove") },
                    { key: "notVoting", label: qsTr("Not voting") },
                    { key: "present", label: qsTr("Delegates present") }
                ]
                delegate: ColumnLayout {
                    id: number
                    required property var modelData
                    spacing: 4
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Label {
                        text: number.modelData.label
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    SpinBox {
                        objectName: "count_" + number.modelData.key
                        from: 0
                        to: 10000
                        editable: true
                        value: tab.form[number.modelData.key]
                        font.pixelSize: Theme.fontBase
                        onValueModified: tab.form[number.modelData.key] = value
                        Layout.fillWidth: true
                        Layout.minimumWidth: 150
                    }
                }
            }
        }
        Label {
            visible: tab.form.problem !== "" && tab.form.roundId !== 0
            text: tab.form.problem
            color: Theme.danger
            font.pixelSize: Theme.fontBase
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "handCountButton"
            implicitHeight: Theme.touch
            text: qsTr("Record the hand count")
            enabled: tab.form.problem === "" && !tab.form.busy
            onClicked: tab.form.submit()
        }
        SecretariatMessage {
            error: tab.form.errorMessage
            status: tab.form.statusMessage
            Layout.fillWidth: true
        }
        Label {
            readonly property var r: tab.form.result
            visible: r.total !== undefined
            text: (tab.form.handCounted ? qsTr("Recorded (counted by hand)") : qsTr("Recorded by the devices")) + ": "
                  + qsTr("approve %1, disapprove %2, not voting %3, present %4 of %5 delegates — %6.")
                        .arg(r.approve).arg(r.disapprove).arg(r.notVoting).arg(r.present).arg(r.total)
                        .arg(r.verdict === "passed" ? qsTr("passed") : r.verdict === "failed" ? qsTr("not passed")
                                                                                               : qsTr("no decision"))
            font.pixelSize: Theme.fontBase
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
