import GongkaiCore

extension TUIText {
    enum Help {
        static let commandLine = Phrase("命令行（按 : 打开）：边输入边列出匹配的命令，Tab/S-Tab 选择，Up/Down 历史，Enter 执行，Esc 取消", "Command line (press :): matching commands are listed as you type, Tab/S-Tab pick, Up/Down history, Enter runs, Esc cancels")
        static let argument = Phrase(" <参数>", " <argument>")
        static let title = Phrase(" 帮助：按键一览 ", " Help: keys ")
        static let footer = Phrase("{1} 查找  {2} 关闭", "{1} search  {2} close")
        static let viewTitle = Phrase("{1}（设置文件 [keys.{2}]）：", "{1} ([keys.{2}] in config.toml):")
        static let globalTitle = Phrase("全局（设置文件 [keys]）：", "Everywhere ([keys] in config.toml):")
        static let markdownHeader = Phrase("| 按键 | 命令 | 作用 |", "| Keys | Command | What it does |")
        static let noSearch = Phrase("还没有查找过：按 / 输入要找的字", "Nothing searched yet: press / and type")
        static let noMatch = Phrase("帮助中没有“{1}”", "\"{1}\" is not in the help")
        static let match = Phrase("“{1}”在第 {2} 行（n 下一个）", "\"{1}\" at line {2} (n: next)")
    }
}
