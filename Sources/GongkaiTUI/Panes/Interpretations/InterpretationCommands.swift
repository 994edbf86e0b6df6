import GongkaiCore

/// 解读窗格命令与按键 — the 解读 pane's named commands (also typed at the `:` prompt) and its
/// pane-scoped bindings, which the `?` help lists.
enum InterpretationCommands {
    static let specs: [CommandSpec] = [
        CommandSpec(name: "interp-open", aliases: ["打开解读"],
                    summary: TUIText.Commands.interpOpen, takesArgument: false),
        CommandSpec(name: "interp-new", aliases: ["新建解读"], summary: TUIText.Commands.interpNew, takesArgument: false),
        CommandSpec(name: "interp-tick", aliases: ["勾选要素"], summary: TUIText.Commands.interpTick, takesArgument: false),
        CommandSpec(name: "interp-doc", aliases: ["转到文件"], summary: TUIText.Commands.interpDoc, takesArgument: false),
        CommandSpec(name: "interp-submit", aliases: ["解读提交"], summary: TUIText.Commands.interpSubmit, takesArgument: false),
        CommandSpec(name: "interp-approve", aliases: ["解读签发"], summary: TUIText.Commands.interpApprove, takesArgument: false),
        CommandSpec(name: "interp-return", aliases: ["解读退回"], summary: TUIText.Commands.interpReturn, takesArgument: true),
        CommandSpec(name: "interp-publish", aliases: ["解读发布"], summary: TUIText.Commands.interpPublish, takesArgument: false),
        CommandSpec(name: "interp-period", aliases: ["解读统计"],
                    summary: TUIText.Commands.interpPeriod, takesArgument: true),
    ]

    static let bindings: [Keymap.Binding] = [
        ("Enter", "interp-open"), ("n", "interp-new"), ("t", "interp-tick"), ("d", "interp-doc"),
        ("s", "interp-submit"), ("A", "interp-approve"), ("P", "interp-publish"),
    ].map { Keymap.Binding(key: Key(name: $0.0)!, command: $0.1, scope: .interpretations) }
}
