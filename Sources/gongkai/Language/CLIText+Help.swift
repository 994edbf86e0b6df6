import ArgumentParser
import GongkaiCore

extension CLIText {
    /// 命令的说明 — what `gongkai … --help` and `gongkai man` say about each command and option
    /// (ArgumentParser's `abstract`, `discussion` and `help:`), one phrase per text, in the files
    /// `CLIText+Help<Area>.swift` by the command's source file. Commands read them in their
    /// `configuration` (a computed property, so the language in force when the help is built is the
    /// one shown) and in their property wrappers' `help:` (built with each command value).
    enum Help {
        /// ArgumentParser's own words around the texts above (headings, the help and version flags,
        /// defaults and values), said in Chinese by `HelpText.localized`; the English side is the
        /// library's wording, which an English interface shows unchanged.
        enum Frame {
            static let overview = Phrase("概述： ", "OVERVIEW: ")
            static let usage = Phrase("用法： ", "USAGE: ")
            static let arguments = Phrase("参数：", "ARGUMENTS:")
            static let options = Phrase("选项：", "OPTIONS:")
            static let subcommands = Phrase("子命令：", "SUBCOMMANDS:")
            static let seeSubcommandHelp = Phrase("  子命令的详细说明：{1}", "  See '{1}' for detailed help.")
            static let showHelp = Phrase("显示帮助。", "Show help information.")
            static let showVersion = Phrase("显示版本号。", "Show the version.")
            static let defaultValue = Phrase("（默认：{1}）", "(default: {1})")
            static let values = Phrase("（可选：{1}）", "(values: {1})")
            static let valuesAndDefault = Phrase("（可选：{1}；默认：{2}）", "(values: {1}; default: {2})")
            static let defaultSubcommand = Phrase("（默认）", " (default)")
        }

        /// The parts of the man page `gongkai man` writes that are not in the command tree.
        enum ManProse {
            static let title = Phrase("政务公开工作台", "Gongkai workstation")
            static let optionsIntro = Phrase("以下选项适用于工作台和每个命令。", "These options are taken by the workstation and by every command.")
            static let keysIntro = Phrase("全屏工作台的默认按键（与程序中 ? 和 gongkai keys 的一览相同；gongkai keys 还列出 config.toml 中的绑定）：", "The full-screen workstation's default keys (the same list as ? in the program and gongkai keys, which also shows the bindings of your config.toml):")
            static let fileWorkspace = Phrase("工作区（一个 SQLite 文件，权限 0600）：既没有 --workspace 也没有 GONGKAI_WORKSPACE 时使用。", "The workspace (one SQLite file, mode 0600): the default when neither --workspace nor GONGKAI_WORKSPACE is given.")
            static let fileConfig = Phrase("设置：配色、[keys] 按键绑定、鼠标、条形字符、界面语言（Docs/设置与配色.md）。", "Settings: theme, [keys] bindings, mouse, bars, language.")
            static let fileThemes = Phrase("自定义配色。", "Colour themes of your own.")
            static let envWorkspace = Phrase("未给 --workspace 时使用的工作区文件。", "The workspace file when --workspace is not given.")
            static let envDataHome = Phrase("默认工作区所在位置（$XDG_DATA_HOME/gongkai/workspace.sqlite）。", "Where the default workspace lives ($XDG_DATA_HOME/gongkai/workspace.sqlite).")
            static let envConfigHome = Phrase("config.toml 和 themes/ 所在位置。", "Where config.toml and themes/ are looked for.")
            static let envNoColor = Phrase("设置且不为空时不用颜色（mono 配色）。", "When set and not empty, no colours (the mono theme).")
            static let envLocale = Phrase("需要 UTF-8 区域设置；不是 UTF-8 时尝试 C.UTF-8。以 en 开头时界面为英文（config.toml 的 language 优先）。", "A UTF-8 locale is needed; C.UTF-8 is tried when the locale is not UTF-8. A locale starting with en gives the English interface (config.toml's language comes first).")
            static let envEditor = Phrase("编辑文件正文的外部编辑器。", "The external editor for document bodies.")
            static let envTerm = Phrase("终端类型；dumb 或未设置时不打开全屏工作台。", "The terminal type; dumb or unset refuses the full-screen workstation.")
            static let seeAlso = Phrase("Docs/用户手册.md（用户手册）、Docs/按键卡.md（按键卡）、Docs/管理员指南.md（管理、命令补全：gongkai --generate-completion-script bash|zsh|fish）、Docs/en/gongkai.1（英文手册页）。", "Docs/en/UserGuide.md (user guide), Docs/KEYS.md (keys), Docs/gongkai.1 (the Chinese man page); shell completions: gongkai --generate-completion-script bash|zsh|fish.")
            static let headingName = Phrase("名称", "NAME")
            static let headingSynopsis = Phrase("用法", "SYNOPSIS")
            static let headingDescription = Phrase("说明", "DESCRIPTION")
            static let headingOptions = Phrase("选项", "OPTIONS")
            static let headingCommands = Phrase("命令", "COMMANDS")
            static let headingKeys = Phrase("按键", "KEYS")
            static let headingFiles = Phrase("文件", "FILES")
            static let headingEnvironment = Phrase("环境变量", "ENVIRONMENT")
            static let headingSeeAlso = Phrase("参见", "SEE ALSO")
            static let wordOptions = Phrase("选项", "options")
            static let wordCommand = Phrase("命令", "command")
            static let wordSubcommand = Phrase("子命令", "subcommand")
        }

        /// Texts several commands share.
        enum Common {
        static let format = Phrase("输出格式 text|json。", "Output format text|json.")
        static let unit = Phrase("单位（编号或名称；默认本单位）", "Unit (id or name; default: your own unit)")
        static let id = Phrase("文件编号", "Document number")
        }
    }
}

extension ArgumentHelp {
    /// An option's help from a phrase, in the interface language in force.
    init(_ phrase: Phrase, _ arguments: [String] = [], valueName: String? = nil) {
        self.init(phrase.text(arguments), valueName: valueName)
    }
}
