// The sitting and the agenda from the rostrum: whether the sitting is open,
// the buttons to open and close it (closing asks first), the item under
// discussion in big letters, and moving to the previous, the next or any
// other item of the agenda.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

ChairCard {
    id: card
    objectName: "chairSittingCard"
    required property ChairController chair
    required property AgendaModel agenda
    // Asks before closing the sitting (ChairConsolePage's dialog).
    signal confirmCloseSitting()

    // planned | open | closed (ChairController.sittingState); "" while unknown.
    readonly property string sittingState: card.chair.sittingState
    readonly property bool sittingKnown: card.chair.sittingId !== 0

    caption: qsTr("Sitting")

    RowLayout {
        spacing: 12
        Layout.fillWidth: true
        Label {
            objectName: "chairSittingTitle"
            text: card.chair.sittingTitle || qsTr("No sitting today")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Chip {
            objectName: "sittingState"
            visible: card.sittingKnown
            strong: true
            text: card.sittingState === "open" ? qsTr("In session")
                  : card.sittingState === "closed" ? qsTr("Closed") : qsTr("Not opened")
            color: card.sittingState === "open" ? "#DDF2E3" : card.sittingState === "closed" ? "#E7ECF2" : Theme.current
            textColor: card.sittingState === "open" ? "#1B6E34" : card.sittingState === "closed" ? Theme.done
                                                                                               : Theme.currentText
        }
    }

    PrimaryButton {
        objectName: "openSittingButton"
        visible: card.sittingKnown && card.sittingState !== "open"
        text: card.sittingState === "closed" ? qsTr("Reopen the sitting") : qsTr("Open the sitting")
        enabled: !card.chair.busy
        Layout.fillWidth: true
        onClicked: card.chair.openSitting()
    }
    OutlineButton {
        objectName: "closeSittingButton"
        visible: card.sittingKnown && card.sittingState === "open"
        text: qsTr("Close the sitting")
        tone: Theme.danger
        enabled: !card.chair.busy
        Layout.fillWidth: true
        onClicked: card.confirmCloseSitting()
    }

    Rectangle {
        color: Theme.divider
        implicitHeight: 1
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Item under discussion")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "chairCurrentItem"
        readonly property int row: card.agenda.currentIndex
        text: card.chair.currentItemId !== 0
              ? (row >= 0 ? (row + 1) + ". " : "") + card.chair.currentItemTitle
              : qsTr("No item has been taken up yet.")
        color: card.chair.currentItemId !== 0 ? Theme.text : Theme.textMuted
        font.pixelSize: card.chair.currentItemId !== 0 ? Theme.fontHeading - 2 : Theme.fontBase
        font.weight: card.chair.currentItemId !== 0 ? Font.Bold : Font.Normal
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    GridLayout {
        columns: 2
        columnSpacing: 10
        rowSpacing: 10
        Layout.fillWidth: true
        OutlineButton {
            objectName: "previousItemButton"
            text: "\u2039  " + qsTr("Previous")
            enabled: card.chair.hasPreviousItem && !card.chair.busy
            Accessible.name: qsTr("Previous agenda item")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.chair.previousItem()
        }
        PrimaryButton {
            objectName: "nextItemButton"
            text: (card.chair.currentItemId === 0 ? qsTr("Start") : qsTr("Next")) + "  \u203A"
            implicitHeight: Theme.touch
            enabled: card.chair.hasNextItem && !card.chair.busy
            Accessible.name: qsTr("Next agenda item")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.chair.nextItem()
        }
    }

    ComboBox {
        id: jump
        objectName: "agendaJumpBox"
        model: card.agenda
        textRole: "title"
        valueRole: "itemId"
        displayText: qsTr("Go to an agenda item…")
        enabled: card.agenda.count > 0 && !card.chair.busy
        implicitHeight: Theme.touch
        Layout.fillWidth: true
        delegate: ItemDelegate {
            required property int index
            required property string title
            required property bool isCurrent
            width: jump.popup.width
            contentItem: Label {
                text: (index + 1) + ". " + title
                font.weight: isCurrent ? Font.Bold : Font.Normal
                color: isCurrent ? Theme.currentText : Theme.text
                wrapMode: Text.Wrap
            }
        }
        onActivated: index => card.chair.moveToItem(jump.valueAt(index))
    }
}
