import Foundation
import Testing

/// 文件只经一处写出 — no code writes a file an officer receives except `LocalOfficerFiles` (issue
/// 18): a scan of the sources for the ways Swift and Foundation create files, with the few
/// places that create files that are not the officer's, each with its reason.
@Suite("经办人文件只经一处写出 Officer files have one writer")
struct OfficerFilesSourceTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Files that create files of their own kind, not ones an officer receives.
    static let allowed: [String: String] = [
        "GongkaiStore/Files/LocalOfficerFiles.swift": "the one writer of officer files and drafts",
        "GongkaiStore/Workspace/Workspace.swift": "the workspace file itself (0600, O_EXCL)",
        "GongkaiStore/Workspace/CreationLock.swift": "the creation lock beside the workspace",
        "GongkaiStore/Maintenance/WorkspaceCheck.swift": "the backup's private temporary copy (backupData hands the bytes on)",
        "GongkaiTUI/Backend/ExternalEditor.swift": "the officer's own temporary file for $EDITOR, in this process",
        "GongkaiExchange/Publish/SiteWriter.swift": "the published site, into the folder the web server reads",
        "GongkaiServer/Server/SessionSpawner.swift": "a session's private config.toml, in the service's own 0700 session directory",
    ]

    static let patterns = [".write(to:", "write(toFile:", "createFile(atPath", "FileHandle(forWriting", "O_CREAT", "fopen("]

    @Test func nothingElseOpensAFileForWriting() throws {
        var offenders: [String] = []
        let enumerator = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let file = url.path.replacingOccurrences(of: Self.sources.path + "/", with: "")
            if file.hasPrefix("gongkai-bench/") || Self.allowed[file] != nil { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for (n, line) in text.components(separatedBy: "\n").enumerated() {
                let code = line.components(separatedBy: "//").first ?? line
                if Self.patterns.contains(where: { code.contains($0) }) { offenders.append("\(file):\(n + 1): \(line)") }
            }
        }
        #expect(offenders.isEmpty, "write officer files with OfficerSide.files:\n\(offenders.joined(separator: "\n"))")
        #expect(FileManager.default.fileExists(atPath: Self.sources.appendingPathComponent("GongkaiStore/Files/LocalOfficerFiles.swift").path))
    }
}
