import GongkaiCore

/// Characters the command line *accepts* (not text it shows): the separators of a list given in
/// one option (`--channel 政府网站，政务新媒体`, `--forms 文字、图片`), Chinese or ASCII alike.
enum InputWords {
    static let listSeparators: Set<Character> = [",", "，", "、"]
}

extension InputWords {
    /// `gongkai report case --result 维持` also takes the table's own words without the 结果 prefix.
    static let resultPrefix = "结果"
    /// `gongkai report narrative --section 一|五|六`: the report's section numerals.
    static let reportSections: [String: ReportSection] = ["一": .overview, "五": .problems, "六": .otherMatters]
}

extension InputWords {
    /// `gongkai doc add --attribute 未定`: the words that leave a draft's 公开属性 open.
    static let undecided: Set<String> = ["未定", "未确定", "undecided"]
}
