import GongkaiCore

extension CLIText {
    /// 命令行解析错误 — ArgumentParser's own messages, said in the interface language. The English
    /// side repeats the library's wording (it is what an English interface shows unchanged).
    enum Parser {
        static let error = Phrase("错误：{1}", "Error: {1}")
        static let help = Phrase("说明：{1}", "Help:  {1}")
        static let usage = Phrase("用法：{1}", "Usage: {1}")
        static let seeHelp = Phrase("  详见 {1}", "  See '{1}' for more information.")
        static let missingArgument = Phrase("缺少参数 {1}", "Missing expected argument '{1}'")
        static let missingOneOf = Phrase("缺少以下参数之一：{1}", "Missing one of: '{1}'")
        static let missingValue = Phrase("{1} 缺少取值", "Missing value for '{1}'")
        static let unknownOptionSuggest = Phrase("没有选项 {1}；是不是 {2}？", "Unknown option '{1}'. Did you mean '{2}'?")
        static let unknownOption = Phrase("没有选项 {1}", "Unknown option '{1}'")
        static let unexpectedArgument = Phrase("多余的参数 {1}", "Unexpected argument '{1}'")
        static let listSeparator = Phrase("、", ", ")
        static let unexpectedArguments = Phrase("{1} 个多余的参数：{2}", "{1} unexpected arguments: '{2}'")
        static let invalidValueChoices = Phrase("{1} 的值“{2}”无效，可用：{3}", "The value '{2}' is invalid for '{1}'. Please provide one of {3}.")
        static let invalidValueList = Phrase("{1} 的值“{2}”无效，可用：", "The value '{2}' is invalid for '{1}'. Please provide one of the following:")
        static let invalidValueBecause = Phrase("{1} 的值“{2}”无效：{3}", "The value '{2}' is invalid for '{1}': {3}")
        static let invalidValue = Phrase("{1} 的值“{2}”无效", "The value '{2}' is invalid for '{1}'")
        static let takesNoValue = Phrase("选项 {1} 不带取值，却给了“{2}”", "The option '{1}' does not take any value, but '{2}' was specified.")
        static let missingSubcommand = Phrase("缺少子命令（见 --help）", "Missing required subcommand.")
        static let choiceSeparator = Phrase("、", ", ")
    }
}
