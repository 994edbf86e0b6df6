import Foundation
import GongkaiCore
import GongkaiStore

/// 工作台 — the event loop: read a key, update the model, render, flush. Exits on quit or on
/// SIGHUP/SIGTERM/SIGINT, always restoring the terminal.
public enum Workstation {
    /// 推送的变更 — under `gongkai serve` the service tells the session when another one committed;
    /// this answers (and clears) "has it?" and replaces polling the workspace. Nil in embedded
    /// mode, which polls. Set at start-up.
    nonisolated(unsafe) public static var pushedChanges: (@Sendable () -> Bool)?

    /// Runs the full-screen workstation in `language` (config.toml, else LANG; `:language`
    /// switches it live) with the officer's display settings. Returns the process exit status.
    public static func run(service: GongkaiService, localeNotice: String?, keymap: Keymap = .standard,
                           themes: ThemeLibrary = ThemeLibrary(directories: []), theme: String = "mono",
                           notices: [String] = [], language: UILanguage = .zh,
                           display: DisplaySettings = DisplaySettings(), mouse: Bool = false,
                           bars: BarChart.Glyphs = .blocks) throws -> Int32 {
        try DisplaySettings.$current.withValue(display) {
            try UILanguage.$current.withValue(language) {
                try runInLanguage(service: service, localeNotice: localeNotice, keymap: keymap, themes: themes,
                                  theme: theme, notices: notices, mouse: mouse, bars: bars)
            }
        }
    }

    static func runInLanguage(service: GongkaiService, localeNotice: String?, keymap: Keymap,
                              themes: ThemeLibrary, theme: String, notices: [String], mouse: Bool,
                              bars: BarChart.Glyphs) throws -> Int32 {
        SignalTrap.install()
        let terminal = NcursesTerminal()
        try terminal.start(themes: themes, requestedTheme: theme)
        defer { terminal.stop() }
        if mouse { terminal.enableMouse() }
        let size = terminal.size
        let model = AppModel(width: size.width, height: size.height,
                             data: ServiceDataSource(service: service), keymap: keymap,
                             workspaceDisplay: displayPath(service.workspace.path),
                             localeNotice: localeNotice)
        model.state.barGlyphs = bars
        // Settings problems and theme fallbacks are said once, on the message line; so are the
        // drafts an SSH drop or a killed process left behind, with where to resume them.
        // A document draft has its own recovery box (DocumentEditorController.offerRecovery).
        let drafts = DraftInfo.list(workspace: service.workspace.path, login: service.actor.login)
            .filter { $0.kind != .documentEdit }
        let draftNotice = drafts.isEmpty ? nil
            : TUIText.Drafts.unfinished.text() + drafts.map { TUIText.Drafts.entry.text(["\($0.kindName)", "\($0.modified)", "\($0.resume)"]) }.joined(separator: TUIText.Common.clauseSeparator.text())
        let said = notices + [terminal.themeNotice, draftNotice].compactMap { $0 }
        if !said.isEmpty { model.state.message = StatusMessage(text: said.joined(separator: TUIText.Common.clauseSeparator.text()), isError: true) }
        model.state.language = UILanguage.current
        terminal.draw(AppView.render(model.state, keymap: model.keymap))
        // The loop runs in the language of the moment; `:language` ends this pass and the next
        // one runs in the new language (a task-local value is set for a scope, not assigned).
        while true {
            let status = try UILanguage.$current.withValue(model.state.language) {
                try loop(model: model, terminal: terminal, service: service)
            }
            if let status { return status }
        }
    }

    /// The event loop in one language; nil when the officer switched the language.
    static func loop(model: AppModel, terminal: NcursesTerminal, service: GongkaiService) throws -> Int32? {
        var changeToken = try? service.externalChangeToken()
        var lastCheck = Date()
        while !model.state.shouldQuit {
            if let sig = SignalTrap.take() {
                model.idle()                        // journal what was typed since the last write
                return 128 + sig
            }
            // Live updates: another officer's change shows within about a second, keeping the
            // cursor on the same item and any unsaved edits untouched.
            if let pushed = pushedChanges {
                if pushed() {
                    model.reloadAll()
                    terminal.draw(AppView.render(model.state, keymap: model.keymap))
                }
            } else if Date().timeIntervalSince(lastCheck) >= 0.8 {
                lastCheck = Date()
                let token = try? service.externalChangeToken()
                if token != changeToken {
                    changeToken = token
                    model.reloadAll()
                    terminal.draw(AppView.render(model.state, keymap: model.keymap))
                }
            }
            guard let input = terminal.readInput() else {
                // The terminal is gone without a signal (su -c, runuser, SIGHUP ignored): end
                // as a hang-up does, instead of failing to read for ever.
                if terminal.lost {
                    model.idle()
                    return 128 + SIGHUP
                }
                // Idle: the editor ends its undo step and journals pending changes.
                if model.idle() { terminal.draw(AppView.render(model.state, keymap: model.keymap)) }
                continue
            }
            switch input {
            case .key(.resize):
                let s = terminal.size
                model.resize(width: s.width, height: s.height)
                terminal.invalidate()
            case .key(.ctrl("l")):
                terminal.invalidate()
                model.handle(input)
            default:
                model.handle(input)
            }
            if let body = model.externalEditRequest {
                model.externalEditRequest = nil
                let result = terminal.suspend { ExternalEditor.edit(body) }
                let s = terminal.size
                model.resize(width: s.width, height: s.height)
                DocumentEditorController.externalEditFinished(result.text, error: result.error, model: model)
            }
            if model.state.language != UILanguage.current {
                return UILanguage.$current.withValue(model.state.language) {
                    terminal.invalidate()
                    terminal.draw(AppView.render(model.state, keymap: model.keymap))
                    return nil
                }
            }
            terminal.draw(AppView.render(model.state, keymap: model.keymap))
        }
        return 0
    }

    /// `/home/li/.local/share/gongkai/workspace.sqlite` → `~/.local/share/gongkai/workspace.sqlite`.
    public static func displayPath(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        if let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return path
    }
}
