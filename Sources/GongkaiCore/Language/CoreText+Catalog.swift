extension CoreText {
    /// 公开目录的规则: why a change to the catalog was refused (`CatalogError`) and what
    /// `catalog check` finds (`CatalogCheck`). Paths and names are the workspace's own data.
    enum Catalog {
        static let emptyName = Phrase("栏目名称不能为空", "The column name cannot be empty")
        static let nameContainsSlash = Phrase("栏目名称“{1}”不能包含“/”（“/”用于分隔目录路径）", "The column name \"{1}\" cannot contain \"/\" (it separates the parts of a catalog path)")
        static let nameContainsControl = Phrase("栏目名称不能包含换行符、制表符等控制字符", "The column name cannot contain control characters such as line breaks or tabs")
        static let topLevel = Phrase("顶层目录", "the top level")
        static let quotedPath = Phrase("“{1}”", "\"{1}\"")
        static let duplicateSiblingName = Phrase("{1}下已有同名栏目“{2}”", "There is already a column \"{2}\" under {1}")
        static let unknownNode = Phrase("找不到目录节点 {1}", "No catalog node {1}")
        static let duplicateID = Phrase("目录节点编号 {1} 重复", "The catalog node ID {1} is used twice")
        static let invalidID = Phrase("目录节点编号“{1}”无效（只能由小写字母、数字和“.”组成）", "The catalog node ID \"{1}\" is invalid (lower-case letters, digits and \".\" only)")
        static let missingParent = Phrase("目录节点 {1} 的上级节点 {2} 不存在", "The parent {2} of catalog node {1} does not exist")
        static let cycle = Phrase("目录节点 {1} 的上级关系形成循环", "The parents of catalog node {1} form a cycle")
        static let moveIntoItself = Phrase("不能把栏目“{1}”移到它自己下面", "The column \"{1}\" cannot move under itself")
        static let moveIntoDescendant = Phrase("不能把栏目“{1}”移到它的下级栏目“{2}”下面", "The column \"{1}\" cannot move under its own sub-column \"{2}\"")
        static let parentRetired = Phrase("栏目“{1}”已停用，不能在其下添加、移入或恢复栏目", "The column \"{1}\" is retired: no column can be added, moved or restored under it")
        static let alreadyRetired = Phrase("栏目“{1}”已经停用", "The column \"{1}\" is already retired")
        static let notRetired = Phrase("栏目“{1}”未停用，无需恢复", "The column \"{1}\" is not retired; there is nothing to restore")
        static let positionOutOfRange = Phrase("位置 {1} 超出范围（应为 {2}–{3}）", "Position {1} is out of range ({2}-{3})")
        static let holdsItems = Phrase("栏目“{1}”下有 {2} 条信息，不能删除；如不再使用请停用", "The column \"{1}\" holds {2} item(s) and cannot be deleted; retire it if it is no longer used")
        static let everUsed = Phrase("栏目“{1}”曾经发布过信息，为保留历史不能删除；如不再使用请停用", "The column \"{1}\" has held published items and is kept for the record; retire it if it is no longer used")
        static let hasChildren = Phrase("栏目“{1}”还有下级栏目，不能删除", "The column \"{1}\" has sub-columns and cannot be deleted")
        static let statutoryNode = Phrase("栏目“{1}”属于法定公开目录，不能删除；如确不再使用请停用", "The column \"{1}\" belongs to the statutory catalog and cannot be deleted; retire it if it is truly no longer used")
        static let invalidStalenessDays = Phrase("更新周期 {1} 天无效（应为正整数）", "An update period of {1} days is invalid (it must be a positive whole number)")

        static let duplicateSiblings = Phrase("{1}下有 {2} 个同名栏目“{3}”，路径无法区分，请改名或停用多余的栏目", "Under {1} there are {2} columns named \"{3}\", so their paths are ambiguous: rename or retire the extra ones")
        static let noOwner = Phrase("栏目“{1}”有 {2} 条信息，但未指定责任单位", "The column \"{1}\" holds {2} item(s) but has no responsible unit")
        static let uncoveredArea = Phrase("国办发〔2019〕54号标准指引领域“{1}”未被任何在用栏目覆盖，{2}请新增栏目或为现有栏目指定对应领域", "The standard area \"{1}\" (Guobanfa [2019] No. 54) is not covered by any column in use; {2}add a column or give an existing column this area")
        static let uncoveredCountyNote = Phrase("县级目录无对应类别，", "the county catalog has no matching category; ")
    }
}
