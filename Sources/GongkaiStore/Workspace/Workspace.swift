import Foundation
import GRDB

/// 工作区 — one SQLite file holding everything (WAL, busy timeout, named migrations).
/// Created with mode 0600: it holds applicants' personal data.
public final class Workspace: Sendable {
    public let path: String
    public let writer: any DatabaseWriter
    /// 只读 — the file or its directory cannot be written by this user: lists and reports work,
    /// every change is refused (`GongkaiService.change`) with a clear message.
    public let isReadOnly: Bool
    /// 变更记录器 — notes which areas the writer connection's statements write, for the change
    /// counters other sessions poll (`ChangeCounters`).
    let changes: ChangeTracker
    /// The catalog tree and counts, read once while nothing changes (`CatalogSnapshotMemo`).
    let catalogSnapshots = CatalogSnapshotMemo()
    /// Inbox items worked out once while nothing changes (`ReviewItemsMemo`): the requests near a
    /// date, and the inbox plan's computed items.
    let reviewNear = ReviewItemsMemo()
    let reviewPlaced = ReviewItemsMemo()

    init(path: String, writer: any DatabaseWriter, readOnly: Bool = false, changes: ChangeTracker = ChangeTracker()) {
        self.path = path
        self.writer = writer
        self.isReadOnly = readOnly
        self.changes = changes
        catalogSnapshots.attach(to: writer)
        reviewNear.attach(to: writer)
        reviewPlaced.attach(to: writer)
    }

    public enum OpenError: Error, CustomStringConvertible {
        case cannotCreateDirectory(String, String)
        case cannotCreateFile(String, String)
        case notAWorkspace(String)
        case emptyFile(String)
        case worldWritable(String)
        case readOnlyNeedsUpgrade(String)

