import Foundation
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

    public init(draftDirectory: String? = nil, workingDirectory: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.draftDirectory = draftDirectory ?? Self.defaultDraftDirectory(environment: environment)
        self.workingDirectory = workingDirectory ?? FileManager.default.currentDirectoryPath
    }

    public static func defaultDraftDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/gongkai" }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        return home + "/.local/state/gongkai"
    }

    public func write(_ data: Data, to path: String) throws {
        if path == "-" {
            try Self.writeAll(data, fd: STDOUT_FILENO, path: path)
            return
        }
        let full = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        try Self.replace(full, with: data)
    }

    public func writeDraft(_ data: Data, name: String) throws {
        try Self.replace(try draftPath(name), with: data)
    }

    public func appendDraft(_ data: Data, name: String) throws {
        let path = try draftPath(name)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OfficerFileError(path: path, errno: errno) }
        defer { close(fd) }
        try Self.writeAll(data, fd: fd, path: path)
    }

    public func readDraft(name: String) throws -> Data? {
        let path = try draftPath(name)
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw OfficerFileError(path: path, errno: errno)
        }
        defer { close(fd) }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw OfficerFileError(path: path, errno: errno) }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    public func removeDraft(name: String) throws {
        let path = try draftPath(name)
        if unlink(path) != 0 && errno != ENOENT { throw OfficerFileError(path: path, errno: errno) }
    }

    public func listDrafts() throws -> [OfficerDraftFile] {
        let dir = try draftStore()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.sorted().compactMap { name in
            var st = stat()
            guard lstat(dir + "/" + name, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
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
            try FileManager.default.createDirectory(atPath: (dir as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            if mkdir(dir, 0o700) != 0 && errno != EEXIST { throw OfficerFileError(path: dir, errno: errno) }
            guard lstat(dir, &st) == 0 else { throw OfficerFileError(path: dir, errno: errno) }
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid() else {
            throw OfficerFileError(path: dir, errno: EPERM)
        }
        if st.st_mode & 0o077 != 0 { _ = chmod(dir, 0o700) }
        return dir
    }

    func draftPath(_ name: String) throws -> String {
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
            throw OfficerFileError(path: name, errno: EINVAL)
        }
        return try draftStore() + "/" + name
    }

    // MARK: - Writing

    /// Writes a new file beside `path` (created 0600 with O_EXCL) and renames it over `path`, so a
    /// link planted at `path` is replaced, never followed, and a failed write leaves the old file.
    static func replace(_ path: String, with data: Data) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/.\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OfficerFileError(path: path, errno: errno) }
        do {
            try writeAll(data, fd: fd, path: path)
            guard fsync(fd) == 0 else { throw OfficerFileError(path: path, errno: errno) }
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
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; throw OfficerFileError(path: path, errno: errno) }
                offset += n
            }
        }
    }
}

/// A file on the officer's side that could not be written or read, with the system's reason.
public struct OfficerFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var code: Int32

    public init(path: String, errno code: Int32) {
        self.path = path
        self.code = code
    }

    public var description: String { "\(path): \(String(cString: strerror(code)))" }
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
