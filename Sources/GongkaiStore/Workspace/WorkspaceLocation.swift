import Foundation

/// 工作区位置 — where the workspace file lives: `--workspace PATH`, then `GONGKAI_WORKSPACE`,
/// then `$XDG_DATA_HOME/gongkai/workspace.sqlite`, then `~/.local/share/gongkai/workspace.sqlite`.
public enum WorkspaceLocation {
    public static let fileName = "workspace.sqlite"

    public static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return expand(option, environment: environment) }
        if let env = environment["GONGKAI_WORKSPACE"], !env.isEmpty {
            return expand(env, environment: environment)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg + "/gongkai/" + fileName
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/gongkai/" + fileName
    }

    /// `~/x` → `$HOME/x`; relative paths are made absolute against the current directory.
    static func expand(_ path: String, environment: [String: String]) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") {
            let home = environment["HOME"] ?? NSHomeDirectory()
            p = home + p.dropFirst()
        }
        if !p.hasPrefix("/") {
            p = FileManager.default.currentDirectoryPath + "/" + p
        }
        return p
    }
}
