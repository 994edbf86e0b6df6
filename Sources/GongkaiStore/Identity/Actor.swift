import Foundation

/// 操作人 — who is acting, and through which door (a CLI verb or a TUI key), for the audit log.
/// The officer is the OS login of the effective uid; nothing in the environment can change it.
public struct Actor: Sendable, Hashable, Codable {
    public var login: String
    /// e.g. `cli:init`, `tui:key:a`, `tui:cmd:quit`.
    public var origin: String

    public init(login: String, origin: String) {
        self.login = login
        self.origin = origin
    }

    /// The login name of the effective uid (getpwuid), or `uid<N>` when it has no passwd entry.
    public static func currentLogin() -> String {
        let uid = geteuid()
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(uid)"
    }

    public static func current(origin: String) -> Actor {
        Actor(login: currentLogin(), origin: origin)
    }
}
