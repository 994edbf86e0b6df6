import GongkaiCore

/// 申请窗格命令与按键 — the 申请 pane's named commands (also typed at the `:` prompt) and its
/// pane-scoped default bindings, which the `?` help lists.
enum ApplicationCommands {
    static let specs: [CommandSpec] = [
        CommandSpec(name: "app-open", aliases: ["详情"], summary: TUIText.Commands.appOpen, takesArgument: false),
        CommandSpec(name: "app-new", aliases: ["登记申请"], summary: TUIText.Commands.appNew, takesArgument: false),
        CommandSpec(name: "filter", aliases: ["筛选"],
                    summary: TUIText.Commands.filter, takesArgument: true),
        CommandSpec(name: "search", aliases: ["搜索"], summary: TUIText.Commands.search, takesArgument: true),
        CommandSpec(name: "search-prompt", aliases: [], summary: TUIText.Commands.searchPrompt, takesArgument: false),
        CommandSpec(name: "letter", aliases: ["文书"], summary: TUIText.Letters.commandSummary, takesArgument: false),
    ] + eventSpecs

    /// One command per event kind, named by its code (`:reply`, `:答复`), so the help says what each key records.
    static let eventSpecs: [CommandSpec] = ApplicationEventKind.allCases.map { kind in
        CommandSpec(name: kind.code, aliases: [kind.chineseName],
                    summary: Phrase(TUIText.Commands.recordEvent.text([kind.chineseName], in: .zh),
                                     TUIText.Commands.recordEvent.text([kind.englishName], in: .en)), takesArgument: false)
    }

    static let bindings: [Keymap.Binding] = [
        ("Enter", "app-open"), ("a", "app-new"),
        ("c", "clarify-request"), ("C", "clarify-received"),
        ("s", "consult-start"), ("S", "consult-end"),
        ("x", "extend"), ("r", "reply"), ("w", "withdraw"),
        ("f", "fee-notice"), ("F", "fee-paid"),
        ("/", "search-prompt"), ("W", "letter"),
    ].map { Keymap.Binding(key: Key(name: $0.0)!, command: $0.1, scope: .applications) }
}
