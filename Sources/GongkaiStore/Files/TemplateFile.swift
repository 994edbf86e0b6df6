import Foundation
import GongkaiCore

/// 模板文件 — a letter or site template is read only when it belongs to whoever owns the workspace
/// (the service account under `gongkai serve`, the officer on a laptop): a regular file, not a
/// symbolic link (opened with O_NOFOLLOW, checked with fstat on the open file), owned by the
/// workspace file's owner and writable by no group or other. Anything else is refused, naming
/// the file and why, so a template planted by another officer is never read.
public enum TemplateFile {
    /// Who must own templates: the owner of the workspace file (this user for an in-memory one).
    public static func owner(ofWorkspace path: String) -> uid_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_uid : geteuid()
    }

    /// Writes a template as the workspace's owner: a new file (0644: readable, written by no one
    /// else) renamed over `path`, so a link there is replaced, never followed.
    static func write(_ data: Data, to path: String) throws {
        try LocalOfficerFiles.replace(path, with: data, sync: true)
        guard chmod(path, 0o644) == 0 else { throw OfficerFileError(path: path, errno: errno) }
    }

    /// Whether anything (a file, a link, anything) is at `path`.
    public static func isPresent(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// The template's text; nil when nothing is at `path`. Throws `TemplateFileRefused` for a
    /// link, something not a regular file, a file of someone else, one writable by group or
    /// other, or text that is not UTF-8.
    public static func read(_ path: String, owner: uid_t) throws -> String? {
        guard isPresent(path) else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            throw TemplateFileRefused(path: path, reason: errno == ELOOP ? .link : .unreadable(String(cString: strerror(errno))))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw TemplateFileRefused(path: path, reason: .unreadable(String(cString: strerror(errno)))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw TemplateFileRefused(path: path, reason: .notRegularFile) }
        guard st.st_uid == owner else { throw TemplateFileRefused(path: path, reason: .foreignOwner) }
        guard st.st_mode & (S_IWGRP | S_IWOTH) == 0 else { throw TemplateFileRefused(path: path, reason: .writableByOthers) }
        guard st.st_size <= 1 << 20 else { throw TemplateFileRefused(path: path, reason: .tooLarge) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw TemplateFileRefused(path: path, reason: .unreadable(String(cString: strerror(errno)))) }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        guard let text = String(data: data, encoding: .utf8) else { throw TemplateFileRefused(path: path, reason: .notUTF8) }
        return text
    }
}

/// A template file that was not read, and why.
public struct TemplateFileRefused: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case link, notRegularFile, foreignOwner, writableByOthers, tooLarge, notUTF8
        case unreadable(String)
    }

    public var path: String
    public var reason: Reason

    public var description: String { StoreText.Files.templateRefused.text([path, why]) }

    /// Why, without the path.
    public var why: String {
        switch reason {
        case .link: return StoreText.Files.templateLink.text()
        case .notRegularFile: return StoreText.Files.templateNotRegular.text()
        case .foreignOwner: return StoreText.Files.templateForeignOwner.text()
        case .writableByOthers: return StoreText.Files.templateWritableByOthers.text()
        case .tooLarge: return StoreText.Files.templateTooLarge.text()
        case .notUTF8: return StoreText.Files.templateNotUTF8.text()
        case .unreadable(let system): return system
        }
    }
}
