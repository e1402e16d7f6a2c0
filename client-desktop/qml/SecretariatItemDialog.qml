// Adding or editing one agenda item: title, sitting, presenter, planned
// minutes and kind. The editor checks the form as it is typed; the server's
// refusal shows on the page under the agenda.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Dialog {
    id: dialog
    required property SessionEditor editor
    property int itemId: 0 // 0: a new item
    readonly property string problem: editor.itemProblem(titleField.text, minutesField.value)
    readonly property var sittingChoices: [{ id: 0, title: qsTr("No sitting yet") }].concat(editor.sittings)

    function openFor(id) {
        itemId = id
        const item = id !== 0 ? editor.item(id) : ({})
        titleField.text = item.title || ""
        presenterField.text = item.presenter || ""
        minutesField.value = item.plannedMinutes || 0
        kindBox.currentIndex = Math.max(0, editor.itemKinds().indexOf(item.kind || "other"))
        let row = 0
        for (let i = 0; i < sittingChoices.length; ++i)
            if (sittingChoices[i].id === (item.sittingId || 0))
                row = i
        sittingBox.currentIndex = row
        open()
        titleField.forceActiveFocus()
    }

    title: itemId !== 0 ? qsTr("Edit agenda item") : qsTr("New agenda item")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 32)
    padding: 24

    contentItem: ColumnLayout {
        spacing: 10
        Label {
            text: qsTr("Title")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        TextField {
            id: titleField
            objectName: "itemTitleField"
            font.pixelSize: Theme.fontBase
            Layout.fillWidth: true
        }
        GridLayout {
            columns: dialog.width >= 520 ? 2 : 1
            columnSpacing: 16
            rowSpacing: 6
            Layout.fillWidth: true
            Label {
                text: qsTr("Sitting")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                text: qsTr("Kind")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                visible: parent.columns === 2
            }
            ComboBox {
                id: sittingBox
                model: dialog.sittingChoices
                textRole: "title"
                font.pixelSize: Theme.fontBase
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Kind")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                visible: parent.columns === 1
            }
            ComboBox {
                id: kindBox
                model: dialog.editor.itemKinds()
                displayText: AgendaWords.kindText(currentValue)
                font.pixelSize: Theme.fontBase
                Layout.fillWidth: true
                delegate: ItemDelegate {
                    required property string modelData
                    width: kindBox.width
                    text: AgendaWords.kindText(modelData)
                    font.pixelSize: Theme.fontBase
                }
            }
            Label {
                text: qsTr("Presenter")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                text: qsTr("Planned minutes")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                visible: parent.columns === 2
            }
            TextField {
                id: presenterField
                font.pixelSize: Theme.fontBase
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Planned minutes")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                visible: parent.columns === 1
            }
            SpinBox {
                id: minutesField
                from: 0
                to: 1440
                stepSize: 5
                editable: true
                font.pixelSize: Theme.fontBase
                Layout.fillWidth: true
            }
        }
        Label {
            visible: dialog.problem !== "" && titleField.text !== ""
            text: dialog.problem
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: RowLayout {
        spacing: 12
        Item {
            Layout.fillWidth: true
        }
        OutlineButton {
            text: qsTr("Cancel")
            onClicked: dialog.reject()
            Layout.bottomMargin: 16
        }
        OutlineButton {
            objectName: "itemSaveButton"
            text: dialog.itemId !== 0 ? qsTr("Save") : qsTr("Add")
            enabled: dialog.problem === "" && !dialog.editor.busy
            Layout.rightMargin: 16
            Layout.bottomMargin: 16
            onClicked: {
                const sitting = dialog.sittingChoices[sittingBox.currentIndex].id
                if (dialog.itemId !== 0)
                    dialog.editor.updateItem(dialog.itemId, titleField.text, sitting, presenterField.text,
                                             minutesField.value, kindBox.currentValue)
                else
                    dialog.editor.addItem(titleField.text, sitting, presenterField.text, minutesField.value,
                                          kindBox.currentValue)
                dialog.accept()
            }
        }
    }
}
