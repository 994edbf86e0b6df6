import GongkaiCore

extension TUIText {
    enum Help {
        static let commandLine = Phrase("命令行（按 {1} 打开）：边输入边列出匹配的命令，{2}/{3} 选择，{4}/{5} 历史，{6} 执行，{7} 取消", "Command line (press {1}): matching commands are listed as you type, {2}/{3} pick, {4}/{5} history, {6} runs, {7} cancels")
        static let argument = Phrase(" <参数>", " <argument>")
        static let title = Phrase(" 帮助：按键一览 ", " Help: keys ")
        static let footer = Phrase("{1} 查找  {2} 关闭", "{1} search  {2} close")
        static let viewTitle = Phrase("{1}（设置文件 [keys.{2}]）：", "{1} ([keys.{2}] in config.toml):")
        static let globalTitle = Phrase("全局（设置文件 [keys]）：", "Everywhere ([keys] in config.toml):")
        static let markdownHeader = Phrase("| 按键 | 命令 | 作用 |", "| Keys | Command | What it does |")
        static let noSearch = Phrase("还没有查找过：按 {1} 输入要找的字", "Nothing searched yet: press {1} and type")
        static let noMatch = Phrase("帮助中没有“{1}”", "\"{1}\" is not in the help")
        static let match = Phrase("“{1}”在第 {2} 行（{3} 下一个）", "\"{1}\" at line {2} ({3}: next)")
    }
}
