import GongkaiCore

extension CLIText {
    /// Words many verbs share: list separators, refusals of option values, file reading.
    enum Common {
        static let listSeparator = Phrase("、", ", ")
        static let outOfRange = Phrase("{1} 的值 {2} 不在允许的范围 {3} 至 {4} 内", "{1}: {2} is outside the accepted range {3} to {4}")
        static let needsTerminal = Phrase("全屏工作台需要在终端中运行；命令行用法见 gongkai --help。", "The workstation needs a terminal; see gongkai --help for the command line.")
        static let badDateOption = Phrase("{1} 的日期“{2}”不存在或格式不对，应为 YYYY-MM-DD", "{1}: the date \"{2}\" does not exist or is not YYYY-MM-DD")
        static let codeWithName = Phrase("{1}（{2}）", "{1} ({2})")
        static let badOptionValue = Phrase("{1} 的值“{2}”无效，可用：{3}", "{1}: \"{2}\" is not valid; use one of: {3}")
        static let workspaceAdmins = Phrase("本工作区的管理员：{1}", "Admins of this workspace: {1}")
        static let badDate = Phrase("日期无效：{1}（格式 YYYY-MM-DD）", "Not a valid date: {1} (format YYYY-MM-DD)")
        static let badDateShould = Phrase("日期“{1}”无效，应为 YYYY-MM-DD", "The date \"{1}\" is not valid; it should be YYYY-MM-DD")
        static let badCode = Phrase("{1}“{2}”无效，应为 {3} 或对应中文", "{1} \"{2}\" is not valid; use {3} or the Chinese name")
        static let cannotReadFile = Phrase("无法读取文件 {1}", "Cannot read the file {1}")
        static let notUTF8 = Phrase("文件 {1} 不是 UTF-8 文本", "The file {1} is not UTF-8 text")
        static let cannotReadNamed = Phrase("读不到文件 {1}", "Cannot read the file {1}")
        static let none = Phrase("无", "none")
        static let notFilled = Phrase("未填", "not given")
        static let yes = Phrase("是", "yes")
        static let no = Phrase("否", "no")
        static let total = Phrase("共 {1} 件", "{1} in all")
        static let withNote = Phrase("{1}（{2}）", "{1} ({2})")
        static let labelled = Phrase("{1}：{2}", "{1}: {2}")
        static let cannotWrite = Phrase("无法写入 {1}：{2}", "Cannot write {1}: {2}")
        static let nothingToDo = Phrase("没有待办事项。", "Nothing to do.")
        static let notFound = Phrase("没有找到。", "Nothing found.")
    }
}
