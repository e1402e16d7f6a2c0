// Words for the agenda's codes (kind of item), shared by the list and the
// "now discussing" panel so both say the same thing.
pragma Singleton
import QtQuick

QtObject {
    function kindText(kind) {
        switch (kind) {
        case "resolution":
            return qsTr("Draft resolution")
        case "submission":
            return qsTr("Submission")
        case "report":
            return qsTr("Report")
        case "procedural":
            return qsTr("Procedure")
        default:
            return qsTr("Other")
        }
    }

    function minutesText(minutes) {
        return qsTr("%n min", "", minutes)
    }
}
