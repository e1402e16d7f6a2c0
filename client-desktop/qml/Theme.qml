// Colours and sizes of the whole app in one place. Chosen for a bright hall:
// dark text on white, no thin grey-on-grey, and touch targets of at least
// 56 px so a delegate can hit them on a tablet without looking twice.
pragma Singleton
import QtQuick

QtObject {
    readonly property color primary: "#17365D"
    readonly property color primaryDark: "#0E2440"
    readonly property color page: "#EEF1F5"
    readonly property color card: "#FFFFFF"
    readonly property color cardPressed: "#E4E9F0"
    readonly property color text: "#161B22"
    readonly property color textMuted: "#4A5563"
    readonly property color divider: "#D3D9E1"
    readonly property color current: "#FFF3D1"
    readonly property color currentBorder: "#D99A00"
    readonly property color currentText: "#7A4F00"
    readonly property color online: "#2E9E44"
    readonly property color warning: "#F2B705"
    readonly property color danger: "#C62828"
    readonly property color dangerSoft: "#FDECEC"
    readonly property color done: "#5F6B7A"

    readonly property int radius: 14
    readonly property int touch: 56
    // The user's text size (Preferences.fontScale; Main.qml binds it).
    property real fontScale: 1.0
    readonly property int fontSmall: Math.round(15 * fontScale)
    readonly property int fontBase: Math.round(18 * fontScale)
    readonly property int fontTitle: Math.round(21 * fontScale)
    readonly property int fontHeading: Math.round(28 * fontScale)
    readonly property int contentMaxWidth: 1040
}
