import Foundation

/// 写出网站 — writes the pages into a fresh folder beside the target and only then puts it in
/// place (rename), so a failed publish never leaves half a site: the old site stays as it was.
public enum SiteWriter {
    /// The file every published site has; its presence allows replacing the folder.
    public static let marker = "search-index.js"

    /// 清理残留 — the working folders (`.site.publishing-PID`, `.site.old-PID`) that earlier runs
    /// killed mid-way (kill -9, power cut) left beside the target: removed once the new site is in
    /// place, when their process is gone. A folder whose process is still alive (another publish
    /// running now) is kept.
    static func removeStaleWorkingFolders(of target: URL) {
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let own = ProcessInfo.processInfo.processIdentifier
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for prefix in [".\(target.lastPathComponent).publishing-", ".\(target.lastPathComponent).old-"] {
            for name in entries where name.hasPrefix(prefix) {
                guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, pid != own, !isAlive(pid) else { continue }
                try? fm.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }

    /// Whether process `pid` exists (`kill(pid, 0)`: EPERM means it exists under another user).
    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    public static func write(_ files: [String: Data], to directory: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).publishing-\(pid)")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isDir), !isDir.boolValue {
            throw SiteError(ExchangeText.Publish.notADirectory.text([directory]))
        }
        // The whole folder is replaced: refuse one that is not a site we published (a typo such as
        // `--out ~` must not replace a home folder).
        if isDir.boolValue, let entries = try? fm.contentsOfDirectory(atPath: target.path), !entries.isEmpty,
           !entries.contains(marker) {
            throw SiteError(ExchangeText.Publish.notASite.text([directory, marker]))
        }
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            if fm.fileExists(atPath: target.path) {
                try fm.moveItem(at: target, to: old)
                do { try fm.moveItem(at: staging, to: target) } catch {
                    try? fm.moveItem(at: old, to: target)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
            removeStaleWorkingFolders(of: target)
        } catch {
            try? fm.removeItem(at: staging)
            throw SiteError(ExchangeText.Publish.failed.text(["\(error)"]))
        }
    }
}
