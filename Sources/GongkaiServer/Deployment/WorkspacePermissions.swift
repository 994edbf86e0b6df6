import Foundation
import GongkaiCore
#if canImport(Glibc)
import Glibc
#endif

/// 工作区权限检查 — the service runs only on a workspace that its own account alone can reach:
/// the directory 0700 and the database with its -wal/-shm/-journal 0600, all owned by the running
/// uid and none of them a symbolic link. `gongkai serve --check` lists every problem (and the
/// socket directory's); `gongkai serve` refuses to start while there is one; `gongkai serve
/// --migrate` fixes a workspace set up the old group-writable way.
public enum WorkspacePermissions {
    /// The files SQLite keeps beside the database.
    public static func companions(of workspace: String) -> [String] {
        [workspace + "-wal", workspace + "-shm", workspace + "-journal"]
    }

    static func modeText(_ mode: mode_t) -> String { String(format: "%04o", Int(mode & 0o7777)) }

    /// Every problem with the workspace at `workspace` for a service running as `uid`, in the
    /// current language; empty when the service may start.
    public static func problems(workspace: String, uid: uid_t = geteuid()) -> [String] {
        var out: [String] = []
        let account = PeerIdentity.login(of: uid) ?? "uid\(uid)"
        let dir = (workspace as NSString).deletingLastPathComponent
        func check(_ path: String, wanted: mode_t, mustExist: Bool) {
            var st = stat()
            guard lstat(path, &st) == 0 else {
                if mustExist { out.append(ServiceText.Check.missing.text([path, String(cString: strerror(errno))])) }
                return
            }
            if st.st_mode & S_IFMT == S_IFLNK {
                out.append(ServiceText.Check.isLink.text([path]))
                return
            }
            if st.st_uid != uid {
                out.append(ServiceText.Check.notOwned.text([path, "\(st.st_uid)", account, "\(uid)"]))
            }
            if st.st_mode & 0o077 != 0 {
                out.append(ServiceText.Check.openToOthers.text([path, modeText(st.st_mode), modeText(wanted)]))
            }
        }
        check(dir.isEmpty ? "." : dir, wanted: 0o700, mustExist: true)
        check(workspace, wanted: 0o600, mustExist: true)
        for companion in companions(of: workspace) { check(companion, wanted: 0o600, mustExist: false) }
        return out
    }

    /// Problems with the directory the socket is made in.
    public static func socketProblems(socket: String) -> [String] {
        let dir = (socket as NSString).deletingLastPathComponent
        var st = stat()
        guard stat(dir.isEmpty ? "." : dir, &st) == 0 else { return [ServiceText.Check.socketDirMissing.text([dir])] }
        let sticky = st.st_mode & S_ISVTX != 0
        if st.st_mode & 0o022 != 0 && !sticky || (st.st_uid != geteuid() && st.st_uid != 0) {
            return [ServiceText.Check.socketDirOpen.text([dir, modeText(st.st_mode)])]
        }
        return []
    }

    /// The one command that fixes the problems (for the refusal message).
    public static func fixCommand(workspace: String) -> String {
        "sudo gongkai serve --migrate --workspace \(workspace) --owner \(PeerIdentity.login(of: geteuid()) ?? "gongkai")"
    }

    public struct MigrationError: Error, CustomStringConvertible {
        public var description: String
    }

    /// 迁移 — from the old shared setup (setgid 2770 directory, 0660 files) to the service's: the
    /// workspace's directory and everything in it belong to `owner` and its group, directories 0700
    /// (setgid cleared), files 0600. Symbolic links are removed, never followed (an officer may have
    /// planted them). Run as root. Returns what was done, one line per path.
    public static func migrate(workspace: String, owner: String) throws -> [String] {
        guard geteuid() == 0 else { throw MigrationError(description: ServiceText.Check.migrateNeedsRoot.text()) }
        guard let account = PeerIdentity.uid(of: owner) else {
            throw MigrationError(description: ServiceText.Check.unknownAccount.text([owner]))
        }
        let dir = (workspace as NSString).deletingLastPathComponent
        var done: [String] = []
        func fix(_ path: String, isDirectory: Bool) throws {
            let mode: mode_t = isDirectory ? 0o700 : 0o600
            guard lchown(path, account.uid, account.gid) == 0, chmod(path, mode) == 0 else {
                throw MigrationError(description: "\(path): \(String(cString: strerror(errno)))")
            }
            done.append(ServiceText.Check.migrated.text([path, owner, modeText(mode)]))
        }
        func walk(_ path: String) throws {
            var st = stat()
            guard lstat(path, &st) == 0 else { return }
            switch st.st_mode & S_IFMT {
            case S_IFLNK:
                unlink(path)
                done.append(ServiceText.Check.isLink.text([path]))
            case S_IFDIR:
                try fix(path, isDirectory: true)
                for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    try walk(path + "/" + name)
                }
            case S_IFREG:
                try fix(path, isDirectory: false)
            default:
                break
            }
        }
        try walk(dir.isEmpty ? "." : dir)
        return done
    }
}
