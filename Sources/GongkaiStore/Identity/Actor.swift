import Foundation

/// 操作人 — who is acting, and through which door (a CLI verb or a TUI key), for the audit log.
/// The officer is the OS login of the effective uid; nothing in the environment can change it.
public struct Actor: Sendable, Hashable, Codable {
    public var login: String
    /// e.g. `cli:init`, `tui:key:a`, `tui:cmd:quit`.
    public var origin: String
    /// The OS login really at the keyboard when an admin acts as `login` (`--as`); else nil.
    public var realLogin: String?

    public init(login: String, origin: String, realLogin: String? = nil) {
        self.login = login
        self.origin = origin
        self.realLogin = realLogin
    }

    /// 服务会话的登录名 — in a session process of `gongkai serve`, the login the service took from
    /// the kernel (SO_PEERCRED) for the officer at the other end of the socket; nil everywhere else.
    /// Set once at start-up by the session, before any service is made.
    nonisolated(unsafe) public static var sessionLogin: String?

    /// The login name of the effective uid (getpwuid), or `uid<N>` when it has no passwd entry; in a
    /// service session, the officer the service authenticated.
    public static func currentLogin() -> String {
        if let sessionLogin { return sessionLogin }
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
