/// 表单命令 — what a form's non-text keys do, by name. A form's keys (Esc, Enter, Tab, S-Tab,
/// C-s …) are bindings scoped to the form's ViewID (`FormKeys.bindings`, rebindable in
/// config.toml as `[keys.app-form]` …) naming these commands; the form model performs the
/// command and never matches those keys itself. The keys it still takes are text and the
/// editing keys of its field (`LineEditing`).
public enum FormCommand: String, CaseIterable, Sendable {
    case cancel, submit, save
    case fieldNext = "field-next", fieldPrev = "field-prev"
    case moveDown = "move-down", moveUp = "move-up", top, bottom
    case choiceNext = "choice-next", choicePrev = "choice-prev", tick
    /// A new line at the caret (the report narrative's Enter; the body editor's command of that name).
    case newline
    /// Deletes the character before the caret; on an empty search line, closes it (Backspace).
    case eraseBack = "erase-back"

    /// The form command a bound command line names; nil for any other command.
    public init?(_ command: CommandLine) {
        guard command.argument == nil else { return nil }
        self.init(rawValue: command.name)
    }
}

/// One input of a form: a key no binding names (text, the field's editing keys) or a command
/// one of its bindings names.
public enum FormInput: Equatable, Sendable {
    case key(Key)
    case command(FormCommand)
}
