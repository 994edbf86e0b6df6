import Foundation
import GongkaiStore

/// 旧草稿 — before drafts moved to the draft store they lay beside the workspace file
/// (`<workspace>.<kind>-<login>.json`), where anyone with the directory could plant or read them.
/// Such a file is read once, only when it is a regular file of this user (opened without
/// following a link), copied into the officer's draft store unless a draft is already there, and
/// removed. Anything else there (a link, another user's file) is left alone and never read.
enum LegacyDrafts {
    static func migrate(workspace: String, login: String, files: any OfficerFiles) {
        for kind in DraftKind.allCases {
            guard let old = kind.legacyPath(workspace: workspace, login: login),
                  let name = kind.fileName(workspace: workspace, login: login) else { continue }
            guard let data = readOwn(old) else { continue }
            let present = ((try? files.readDraft(name: name)) ?? nil) != nil
            if !present {
                guard (try? files.writeDraft(data, name: name)) != nil else { continue }
            }
            unlink(old)
            if readOwn(old + ".tmp") != nil { unlink(old + ".tmp") }
        }
    }

    /// The file's bytes when it is a regular file owned by this user; nil otherwise.
    static func readOwn(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid(),
              st.st_size < 64 << 20 else { return nil }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }
}
