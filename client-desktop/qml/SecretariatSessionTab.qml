// The session and its agenda, as the secretariat builds them: the session's
// facts, its sittings, and the agenda with drag-to-reorder, up/down buttons,
// edit and delete (after a confirmation that says what deleting does).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Flickable {
    id: tab
    required property SecretariatController secretariat
    property bool wide: true
    property bool creating: editor.sessionId === 0
    readonly property SessionEditor editor: secretariat.editor
    readonly property var states: ["draft", "scheduled", "open", "closed"]

    function stateText(state) {
        switch (state) {
        case "draft":
            return qsTr("Draft")
        case "scheduled":
            return qsTr("Scheduled")
        case "open":
            return qsTr("In session")
        case "closed":
            return qsTr("Closed")
        default:
            return state
        }
    }
    function fillSessionForm() {
        const s = tab.creating ? ({}) : tab.editor.session
        titleField.text = s.title || ""
        locationField.text = s.location || ""
        startsField.text = s.startsOn || ""
        endsField.text = s.endsOn || ""
    }

    contentWidth: width
    contentHeight: grid.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    Connections {
        target: tab.editor
        function onSessionChanged() { tab.fillSessionForm() }
    }
    onCreatingChanged: fillSessionForm()
    Component.onCompleted: fillSessionForm()

    GridLayout {
        id: grid
        x: 24
        y: 24
        width: tab.width - 48
        columns: tab.wide ? 2 : 1
        columnSpacing: 20
        rowSpacing: 20

        ColumnLayout {
            spacing: 20
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            Layout.preferredWidth: 2

            SecretariatCard {
                title: tab.creating ? qsTr("New session") : qsTr("Session")
                Layout.fillWidth: true

                Label {
                    visible: tab.creating && tab.secretariat.bodies.length > 1
                    text: qsTr("Council")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                ComboBox {
                    id: bodyBox
                    visible: tab.creating && tab.secretariat.bodies.length > 1
                    model: tab.secretariat.bodies
                    textRole: "name"
                    valueRole: "id"
                    font.pixelSize: Theme.fontBase
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Title")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                TextField {
                    id: titleField
                    objectName: "sessionTitleField"
                    font.pixelSize: Theme.fontBase
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Place")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                TextField {
                    id: locationField
                    font.pixelSize: Theme.fontBase
                    Layout.fillWidth: true
                }
                GridLayout {
                    columns: 2
                    columnSpacing: 12
                    rowSpacing: 4
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("First day")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Label {
                        text: qsTr("Last day")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    TextField {
                        id: startsField
                        placeholderText: qsTr("YYYY-MM-DD")
                        inputMethodHints: Qt.ImhDate
                        font.pixelSize: Theme.fontBase
                        Layout.fillWidth: true
                    }
                    TextField {
                        id: endsField
                        placeholderText: qsTr("YYYY-MM-DD")
                        inputMethodHints: Qt.ImhDate
                        font.pixelSize: Theme.fontBase
                        Layout.fillWidth: true
                    }
                }
                Label {
                    readonly property string problem: tab.editor.sessionProblem(titleField.text, startsField.text,
                                                                                endsField.text)
                    visible: problem !== "" && (titleField.text !== "" || startsField.text !== "")
                    text: problem
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: 12
                    Layout.fillWidth: true
                    OutlineButton {
                        objectName: "sessionSaveButton"
                        text: tab.creating ? qsTr("Create session") : qsTr("Save session")
                        enabled: !tab.editor.busy
                        onClicked: {
                            if (tab.creating)
                                tab.editor.createSession(bodyBox.visible ? bodyBox.currentValue
                                                                         : tab.secretariat.bodyId,
                                                         titleField.text, locationField.text, startsField.text,
                                                         endsField.text)
                            else
                                tab.editor.updateSession(titleField.text, locationField.text, startsField.text,
                                                         endsField.text)
                        }
                    }
                    OutlineButton {
                        visible: !tab.creating
                        text: qsTr("New session")
                        onClicked: {
                            tab.secretariat.sessionId = 0
                        }
                    }
                }
                RowLayout {
                    visible: !tab.creating
                    spacing: 12
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("State")
                        font.pixelSize: Theme.fontBase
                        color: Theme.text
                    }
                    ComboBox {
                        id: stateBox
                        model: tab.states
                        currentIndex: tab.states.indexOf(tab.editor.session.state || "draft")
                        displayText: tab.stateText(currentValue)
                        font.pixelSize: Theme.fontBase
                        Layout.fillWidth: true
                        delegate: ItemDelegate {
                            required property string modelData
                            width: stateBox.width
                            text: tab.stateText(modelData)
                            font.pixelSize: Theme.fontBase
                        }
                        onActivated: index => tab.editor.setSessionState(tab.states[index])
                    }
                }
            }

            SecretariatCard {
                visible: !tab.creating
                title: qsTr("Sittings")
                Layout.fillWidth: true

                Repeater {
                    model: tab.editor.sittings
                    delegate: RowLayout {
                        id: sittingRow
                        required property var modelData
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: sittingRow.modelData.title + " — "
                                  + Qt.formatDate(new Date(sittingRow.modelData.date + "T00:00:00"), "dd/MM/yyyy")
                                  + (sittingRow.modelData.startsAt ? ", " + sittingRow.modelData.startsAt : "")
                            font.pixelSize: Theme.fontBase
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        ToolButton {
                            text: "\u270E"
                            font.pixelSize: Theme.fontTitle
                            Accessible.name: qsTr("Edit")
                            onClicked: {
                                sittingTitle.text = sittingRow.modelData.title
                                sittingDate.text = sittingRow.modelData.date
                                sittingTime.text = sittingRow.modelData.startsAt
                                sittingForm.editing = sittingRow.modelData.id
                            }
                        }
                        ToolButton {
                            text: "\u2715"
                            font.pixelSize: Theme.fontTitle
                            Accessible.name: qsTr("Delete")
                            onClicked: {
                                confirm.ask(qsTr("Delete the sitting?"),
                                            qsTr("Delete the sitting “%1”? Its agenda items stay in the session, without a sitting.").arg(sittingRow.modelData.title),
                                            qsTr("Delete"), true,
                                            () => tab.editor.removeSitting(sittingRow.modelData.id))
                            }
                        }
                    }
                }
                Label {
                    visible: tab.editor.sittings.length === 0
                    text: qsTr("No sitting yet. A vote and attendance need a sitting.")
                    font.pixelSize: Theme.fontBase
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                GridLayout {
                    id: sittingForm
                    property var editing: 0
                    columns: tab.wide ? 3 : 3
                    columnSpacing: 8
                    rowSpacing: 4
                    Layout.fillWidth: true
                    TextField {
                        id: sittingTitle
                        placeholderText: qsTr("Title, e.g. Morning sitting")
                        font.pixelSize: Theme.fontBase
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                    }
                    TextField {
                        id: sittingDate
                        placeholderText: qsTr("YYYY-MM-DD")
                        font.pixelSize: Theme.fontBase
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                    }
                    TextField {
                        id: sittingTime
                        placeholderText: qsTr("HH:MM")
                        font.pixelSize: Theme.fontBase
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                }
                Label {
                    readonly property string problem: tab.editor.sittingProblem(sittingTitle.text, sittingDate.text,
                                                                                sittingTime.text)
                    visible: problem !== "" && (sittingTitle.text !== "" || sittingDate.text !== "")
                    text: problem
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: 12
                    Layout.fillWidth: true
                    OutlineButton {
                        text: sittingForm.editing !== 0 ? qsTr("Save sitting") : qsTr("Add sitting")
                        enabled: !tab.editor.busy
                        onClicked: {
                            if (sittingForm.editing !== 0)
                                tab.editor.updateSitting(sittingForm.editing, sittingTitle.text, sittingDate.text,
                                                         sittingTime.text)
                            else
                                tab.editor.addSitting(sittingTitle.text, sittingDate.text, sittingTime.text)
                            sittingForm.editing = 0
                            sittingTitle.text = ""
                            sittingDate.text = ""
                            sittingTime.text = ""
                        }
                    }
                    OutlineButton {
                        visible: sittingForm.editing !== 0
                        text: qsTr("Cancel")
                        onClicked: {
                            sittingForm.editing = 0
                            sittingTitle.text = ""
                            sittingDate.text = ""
                            sittingTime.text = ""
                        }
                    }
                }
            }
        }

        SecretariatCard {
            visible: !tab.creating
            title: qsTr("Agenda")
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            Layout.preferredWidth: 3

            Label {
                text: qsTr("Drag an item by its handle ☰, or use the arrows, to change the order.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            SecretariatMessage {
                error: tab.editor.errorMessage
                status: tab.editor.statusMessage
                Layout.fillWidth: true
            }
            Repeater {
                id: rows
                model: tab.editor.agenda
                delegate: SecretariatAgendaRow {
                    id: agendaRow
                    count: rows.count
                    busy: tab.editor.busy
                    Layout.fillWidth: true
                    onMoved: by => tab.editor.moveItem(agendaRow.itemId, agendaRow.index + by)
                    onEditRequested: itemDialog.openFor(agendaRow.itemId)
                    onRemoveRequested: {
                        confirm.ask(qsTr("Delete the agenda item?"),
                                    qsTr("Delete “%1” from the agenda? Its requests to speak are deleted with it. Documents attached to it are neither deleted nor withdrawn, and the results of votes already held on it are kept. This cannot be undone.").arg(agendaRow.title),
                                    qsTr("Delete"), true,
                                    () => tab.editor.removeItem(agendaRow.itemId))
                    }
                }
            }
            Label {
                visible: rows.count === 0
                text: qsTr("The agenda is empty.")
                font.pixelSize: Theme.fontBase
                color: Theme.textMuted
            }
            OutlineButton {
                objectName: "addItemButton"
                text: qsTr("Add agenda item")
                onClicked: itemDialog.openFor(0)
            }
        }

        SecretariatMessage {
            visible: tab.creating && shown !== ""
            error: tab.editor.errorMessage
            status: tab.editor.statusMessage
            Layout.fillWidth: true
            Layout.columnSpan: grid.columns
        }
    }

    SecretariatItemDialog {
        id: itemDialog
        parent: Overlay.overlay
        editor: tab.editor
    }
    ConfirmDialog {
        id: confirm
        parent: Overlay.overlay
    }
}
