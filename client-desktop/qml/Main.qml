// The first window of council-client: login, the sessions, and one console
// of the open session: the delegate's live agenda, the chair's console, the
// secretariat or the document desk, as the account's functions allow
// (AppController.roles; the header switches between them without logging
// out). Which page shows follows the controller's state, so a revoked token,
// a removed session or a lost function brings the right page back by itself.
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

    // The user's text size, for every page.
    Binding {
        target: Theme
        property: "fontScale"
        value: window.controller.preferences.fontScale
    }

    header: AppHeader {
        visible: window.controller.loggedIn && !window.controller.hallShown
        controller: window.controller
        showBack: window.controller.currentSessionId !== 0
        compact: window.compact
    }

    // The console on the stack over the sessions page ("" when none): the
    // pages are the owners' own, so the window keeps track of which it pushed.
    property string shownConsole: ""
    readonly property var consoleComponents: ({
        delegate: agendaComponent,
        chair: chairComponent,
        secretary: secretariatComponent,
        documents: documentDeskComponent
    })

    function showPages() {
        const c = window.controller
        const want = !c.loggedIn ? "loginPage" : c.hallShown ? "hallPage"
                   : c.currentSessionId === 0 ? "sessionsPage" : "console"
        const top = stack.currentItem ? stack.currentItem.objectName : ""
        if (want === "console") {
            const key = window.consoleComponents[c.roles.current] ? c.roles.current : "delegate"
            if (window.shownConsole === key && stack.depth > 1 && stack.get(0).objectName === "sessionsPage")
                return // this console, perhaps with a document open over it
            if (stack.depth > 1 && stack.get(0).objectName === "sessionsPage")
                stack.pop(null, StackView.Immediate)
            else if (top !== "sessionsPage")
                stack.replace(null, sessionsComponent, {}, StackView.Immediate)
            window.shownConsole = key
            stack.push(window.consoleComponents[key])
            return
        }
        window.shownConsole = ""
        if (top === want)
            return
        if (want === "loginPage") {
            stack.replace(null, loginComponent)
        } else if (want === "hallPage") {
            stack.replace(null, hallComponent)
        } else if (stack.depth > 1 && stack.get(0).objectName === "sessionsPage") {
            stack.pop(null)
        } else {
            stack.replace(null, sessionsComponent)
        }
    }

    Connections {
        target: window.controller
        function onLoggedInChanged() { window.showPages() }
        function onCurrentSessionChanged() { window.showPages() }
        function onHallShownChanged() { window.showPages() }
    }
    Connections {
        target: window.controller.roles
        function onCurrentChanged() { window.showPages() }
    }

    // Documents open over the console: the reader, or the session's whole list.
    function showDocuments(documentId) {
        const top = stack.currentItem ? stack.currentItem.objectName : ""
        if (window.controller.currentSessionId === 0 || window.controller.hallShown
                || window.shownConsole === "" || stack.depth < 2)
            return
        if (documentId === undefined) {
            if (top !== "documentsPage" && top !== "readerPage")
                stack.push(documentsComponent)
        } else if (top === "readerPage") {
            stack.currentItem.documentId = documentId
        } else {
            stack.push(readerComponent, {documentId: documentId})
        }
    }
    Connections {
        target: window.controller.documents
        function onOpenRequested(documentId) { window.showDocuments(documentId) }
        function onListRequested() { window.showDocuments() }
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
        enabled: window.controller.currentSessionId !== 0 && !window.controller.hallShown
        onActivated: {
            const top = stack.currentItem ? stack.currentItem.objectName : ""
            if (top === "readerPage" || top === "documentsPage")
                stack.pop()
            else
                window.controller.closeSession()
        }
    }

    // The hall display: Escape leaves it (staff), F11 toggles full screen.
    // A display account's screen goes full screen by itself, except where
    // there is no real screen (offscreen tests, screenshots).
    Shortcut {
        sequence: "Escape"
        enabled: window.controller.hallShown && !window.controller.hall.displayOnly
        onActivated: window.controller.showHall(false)
    }
    Shortcut {
        sequences: [StandardKey.FullScreen, "F11"]
        enabled: window.controller.hallShown
        onActivated: window.visibility = window.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
    }
    readonly property bool hallFullScreen: window.controller.loggedIn && window.controller.hallShown
                                           && window.controller.hall.displayOnly
    onHallFullScreenChanged: {
        if (hallFullScreen && Qt.platform.pluginName !== "offscreen" && Qt.platform.pluginName !== "minimal")
            window.visibility = Window.FullScreen
    }

    Component {
        id: hallComponent
        HallDisplayPage {
            controller: window.controller
            onLeave: window.controller.showHall(false)
        }
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
        id: readerComponent
        ReaderPage {
            controller: window.controller
            wide: window.width >= 1100
            onClosed: stack.pop()
        }
    }
    Component {
        id: documentsComponent
        DocumentsPage {
            controller: window.controller
            onClosed: stack.pop()
        }
    }
    Component {
        id: agendaComponent
        AgendaPage {
            controller: window.controller
            wide: window.width >= 1100
        }
    }
    Component {
        id: chairComponent
        ChairConsolePage {
            controller: window.controller
            wide: window.width >= 1100
        }
    }
    Component {
        id: secretariatComponent
        SecretariatPage {
            controller: window.controller
            wide: window.width >= 1100
        }
    }
    Component {
        id: documentDeskComponent
        DocumentDeskPage {
            controller: window.controller
            wide: window.width >= 1100
        }
    }
}
