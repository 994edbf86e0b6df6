/// 目录窗格命令与按键 — the 目录 pane's named commands (reachable from the `:` prompt too) and their
/// default bindings, scoped to the pane (x also works in the 文件 pane, where the filter shows).
enum CatalogCommands {
    static let all: [CommandSpec] = [
        CommandSpec(name: "catalog-open", aliases: ["打开栏目"], summary: "展开/折叠栏目，并让文件窗格只显示该栏目的文件", takesArgument: false),
        CommandSpec(name: "catalog-expand", aliases: ["展开"], summary: "展开栏目（已展开则进入第一个下级）", takesArgument: false),
        CommandSpec(name: "catalog-collapse", aliases: ["折叠"], summary: "折叠栏目（已折叠则回到上级）", takesArgument: false),
        CommandSpec(name: "catalog-filter", aliases: ["目录筛选"], summary: "文件窗格只显示所选栏目及其下级的文件", takesArgument: false),
        CommandSpec(name: "catalog-filter-clear", aliases: ["清除筛选"], summary: "清除文件窗格的目录筛选", takesArgument: false),
        CommandSpec(name: "catalog-search", aliases: ["搜索栏目"], summary: "按名称搜索栏目（可直接带搜索词）", takesArgument: true),
        CommandSpec(name: "catalog-search-next", aliases: [], summary: "下一个搜索结果", takesArgument: false),
        CommandSpec(name: "catalog-search-prev", aliases: [], summary: "上一个搜索结果", takesArgument: false),
        CommandSpec(name: "catalog-add", aliases: ["新增栏目"], summary: "在所选栏目下新增栏目", takesArgument: false),
        CommandSpec(name: "catalog-rename", aliases: ["重命名栏目"], summary: "重命名所选栏目", takesArgument: false),
        CommandSpec(name: "catalog-move", aliases: ["移动栏目"], summary: "把所选栏目（连同下级）移到另一上级下", takesArgument: false),
        CommandSpec(name: "catalog-retire", aliases: ["停用栏目"], summary: "停用所选栏目（保留历史）", takesArgument: false),
        CommandSpec(name: "catalog-restore", aliases: ["恢复栏目"], summary: "恢复已停用的栏目", takesArgument: false),
        CommandSpec(name: "catalog-shift-up", aliases: ["栏目上移"], summary: "所选栏目在同级中上移一位", takesArgument: false),
        CommandSpec(name: "catalog-shift-down", aliases: ["栏目下移"], summary: "所选栏目在同级中下移一位", takesArgument: false),
        CommandSpec(name: "catalog-show-retired", aliases: ["显示停用"], summary: "显示/隐藏已停用的栏目", takesArgument: false),
        CommandSpec(name: "catalog-info", aliases: ["栏目信息"], summary: "在底行显示所选栏目的编号、路径和统计", takesArgument: false),
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
