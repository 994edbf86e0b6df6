import Foundation
import GongkaiStore

/// 输出文件 — every file a verb hands to the officer (`-o FILE`: letters, exports, reports,
/// statistics, backups) is written by `OfficerSide.files`: mode 0600, never through a link planted
/// at the path, the old file kept when the write fails, and `-o -` is standard output.
enum OfficerOutput {
    /// `-o -`: the bytes go to standard output, and messages about them to standard error.
    static func isStandardOutput(_ path: String?) -> Bool { path == "-" }

    /// Writes `data` to `path` on the officer's side; a failure is a CLI error naming the file.
    static func write(_ data: Data, to path: String) throws {
        do {
            try OfficerSide.files.write(data, to: path)
        } catch let e as OfficerFileError {
            throw CLIError(CLIText.Common.cannotWrite.text([e.path, e.description.dropPrefix(e.path + ": ")]))
        }
    }

    /// The path as the officer will find it (absolute when this process writes it).
    static func shown(_ path: String) -> String {
        (OfficerSide.files as? LocalOfficerFiles)?.absolute(path) ?? path
    }
}

private extension String {
    func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
