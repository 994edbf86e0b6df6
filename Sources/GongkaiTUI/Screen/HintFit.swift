/// 按键提示 — a line of key hints ("C-s 保存  Esc 退出  Tab 下一项 …", items two spaces apart) fitted
/// to the room left on a title row: whole items from the front, never one cut in half with `~`
/// (`?` lists every key anyway).
enum HintFit {
    static func fitting(_ hints: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(hints) <= width { return hints }
        var shown = ""
        for item in hints.components(separatedBy: "  ") where !item.isEmpty {
            let next = shown.isEmpty ? item : shown + "  " + item
            guard TextWidth.of(next) <= width else { break }
            shown = next
        }
        return shown
    }
}