        public var description: String {
            switch self {
            case let .cannotCreateDirectory(dir, why): return "无法创建工作区目录 \(dir)：\(why)"
            case let .cannotCreateFile(file, why): return "无法创建工作区文件 \(file)：\(why)"
            case let .notAWorkspace(file): return StoreText.Files.notAWorkspace.text([file])
            case let .emptyFile(file): return StoreText.Files.emptyFile.text([file])
            case let .readOnlyNeedsUpgrade(file): return StoreText.Files.readOnlyNeedsUpgrade.text([file])
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
    /// Returns the workspace and whether the file was created by this call. `onCreate` seeds a
    /// new workspace: it runs while the creation lock is held, so concurrent first opens of the
    /// same path cannot collide (exactly one creates and seeds, the others wait and open it).
    /// An existing file that is not an SQLite database (empty or not) is refused, never turned
    /// into a workspace. A workspace this user cannot write (file 0400, or a directory without
    /// write permission) opens read-only.
    public static func open(at path: String, onCreate: ((Workspace) throws -> Void)? = nil) throws -> (Workspace, created: Bool) {
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
        let creation = CreationLock(workspace: path, directory: dir.isEmpty ? "." : dir)
        defer { creation.release() }
        var created = false
        // A workspace anyone can write is not trustworthy: refuse it rather than use it.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IWOTH != 0 {
            throw OpenError.worldWritable(path)
        }
        if fm.fileExists(atPath: path) {
            try requireSQLite(path)
        } else {
            // Create the file ourselves so that no umask leaves personal data readable: 0600, or
            // 0660 in a deployment directory (setgid, see the admin guide) shared by a group.
            let mode = creationMode(directory: dir.isEmpty ? "." : dir)
            let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd < 0 {
                throw OpenError.cannotCreateFile(path, String(cString: strerror(errno)))
            }
            fchmod(fd, mode)   // exactly this mode, whatever the umask
            close(fd)
            created = true
        }
        if !created && (access(path, W_OK) != 0 || access(dir.isEmpty ? "." : dir, W_OK) != 0) {
            return (try openReadOnly(path), false)
        }
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.label = "gongkai.workspace"
        if let hook = Workspace.onCommit {
            config.prepareDatabase { db in db.add(transactionObserver: CommitObserver(hook), extent: .databaseLifetime) }
        }
        let changes = ChangeTracker()
        config.prepareDatabase { db in changes.attach(to: db) }
        // The writer keeps its statement journals in memory. A statement that fires triggers
        // inside a transaction journals the pages it touches so that it alone can be undone; once
        // one journal outgrew SQLite's 64 KiB it went to a temporary file for the rest of the
        // transaction, and every later statement wrote its pages there: an import of 5,000
        // requests made about 120,000 `pwrite` calls, with this 1,100 (Docs/性能.md). Readers
        // keep the default, so a large sort still spills to disk, not to the session's memory.
        config.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        }
        if let timing = Workspace.onStatement {
            config.prepareDatabase { db in
                db.trace(options: .profile) { event in
                    if case let .profile(statement, duration) = event { timing(statement.sql, duration) }
                }
            }
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
        let workspace = Workspace(path: path, writer: pool, changes: changes)
        if created, let onCreate {
            do { try onCreate(workspace) } catch {
                try? pool.close()
                for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
                throw error
            }
        }
        return (workspace, created)
    }

    /// An existing file must be an SQLite database: its first 16 bytes are SQLite's header (an
    /// empty file is one only while SQLite's write-ahead log beside it holds the content).
    static func requireSQLite(_ path: String) throws {
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return }   // SQLite says why it cannot open it
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw OpenError.notAWorkspace(path) }
        if st.st_size == 0 {
            var wal = stat()
            if stat(path + "-wal", &wal) == 0, wal.st_size > 0 { return }
            throw OpenError.emptyFile(path)
        }
        var header = [UInt8](repeating: 0, count: 16)
        let n = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, 16) }
        guard n == 16, header == Array("SQLite format 3\0".utf8) else { throw OpenError.notAWorkspace(path) }
    }

    /// A workspace this user may only read: opened read-only (no migration; one that needs an
    /// upgrade is refused until someone who may write it opens it once). When SQLite cannot share
    /// the write-ahead log's index (no `-shm` beside it and no right to create one), the file is
    /// read as it stands (`immutable`: what was committed when it was opened).
    static func openReadOnly(_ path: String) throws -> Workspace {
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.label = "gongkai.workspace"
        config.readonly = true
        func attempt(_ location: String) throws -> DatabaseQueue {
            let queue = try DatabaseQueue(path: location, configuration: config)
            let done = try queue.read { db in try Schema.migrator.hasCompletedMigrations(db) }
            guard done else { throw OpenError.readOnlyNeedsUpgrade(path) }
            return queue
        }
        do {
            let queue: DatabaseQueue
            do {
                queue = try attempt(path)
            } catch let e as DatabaseError where e.resultCode == .SQLITE_READONLY || e.resultCode == .SQLITE_CANTOPEN {
                var encoded = ""
                for c in path.unicodeScalars {
                    if c == "%" || c == "?" || c == "#" { encoded += String(format: "%%%02X", c.value) } else { encoded.unicodeScalars.append(c) }
                }
                queue = try attempt("file:" + encoded + "?immutable=1")
            }
            return Workspace(path: path, writer: queue, readOnly: true)
        } catch let dbError as DatabaseError where dbError.resultCode == .SQLITE_NOTADB {
            throw OpenError.notAWorkspace(path)
        }
    }

    /// 提交通知 — called after every transaction that changed the workspace commits (set by a
    /// service session, which tells the service so that the other sessions reload at once).
    /// Set before `open`.
    nonisolated(unsafe) public static var onCommit: (@Sendable () -> Void)?

    /// 语句计时 — called with every statement's SQL and how long it ran (gongkai-bench lists the
    /// statements of a first frame with it). Set before `open`; nil (the default) costs nothing.
    nonisolated(unsafe) public static var onStatement: (@Sendable (String, TimeInterval) -> Void)?

    /// 部署组 — a directory with the setgid bit (`install -d -m 2770 -g gongkai`) is a deployment
    /// shared by a group: workspaces created there are group-readable and -writable (0660).
    /// Anywhere else a new workspace is private to its creator (0600).
    static func creationMode(directory: String) -> mode_t {
        var info = stat()
        guard stat(directory, &info) == 0 else { return 0o600 }
        return info.st_mode & S_ISGID != 0 ? 0o660 : 0o600
    }

    /// A private in-memory workspace (tests, previews): a copy of one migrated in this process,
    /// so the migrations run once per process, not once per workspace.
    public static func inMemory() throws -> Workspace {
        try migratedInMemory.get().inMemoryCopy()
    }

    /// The empty workspace `inMemory()` copies, migrated on first use.
    private static let migratedInMemory = Result<Workspace, Error> {
        let workspace = try emptyInMemory()
        try Schema.migrator.migrate(workspace.writer)
        return workspace
    }

    /// A private in-memory copy of this workspace, made with SQLite's backup (tests seed one
    /// workspace and give each test a copy of it).
    public func inMemoryCopy() throws -> Workspace {
        let copy = try Workspace.emptyInMemory()
        try writer.backup(to: copy.writer)
        return copy
    }

    private static func emptyInMemory() throws -> Workspace {
        let changes = ChangeTracker()
        var config = Configuration()
        config.prepareDatabase { db in changes.attach(to: db) }
        return Workspace(path: ":memory:", writer: try DatabaseQueue(configuration: config), changes: changes)
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
