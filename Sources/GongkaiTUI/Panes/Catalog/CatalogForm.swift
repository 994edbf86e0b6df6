import Foundation

/// 目录表单 — the small forms of the 目录 pane: add, rename, move and retire a column (admin actions,
/// Docs/领域规则.md §2), and the `/` search prompt. Text arrives as `Key.char`, so Chinese typed through an
/// input method goes in like any other character.
public struct CatalogForm: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// 新增栏目 under the target column.
        case add
        case rename
        /// 移动 — the field holds the new parent's path ("" = top level).
        case move
        /// 搜索 — drawn on the bottom line as `/text`.
        case search
    }

    /// 表单字段 — a label and the text being edited, with the caret as a grapheme index.
    public struct Field: Equatable, Sendable {
        public var label: String
        public var text: String
        public var caret: Int

        public init(label: String, text: String = "") {
            self.label = label
            self.text = text
            self.caret = text.count
        }
    }

    public var kind: Kind
    public var title: String
    /// The column the form acts on (the parent for `add`).
    public var targetID: String?
    public var fields: [Field]
    public var focus = 0
    /// Why the last submit was refused (the form stays open so nothing typed is lost).
    public var error: String?
    /// A field's text was changed since the form opened (Esc asks first; not for `/` search).
    public var touched = false

    public init(kind: Kind, title: String, targetID: String?, fields: [Field]) {
        self.kind = kind
        self.title = title
        self.targetID = targetID
        self.fields = fields
    }

    /// What a key did to the form.
    public enum Outcome: Equatable, Sendable { case editing, submit, cancel }

    /// A command of the form's bindings (`catalog-form`): submit (and save) submits, cancel
    /// cancels, field-next / field-prev move between the fields, erase-back deletes the character
    /// before the caret (on an empty search line it leaves, like the `:` prompt).
    public mutating func perform(_ command: FormCommand) -> Outcome {
        switch command {
        case .cancel: return .cancel
        case .eraseBack:
            guard fields.indices.contains(focus) else { return .editing }
            if kind == .search, fields[focus].text.isEmpty { return .cancel }
            var field = fields[focus]
            LineEditing.eraseBack(text: &field.text, caret: &field.caret)
            store(field)
        case .submit, .save: return .submit
        case .fieldNext, .moveDown: if !fields.isEmpty { focus = (focus + 1) % fields.count }
        case .fieldPrev, .moveUp: if !fields.isEmpty { focus = (focus + fields.count - 1) % fields.count }
        default: break
        }
        return .editing
    }

    /// Applies one key no binding names: editing keys (`LineEditing`, shared with the `:`
    /// prompt) change the focused field.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        default:
            guard fields.indices.contains(focus) else { return .editing }
            var field = fields[focus]
            guard LineEditing.apply(key, text: &field.text, caret: &field.caret) else { return .editing }
            store(field)
        }
        return .editing
    }

    /// Puts the edited focused field back: a change to an add/rename/move form marks it touched.
    private mutating func store(_ field: Field) {
        if field.text != fields[focus].text, kind != .search { touched = true }
        fields[focus] = field
        error = nil
    }

    /// The text of the field with this label ("" when absent).
    public func value(_ index: Int = 0) -> String {
        fields.indices.contains(index) ? fields[index].text.trimmingCharacters(in: .whitespaces) : ""
    }
}
