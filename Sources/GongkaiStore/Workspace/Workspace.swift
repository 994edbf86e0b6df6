import Foundation
import GRDB

/// 工作区 — one SQLite file holding everything (WAL, busy timeout, named migrations).
/// Created with mode 0600: it holds applicants' personal data.
public final class Workspace: Sendable {
    public let path: String
    public let writer: any DatabaseWriter

    init(path: String, writer: any DatabaseWriter) {
        self.path = path
        self.writer = writer
    }

    public enum OpenError: Error, CustomStringConvertible {
        case cannotCreateDirectory(String, String)
        case cannotCreateFile(String, String)
        case notAWorkspace(String)
        case worldWritable(String)

        public var description: String {
            switch self {
            case let .cannotCreateDirectory(dir, why): return "无法创建工作区目录 \(dir)：\(why)"
            case let .cannotCreateFile(file, why): return "无法创建工作区文件 \(file)：\(why)"
            case let .notAWorkspace(file): return "\(file) 不是 Gongkai 工作区（SQLite 文件无法打开）"
            case let .worldWritable(file):
                return "拒绝打开 \(file)：任何人都可以写入这个工作区（权限含 o+w），其中的记录和审计日志不再可信。"
                    + "请管理员核查后执行 chmod o-w \(file)（见《管理员指南》）。"
            }
        }
    }

    /// Whether a workspace file already exists at `path`.
    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Opens (creating and migrating when missing) the workspace at `path`.
    /// Returns the workspace and whether the file was created by this call.
    public static func open(at path: String) throws -> (Workspace, created: Bool) {
        let fm = FileManager.default
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty && !fm.fileExists(atPath: dir) {
            do {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            } catch {
                throw OpenError.cannotCreateDirectory(dir, error.localizedDescription)
            }
        }
        var created = false
        // A workspace anyone can write is not trustworthy: refuse it rather than use it.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IWOTH != 0 {
            throw OpenError.worldWritable(path)
        }
        if !fm.fileExists(atPath: path) {
            // Create the file ourselves so that no umask leaves personal data readable: 0600, or
            // 0660 in a deployment directory (setgid, see the admin guide) shared by a group.
            let mode = creationMode(directory: dir.isEmpty ? "." : dir)
            let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, mode)
            if fd < 0 {
                throw OpenError.cannotCreateFile(path, String(cString: strerror(errno)))
            }
            fchmod(fd, mode)   // exactly this mode, whatever the umask
            close(fd)
            created = true
        }
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.label = "gongkai.workspace"
        if let hook = Workspace.onCommit {
            config.prepareDatabase { db in db.add(transactionObserver: CommitObserver(hook), extent: .databaseLifetime) }
        }
        // The -wal and -shm files SQLite creates must be as private as the database.
        let oldMask = umask(0o077)
        defer { umask(oldMask) }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Schema.migrator.migrate(pool)
        } catch {
            if created { try? fm.removeItem(atPath: path) }
            if let dbError = error as? DatabaseError, dbError.resultCode == .SQLITE_NOTADB {
                throw OpenError.notAWorkspace(path)
            }
            throw error
        }
        return (Workspace(path: path, writer: pool), created)
    }

    /// 提交通知 — called after every transaction that changed the workspace commits (set by a
    /// service session, which tells the service so that the other sessions reload at once).
    /// Set before `open`.
    nonisolated(unsafe) public static var onCommit: (@Sendable () -> Void)?

    /// 部署组 — a directory with the setgid bit (`install -d -m 2770 -g gongkai`) is a deployment
    /// shared by a group: workspaces created there are group-readable and -writable (0660).
    /// Anywhere else a new workspace is private to its creator (0600).
    static func creationMode(directory: String) -> mode_t {
        var info = stat()
        guard stat(directory, &info) == 0 else { return 0o600 }
        return info.st_mode & S_ISGID != 0 ? 0o660 : 0o600
    }

    /// A private in-memory workspace (tests, previews).
    public static func inMemory() throws -> Workspace {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return Workspace(path: ":memory:", writer: queue)
    }

    /// The names of the migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Schema.migrator.appliedMigrations(db) }
    }
}

/// Calls its hook after each committed transaction that wrote something (reads are not told).
final class CommitObserver: TransactionObserver, @unchecked Sendable {
    private let hook: @Sendable () -> Void
    private var wrote = false

    init(_ hook: @escaping @Sendable () -> Void) { self.hook = hook }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
    func databaseDidChange(with event: DatabaseEvent) { wrote = true }
    func databaseDidCommit(_ db: Database) {
        if wrote { hook() }
        wrote = false
    }
    func databaseDidRollback(_ db: Database) { wrote = false }
}
