// What the hall screen shows, chosen from the rostrum: the item under
// discussion, the attendance, the last result, or a page of one of the
// session's documents ("present to the hall": delegates who follow the
// presenter turn to the same page). The chosen document can also be opened
// in the reader here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

ChairCard {
    id: card
    objectName: "chairHallCard"
    required property ChairController chair
    required property DocumentListModel documents
    // Only published documents can be shown: the hall and the delegates who
    // follow have no access to drafts or documents in review.
    DocumentFilterModel {
        id: presentable
        documents: card.documents
        publishedOnly: true
    }

    readonly property var chosen: {
        card.documents.count // re-read when the list changes
        return documentBox.currentIndex >= 0 && documentBox.currentValue !== undefined
               ? card.documents.get(documentBox.currentValue) : ({})
    }
    readonly property int pages: card.chosen.pages || 0
    readonly property bool presentingChosen: card.documents.presenterDocumentId !== 0
                                             && card.documents.presenterDocumentId === documentBox.currentValue

    function present(page) {
        pageBox.value = page
        card.chair.showOnHall("document", documentBox.currentValue, page)
    }

    caption: qsTr("Hall screen")

    Label {
        objectName: "hallNowShowing"
        readonly property var shown: {
            card.documents.count
            return card.documents.presenterDocumentId !== 0 ? card.documents.get(card.documents.presenterDocumentId)
                                                            : ({})
        }
        visible: card.documents.presenterDocumentId !== 0
        text: qsTr("Presenting: %1, page %2").arg(shown.title || "").arg(card.documents.presenterPage)
        color: Theme.currentText
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    GridLayout {
        columns: card.width >= 520 ? 3 : 1
        columnSpacing: 10
        rowSpacing: 10
        Layout.fillWidth: true
        OutlineButton {
            objectName: "hallAgendaButton"
            text: qsTr("Agenda item")
            enabled: !card.chair.busy
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.chair.showOnHall("agenda")
        }
        OutlineButton {
            objectName: "hallAttendanceButton"
            text: qsTr("Attendance")
            enabled: !card.chair.busy
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.chair.showOnHall("attendance")
        }
        OutlineButton {
            objectName: "hallResultButton"
            text: qsTr("Vote result")
            enabled: !card.chair.busy && card.chair.roundState === "closed"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.chair.showOnHall("result", 0, 0, card.chair.roundId)
        }
    }

    Rectangle {
        color: Theme.divider
        implicitHeight: 1
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Present a document page")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: presentable.count === 0
        text: qsTr("The session has no published documents.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ComboBox {
        id: documentBox
        objectName: "presentDocumentBox"
        visible: presentable.count > 0
        model: presentable
        textRole: "title"
        valueRole: "documentId"
        implicitHeight: Theme.touch
        Layout.fillWidth: true
        Accessible.name: qsTr("Document to present")
        delegate: ItemDelegate {
            required property int index
            required property string title
            required property int pages
            width: documentBox.popup.width
            contentItem: Label {
                text: title + (pages > 0 ? "  ·  " + qsTr("%1 pages").arg(pages) : "")
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        onActivated: pageBox.value = 1
    }
    RowLayout {
        visible: presentable.count > 0
        spacing: 10
        Layout.fillWidth: true
        Label {
            text: qsTr("Page")
            color: Theme.text
            font.weight: Font.Bold
        }
        SpinBox {
            id: pageBox
            objectName: "presentPageBox"
            from: 1
            to: Math.max(1, card.pages)
            value: 1
            editable: true
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            Accessible.name: qsTr("Page to present")
        }
        Label {
            visible: card.pages > 0
            text: qsTr("of %1").arg(card.pages)
            color: Theme.textMuted
        }
    }
    GridLayout {
        visible: presentable.count > 0
        columns: 2
        columnSpacing: 10
        rowSpacing: 10
        Layout.fillWidth: true
        PrimaryButton {
            objectName: "presentDocumentButton"
            text: qsTr("Present to the hall")
            implicitHeight: Theme.touch
            enabled: !card.chair.busy && documentBox.currentIndex >= 0
            Layout.columnSpan: 2
            Layout.fillWidth: true
            onClicked: card.present(pageBox.value)
        }
        OutlineButton {
            objectName: "presentPreviousPage"
            text: "\u2039  " + qsTr("Page %1").arg(Math.max(1, pageBox.value - 1))
            enabled: !card.chair.busy && card.presentingChosen && pageBox.value > 1
            Accessible.name: qsTr("Present the previous page")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.present(pageBox.value - 1)
        }
        OutlineButton {
            objectName: "presentNextPage"
            text: qsTr("Page %1").arg(pageBox.value + 1) + "  \u203A"
            enabled: !card.chair.busy && card.presentingChosen && pageBox.value < card.pages
            Accessible.name: qsTr("Present the next page")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: card.present(pageBox.value + 1)
        }
        OutlineButton {
            objectName: "openDocumentButton"
            text: qsTr("Open in the reader")
            enabled: documentBox.currentIndex >= 0
            Layout.columnSpan: 2
            Layout.fillWidth: true
            onClicked: card.documents.open(documentBox.currentValue)
        }
    }
}
