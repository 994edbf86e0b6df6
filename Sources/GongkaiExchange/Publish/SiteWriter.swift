import Foundation

/// 写出网站 — writes the pages into a fresh folder beside the target and only then puts it in
/// place (rename), so a failed publish never leaves half a site: the old site stays as it was.
public enum SiteWriter {
    /// The file every published site has; its presence allows replacing the folder.
    public static let marker = "search-index.js"

    public static func write(_ files: [String: Data], to directory: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).publishing-\(pid)")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isDir), !isDir.boolValue {
            throw SiteError(X.Publish.notADirectory.text([directory]))
        }
        // The whole folder is replaced: refuse one that is not a site we published (a typo such as
        // `--out ~` must not replace a home folder).
        if isDir.boolValue, let entries = try? fm.contentsOfDirectory(atPath: target.path), !entries.isEmpty,
           !entries.contains(marker) {
            throw SiteError(X.Publish.notASite.text([directory, marker]))
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
        } catch {
            try? fm.removeItem(at: staging)
            throw SiteError(X.Publish.failed.text(["\(error)"]))
        }
    }
}
