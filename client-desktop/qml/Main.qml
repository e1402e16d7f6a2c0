// The first window of council-client: login, the sessions, and the live
// agenda of one session. Which page shows follows the controller's state, so
// a revoked token or a removed session brings the right page back by itself.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import PaperlessCouncil.Models

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    required property AppController controller
    readonly property bool compact: width < 1000

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Paperless Council")
    color: Theme.page
    font.pixelSize: Theme.fontBase

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.foreground: Theme.text

    header: AppHeader {
        visible: window.controller.loggedIn
        controller: window.controller
        showBack: window.controller.currentSessionId !== 0
        compact: window.compact
    }

    function showPages() {
        const c = window.controller
        const want = !c.loggedIn ? "loginPage" : c.currentSessionId === 0 ? "sessionsPage" : "agendaPage"
        const top = stack.currentItem ? stack.currentItem.objectName : ""
        if (top === want)
            return
        if (want === "loginPage") {
            stack.replace(null, loginComponent)
        } else if (want === "sessionsPage") {
            if (stack.depth > 1 && stack.get(0).objectName === "sessionsPage")
                stack.pop(null)
            else
                stack.replace(null, sessionsComponent)
        } else {
            if (top !== "sessionsPage")
                stack.replace(null, sessionsComponent, {}, StackView.Immediate)
            stack.push(agendaComponent)
        }
    }

    Connections {
        target: window.controller
        function onLoggedInChanged() { window.showPages() }
        function onCurrentSessionChanged() { window.showPages() }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        Component.onCompleted: window.showPages()
    }

    // Back from the agenda with the keyboard or a tablet's back key.
    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: window.controller.currentSessionId !== 0
        onActivated: window.controller.closeSession()
    }

    Component {
        id: loginComponent
        LoginPage {
            controller: window.controller
        }
    }
    Component {
        id: sessionsComponent
        SessionsPage {
            controller: window.controller
        }
    }
    Component {
        id: agendaComponent
        AgendaPage {
            controller: window.controller
            wide: window.width >= 1100
        }
    }
}
