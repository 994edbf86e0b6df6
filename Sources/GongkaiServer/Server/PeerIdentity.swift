import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 连接者身份 — who is at the other end of a Unix socket, as the kernel says (SO_PEERCRED): the
/// uid of the process that connected, turned into its login with getpwuid_r. The client's own
/// words (its hello, its environment) never enter into it.
public struct PeerIdentity: Sendable, Equatable {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    /// The credentials of the peer of the connected socket `fd`.
    public static func of(socket fd: Int32) -> PeerIdentity? {
        var cred = PeerCredentials()
        var length = socklen_t(MemoryLayout<PeerCredentials>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &length) == 0 else { return nil }
        return PeerIdentity(pid: cred.pid, uid: cred.uid, gid: cred.gid)
    }

    /// The login name of `uid` from the system's accounts, or nil when it has none.
    public static func login(of uid: UInt32) -> String? {
        var pwd = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16384)
        let rc = getpwuid_r(uid, &pwd, &buffer, buffer.count, &result)
        guard rc == 0, result != nil, let name = pwd.pw_name else { return nil }
        return String(cString: name)
    }

    /// The uid of `login`, or nil when there is no such account.
    public static func uid(of login: String) -> (uid: UInt32, gid: UInt32)? {
        var pwd = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16384)
        let rc = getpwnam_r(login, &pwd, &buffer, buffer.count, &result)
        guard rc == 0, result != nil else { return nil }
        return (pwd.pw_uid, pwd.pw_gid)
    }
}

/// `struct ucred` as the kernel fills it for SO_PEERCRED (pid, uid, gid), declared here because
/// Swift's Glibc module shows it only under _GNU_SOURCE.
public struct PeerCredentials: Sendable {
    public var pid: Int32 = 0
    public var uid: UInt32 = 0
    public var gid: UInt32 = 0
    public init() {}
}
