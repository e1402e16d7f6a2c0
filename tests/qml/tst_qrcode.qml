// QrCode: modules painted dark where the bits say so, whole pixels per
// module, and the quiet zone of 4 white modules around the code.
import QtQuick
import QtTest
import PaperlessCouncil

TestCase {
    id: testCase
    name: "QrCode"
    width: 300
    height: 300
    when: windowShown
    // TestCase is invisible by default; the components under test live in it
    // and must be visible to be painted and to get mouse and touch events.
    visible: true

    // 5 x 5, deliberately not symmetric.
    readonly property var rows: ["11100", "10000", "00100", "00001", "01011"]

    Component { id: qrCode; QrCode { } }

    function isDark(img, x, y) { return img.red(x, y) < 60 && img.green(x, y) < 60 && img.blue(x, y) < 60 }
    function isWhite(img, x, y) { return img.red(x, y) > 230 && img.green(x, y) > 230 && img.blue(x, y) > 230 }

    function test_modulesAndQuietZone_data() {
        return [ { tag: "52 px", size: 52 }, { tag: "100 px", size: 100 }, { tag: "150x120", size: 150, height: 120 } ]
    }
    function test_modulesAndQuietZone(data) {
        const n = rows.length
        const qr = createTemporaryObject(qrCode, testCase,
                                         { width: data.size, height: data.height || data.size, modules: n, bits: rows.join("") })
        verify(qr.valid)
        const side = Math.min(qr.width, qr.height)
        compare(qr.cell, Math.floor(side / (n + 2 * qr.quiet)))
        const canvas = qr.children[0]
        compare(canvas.width, qr.cell * n)
        // Whole pixels: sharp modules.
        compare(canvas.x, Math.round(canvas.x))
        compare(canvas.y, Math.round(canvas.y))
        // The quiet zone: at least 4 modules on every side inside the item.
        verify(canvas.x >= qr.quiet * qr.cell - 0.5)
        verify(canvas.y >= qr.quiet * qr.cell - 0.5)
        verify(qr.width - canvas.x - canvas.width >= qr.quiet * qr.cell - 0.5)
        verify(qr.height - canvas.y - canvas.height >= qr.quiet * qr.cell - 0.5)

        const c = qr.cell
        const at = function(mx, my) { return [canvas.x + mx * c + c / 2, canvas.y + my * c + c / 2] }
        // The canvas paints asynchronously; wait for the first dark module.
        tryVerify(function() { const p = at(0, 0); return isDark(grabImage(qr), p[0], p[1]) }, 3000,
                  "the code is painted")
        const img = grabImage(qr)
        for (let y = 0; y < n; ++y) {
            for (let x = 0; x < n; ++x) {
                const p = at(x, y)
                if (rows[y][x] === "1")
                    verify(isDark(img, p[0], p[1]), "module " + x + "," + y + " should be dark")
                else
                    verify(isWhite(img, p[0], p[1]), "module " + x + "," + y + " should be white")
            }
        }
        // Every pixel of the quiet zone (away from the rounded corners) is white.
        const r = qr.radius + 1
        for (let x = r; x < qr.width - r; ++x) {
            for (const y of [2, Math.floor(canvas.y) - 1, Math.ceil(canvas.y + canvas.height), qr.height - 3])
                verify(isWhite(img, x, y), "quiet zone at " + x + "," + y)
        }
        for (let y = r; y < qr.height - r; ++y) {
            for (const x of [2, Math.floor(canvas.x) - 1, Math.ceil(canvas.x + canvas.width), qr.width - 3])
                verify(isWhite(img, x, y), "quiet zone at " + x + "," + y)
        }
    }

    function test_repaintsWhenBitsChange() {
        const qr = createTemporaryObject(qrCode, testCase, { width: 52, height: 52, modules: 5, bits: rows.join("") })
        const canvas = qr.children[0]
        const cx = canvas.x + 2, cy = canvas.y + 2 // module 0,0
        tryVerify(function() { return isDark(grabImage(qr), cx, cy) }, 3000)
        qr.bits = "0" + rows.join("").slice(1)
        tryVerify(function() { return isWhite(grabImage(qr), cx, cy) }, 3000, "module 0,0 cleared")
    }

    function test_invalidDrawsNothing_data() {
        return [ { tag: "short", bits: "1111" }, { tag: "no modules", bits: "", modules: 0 } ]
    }
    function test_invalidDrawsNothing(data) {
        const qr = createTemporaryObject(qrCode, testCase,
                                         { width: 52, height: 52, modules: data.modules === undefined ? 5 : data.modules, bits: data.bits })
        verify(!qr.valid)
        compare(qr.cell, 0)
        verify(!qr.children[0].visible)
        waitForRendering(qr)
        const img = grabImage(qr)
        verify(isWhite(img, 26, 26))
    }
}
