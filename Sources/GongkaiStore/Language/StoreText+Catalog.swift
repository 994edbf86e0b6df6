import GongkaiCore

extension StoreText {
    /// 目录服务 — the refusals of catalog and unit requests (CatalogServiceError).
    enum Catalog {
        static let unknownNode = Phrase("找不到目录栏目“{1}”（可用编号、完整路径或唯一的栏目名称）", "No catalog column \"{1}\" (give its id, full path or a unique name)")
        static let ambiguousNode = Phrase("栏目名称“{1}”不唯一，请用完整路径或编号指定：{2}", "The column name \"{1}\" is not unique; give the full path or the id: {2}")
        static let unknownUnit = Phrase("找不到单位“{1}”", "No unit \"{1}\"")
        static let unknownDocument = Phrase("找不到文件 {1}", "No document {1}")
        static let unknownArea = Phrase("未知的标准指引领域“{1}”（可用代码或中文名，如 public-resource-trading 或 公共资源交易）", "Unknown standard area \"{1}\" (give a code or the Chinese name, e.g. public-resource-trading)")
        static let duplicateUnitName = Phrase("已有名为“{1}”的单位", "A unit named \"{1}\" exists already")
        static let unitKindNotAddable = Phrase("单位类别“{1}”不能新增：只能新增部门（department）或乡镇（township）", "Units of kind \"{1}\" cannot be added: only departments and townships")
        static let holdsDocuments = Phrase("栏目“{1}”下有 {2} 件文件，不能删除；如不再使用请停用", "The column \"{1}\" holds {2} document(s) and cannot be deleted; retire it instead")
        static let invalidItem = Phrase("标准目录事项填写有误：{1}", "The standard catalog item has errors: {1}")
        static let notSeeded = Phrase("工作区还没有公开目录，请先运行 gongkai init", "The workspace has no disclosure catalog yet; run gongkai init first")
        static let separator = Phrase("；", "; ")
    }
}

/// Characters the store accepts between the items of a list given in one field (ASCII or
/// full-width comma, 顿号) — input, not text shown.
enum InputSeparators {
    static let list: Set<Character> = [",", "，", "、"]
}
