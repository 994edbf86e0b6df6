import Foundation
import GongkaiCore
#if canImport(Glibc)
import Glibc
#endif

/// 本进程写文件 — `OfficerFiles` done by this process, as the user running it: the embedded
/// workstation, and the client of `gongkai serve` carrying out what its session asks.
public struct LocalOfficerFiles: OfficerFiles {
    /// The draft store's directory (`$XDG_STATE_HOME/gongkai`, else `~/.local/state/gongkai`).
    public let draftDirectory: String
    /// Relative paths of `write` are taken from here (the officer's working directory).
    public let workingDirectory: String
    /// Where `-` goes (standard output).
    public let standardOutput: Int32

    public init(draftDirectory: String? = nil, workingDirectory: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                standardOutput: Int32 = STDOUT_FILENO) {
        self.draftDirectory = draftDirectory ?? Self.defaultDraftDirectory(environment: environment)
        self.workingDirectory = workingDirectory ?? FileManager.default.currentDirectoryPath
        self.standardOutput = standardOutput
    }

    public static func defaultDraftDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/gongkai" }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        return home + "/.local/state/gongkai"
    }

    public func write(_ data: Data, to path: String) throws {
        if path == "-" {
            try Self.writeAll(data, fd: standardOutput, path: path)
            return
        }
        guard !path.isEmpty else { throw OfficerFileError(path: path, errno: EINVAL) }
        let full = absolute(path)
        if !path.hasPrefix("/") {
            try Self.makeParents(of: full)
        }
        try Self.replace(full, with: data, sync: true)
    }

    /// `path` as the officer meant it: relative to the working directory unless absolute.
    public func read(_ path: String) throws -> Data {
        guard !path.isEmpty else { throw OfficerFileError(path: path, errno: EINVAL) }
        let full = absolute(path)
        let fd = open(full, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OfficerFileError(path: path, errno: errno) }
        defer { close(fd) }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw OfficerFileError(path: path, errno: errno) }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    public func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/") + path
    }

    public func writeDraft(_ data: Data, name: String) throws {
        // No fsync: a draft guards against a killed process or a dropped link, whose writes the
        // kernel keeps; the rename still leaves the previous draft whole if this one is cut short.
        try Self.replace(try draftPath(name), with: data, sync: false)
    }

    public func appendDraft(_ data: Data, name: String) throws {
        let path = try draftPath(name)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OfficerFileError(path: path, errno: errno) }
        defer { close(fd) }
        try Self.requireOwnRegularFile(fd: fd, path: path)
        try Self.writeAll(data, fd: fd, path: path)
    }

    public func readDraft(name: String) throws -> Data? {
        let path = try draftPath(name)
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw OfficerFileError(path: path, errno: errno)
        }
        defer { close(fd) }
        try Self.requireOwnRegularFile(fd: fd, path: path)
        return try Self.readAll(fd: fd, path: path)
    }

    public func removeDraft(name: String) throws {
        let path = try draftPath(name)
        if unlink(path) != 0 && errno != ENOENT { throw OfficerFileError(path: path, errno: errno) }
    }

    public func listDrafts() throws -> [OfficerDraftFile] {
        let dir = try draftStore()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.sorted().compactMap { name in
            guard Self.isDraftName(name) else { return nil }
            var st = stat()
            guard lstat(dir + "/" + name, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid() else { return nil }
            let modified = Date(timeIntervalSince1970: TimeInterval(st.st_mtim.tv_sec) + TimeInterval(st.st_mtim.tv_nsec) / 1e9)
            return OfficerDraftFile(name: name, modified: modified, size: Int(st.st_size))
        }
    }

    // MARK: - Paths

    /// The draft store, created 0700 on first use; refused when it is a link or not the user's own.
    func draftStore() throws -> String {
        let dir = draftDirectory
        var st = stat()
        if lstat(dir, &st) != 0 {
            guard errno == ENOENT else { throw OfficerFileError(path: dir, errno: errno) }
            let parent = (dir as NSString).deletingLastPathComponent
            if !parent.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true,
                                                            attributes: [.posixPermissions: 0o700])
                } catch {
                    throw OfficerFileError(path: parent, errno: EACCES)
                }
            }
            if mkdir(dir, 0o700) != 0 && errno != EEXIST { throw OfficerFileError(path: dir, errno: errno) }
            guard lstat(dir, &st) == 0 else { throw OfficerFileError(path: dir, errno: errno) }
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid() else {
            throw OfficerFileError(path: dir, problem: .notOwnDirectory)
        }
        if st.st_mode & 0o077 != 0 {
            guard chmod(dir, 0o700) == 0 else { throw OfficerFileError(path: dir, errno: errno) }
        }
        return dir
    }

    /// A draft's name is chosen by the program: letters, digits, `.`, `_` and `-`, not starting
    /// with a dot (so never `..`, a path or a hidden temporary file).
    static func isDraftName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 200 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    func draftPath(_ name: String) throws -> String {
        guard Self.isDraftName(name) else { throw OfficerFileError(path: name, problem: .badDraftName) }
        return try draftStore() + "/" + name
    }

    /// Creates `path`'s directory and any missing above it (0700), for a relative path.
    static func makeParents(of path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        var st = stat()
        if dir.isEmpty || stat(dir, &st) == 0 { return }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            throw OfficerFileError(path: dir, errno: underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying!.code) : EACCES)
        }
    }

    // MARK: - Writing

    /// Writes a new file beside `path` (created 0600 with O_EXCL) and renames it over `path`, so a
    /// link planted at `path` is replaced, never followed, and a failed write leaves the old file.
    static func replace(_ path: String, with data: Data, sync: Bool) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var st = stat()
        if !dir.isEmpty, stat(dir, &st) != 0 {
            throw OfficerFileError(path: path, errno: errno, problem: errno == ENOENT ? .parentMissing : nil)
        }
        let temp = (dir.isEmpty ? "." : dir) + "/.\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OfficerFileError(path: path, errno: errno) }
        do {
            // The mode stays 0600 whatever the umask; a group-writable directory's default ACL
            // could widen it, so it is set again on the open file.
            guard fchmod(fd, 0o600) == 0 else { throw OfficerFileError(path: path, errno: errno) }
            try writeAll(data, fd: fd, path: path)
            if sync { guard fsync(fd) == 0 else { throw OfficerFileError(path: path, errno: errno) } }
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard rename(temp, path) == 0 else {
            let e = errno
            unlink(temp)
            throw OfficerFileError(path: path, errno: e)
        }
    }

    static func writeAll(_ data: Data, fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let start = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, start + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; throw OfficerFileError(path: path, errno: errno) }
                offset += n
            }
        }
    }

    static func readAll(fd: Int32, path: String) throws -> Data {
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw OfficerFileError(path: path, errno: errno) }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    /// The open file is a regular file of this user (not a FIFO, device or someone else's file).
    static func requireOwnRegularFile(fd: Int32, path: String) throws {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw OfficerFileError(path: path, errno: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid() else {
            throw OfficerFileError(path: path, problem: .notRegularFile)
        }
    }
}

