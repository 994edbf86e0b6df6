/// 目录窗格命令与按键 — the 目录 pane's named commands (reachable from the `:` prompt too) and their
/// default bindings, scoped to the pane (x also works in the 文件 pane, where the filter shows).
enum CatalogCommands {
    static let all: [CommandSpec] = [
        CommandSpec(name: "catalog-open", aliases: ["打开栏目"], summary: TUIText.Commands.catalogOpen, takesArgument: false),
        CommandSpec(name: "catalog-expand", aliases: ["展开"], summary: TUIText.Commands.catalogExpand, takesArgument: false),
        CommandSpec(name: "catalog-collapse", aliases: ["折叠"], summary: TUIText.Commands.catalogCollapse, takesArgument: false),
        CommandSpec(name: "catalog-filter", aliases: ["目录筛选"], summary: TUIText.Commands.catalogFilter, takesArgument: false),
        CommandSpec(name: "catalog-filter-clear", aliases: ["清除筛选"], summary: TUIText.Commands.catalogFilterClear, takesArgument: false),
        CommandSpec(name: "catalog-search", aliases: ["搜索栏目"], summary: TUIText.Commands.catalogSearch, takesArgument: true),
        CommandSpec(name: "catalog-search-next", aliases: [], summary: TUIText.Commands.catalogSearchNext, takesArgument: false),
        CommandSpec(name: "catalog-search-prev", aliases: [], summary: TUIText.Commands.catalogSearchPrev, takesArgument: false),
        CommandSpec(name: "catalog-add", aliases: ["新增栏目"], summary: TUIText.Commands.catalogAdd, takesArgument: false),
        CommandSpec(name: "catalog-rename", aliases: ["重命名栏目"], summary: TUIText.Commands.catalogRename, takesArgument: false),
        CommandSpec(name: "catalog-move", aliases: ["移动栏目"], summary: TUIText.Commands.catalogMove, takesArgument: false),
        CommandSpec(name: "catalog-retire", aliases: ["停用栏目"], summary: TUIText.Commands.catalogRetire, takesArgument: false),
        CommandSpec(name: "catalog-restore", aliases: ["恢复栏目"], summary: TUIText.Commands.catalogRestore, takesArgument: false),
        CommandSpec(name: "catalog-shift-up", aliases: ["栏目上移"], summary: TUIText.Commands.catalogShiftUp, takesArgument: false),
        CommandSpec(name: "catalog-shift-down", aliases: ["栏目下移"], summary: TUIText.Commands.catalogShiftDown, takesArgument: false),
        CommandSpec(name: "catalog-show-retired", aliases: ["显示停用"], summary: TUIText.Commands.catalogShowRetired, takesArgument: false),
        CommandSpec(name: "catalog-info", aliases: ["栏目信息"], summary: TUIText.Commands.catalogInfo, takesArgument: false),
    ]

    static let bindings: [Keymap.Binding] = [
        ("Enter", "catalog-open"), ("l", "catalog-expand"), ("Right", "catalog-expand"),
        ("h", "catalog-collapse"), ("Left", "catalog-collapse"), ("f", "catalog-filter"),
        ("x", "catalog-filter-clear"), ("/", "catalog-search"), ("n", "catalog-search-next"),
        ("N", "catalog-search-prev"), ("a", "catalog-add"), ("r", "catalog-rename"), ("m", "catalog-move"),
        ("D", "catalog-retire"), ("U", "catalog-restore"), ("K", "catalog-shift-up"),
        ("J", "catalog-shift-down"), ("z", "catalog-show-retired"), ("I", "catalog-info"),
    ].map { Keymap.Binding(key: Key(name: $0.0)!, command: $0.1, scope: .catalog) }
        + [Keymap.Binding(key: .char("x"), command: "catalog-filter-clear", scope: .documents)]
}
