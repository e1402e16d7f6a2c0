// The result of a closed vote as the law wants it stated: the verdict in big
// words, each option's count and its share of the TOTAL number of delegates,
// how many were present and voted, and the rule with the approvals it needed.
// Verdict and numbers sit beside the bars when there is room.
import QtQuick
import QtQuick.Controls

Item {
    id: view
    objectName: "voteResult"
    // VoteController.result
    property var result: ({})
    readonly property bool passed: result.verdict === "passed"
    // Set by the card from its own width: a layout that chose its columns
    // from the width it is given would measure itself in a loop.
    property bool sideBySide: false

    readonly property int gap: 24
    implicitHeight: sideBySide ? Math.max(numbers.implicitHeight, bars.implicitHeight)
                               : numbers.implicitHeight + 12 + bars.implicitHeight

    // Positioners with explicit widths rather than layouts: see VoteCard.
    Column {
        id: numbers
        x: 0
        y: 0
        width: view.sideBySide ? (view.width - view.gap) / 2 : view.width
        spacing: 8

        Rectangle {
            objectName: "verdictBanner"
            width: parent.width
            implicitHeight: verdictLabel.implicitHeight + 20
            radius: 12
            color: view.passed ? "#1B6E34" : view.result.verdict === "failed" ? "#B3261E" : "#4A5563"
            Label {
                id: verdictLabel
                objectName: "verdictText"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 12
                text: (view.passed ? "\u2713  " : view.result.verdict === "failed" ? "\u2717  " : "")
                      + (view.result.verdictText || "")
                color: "white"
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
        Label {
            objectName: "resultCounts"
            // Each "name: number" stays on one line; the groups may wrap.
            text: [qsTr("Delegates: %1").arg(view.result.total || 0),
                   qsTr("present: %1").arg(view.result.present || 0),
                   qsTr("voted: %1").arg(view.result.voted || 0)].map(t => t.replace(/ /g, "\u00a0")).join("  ·  ")
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            width: parent.width
        }
        Label {
            objectName: "resultRule"
            text: qsTr("Rule: %1 · %n approval(s) needed", "", view.result.requiredApprovals || 0)
                  .arg(view.result.ruleText || "")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            width: parent.width
        }
        Label {
            visible: view.result.handCounted === true
            text: qsTr("Counted by hand (the devices were not used).")
            color: Theme.textMuted
            font.italic: true
            wrapMode: Text.Wrap
            width: parent.width
        }
    }

    Column {
        id: bars
        x: view.sideBySide ? numbers.width + view.gap : 0
        y: view.sideBySide ? 0 : numbers.implicitHeight + 12
        width: view.sideBySide ? view.width - numbers.width - view.gap : view.width
        spacing: 8

        Label {
            objectName: "resultShareCaption"
            text: qsTr("Shares of the total number of delegates (%1)").arg(view.result.total || 0)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            width: parent.width
        }
        Repeater {
            model: [
                { key: "approve", label: qsTr("Approve"), tone: "#1B6E34" },
                { key: "disapprove", label: qsTr("Disapprove"), tone: "#B3261E" },
                { key: "notVoting", label: qsTr("Not voting"), tone: "#4A5563" }
            ]
            Item {
                id: row
                required property var modelData
                objectName: "resultRow_" + modelData.key
                width: parent.width
                implicitHeight: rowLabel.implicitHeight + 6 + bar.height
                Label {
                    id: rowLabel
                    anchors.left: parent.left
                    anchors.right: rowCount.left
                    anchors.rightMargin: 10
                    text: row.modelData.label
                    color: Theme.text
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    id: rowCount
                    anchors.right: parent.right
                    anchors.baseline: rowLabel.baseline
                    text: (view.result[row.modelData.key] || 0) + "  ·  "
                          + (view.result[row.modelData.key + "ShareText"] || "")
                    color: Theme.text
                    font.weight: Font.Bold
                }
                Rectangle {
                    id: bar
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: 14
                    radius: 7
                    color: "#E2E6EB"
                    Rectangle {
                        width: parent.width * (view.result[row.modelData.key + "Share"] || 0)
                        height: parent.height
                        radius: 7
                        color: row.modelData.tone
                    }
                }
            }
        }
    }
}
