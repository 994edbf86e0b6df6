import GongkaiCore

/// 解读窗格命令与按键 — the 解读 pane's named commands (also typed at the `:` prompt) and its
/// pane-scoped bindings, which the `?` help lists (issue 6).
enum InterpretationCommands {
    static let specs: [CommandSpec] = [
        CommandSpec(name: "interp-open", aliases: ["打开解读"],
                    summary: "打开所选文件的解读（没有则新建）：形式、要素、领导、单位、正文", takesArgument: false),
        CommandSpec(name: "interp-new", aliases: ["新建解读"], summary: "为所选文件新建一条解读", takesArgument: false),
        CommandSpec(name: "interp-tick", aliases: ["勾选要素"], summary: "打开解读并转到解读要素清单勾选", takesArgument: false),
        CommandSpec(name: "interp-doc", aliases: ["转到文件"], summary: "转到「文件」窗格中的该文件", takesArgument: false),
        CommandSpec(name: "interp-submit", aliases: ["解读提交"], summary: "解读提交审核", takesArgument: false),
        CommandSpec(name: "interp-approve", aliases: ["解读签发"], summary: "解读签发（审核人、管理员）", takesArgument: false),
        CommandSpec(name: "interp-return", aliases: ["解读退回"], summary: "解读退回草稿：interp-return 意见", takesArgument: true),
        CommandSpec(name: "interp-publish", aliases: ["解读发布"], summary: "解读发布", takesArgument: false),
        CommandSpec(name: "interp-period", aliases: ["解读统计"],
                    summary: "解读统计期间：interp-period 2026-01-01 2026-06-30（不带参数为本年）", takesArgument: true),
    ]

    static let bindings: [Keymap.Binding] = [
        ("Enter", "interp-open"), ("n", "interp-new"), ("t", "interp-tick"), ("d", "interp-doc"),
        ("s", "interp-submit"), ("A", "interp-approve"), ("P", "interp-publish"),
    ].map { Keymap.Binding(key: Key(name: $0.0)!, command: $0.1, scope: .interpretations) }
}
