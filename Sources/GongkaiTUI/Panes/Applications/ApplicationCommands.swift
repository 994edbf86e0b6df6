import GongkaiCore

/// 申请窗格命令与按键 — the 申请 pane's named commands (also typed at the `:` prompt) and its
/// pane-scoped default bindings, which the `?` help lists.
enum ApplicationCommands {
    static let specs: [CommandSpec] = [
        CommandSpec(name: "app-open", aliases: ["详情"], summary: "打开所选申请的详情（办理记录和期限计算过程）", takesArgument: false),
        CommandSpec(name: "app-new", aliases: ["登记申请"], summary: "登记新的政府信息公开申请", takesArgument: false),
        CommandSpec(name: "filter", aliases: ["筛选"],
                    summary: "筛选申请：filter state 逾期 / filter unit 县教育局 / filter（清除）", takesArgument: true),
        CommandSpec(name: "search", aliases: ["搜索"], summary: "按申请人、内容、编号搜索申请（不带参数清除）", takesArgument: true),
        CommandSpec(name: "search-prompt", aliases: [], summary: "输入搜索词", takesArgument: false),
        CommandSpec(name: "letter", aliases: ["文书"], summary: L.Letters.commandSummary.text(), takesArgument: false),
    ] + eventSpecs

    /// One command per event kind, named by its code (`:reply`, `:答复`), so the help says what each key records.
    static let eventSpecs: [CommandSpec] = ApplicationEventKind.allCases.map { kind in
        CommandSpec(name: kind.code, aliases: [kind.chineseName],
                    summary: "登记“\(kind.chineseName)”（表单，日期默认今天）", takesArgument: false)
    }

    static let bindings: [Keymap.Binding] = [
        ("Enter", "app-open"), ("a", "app-new"),
        ("c", "clarify-request"), ("C", "clarify-received"),
        ("s", "consult-start"), ("S", "consult-end"),
        ("x", "extend"), ("r", "reply"), ("w", "withdraw"),
        ("/", "search-prompt"), ("W", "letter"),
    ].map { Keymap.Binding(key: Key(name: $0.0)!, command: $0.1, scope: .applications) }
}