/// A file on the officer's side that could not be written or read, with the system's reason (or
/// the program's, when it refused the file itself).
public struct OfficerFileError: Error, CustomStringConvertible, Sendable, Equatable, Codable {
    /// Refusals of the program's own, beside the system's errno.
    public enum Problem: String, Codable, Sendable {
        /// The draft directory is a link, not a directory, or belongs to someone else.
        case notOwnDirectory
        /// A draft name that is not a plain file name.
        case badDraftName
        /// A draft that is not a regular file of this user.
        case notRegularFile
        /// The directory of an absolute path does not exist.
        case parentMissing
    }

    public var path: String
    public var code: Int32
    public var problem: Problem?

    public init(path: String, errno code: Int32, problem: Problem? = nil) {
        self.path = path
        self.code = code
        self.problem = problem
    }

    public init(path: String, problem: Problem) {
        self.init(path: path, errno: EPERM, problem: problem)
    }

    public var description: String {
        let reason: String
        switch problem {
        case .notOwnDirectory: reason = StoreText.Files.notOwnDirectory.text()
        case .badDraftName: reason = StoreText.Files.badDraftName.text()
        case .notRegularFile: reason = StoreText.Files.notRegularFile.text()
        case .parentMissing: reason = StoreText.Files.parentMissing.text()
        case nil: reason = String(cString: strerror(code))
        }
        return "\(path): \(reason)"
    }
}

/// Which `OfficerFiles` this process uses: `LocalOfficerFiles` unless a service session set its
/// remote one at start-up.
public enum OfficerSide {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed: any OfficerFiles = LocalOfficerFiles()

    public static var files: any OfficerFiles {
        get { lock.lock(); defer { lock.unlock() }; return installed }
        set { lock.lock(); installed = newValue; lock.unlock() }
    }
}
