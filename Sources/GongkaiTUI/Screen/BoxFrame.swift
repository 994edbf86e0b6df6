/// 方框 — the ASCII-bordered box every overlay (forms, help, history, messages) is drawn in.
extension CellGrid {
    /// Draws a `width`×`height` box at (x, y): `+--+` top and bottom, `|` sides, the inside blank in
    /// `style`. The box owns the cells it covers and the column either side of it: those are blanked
    /// first, so nothing of what lies below — a cut row's `~`, the half of a wide character split by
    /// the border — shows right against the border.
    mutating func drawBox(x: Int, y: Int, width w: Int, height h: Int, style: StyleRole = .overlay) {
        guard w >= 2, h >= 2 else { return }
        for row in y..<(y + h) {
            fill(x: x - 1, y: row, count: 1, style: .normal)
            fill(x: x + w, y: row, count: 1, style: .normal)
        }
        let border = "+" + String(repeating: "-", count: w - 2) + "+"
        put(border, x: x, y: y, style: style)
        put(border, x: x, y: y + h - 1, style: style)
        for row in (y + 1)..<(y + h - 1) {
            fill(x: x, y: row, count: w, style: style)
            put("|", x: x, y: row, style: style)
            put("|", x: x + w - 1, y: row, style: style)
        }
    }
}
