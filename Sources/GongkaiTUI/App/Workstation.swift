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
                try InterfaceSurface.$current.withValue(.workstation) {
                    try runInLanguage(service: service, localeNotice: localeNotice, keymap: keymap, themes: themes,
                                      theme: theme, notices: notices, mouse: mouse, bars: bars)
                }
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
        return run(terminal: terminal, files: nil, service: service, localeNotice: localeNotice, keymap: keymap,
                   notices: notices, bars: bars)
    }

    /// The workstation on any `Terminal` (the ncurses one, or the recording one of the loop
    /// tests), with the officer's files (`OfficerSide.files` when nil) and what the loop takes
    /// from the process (signals, other sessions' changes, the clock, the external editor).
    /// Runs in the language and display settings of the moment; returns the exit status.
    public static func run(terminal: any Terminal, files: (any OfficerFiles)?, service: GongkaiService,
                           localeNotice: String? = nil, keymap: Keymap = .standard, notices: [String] = [],
                           bars: BarChart.Glyphs = .blocks, environment: LoopEnvironment = .process) -> Int32 {
        let loop = start(terminal: terminal, files: files, service: service, localeNotice: localeNotice,
                         keymap: keymap, notices: notices, bars: bars, environment: environment)
        while true {
            if let status = loop.step() { return status }
        }
    }

    /// Builds the model for `terminal`, says the start-up notices and draws the first frame.
    public static func start(terminal: any Terminal, files: (any OfficerFiles)?, service: GongkaiService,
                             localeNotice: String? = nil, keymap: Keymap = .standard, notices: [String] = [],
                             bars: BarChart.Glyphs = .blocks, environment: LoopEnvironment = .process) -> WorkstationLoop {
        let size = terminal.size
        let model = AppModel(width: size.width, height: size.height,
                             data: ServiceDataSource(service: service, files: files), keymap: keymap,
                             workspaceDisplay: displayPath(service.workspace.path),
                             localeNotice: localeNotice)
        model.state.barGlyphs = bars
        // Settings problems and theme fallbacks are said once, on the message line; so are the
        // drafts an SSH drop or a killed process left behind, with where to resume them.
        // A document draft has its own recovery box (DocumentEditorController.offerRecovery).
        let drafts = DraftInfo.list(workspace: service.workspace.path, login: service.actor.login, files: files, keymap: keymap)
            .filter { $0.kind != .documentEdit }
        let draftNotice = drafts.isEmpty ? nil
            : TUIText.Drafts.unfinished.text() + drafts.map { TUIText.Drafts.entry.text(["\($0.kindName)", "\($0.modified)", "\($0.resume)"]) }.joined(separator: TUIText.Common.clauseSeparator.text())
        let said = notices + [terminal.themeNotice, draftNotice].compactMap { $0 }
        // With nothing else to say, the first screen tells the officer what to do next (App/StartGuide).
        StartGuide.show(model: model, notices: said)
        model.state.language = UILanguage.current
        terminal.draw(AppView.render(model.state, keymap: model.keymap))
        return WorkstationLoop(model: model, terminal: terminal, service: service, environment: environment)
    }

    /// `/home/li/.local/share/gongkai/workspace.sqlite` → `~/.local/share/gongkai/workspace.sqlite`.
    public static func displayPath(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        if let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return path
    }
}
