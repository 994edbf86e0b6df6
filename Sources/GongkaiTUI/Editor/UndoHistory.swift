/// 撤销记录 — the undo/redo history of a text buffer, with typing coalesced into one step.
///
/// Each step (a group) holds the primitive replacements it made, in order; undo replays their
/// inverses backwards. Consecutive typing, consecutive Backspaces and consecutive Deletes join
/// the open group as long as the caret did not jump in between, no newline was typed, and the
/// caller did not mark a pause (`breakCoalescing()`, e.g. after a second without keys): this is
/// what officers expect from WPS/Word, where one Ctrl-Z takes back a phrase, not one 字.
struct UndoHistory: Sendable {
    /// One primitive replacement, recorded in grapheme-safe (expanded) form.
    struct Edit: Sendable, Equatable {
        /// Where the replaced text started (same before and after the edit).
        var start: TextPosition
        var removed: String
        /// End of `removed` before the edit.
        var removedEnd: TextPosition
        var inserted: String
        /// End of `inserted` after the edit.
        var insertedEnd: TextPosition
    }

    /// What kind of change a step is; only steps of the same coalescible kind merge.
    enum Kind: Sendable, Equatable {
        case typing, deleteBackward, deleteForward, other
    }

    struct Group: Sendable, Equatable {
        var id: Int
        var kind: Kind
        var edits: [Edit]
        var caretBefore: TextPosition
        var caretAfter: TextPosition
    }

    private(set) var undoStack: [Group] = []
    private(set) var redoStack: [Group] = []
    private var nextID = 1
    /// When false, the next change opens a new group even if it could coalesce.
    private var open = false
    /// Id of the group on top of the undo stack when the text was saved; nil: the empty stack;
    /// -1: the saved state fell off the bottom of a bounded history (cannot be reached again).
    private var savedID: Int? = nil

    /// The oldest steps are forgotten beyond this many (a long session must not grow forever).
    var limit = 5_000

    var canUndo: Bool { !undoStack.isEmpty }
    var canRedo: Bool { !redoStack.isEmpty }

    /// Whether the text differs from the last saved (or initial) state.
    var isModified: Bool { undoStack.last?.id != savedID }

    mutating func markSaved() {
        savedID = undoStack.last?.id
        open = false
    }

    /// Ends the open group: the next change starts a new undo step.
    mutating func breakCoalescing() { open = false }

    /// Records one primitive edit made by a change of `kind`.
    mutating func record(_ edit: Edit, kind: Kind, caretBefore: TextPosition, caretAfter: TextPosition) {
        redoStack.removeAll()
        if open, kind != .other, let top = undoStack.last, top.kind == kind, top.caretAfter == caretBefore {
            // In place: copying the group out would copy its edits on every keystroke.
            undoStack[undoStack.count - 1].edits.append(edit)
            undoStack[undoStack.count - 1].caretAfter = caretAfter
        } else {
            undoStack.append(Group(id: nextID, kind: kind, edits: [edit],
                                   caretBefore: caretBefore, caretAfter: caretAfter))
            nextID += 1
            trim()
        }
        open = kind != .other
    }

    /// Records an edit into the group opened by `beginGroup` (multi-edit commands).
    mutating func append(_ edit: Edit, caretAfter: TextPosition) {
        guard !undoStack.isEmpty else { return }
        undoStack[undoStack.count - 1].edits.append(edit)
        undoStack[undoStack.count - 1].caretAfter = caretAfter
    }

    /// Opens a fresh, non-coalescing group for a command made of several edits.
    mutating func beginGroup(caretBefore: TextPosition) {
        redoStack.removeAll()
        undoStack.append(Group(id: nextID, kind: .other, edits: [], caretBefore: caretBefore,
                               caretAfter: caretBefore))
        nextID += 1
        open = false
        trim()
    }

    /// Drops an empty group opened by `beginGroup` when the command changed nothing.
    mutating func discardEmptyTop() {
        if let top = undoStack.last, top.edits.isEmpty { undoStack.removeLast() }
    }

    mutating func popUndo() -> Group? {
        open = false
        guard let g = undoStack.popLast() else { return nil }
        redoStack.append(g)
        return g
    }

    mutating func popRedo() -> Group? {
        open = false
        guard let g = redoStack.popLast() else { return nil }
        undoStack.append(g)
        return g
    }

    private mutating func trim() {
        while undoStack.count > limit {
            let dropped = undoStack.removeFirst()
            // The state after `dropped` is now "the empty stack".
            if savedID == dropped.id { savedID = nil } else if savedID == nil { savedID = -1 }
        }
    }
}
