import Foundation
import GongkaiCore
import GongkaiServer
import GongkaiStore
import GongkaiTUI
import TOMLKit

/// 服务地址 — whether this `gongkai` is a client of a workspace service, and of which socket:
/// `GONGKAI_SERVER` (`none` or empty: embedded), else the officer's `config.toml` `server`, else
/// `/etc/gongkai/config.toml` `server`. With none, the workspace is opened here (embedded mode).
enum ServiceLocation {
    static let systemConfig = "/etc/gongkai/config.toml"

    static func resolve(environment: [String: String]) -> (socket: String, source: String)? {
        if let value = environment["GONGKAI_SERVER"] {
            let v = value.trimmingCharacters(in: .whitespaces)
            if v.isEmpty || v == "none" { return nil }
            return (v, ServiceText.Client.fromEnvironment.text())
        }
        if let path = UserConfig.defaultPath(environment: environment), let server = UserConfig.load(path: path).server {
            return server == "none" ? nil : (server, ServiceText.Client.fromFile.text([path]))
        }
        if let data = FileManager.default.contents(atPath: systemConfig),
           let table = try? TOMLTable(string: String(decoding: data, as: UTF8.self)),
           let server = table["server"]?.string, !server.isEmpty, server != "none" {
            return (server, ServiceText.Client.fromFile.text([systemConfig]))
        }
        return nil
    }
}

/// 会话模式 — this process is a session started by `gongkai serve` for one connection: it acts
/// for the login the service authenticated, hands every officer-side file to the client, tells
/// the service after each commit and reloads when the service says another session committed.
enum SessionMode {
    nonisolated(unsafe) static var channel: SessionChannel?

    static func begin(_ session: SessionChannel) {
        channel = session
        Actor.sessionLogin = session.login
        OfficerSide.files = RemoteOfficerFiles(channel: session)
        Workspace.onCommit = { session.notifyCommitted() }
        Workstation.pushedChanges = { session.takeChanged() }
        ExternalEditor.unavailable = ServiceText.Service.editorUnavailable.text()
        session.start()
        // However the process ends (a verb's return, an error, `exit`), the notices of its
        // commits reach the service first.
        atexit { SessionMode.channel?.flushNotices() }
    }

    static var active: Bool { channel != nil }

    /// Whether the officer's `fd` is a terminal: under the service, the client's word for its own
    /// standard streams (so text is sanitised and progress shown exactly as when run locally).
    static func isTerminal(_ fd: Int32) -> Bool {
        if let channel { return channel.isTerminal(fd) }
        return isatty(fd) == 1
    }
}
