// ConnectionIndicator: words and colours for each state of the link.
import QtQuick
import QtTest
import PaperlessCouncil
import PaperlessCouncil.Models

TestCase {
    id: testCase
    name: "ConnectionIndicator"
    width: 600
    height: 200
    when: windowShown
    // TestCase is invisible by default; the components under test live in it
    // and must be visible to be painted and to get mouse and touch events.
    visible: true

    Component { id: indicator; ConnectionIndicator { } }

    function dotOf(item) { return item.children[0].children[0] }

    function test_status_data() {
        return [
            { tag: "online", status: AppController.Online, source: "Online", dot: Theme.online, trying: false },
            { tag: "connecting", status: AppController.Connecting, source: "Connecting…", dot: Theme.warning, trying: true },
            { tag: "reconnecting", status: AppController.Reconnecting, source: "Reconnecting…", dot: Theme.warning, trying: true },
            { tag: "offline", status: AppController.Offline, source: "Offline", dot: "white", trying: false },
        ]
    }
    function test_status(data) {
        const item = createTemporaryObject(indicator, testCase, { status: data.status })
        verify(item)
        waitForRendering(item)
        const label = findChild(item, "connectionLabel")
        verify(label)
        const expected = qsTranslate("ConnectionIndicator", data.source)
        compare(label.text, expected)
        compare(item.Accessible.name, expected)
        verify(Qt.colorEqual(dotOf(item).color, data.dot), "dot " + dotOf(item).color)
        compare(item.trying, data.trying)
        if (data.status === AppController.Offline)
            verify(Qt.colorEqual(item.color, Theme.danger))
        else
            verify(!Qt.colorEqual(item.color, Theme.danger))
        // The words fit in the pill.
        verify(label.x >= 0 && item.children[0].x + label.x + label.width <= item.width)
    }

    function test_labelsDiffer() {
        const texts = {}
        for (const s of [AppController.Offline, AppController.Connecting, AppController.Reconnecting, AppController.Online]) {
            const item = createTemporaryObject(indicator, testCase, { status: s })
            const t = findChild(item, "connectionLabel").text
            verify(t.length > 0)
            verify(!(t in texts), "two states read the same: " + t)
            texts[t] = true
        }
    }

    function test_dotSettlesWhenOnline() {
        const item = createTemporaryObject(indicator, testCase, { status: AppController.Reconnecting })
        waitForRendering(item)
        tryVerify(function() { return dotOf(item).opacity < 0.9 }, 2000, "the dot pulses while reconnecting")
        item.status = AppController.Online
        compare(findChild(item, "connectionLabel").text, qsTranslate("ConnectionIndicator", "Online"))
        tryCompare(dotOf(item), "opacity", 1, 3000)
    }
}
