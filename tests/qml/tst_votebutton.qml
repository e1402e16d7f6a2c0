// VoteButton: the three big voting buttons of the vote card.
import QtQuick
import QtTest
import PaperlessCouncil

TestCase {
    id: testCase
    name: "VoteButton"
    width: 800
    height: 600
    when: windowShown
    // TestCase is invisible by default; the components under test live in it
    // and must be visible to be painted and to get mouse and touch events.
    visible: true

    // The card is 600 px wide at its narrowest three-column layout
    // (VoteCard.narrow), 20 px margins, 12 px between the buttons.
    readonly property real cardButtonWidth: Math.floor((600 - 2 * 20 - 2 * 12) / 3)

    Component {
        id: voteButton
        VoteButton {
            width: testCase.cardButtonWidth
            text: "Tán thành"
            sign: "\u2713"
            tone: "#1B6E34"
        }
    }
    Component {
        id: spyComponent
        SignalSpy { signalName: "clicked" }
    }

    function textLabel(button) { return button.contentItem.children[1] }
    function choiceLabel(button) { return button.contentItem.children[2] }

    function test_mouseClickEmitsClicked() {
        const button = createTemporaryObject(voteButton, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: button })
        waitForRendering(button)
        mouseClick(button)
        compare(spy.count, 1)
        mouseClick(button, 5, 5)
        compare(spy.count, 2)
    }

    function test_touchTapEmitsClicked() {
        const button = createTemporaryObject(voteButton, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: button })
        waitForRendering(button)
        const x = button.width / 2, y = button.height / 2
        touchEvent(button).press(0, button, x, y).commit()
        touchEvent(button).release(0, button, x, y).commit()
        compare(spy.count, 1)
    }

    function test_disabledIgnoresClicksAndTouch() {
        const button = createTemporaryObject(voteButton, testCase, { enabled: false })
        const spy = createTemporaryObject(spyComponent, testCase, { target: button })
        waitForRendering(button)
        mouseClick(button)
        touchEvent(button).press(0, button, 20, 20).commit()
        touchEvent(button).release(0, button, 20, 20).commit()
        compare(spy.count, 0)
        // Greyed out, not the option's colour.
        verify(Qt.colorEqual(button.background.color, "#9AA5B1"))
    }

    function test_chosenShowsMarker() {
        const button = createTemporaryObject(voteButton, testCase)
        const plainHeight = button.height
        compare(choiceLabel(button).opacity, 0)
        compare(button.background.border.width, 0)

        button.chosen = true
        compare(choiceLabel(button).opacity, 1)
        verify(choiceLabel(button).text.length > 0)
        compare(button.background.border.width, 5)
        // The marker never moves the row of buttons: same height either way.
        compare(button.height, plainHeight)

        button.chosen = false
        button.muted = true
        compare(choiceLabel(button).opacity, 0)
        verify(button.background.opacity < 1)
    }

    function test_touchTarget() {
        const button = createTemporaryObject(voteButton, testCase)
        verify(button.height >= Theme.touch, "height " + button.height)
    }

    function test_textFitsInCard_data() {
        return [
            { tag: "approve", text: "Tán thành", sign: "\u2713" },
            { tag: "disapprove", text: "Không tán thành", sign: "\u2717" },
            { tag: "not_voting", text: "Không biểu quyết", sign: "\u2013" },
            { tag: "confirm", text: "Xác nhận", sign: "\u2713" },
            { tag: "en not voting", text: "Not voting", sign: "\u2013" },
            { tag: "en disapprove", text: "Disapprove", sign: "\u2717" },
        ]
    }
    function test_textFitsInCard(data) {
        const button = createTemporaryObject(voteButton, testCase, { text: data.text, sign: data.sign, chosen: true })
        waitForRendering(button)
        for (const label of [textLabel(button), choiceLabel(button)]) {
            verify(!label.truncated, label.text + " truncated")
            verify(label.contentWidth <= label.width + 0.5,
                   label.text + ": " + label.contentWidth + " > " + label.width)
            verify(label.contentHeight <= label.height + 0.5,
                   label.text + ": height " + label.contentHeight + " > " + label.height)
        }
        compare(textLabel(button).text, data.text)
        // Shrunk to fit at most down to the small size, still readable.
        verify(textLabel(button).fontInfo.pixelSize >= Theme.fontSmall)
    }
}
