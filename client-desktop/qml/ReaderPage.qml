// The reader (đọc tài liệu): one document of the session, page by page. Swipe,
// the arrow and page keys or the thumbnails turn pages; pinch, Ctrl+wheel or
// the buttons zoom; the search finds words without their accents and marks
// every hit on the page. Beside the page: the approval as this device
// checked it and the version trail. "Follow the presenter" turns the page
// with the hall. Pages come from ReaderController/PdfPageItem (C++ over the
// reader engine); nothing here touches the PDF itself.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperlessCouncil.Models
import PaperlessCouncil.Reader

Page {
    id: page
    objectName: "readerPage"
    required property AppController controller
    property alias documentId: reader.documentId
    // For tests and the hall: the controller of this page.
    readonly property ReaderController readerController: reader
    property bool wide: width >= 1100
    readonly property bool ready: reader.status === ReaderController.Ready
    readonly property var info: reader.info

    // Zoom relative to the page's resting width (1 = fit).
    property real zoom: 1.0
    readonly property real minZoom: 0.5
    readonly property real maxZoom: 4.0
    function setZoom(z) { page.zoom = Math.max(page.minZoom, Math.min(page.maxZoom, z)) }

    signal closed()

    background: Rectangle {
        color: "#DDE2E9"
    }

    ReaderController {
        id: reader
        documents: page.controller.documents
        onCurrentPageChanged: view.showTop()
        onSearchChanged: view.showCurrentHit()
    }

    // Keys: the page keys and arrows turn pages (a text field keeps its arrows).
    Shortcut { sequences: [StandardKey.MoveToNextPage, "Right"]; onActivated: reader.nextPage() }
    Shortcut { sequences: [StandardKey.MoveToPreviousPage, "Left"]; onActivated: reader.previousPage() }
    Shortcut { sequence: "Home"; onActivated: reader.currentPage = 0 }
    Shortcut { sequence: "End"; onActivated: reader.currentPage = reader.pageCount - 1 }
    Shortcut { sequences: [StandardKey.ZoomIn, "Ctrl+="]; onActivated: page.setZoom(page.zoom * 1.25) }
    Shortcut { sequence: StandardKey.ZoomOut; onActivated: page.setZoom(page.zoom / 1.25) }
    Shortcut { sequence: "Ctrl+0"; onActivated: page.setZoom(1) }
    Shortcut { sequence: StandardKey.Find; onActivated: searchField.forceActiveFocus() }

    // Title, search and the page's tools on a white band.
    header: Rectangle {
        implicitHeight: bandColumn.implicitHeight + 20
        color: Theme.card
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }

        ColumnLayout {
            id: bandColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 12
            anchors.rightMargin: 16
            spacing: 6

            RowLayout {
                spacing: 10
                Layout.fillWidth: true
                ToolButton {
                    objectName: "readerBack"
                    text: "\u2190  " + qsTr("Back")
                    font.pixelSize: Theme.fontBase
                    font.weight: Font.DemiBold
                    font.capitalization: Font.MixedCase
                    Layout.preferredHeight: Theme.touch
                    Layout.alignment: Qt.AlignTop
                    Accessible.name: qsTr("Back to where the document was opened")
                    onClicked: page.closed()
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    Label {
                        objectName: "readerKind"
                        text: page.info.kindText || ""
                        visible: text !== ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Bold
                        font.capitalization: Font.AllUppercase
                        font.letterSpacing: 1
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "readerTitle"
                        text: page.info.title || ""
                        font.pixelSize: page.wide ? Theme.fontTitle : Theme.fontBase
                        font.weight: Font.Bold
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            Flow {
                spacing: 10
                Layout.fillWidth: true
                Layout.leftMargin: 4

                // Search: type without accents, Enter for the next hit.
                Row {
                    spacing: 4
                    TextField {
                        id: searchField
                        objectName: "readerSearch"
                        width: page.wide ? 300 : 240
                        height: Theme.touch
                        placeholderText: qsTr("Search in the document")
                        inputMethodHints: Qt.ImhNoPredictiveText
                        selectByMouse: true
                        Accessible.name: qsTr("Search in the document")
                        onAccepted: {
                            if (text.trim() === "")
                                reader.clearSearch()
                            else if (text.trim() === reader.searchText)
                                reader.nextHit()
                            else
                                reader.search(text)
                        }
                        onTextChanged: if (text === "") reader.clearSearch()
                    }
                    ToolButton {
                        objectName: "previousHit"
                        text: "\u2039"
                        font.pixelSize: 26
                        enabled: reader.hitCount > 0
                        width: 48
                        height: Theme.touch
                        Accessible.name: qsTr("Previous hit")
                        onClicked: reader.previousHit()
                    }
                    ToolButton {
                        objectName: "nextHit"
                        text: "\u203A"
                        font.pixelSize: 26
                        enabled: reader.hitCount > 0
                        width: 48
                        height: Theme.touch
                        Accessible.name: qsTr("Next hit")
                        onClicked: reader.nextHit()
                    }
                    Label {
                        objectName: "searchCount"
                        visible: reader.searchText !== ""
                        height: Theme.touch
                        verticalAlignment: Text.AlignVCenter
                        text: reader.hitCount === 0
                              ? (reader.searching ? qsTr("Searching…") : qsTr("Not found"))
                              : qsTr("%1 of %2").arg(reader.currentHit + 1).arg(reader.hitCount)
                        color: reader.hitCount === 0 && !reader.searching ? Theme.danger : Theme.text
                        font.weight: Font.DemiBold
                    }
                }

                // Page and zoom.
                Row {
                    spacing: 2
                    ToolButton {
                        text: "\u2212"
                        font.pixelSize: 24
                        width: 48
                        height: Theme.touch
                        Accessible.name: qsTr("Zoom out")
                        onClicked: page.setZoom(page.zoom / 1.25)
                    }
                    Label {
                        objectName: "pageLabel"
                        height: Theme.touch
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: Text.AlignHCenter
                        text: page.ready ? qsTr("Page %1 of %2").arg(reader.currentPage + 1).arg(reader.pageCount) : ""
                        font.weight: Font.DemiBold
                        color: Theme.text
                        leftPadding: 6
                        rightPadding: 6
                    }
                    ToolButton {
                        text: "+"
                        font.pixelSize: 24
                        width: 48
                        height: Theme.touch
                        Accessible.name: qsTr("Zoom in")
                        onClicked: page.setZoom(page.zoom * 1.25)
                    }
                }

                Switch {
                    id: followSwitch
                    objectName: "followSwitch"
                    height: Theme.touch
                    text: qsTr("Follow the presenter")
                    checked: reader.followPresenter
                    font.weight: Font.DemiBold
                    onToggled: reader.followPresenter = checked
                    Accessible.name: text
                    // Drawn here: Material's knob is a shadow effect the software renderer leaves out.
                    indicator: Rectangle {
                        x: followSwitch.leftPadding
                        y: (followSwitch.height - height) / 2
                        width: 52
                        height: 30
                        radius: 15
                        color: followSwitch.checked ? Theme.primary : "#B8C2CE"
                        border.color: followSwitch.visualFocus ? Theme.warning : "transparent"
                        border.width: 2
                        Rectangle {
                            x: followSwitch.checked ? parent.width - width - 3 : 3
                            anchors.verticalCenter: parent.verticalCenter
                            width: 24
                            height: 24
                            radius: 12
                            color: "white"
                            Behavior on x {
                                NumberAnimation { duration: 120 }
                            }
                        }
                    }
                }
            }
        }
    }

    // On narrow screens the approval is a banner and the trail a pop-up.
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ApprovalCard {
            objectName: "approvalBanner"
            visible: !page.wide
            banner: true
            info: page.info
            Layout.fillWidth: true
            Button {
                objectName: "versionsButton"
                anchors.right: parent.right
                anchors.rightMargin: 12
                anchors.verticalCenter: parent.verticalCenter
                flat: true
                text: qsTr("Versions (%1)").arg(reader.versions.length)
                font.capitalization: Font.MixedCase
                font.weight: Font.Bold
                onClicked: versionsPopup.open()
            }
        }

        RowLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            ThumbnailStrip {
                visible: page.wide
                reader: reader
                vertical: true
                Layout.preferredWidth: 150
                Layout.fillHeight: true
            }

            // The page.
            Item {
                id: pageArea
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true

                PageView {
                    id: view
                    anchors.fill: parent
                    reader: reader
                    zoom: page.zoom
                    onZoomRequested: z => page.setZoom(z)
                }

                // What the hall shows, over the page; a tap goes there.
                AbstractButton {
                    id: presenterHint
                    objectName: "presenterHint"
                    visible: reader.presenterHere && page.ready
                    anchors.top: parent.top
                    anchors.topMargin: 12
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(implicitWidth, parent.width - 24)
                    padding: 12
                    leftPadding: 20
                    rightPadding: 20
                    Accessible.name: hintLabel.text
                    onClicked: reader.currentPage = reader.presenterPage
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.current
                        border.color: Theme.currentBorder
                        border.width: 2
                    }
                    contentItem: Label {
                        id: hintLabel
                        text: qsTr("The hall shows page %1").arg(reader.presenterPage + 1)
                              + (reader.currentPage !== reader.presenterPage ? "  ·  " + qsTr("Go there") : "")
                        color: Theme.currentText
                        font.weight: Font.Bold
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                }

                ColumnLayout {
                    objectName: "readerStatus"
                    visible: !page.ready
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 48, 420)
                    spacing: 14
                    BusyIndicator {
                        running: reader.status === ReaderController.Downloading
                                 || reader.status === ReaderController.Opening
                        visible: running
                        Layout.alignment: Qt.AlignHCenter
                    }
                    Label {
                        objectName: "readerStatusText"
                        text: reader.status === ReaderController.Withdrawn
                              ? reader.errorString
                              : reader.status === ReaderController.Failed
                              ? qsTr("The document cannot be opened: %1").arg(reader.errorString)
                              : reader.status === ReaderController.Downloading
                                ? qsTr("Downloading the document… %1%").arg(Math.round((page.info.progress || 0) * 100))
                                : qsTr("Opening the document…")
                        color: reader.status === ReaderController.Failed || reader.status === ReaderController.Withdrawn
                               ? Theme.danger : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        visible: reader.status === ReaderController.Failed
                        text: qsTr("Try again")
                        Layout.alignment: Qt.AlignHCenter
                        onClicked: reader.retry()
                    }
                }
            }

            // Approval and versions beside the page on wide screens.
            ScrollView {
                objectName: "readerSide"
                visible: page.wide
                Layout.preferredWidth: 340
                Layout.fillHeight: true
                contentWidth: availableWidth
                background: Rectangle { color: Theme.page }

                ColumnLayout {
                    width: parent.width
                    spacing: 16
                    Item { implicitHeight: 4 }
                    ApprovalCard {
                        info: page.info
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                    }
                    VersionTrail {
                        versions: reader.versions
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        Layout.bottomMargin: 16
                    }
                }
            }
        }

        ThumbnailStrip {
            visible: !page.wide
            reader: reader
            vertical: false
            Layout.fillWidth: true
            Layout.preferredHeight: 170
        }
    }

    Popup {
        id: versionsPopup
        objectName: "versionsPopup"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(page.width - 40, 520)
        height: Math.min(page.height - 80, trailColumn.implicitHeight + 40)
        modal: true
        padding: 20
        background: Rectangle { radius: Theme.radius; color: Theme.card }
        ScrollView {
            anchors.fill: parent
            contentWidth: availableWidth
            VersionTrail {
                id: trailColumn
                width: parent.width
                versions: reader.versions
            }
        }
    }
}
