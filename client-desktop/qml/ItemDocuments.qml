// The documents of one agenda item, compact, inside its card: each opens
// the reader; each says whether it is on this device and approved.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models

ColumnLayout {
    id: box
    required property DocumentListModel documents
    required property var itemId

    objectName: "itemDocuments"
    visible: filter.count > 0
    spacing: 6

    DocumentFilterModel {
        id: filter
        documents: box.documents
        itemId: box.itemId
    }

    Label {
        text: qsTr("Documents (%1)").arg(filter.count)
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
        color: Theme.primary
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: 4
    }
    Repeater {
        model: filter
        delegate: DocumentRow {
            compact: true
            Layout.fillWidth: true
            onOpenDocument: id => box.documents.open(id)
        }
    }
}
