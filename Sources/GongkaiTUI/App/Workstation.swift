import Foundation
import GongkaiStore

/// 工作台 — the event loop: read a key, update the model, render, flush. Exits on quit or on
/// SIGHUP/SIGTERM/SIGINT, always restoring the terminal.
public enum Workstation {
    /// Runs the full-screen workstation. Returns the process exit status.
    public static func run(service: GongkaiService, localeNotice: String?) -> Int32 {
        SignalTrap.install()
        let terminal = NcursesTerminal()
        terminal.start()
        defer { terminal.stop() }
        let size = terminal.size
        let model = AppModel(width: size.width, height: size.height,
                             data: ServiceDataSource(service: service),
                             workspaceDisplay: displayPath(service.workspace.path),
                             localeNotice: localeNotice)
        terminal.draw(AppView.render(model.state, keymap: model.keymap))
        var changeToken = try? service.externalChangeToken()
        var lastCheck = Date()
        while !model.state.shouldQuit {
            if let sig = SignalTrap.take() {
                return 128 + sig
            }
            // Live updates: another officer's change shows within about a second, keeping the
            // cursor on the same item and any unsaved edits untouched.
            if Date().timeIntervalSince(lastCheck) >= 0.8 {
                lastCheck = Date()
                let token = try? service.externalChangeToken()
                if token != changeToken {
                    changeToken = token
                    model.reloadAll()
                    terminal.draw(AppView.render(model.state, keymap: model.keymap))
                }
            }
            guard let key = terminal.readKey() else { continue }
            switch key {
            case .resize:
                let s = terminal.size
                model.resize(width: s.width, height: s.height)
                terminal.invalidate()
            case .ctrl("l"):
                terminal.invalidate()
                model.handle(key)
            default:
                model.handle(key)
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
