// Publishing an approved document: to every member of the body, under the
// session, under its agenda item, or to chosen groups (their members, plus
// the secretariat, the chair and the approvers). Says who will receive it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

Dialog {
    id: dialog
    objectName: "deskPublishDialog"
    required property DocumentDesk desk
    property var documentId: 0
    property string documentTitle: ""
    property bool hasItem: false
    property string scope: "item"
    property var chosenGroups: []

    function ask(documentId, title, hasItem) {
        dialog.documentId = documentId
        dialog.documentTitle = title
        dialog.hasItem = hasItem
        dialog.scope = hasItem ? "item" : "session"
        dialog.chosenGroups = []
        dialog.open()
    }
    function toggleGroup(id, on) {
        const g = dialog.chosenGroups.filter(function (x) { return x !== id })
        if (on)
            g.push(id)
        dialog.chosenGroups = g
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 620, 620)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : 800)
    padding: 24
    topPadding: 16
    title: qsTr("Publish “%1”").arg(dialog.documentTitle)

    background: Rectangle {
        radius: Theme.radius
        color: Theme.card
        border.color: Theme.divider
        border.width: 2
    }
    header: Label {
        text: dialog.title
        padding: 24
        bottomPadding: 0
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }
    contentItem: Flickable {
        implicitHeight: choices.implicitHeight
        contentHeight: choices.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: choices
            width: parent.width
            spacing: 4
            Label {
                text: qsTr("Who receives it? Their devices download it at once.")
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.bottomMargin: 6
            }
            RadioButton {
                objectName: "deskScopeItem"
                text: qsTr("Everyone, under its agenda item")
                enabled: dialog.hasItem
                checked: dialog.scope === "item"
                onClicked: dialog.scope = "item"
            }
            RadioButton {
                objectName: "deskScopeSession"
                text: qsTr("Everyone, under the session")
                checked: dialog.scope === "session"
                onClicked: dialog.scope = "session"
            }
            RadioButton {
                objectName: "deskScopeEveryone"
                text: qsTr("Every member of the body")
                checked: dialog.scope === "everyone"
                onClicked: dialog.scope = "everyone"
            }
            RadioButton {
                objectName: "deskScopeGroups"
                text: qsTr("Only chosen groups")
                enabled: dialog.desk.groups.length > 0
                checked: dialog.scope === "groups"
                onClicked: dialog.scope = "groups"
            }
            Repeater {
                model: dialog.scope === "groups" ? dialog.desk.groups : []
                CheckBox {
                    required property var modelData
                    text: modelData.name
                    Layout.leftMargin: 32
                    checked: dialog.chosenGroups.indexOf(modelData.id) >= 0
                    onToggled: dialog.toggleGroup(modelData.id, checked)
                }
            }
            Label {
                visible: dialog.scope === "groups"
                text: qsTr("The secretariat, the chair and the approvers see it too.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 32
            }
        }
    }
    footer: RowLayout {
        spacing: 12
        Item { Layout.fillWidth: true }
        OutlineButton {
            text: qsTr("Go back")
            Layout.bottomMargin: 20
            onClicked: dialog.close()
        }
        PrimaryButton {
            objectName: "deskPublishConfirm"
            text: qsTr("Publish")
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            enabled: dialog.scope !== "groups" || dialog.chosenGroups.length > 0
            Layout.rightMargin: 24
            Layout.bottomMargin: 20
            onClicked: {
                dialog.desk.publish(dialog.documentId, dialog.scope, dialog.chosenGroups)
                dialog.close()
            }
        }
    }
}
