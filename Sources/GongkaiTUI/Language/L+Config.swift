import GongkaiCore

extension L {
    enum Config {
        static let themeNameSlash = Phrase("配色名不能含 /", "A theme name cannot contain /")
        static let themeNotFound = Phrase("找不到配色 {1}（可用：{2}）", "Theme {1} not found (available: {2})")
        static let themeColorsFallback = Phrase("终端只支持 {1} 色，已改用配色 {2}", "The terminal supports only {1} colours; using theme {2}")
        static let themeFallback = Phrase("{1}；已改用配色 {2}", "{1}; using theme {2}")
        static let themeFile = Phrase("配色文件 {1}", "Theme file {1}")
        static let atLine = Phrase(" 第 {1} 行", " line {1}")
        static let themeMissingName = Phrase("缺少 name", "name is missing")
        static let themeMissingRoles = Phrase("缺少 [roles.*] 各节", "the [roles.*] sections are missing")
        static let themeUnknownRole = Phrase("未知的样式角色 {1}（可用：{2}）", "unknown style role {1} (available: {2})")
        static let themeRoleNotTable = Phrase("[roles.{1}] 应为一节", "[roles.{1}] should be a section")
        static let themeBadFg = Phrase("[roles.{1}] fg 不是颜色：{2}", "[roles.{1}] fg is not a colour: {2}")
        static let themeBadBg = Phrase("[roles.{1}] bg 不是颜色：{2}", "[roles.{1}] bg is not a colour: {2}")
        static let themeBadAttr = Phrase("[roles.{1}] attrs 中的 {2} 不是 bold/reverse/underline/dim", "[roles.{1}] attrs: {2} is not bold/reverse/underline/dim")
        static let syntaxError = Phrase("设置文件 {1} 第 {2} 行：{3}；已使用默认设置", "Settings file {1} line {2}: {3}; defaults used")
        static let readError = Phrase("设置文件 {1}：{2}；已使用默认设置", "Settings file {1}: {2}; defaults used")
        static let unknownKey = Phrase("设置文件 {1}{2}：不认识的设置 {3}（可用：theme、language、due-soon-days、mouse、bars、[keys]）", "Settings file {1}{2}: unknown setting {3} (known: theme, language, due-soon-days, mouse, bars, [keys])")
        static let themeNotText = Phrase("设置文件 {1}：theme 应为文字，如 theme = \"mono\"", "Settings file {1}: theme should be text, e.g. theme = \"mono\"")
        static let keysNotPane = Phrase("设置文件 {1}：[keys.{2}] 不是窗格（catalog/documents/interpretations/applications 或 目录/文件/解读/申请）", "Settings file {1}: [keys.{2}] is not a pane (catalog/documents/interpretations/applications)")
        static let notKeyName = Phrase("设置文件 {1}：[keys] 中的 {2} 不是按键名（如 j、C-d、S-Tab、F5、Space）", "Settings file {1}: {2} in [keys] is not a key name (e.g. j, C-d, S-Tab, F5, Space)")
        static let notCommand = Phrase("设置文件 {1}：按键 {2} 绑定的“{3}”不是命令（:help 列出全部命令）", "Settings file {1}: key {2} is bound to \"{3}\", which is not a command (:help lists all commands)")
        static let monoDescription = Phrase("单色：只用粗体、反显、下划线、暗淡", "Monochrome: bold, reverse, underline and dim only")
        static let lineNumber = Phrase(" 第 {1} 行", " line {1}")
        static let workspaceRule = Phrase("设置文件 {1}{2}：{3} 是工作区规则，由管理员在工作区中设定（见 Docs/设置与配色.md），个人设置不能更改，已忽略", "Settings file {1}{2}: {3} is a workspace rule set by an administrator in the workspace (see the settings page of the user guide); a personal file cannot change it, ignored")
        static let badLanguage = Phrase("设置文件 {1}{2}：language 应为 \"zh\" 或 \"en\"；已使用默认语言", "Settings file {1}{2}: language should be \"zh\" or \"en\"; the default language is used")
        static let badDueSoon = Phrase("设置文件 {1}{2}：due-soon-days 应为 0–{3} 的整数（工作日）；已使用默认值 {4}", "Settings file {1}{2}: due-soon-days should be a whole number from 0 to {3} (working days); the default {4} is used")
        static let badBars = Phrase("设置文件 {1}{2}：bars 应为 \"blocks\" 或 \"ascii\"；已使用方块字符", "Settings file {1}{2}: bars should be \"blocks\" or \"ascii\"; using block characters")
        static let serverNotText = Phrase("设置文件 {1}{2}：server 应为工作区服务套接字的路径（如 \"/run/gongkai/gongkai.sock\"）；已忽略", "Settings file {1}{2}: server should be the path of the workspace service's socket (like \"/run/gongkai/gongkai.sock\"); ignored")
        static let badMouse = Phrase("设置文件 {1}{2}：mouse 应为 true 或 false；已关闭鼠标", "Settings file {1}{2}: mouse should be true or false; the mouse is off")
    }
}
