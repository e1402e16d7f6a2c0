// A QR code drawn from its modules ("0110…" row by row, `modules` wide), dark
// on white with the quiet zone scanners need. Each module is a whole number
// of pixels, so the code stays sharp on a projector.
import QtQuick

Rectangle {
    id: qr
    property string bits: ""
    property int modules: 0
    readonly property bool valid: modules > 0 && bits.length === modules * modules
    // 4 modules of white around the code, as the standard asks.
    readonly property int quiet: 4
    readonly property int cell: valid ? Math.max(1, Math.floor(Math.min(width, height) / (modules + 2 * quiet))) : 0

    color: "white"
    radius: 6
    Accessible.role: Accessible.Graphic

    Canvas {
        id: canvas
        anchors.centerIn: parent
        width: qr.cell * qr.modules
        height: width
        visible: qr.valid
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = "white"
            ctx.fillRect(0, 0, width, height)
            ctx.fillStyle = "black"
            const n = qr.modules, c = qr.cell, bits = qr.bits
            for (let y = 0; y < n; ++y) {
                let run = -1 // draw horizontal runs of dark modules as one rectangle
                for (let x = 0; x <= n; ++x) {
                    const dark = x < n && bits.charCodeAt(y * n + x) === 49
                    if (dark && run < 0)
                        run = x
                    else if (!dark && run >= 0) {
                        ctx.fillRect(run * c, y * c, (x - run) * c, c)
                        run = -1
                    }
                }
            }
        }
    }
    onBitsChanged: canvas.requestPaint()
    onCellChanged: canvas.requestPaint()
}
