// Words and number formats of the hall display, in one place so the agenda,
// result and attendance views say the same thing the same way.
pragma Singleton
import QtQuick

QtObject {
    // 1:05 / 12:00; "+0:35" once the time is over (negative seconds).
    function clock(seconds) {
        const over = seconds < 0
        const s = Math.abs(seconds)
        const text = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
        return over ? "+" + text : text
    }

    // 60,00 % in Vietnamese, 60.00% in English: the locale decides.
    function percent(value) {
        return qsTr("%1%").arg(Number(value).toLocaleString(Qt.locale(), "f", 2))
    }

    function count(value) {
        return Number(value).toLocaleString(Qt.locale(), "f", 0)
    }

    // The rule a result was decided by, as the rules of procedure say it.
    function ruleText(rule, required) {
        switch (rule) {
        case "two_thirds_of_total":
            return qsTr("Passes with at least two thirds of all delegates approving (%1 needed)").arg(required)
        case "more_than_half_of_present":
            return qsTr("Passes with more than half of the delegates present approving (%1 needed)").arg(required)
        case "more_than_half_of_cast":
            return qsTr("Passes with more than half of the votes cast approving (%1 needed)").arg(required)
        default:
            return qsTr("Passes with more than half of all delegates approving (%1 needed)").arg(required)
        }
    }

    function quorumRuleText(rule) {
        return rule === "more_than_half_of_total"
                ? qsTr("more than half of all delegates must be present")
                : qsTr("at least two thirds of all delegates must be present")
    }

    function verdictText(verdict) {
        switch (verdict) {
        case "passed":
            return qsTr("Passed")
        case "failed":
            return qsTr("Not passed")
        default:
            return qsTr("No decision")
        }
    }

    // Colours for a dark hall screen: bright enough for a washed-out
    // projector, never told apart by colour alone (each bar has its words).
    readonly property color background: "#0B1E36"
    readonly property color panel: "#14304F"
    readonly property color panelBorder: "#2B4D75"
    readonly property color text: "#FFFFFF"
    readonly property color textMuted: "#C3D0E0"
    readonly property color accent: "#FFC83D"
    readonly property color approve: "#3FBF6A"
    readonly property color disapprove: "#F0605A"
    readonly property color notVoting: "#A9B6C7"
    readonly property color didNotVote: "#4F6682"
    readonly property color track: "#233F62"
    readonly property color passed: "#1E8E45"
    readonly property color failed: "#C0392B"
}
