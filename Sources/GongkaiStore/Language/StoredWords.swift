/// Words the store *writes into the workspace* (step comments kept in the 办理记录 and the audit
/// log): data, Chinese whatever the interface language, like the statutory texts.
enum StoredWords {
    /// The comment of an undo step: 撤销 + the undone action's code (`撤销approve`).
    static let undoPrefix = "撤销"
    /// A step taken on a 三同步 override reason: its comment ends with this and the reason.
    static let syncOverridePrefix = "三同步特批："
    /// Joins a step's comment and the override note.
    static let commentSeparator = "；"
}

extension StoredWords {
    /// The comment of an imported document's step: 从 FILE 第 N 行导入.
    static func importedFrom(file: String, line: Int) -> String { "从 \(file) 第 \(line) 行导入" }
}
