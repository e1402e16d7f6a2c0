// A vote's result for the hall: the verdict, one bar per choice with its
// count and share of ALL delegates (the law counts against the total, not
// those present), the pass mark on the approve bar, and the rule. Plain
// rectangles: no chart module, crisp on any renderer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

GridLayout {
    id: chart
    objectName: "resultChart"
    // HallModel.result
    required property var result
    // The size unit of the hall page (about 1/100 of its shorter side).
    required property real u
    // In the agenda view, beside other things: smaller, everything in one column.
    property bool compact: false
    // The verdict and the rule beside the bars (a landscape screen), or above them.
    property bool wide: false

    readonly property int total: result.total || 0
    readonly property var rows: [
        { key: "approve", name: qsTr("Approve"), count: result.approve, share: result.approvePercent, color: HallWords.approve },
        { key: "disapprove", name: qsTr("Disapprove"), count: result.disapprove, share: result.disapprovePercent, color: HallWords.disapprove },
        { key: "notVoting", name: qsTr("Not voting"), count: result.notVoting, share: result.notVotingPercent, color: HallWords.notVoting },
        { key: "didNotVote", name: qsTr("Did not vote or absent"), count: result.didNotVote, share: result.didNotVotePercent, color: HallWords.didNotVote }
    ]
    readonly property real gap: u * (compact ? 1.0 : 1.6)

    columns: wide ? 2 : 1
    columnSpacing: u * 4
    rowSpacing: gap

    // ---- The verdict, the totals and the rule ----
    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: chart.wide ? 8 : 1
        Layout.alignment: Qt.AlignTop
        spacing: chart.gap

        Rectangle {
            objectName: "verdictBanner"
            Layout.fillWidth: true
            implicitHeight: verdict.implicitHeight + chart.u * (chart.compact ? 1.6 : 2.4)
            radius: chart.u
            color: chart.result.verdict === "passed" ? HallWords.passed
                 : chart.result.verdict === "failed" ? HallWords.failed : HallWords.track

            Label {
                id: verdict
                objectName: "verdictLabel"
                anchors.centerIn: parent
                width: parent.width - 2 * chart.u
                text: HallWords.verdictText(chart.result.verdict)
                color: "white"
                font.pixelSize: chart.u * (chart.compact ? 3.6 : 5.6)
                font.weight: Font.Black
                font.capitalization: Font.AllUppercase
                font.letterSpacing: chart.u * 0.2
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
        Label {
            objectName: "resultTotals"
            text: qsTr("All delegates: %1 · Present: %2 · Voted: %3")
                    .arg(HallWords.count(chart.result.total)).arg(HallWords.count(chart.result.present))
                    .arg(HallWords.count(chart.result.voted))
            color: HallWords.text
            font.pixelSize: chart.u * (chart.compact ? 2.2 : 3)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "resultRule"
            text: HallWords.ruleText(chart.result.rule, chart.result.requiredApprovals)
            color: HallWords.accent
            font.pixelSize: chart.u * (chart.compact ? 2.2 : 3)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: chart.result.handCounted === true
            text: qsTr("Counted by hand by the secretariat")
            color: HallWords.textMuted
            font.pixelSize: chart.u * (chart.compact ? 2.2 : 3)
            font.italic: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // ---- One bar per choice ----
    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: chart.wide ? 12 : 1
        Layout.alignment: Qt.AlignTop
        spacing: chart.gap

        Repeater {
            model: chart.rows
            delegate: ColumnLayout {
                id: row
                required property var modelData
                objectName: "resultRow_" + modelData.key
                Layout.fillWidth: true
                spacing: chart.u * 0.4

                RowLayout {
                    Layout.fillWidth: true
                    spacing: chart.u
                    Label {
                        text: row.modelData.name
                        color: HallWords.text
                        font.pixelSize: chart.u * (chart.compact ? 2.4 : 3.4)
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "resultCount_" + row.modelData.key
                        text: HallWords.count(row.modelData.count)
                        color: HallWords.text
                        font.pixelSize: chart.u * (chart.compact ? 3 : 4.4)
                        font.weight: Font.Black
                    }
                    Label {
                        objectName: "resultShare_" + row.modelData.key
                        text: HallWords.percent(row.modelData.share)
                        color: HallWords.textMuted
                        font.pixelSize: chart.u * (chart.compact ? 2.4 : 3.4)
                        font.weight: Font.DemiBold
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: chart.u * (chart.compact ? 13 : 18)
                    }
                }
                Rectangle {
                    id: track
                    Layout.fillWidth: true
                    implicitHeight: chart.u * (chart.compact ? 2 : 3.4)
                    radius: height / 4
                    color: HallWords.track

                    Rectangle {
                        width: Math.max(row.modelData.count > 0 ? 3 : 0,
                                        track.width * Math.min(1, (row.modelData.share || 0) / 100))
                        height: parent.height
                        radius: parent.radius
                        color: row.modelData.color
                    }
                    // The pass mark: the approvals the rule needs, on the same scale.
                    Rectangle {
                        objectName: "passMark"
                        visible: row.modelData.key === "approve" && chart.total > 0
                                 && chart.result.requiredApprovals > 0
                        x: Math.min(track.width - width,
                                    track.width * chart.result.requiredApprovals / Math.max(1, chart.total))
                        y: -chart.u * 0.5
                        width: Math.max(3, chart.u * 0.35)
                        height: track.height + chart.u
                        color: HallWords.accent
                    }
                }
            }
        }
    }
}
