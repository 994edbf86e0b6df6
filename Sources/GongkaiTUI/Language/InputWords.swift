/// 输入用词 — Chinese words and punctuation the workstation *accepts* from the keyboard or uses
/// to lay out Chinese text. They are not phrases shown to the officer, so they are not in the
/// phrase catalog, but they live here so that no CJK literal sits outside `Language/`.
enum InputWords {
    /// 是 — answers yes to a y/n question, like `y`.
    static let yes: Character = "是"
    /// 清除 — `:filter 清除` clears the filter, like `clear`.
    static let clear = "清除"
    /// 状态 — `:filter 状态 逾期`, like `state`.
    static let state = "状态"
    /// 单位 — `:filter 单位 县教育局`, like `unit`.
    static let unit = "单位"
    /// 至 — separates the two dates of a period (`2026-01-01 至 2026-06-30`).
    static let to: Character = "至"
    /// The separators accepted between list entries typed into a field (`a，b、c`).
    static let listSeparators: Set<Character> = [",", "，", "、"]
}

/// 排版 — line-breaking rules of Chinese text (GB/T 15834 punctuation), used by soft wrap and
/// the detail overlays.
enum Typography {
    /// Characters that may not begin a line.
    static let noStart: Set<Character> = Set("，。、；：？！）》」』】〕〉’”…—·%,.;:?!)]}%～")
    /// Characters that may not end a line.
    static let noEnd: Set<Character> = Set("（《「『【〔〈‘“([{")
    /// Closing punctuation that never starts a line in the detail overlays (避头).
    static let closing = "、，。；：）」』！？"
}
