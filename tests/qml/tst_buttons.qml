// PrimaryButton, OutlineButton and Chip: touch sizes and text that fits.
import QtQuick
import QtTest
import PaperlessCouncil

TestCase {
    id: testCase
    name: "Buttons"
    width: 800
    height: 600
    when: windowShown
    // TestCase is invisible by default; the components under test live in it
    // and must be visible to be painted and to get mouse and touch events.
    visible: true

    Component { id: primaryButton; PrimaryButton { text: "Đăng nhập" } }
    Component { id: outlineButton; OutlineButton { text: "Chọn lại" } }
    Component { id: chip; Chip { text: "Đang họp" } }
    Component { id: spyComponent; SignalSpy { signalName: "clicked" } }

    function checkFits(label, what) {
        verify(!label.truncated, what + " truncated")
        verify(label.contentWidth <= label.width + 0.5, what + ": " + label.contentWidth + " > " + label.width)
        verify(label.contentHeight <= label.height + 0.5, what + ": " + label.contentHeight + " > " + label.height)
    }

    function test_buttonTouchTargetAndText_data() {
        return [
            { tag: "primary login", component: primaryButton, text: "Đăng nhập" },
            { tag: "primary check in", component: primaryButton, text: "Điểm danh" },
            { tag: "outline choose again", component: outlineButton, text: "Chọn lại" },
            { tag: "outline send code", component: outlineButton, text: "Gửi mã" },
        ]
    }
    function test_buttonTouchTargetAndText(data) {
        const button = createTemporaryObject(data.component, testCase, { text: data.text })
        waitForRendering(button)
        verify(button.implicitHeight >= 48, "implicitHeight " + button.implicitHeight)
        verify(button.height >= Theme.touch, "height " + button.height + " < Theme.touch")
        verify(button.width >= 48, "width " + button.width)
        compare(button.contentItem.text, data.text)
        compare(button.contentItem.lineCount, 1)
        checkFits(button.contentItem, data.text)
    }

    function test_buttonClicks_data() {
        return [ { tag: "primary", component: primaryButton }, { tag: "outline", component: outlineButton } ]
    }
    function test_buttonClicks(data) {
        const button = createTemporaryObject(data.component, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: button })
        waitForRendering(button)
        mouseClick(button)
        touchEvent(button).press(0, button, 10, button.height / 2).commit()
        touchEvent(button).release(0, button, 10, button.height / 2).commit()
        compare(spy.count, 2)
        button.enabled = false
        mouseClick(button)
        compare(spy.count, 2)
    }

    function test_chipTextFits_data() {
        return [ { tag: "short", text: "Tờ trình" }, { tag: "long", text: "Đang biểu quyết · vòng 2" } ]
    }
    function test_chipTextFits(data) {
        // A chip is a label, not a touch target: only its text must fit.
        const item = createTemporaryObject(chip, testCase, { text: data.text })
        waitForRendering(item)
        const label = item.children[0]
        compare(label.text, data.text)
        checkFits(label, data.text)
        verify(label.x >= 0 && label.x + label.width <= item.width, "label outside the chip")
        verify(label.y >= 0 && label.y + label.height <= item.height, "label outside the chip")
    }
}
