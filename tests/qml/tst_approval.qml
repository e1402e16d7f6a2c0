// ApprovalCard and VersionTrail: who approved, who uploaded, which version
// is shown, and states a reader must not misread.
import QtQuick
import QtTest
import PaperlessCouncil

TestCase {
    id: testCase
    name: "Approval"
    width: 600
    height: 800
    when: windowShown
    // TestCase is invisible by default; the components under test live in it
    // and must be visible to be painted and to get mouse and touch events.
    visible: true

    Component { id: approvalCard; ApprovalCard { width: 400 } }
    Component { id: versionTrail; VersionTrail { width: 400 } }

    readonly property var verifiedInfo: ({
        approval: "verified", approvalText: "Đã xác minh chữ ký", approver: "Nguyễn Văn Hùng",
        approvedAt: "01/05/2024 09:30", version: 2, pages: 5 })

    function shown(item) {
        // Visible and actually inside the window (no zero size).
        return item.visible && item.width > 0 && item.height > 0
    }

    function test_verified() {
        const card = createTemporaryObject(approvalCard, testCase, { info: verifiedInfo })
        waitForRendering(card)
        verify(card.verified)
        const state = findChild(card, "approvalState")
        verify(state.text.startsWith("\u2713"), state.text)
        verify(state.text.indexOf("Đã xác minh chữ ký") >= 0)
        const approver = findChild(card, "approverLabel")
        verify(shown(approver))
        verify(approver.text.indexOf("Nguyễn Văn Hùng") >= 0, approver.text)
        const at = findChild(card, "approvedAtLabel")
        verify(shown(at))
        verify(at.text.indexOf("01/05/2024 09:30") >= 0, at.text)
        verify(!findChild(card, "approvalReason").visible)
        verify(Qt.colorEqual(card.color, "#E3F3E7"))
        // Everything inside the card.
        verify(card.height >= approver.y + approver.height)
    }

    function test_unverified() {
        const card = createTemporaryObject(approvalCard, testCase, { info: {
            approval: "unverified", approvalText: "Không xác minh được", approvalReason: "Chữ ký không khớp",
            approver: "Nguyễn Văn Hùng", approvedAt: "01/05/2024", version: 2, pages: 5 } })
        waitForRendering(card)
        verify(card.failed)
        const state = findChild(card, "approvalState")
        verify(state.text.startsWith("\u26A0"), state.text)
        // A signature that does not check out never names an approver.
        verify(!findChild(card, "approverLabel").visible)
        verify(!findChild(card, "approvedAtLabel").visible)
        const reason = findChild(card, "approvalReason")
        verify(shown(reason))
        compare(reason.text, "Chữ ký không khớp")
        verify(Qt.colorEqual(card.color, Theme.dangerSoft))
    }

    function test_checkingWhenNoInfo() {
        const card = createTemporaryObject(approvalCard, testCase)
        compare(card.state_, "checking")
        verify(!card.verified && !card.failed)
        verify(!findChild(card, "approverLabel").visible)
        verify(!findChild(card, "approvalReason").visible)
        verify(!findChild(card, "approvalState").text.startsWith("\u2713"))
    }

    function test_bannerNamesApproverInline() {
        const card = createTemporaryObject(approvalCard, testCase, { info: verifiedInfo, banner: true })
        waitForRendering(card)
        const state = findChild(card, "approvalState")
        verify(state.text.indexOf("Nguyễn Văn Hùng") >= 0, state.text)
        verify(state.text.indexOf("01/05/2024 09:30") >= 0, state.text)
        verify(!findChild(card, "approverLabel").visible)
        verify(card.height >= state.y + state.height)
    }

    readonly property var versions: [
        { version: 2, shown: true, uploadedBy: "Thư ký Trần Thị Lan", uploadedAt: "02/05/2024 08:00",
          reason: "Sửa số liệu trang 3", review: "approved", reviewText: "Đã duyệt",
          reviewedBy: "Nguyễn Văn Hùng", reviewedAt: "02/05/2024 10:00" },
        { version: 1, shown: false, uploadedBy: "Thư ký Trần Thị Lan", uploadedAt: "01/05/2024 08:00",
          reason: "", review: "rejected", reviewText: "Bị từ chối",
          reviewedBy: "Nguyễn Văn Hùng", reviewedAt: "01/05/2024 11:00" },
    ]

    function labelsOf(entry) { return entry.children[0].children }

    function test_versionTrail() {
        const trail = createTemporaryObject(versionTrail, testCase, { versions: versions })
        waitForRendering(trail)
        const newest = findChild(trail, "versionEntry0")
        const older = findChild(trail, "versionEntry1")
        verify(newest && older)
        verify(!findChild(trail, "versionEntry2"))
        verify(newest.y < older.y, "newest first")

        const n = labelsOf(newest)
        verify(n[0].text.indexOf("2") >= 0, n[0].text)
        verify(n[1].text.indexOf("Thư ký Trần Thị Lan") >= 0, n[1].text)
        verify(shown(n[2]))
        verify(n[2].text.indexOf("Sửa số liệu trang 3") >= 0, n[2].text)
        verify(n[3].text.indexOf("Đã duyệt") >= 0 && n[3].text.indexOf("Nguyễn Văn Hùng") >= 0, n[3].text)
        verify(Qt.colorEqual(n[3].color, "#1B5E2E"))

        const o = labelsOf(older)
        verify(!o[2].visible, "no reason line for the first version")
        verify(Qt.colorEqual(o[3].color, Theme.danger))
        // Only the version being read is marked as shown.
        verify(n[0].text.length > o[0].text.length, "the shown version carries the marker")
        verify(Qt.colorEqual(newest.border.color, Theme.primary))
        verify(!Qt.colorEqual(older.border.color, Theme.primary))
        // Every line inside its entry.
        for (const entry of [newest, older]) {
            const labels = labelsOf(entry)
            for (let i = 0; i < labels.length; ++i) {
                const label = labels[i]
                if (label.visible)
                    verify(entry.children[0].y + label.y + label.height <= entry.height + 0.5)
            }
        }
    }

    function test_versionTrailLoading() {
        const trail = createTemporaryObject(versionTrail, testCase)
        waitForRendering(trail)
        verify(trail.children[1].visible, "the loading line while the history is empty")
        verify(!findChild(trail, "versionEntry0"))
        trail.versions = versions
        verify(!trail.children[1].visible)
        verify(findChild(trail, "versionEntry1"))
    }
}
