// The versions of a document, newest first: who uploaded each, when and
// why it replaced the one before, and its review. The one being read is
// marked, so a replaced version is never mistaken for the current one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: trail
    // ReaderController.versions
    property var versions: []

    objectName: "versionTrail"
    spacing: 10

    Label {
        text: qsTr("Versions")
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: trail.versions.length === 0
        text: qsTr("Loading the version history…")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: trail.versions
        delegate: Rectangle {
            id: entry
            required property var modelData
            required property int index
            objectName: "versionEntry" + index
            Layout.fillWidth: true
            implicitHeight: entryColumn.implicitHeight + 20
            radius: 10
            color: modelData.shown ? "#F3F6FA" : "transparent"
            border.color: modelData.shown ? Theme.primary : Theme.divider

            ColumnLayout {
                id: entryColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 12
                spacing: 3
                Label {
                    text: qsTr("Version %1").arg(entry.modelData.version)
                          + (entry.modelData.shown ? "  ·  " + qsTr("shown") : "")
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Uploaded by %1, %2").arg(entry.modelData.uploadedBy).arg(entry.modelData.uploadedAt)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: entry.modelData.reason !== ""
                    text: qsTr("Reason: %1").arg(entry.modelData.reason)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: entry.modelData.reviewText
                          + (entry.modelData.reviewedBy !== "" ? " — " + entry.modelData.reviewedBy : "")
                          + (entry.modelData.reviewedAt !== "" ? ", " + entry.modelData.reviewedAt : "")
                    font.pixelSize: Theme.fontSmall
                    color: entry.modelData.review === "approved" ? "#1B5E2E"
                         : entry.modelData.review === "rejected" ? Theme.danger : Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
