// The document desk of the secretariat and the approvers: every document of
// the open session with its state, filtered by state ("Chờ duyệt" is the
// approver's queue), uploading with progress, and the steps of the workflow
// — send for review, review and approve (signed on this device) or reject,
// publish, replace a version, withdraw. Buttons show only for the account's
// functions; the server decides each step again and its refusal shows in the
// red band on top. Reading opens the reader over the desk, with the very
// bytes the approver signs (their hash is checked on this device).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PaperlessCouncil.Models

Page {
    id: page
    objectName: "documentDeskPage"
    required property AppController controller
    property bool wide: true
    readonly property DocumentDesk desk: controller.desk
    // The document open in the reader over the desk (0: none).
    property var readingId: 0
    // Bumped when states change, so the filter counts are read again.
    property int revision: 0

    function countOf(state) {
        page.revision // dependency
        return page.desk.documents.countOf(state)
    }
    function rowOf(id) {
        return page.desk.documents.get(id)
    }
    function chooseDefaultFilter() {
        // An approver who does not prepare documents starts at his queue.
        page.desk.shown.state = page.desk.canReview && !page.desk.canPrepare ? "submitted" : ""
    }
    Component.onCompleted: chooseDefaultFilter()
    // The upload panel heads the list only when narrow: show it from the top when it comes.
    onWideChanged: Qt.callLater(list.positionViewAtBeginning)
    Connections {
        target: page.desk
        function onRoleChanged() { page.chooseDefaultFilter() }
    }
    Connections {
        target: page.desk.documents
        function onStatesChanged() { page.revision++ }
    }

    background: Rectangle {
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The server's refusal, in its words, until dismissed or the next step.
        Rectangle {
            objectName: "deskErrorBanner"
            visible: page.desk.errorMessage !== ""
            color: Theme.danger
            Layout.fillWidth: true
            implicitHeight: errorRow.implicitHeight + 20
            RowLayout {
                id: errorRow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 20
                anchors.rightMargin: 12
                Label {
                    objectName: "deskErrorText"
                    text: page.desk.errorMessage
                    color: "white"
                    font.pixelSize: Theme.fontBase
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: "\u2715"
                    Material.foreground: "white"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: page.desk.clearError()
                }
            }
        }
        // What the last step did.
        Rectangle {
            objectName: "deskNoticeBanner"
            visible: page.desk.notice !== "" && page.desk.errorMessage === ""
            color: "#E0F2E5"
            Layout.fillWidth: true
            implicitHeight: noticeRow.implicitHeight + 16
            RowLayout {
                id: noticeRow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 20
                anchors.rightMargin: 12
                Label {
                    objectName: "deskNoticeText"
                    text: page.desk.notice
                    color: "#1E6B31"
                    font.pixelSize: Theme.fontBase
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: "\u2715"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: page.desk.clearNotice()
                }
            }
        }

        // Heading and the state filter.
        Rectangle {
            color: Theme.card
            Layout.fillWidth: true
            implicitHeight: headColumn.implicitHeight + 28
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
            ColumnLayout {
                id: headColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 24
                anchors.rightMargin: 24
                spacing: 8
                Label {
                    objectName: "deskHeading"
                    text: qsTr("Document desk")
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "deskRoleText"
                    text: page.desk.canPrepare && page.desk.canReview
                          ? qsTr("You prepare, review and publish the documents of this session.")
                          : page.desk.canPrepare
                          ? qsTr("Secretariat: upload documents, send them for review, publish the approved ones.")
                          : page.desk.canReview
                          ? qsTr("Approver: read each document awaiting review, then approve it with your signature or reject it with a reason.")
                          : qsTr("You can read the documents published to you; the steps of the workflow are for the secretariat and the approvers.")
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    objectName: "deskFilters"
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: [
                            {state: "", label: qsTr("All")},
                            {state: "submitted", label: qsTr("Awaiting review")},
                            {state: "draft", label: qsTr("Drafts")},
                            {state: "rejected", label: qsTr("Rejected")},
                            {state: "approved", label: qsTr("Approved")},
                            {state: "published", label: qsTr("Published")},
                            {state: "withdrawn", label: qsTr("Withdrawn")}
                        ]
                        Button {
                            id: filterButton
                            required property var modelData
                            readonly property bool chosen: page.desk.shown.state === modelData.state
                            readonly property int count: page.countOf(modelData.state)
                            objectName: "deskFilter_" + (modelData.state === "" ? "all" : modelData.state)
                            visible: modelData.state === "" || count > 0 || chosen
                            text: modelData.label + "  " + count
                            implicitHeight: 44
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            font.capitalization: Font.MixedCase
                            onClicked: page.desk.shown.state = modelData.state
                            contentItem: Label {
                                text: filterButton.text
                                font: filterButton.font
                                color: filterButton.chosen ? "white" : Theme.text
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                            }
                            background: Rectangle {
                                radius: height / 2
                                color: filterButton.chosen ? Theme.primary
                                     : filterButton.modelData.state === "submitted" && filterButton.count > 0 ? Theme.current
                                     : "#E7ECF2"
                                border.color: filterButton.visualFocus ? Theme.warning : "transparent"
                                border.width: 2
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "deskList"
                model: page.desk.shown
                spacing: 12
                clip: true
                topMargin: 16
                bottomMargin: 24
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.fillHeight: true
                ScrollBar.vertical: ScrollBar {}
                readonly property real columnWidth: Math.min(width - 40, Theme.contentMaxWidth)

                // Narrow: the upload panel heads the list.
                header: Item {
                    width: list.width
                    height: uploadHere.visible ? uploadHere.implicitHeight + 16 : 0
                    DocumentDeskUploadPanel {
                        id: uploadHere
                        visible: !page.wide && page.desk.canPrepare
                        desk: page.desk
                        agenda: page.controller.agenda
                        x: (list.width - width) / 2
                        width: list.columnWidth
                    }
                }
                delegate: Item {
                    id: slot
                    required property int index
                    required property var model
                    width: list.width
                    height: deskRow.implicitHeight
                    DocumentDeskRow {
                        id: deskRow
                        x: (list.width - width) / 2
                        width: list.columnWidth
                        index: slot.index
                        documentId: slot.model.documentId
                        title: slot.model.title
                        kindText: slot.model.kindText
                        docState: slot.model.state
                        stateText: slot.model.stateText
                        itemTitle: slot.model.itemTitle
                        version: slot.model.version
                        pages: slot.model.pages
                        sizeText: slot.model.sizeText
                        rejectReason: slot.model.rejectReason
                        replaceReason: slot.model.replaceReason
                        withdrawReason: slot.model.withdrawReason
                        updatedAt: slot.model.updatedAt
                        uploadedBy: slot.model.uploadedBy
                        canPrepare: page.desk.canPrepare
                        canReview: page.desk.canReview
                        busy: page.desk.busy
                        onRead: page.readingId = documentId
                        onReview: page.readingId = documentId
                        onSubmit: page.desk.submit(documentId)
                        onReject: page.askReject(documentId)
                        onPublish: publishDialog.ask(documentId, title, slot.model.itemId > 0)
                        onReplace: replaceDialog.ask(documentId, title)
                        onWithdraw: page.askWithdraw(documentId)
                    }
                }
                Label {
                    objectName: "deskEmpty"
                    visible: list.count === 0 && !page.desk.loading
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 48, 520)
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBase
                    text: page.desk.shown.state === "submitted" ? qsTr("Nothing awaits review.")
                                                                : qsTr("No documents here.")
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: page.desk.loading && list.count === 0
                }
            }

            // Wide: the upload panel beside the list.
            Flickable {
                visible: page.wide && page.desk.canPrepare
                contentHeight: sidePanel.implicitHeight + 32
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Layout.preferredWidth: 420
                Layout.fillHeight: true
                DocumentDeskUploadPanel {
                    id: sidePanel
                    desk: page.desk
                    agenda: page.controller.agenda
                    x: 0
                    y: 16
                    width: 400
                }
            }
        }
    }

    function askReject(id) {
        const row = page.rowOf(id)
        reasonDialog.ask(qsTr("Reject “%1”").arg(row.title),
                         qsTr("Version %1 goes back to the secretariat with your reason. It can be sent for review "
                              + "again after it is replaced by a corrected version.").arg(row.version),
                         qsTr("What has to change (required)"), qsTr("Reject"), true,
                         function (reason) { page.desk.reject(id, reason) })
    }
    function askWithdraw(id) {
        const row = page.rowOf(id)
        reasonDialog.ask(qsTr("Withdraw “%1”?").arg(row.title), page.desk.withdrawEffect(id),
                         qsTr("Why it is withdrawn (required; delegates see it)"), qsTr("Withdraw"), true,
                         function (reason) { page.desk.withdraw(id, reason) })
    }

    DocumentDeskReasonDialog {
        id: reasonDialog
        parent: Overlay.overlay
    }
    DocumentDeskReplaceDialog {
        id: replaceDialog
        parent: Overlay.overlay
        desk: page.desk
    }
    DocumentDeskPublishDialog {
        id: publishDialog
        parent: Overlay.overlay
        desk: page.desk
    }
    DocumentDeskApproveDialog {
        id: approveDialog
        parent: Overlay.overlay
        desk: page.desk
    }

    // The reader over the desk: the document's current version, fetched and
    // hash-checked on this device; for a version awaiting review the approver
    // approves or rejects from here.
    Loader {
        id: readerLoader
        objectName: "deskReader"
        anchors.fill: parent
        active: page.readingId !== 0
        z: 10
        sourceComponent: Rectangle {
            id: readerSheet
            color: Theme.page
            readonly property var row: {
                page.revision
                return page.rowOf(page.readingId)
            }
            readonly property bool reviewing: page.desk.canReview && row.state === "submitted"
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                ReaderPage {
                    controller: page.controller
                    documentId: page.readingId
                    wide: page.wide
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onClosed: page.readingId = 0
                }
                Rectangle {
                    objectName: "deskReviewBar"
                    visible: readerSheet.reviewing
                    color: Theme.card
                    Layout.fillWidth: true
                    implicitHeight: reviewRow.implicitHeight + 24
                    Rectangle { width: parent.width; height: 1; color: Theme.divider }
                    RowLayout {
                        id: reviewRow
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: 20
                        anchors.rightMargin: 20
                        spacing: 12
                        Label {
                            text: qsTr("Version %1 awaits your review.").arg(readerSheet.row.version)
                            color: Theme.text
                            font.pixelSize: Theme.fontBase
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        OutlineButton {
                            objectName: "deskReviewReject"
                            text: qsTr("Reject")
                            tone: Theme.danger
                            onClicked: page.askReject(page.readingId)
                        }
                        PrimaryButton {
                            objectName: "deskReviewApprove"
                            text: qsTr("Approve")
                            implicitHeight: Theme.touch
                            font.pixelSize: Theme.fontBase
                            onClicked: {
                                const row = page.rowOf(page.readingId)
                                approveDialog.ask(page.readingId, row.title, row.version)
                            }
                        }
                    }
                }
            }
        }
    }
}
