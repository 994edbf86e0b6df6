import Foundation
import GRDB
import GongkaiCore

/// 模板修改 — letter and site templates live in the workspace's own folder
/// (`templates/letters/`, `templates/site/` beside the workspace file), belong to the workspace's
/// owner and are read only from there (`TemplateFile`). Only an admin changes them, through the
/// service door: the file is written by the process that owns the workspace (0644, never
/// through a link) and the audit log keeps the SHA-256 before and after (`template.set`,
/// `template.reset`).
public enum TemplateFolder: String, Codable, Sendable {
    case letters
    case site

    /// `<workspace folder>/templates/<letters|site>`.
    public func directory(workspace path: String) -> String {
        ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("templates/" + rawValue)
    }
}

extension GongkaiService {
    /// What the audit log keeps of a template change.
    public struct TemplateChange: Codable, Sendable, Equatable {
        public var folder: TemplateFolder
        public var name: String
        /// SHA-256 of the file's text; nil when there was none (the shipped template applied).
        public var sha256: String?
    }

    /// 设置模板 — admins only, audited: `text` becomes `<name>.mustache` in the workspace's
    /// template folder; nil removes it (the shipped template applies again). The caller checks
    /// the template's syntax first (GongkaiLetters, GongkaiExchange).
    @discardableResult
    public func setTemplate(_ folder: TemplateFolder, name: String, text: String?) throws -> TemplateChange {
        guard !name.isEmpty, name.count <= 64, !name.hasPrefix("."),
              name.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }) else {
            throw ServiceError.invalidValue(StoreText.Files.badTemplateName.with([name]))
        }
        guard workspace.path.hasPrefix("/") else { throw ServiceError.invalid(StoreText.Files.noTemplateFolder.with()) }
        let dir = folder.directory(workspace: workspace.path)
        let path = dir + "/" + name + ".mustache"
        let owner = TemplateFile.owner(ofWorkspace: workspace.path)
        return try change(text == nil ? .templateReset : .templateSet, item: folder.rawValue + "/" + name,
                          require: { try $0.requireAdmin() }) { _ in
            // Templates are read only when they belong to the workspace's owner: a file this
            // process wrote as someone else would never be used, so it is not written at all.
            guard geteuid() == owner else {
                throw ServiceError.invalid(StoreText.Files.templateNotOwner.with([self.workspace.path]))
            }
            let old = try? TemplateFile.read(path, owner: owner)
            let before = TemplateChange(folder: folder, name: name, sha256: (old ?? nil).map { SHA256.hex(Data($0.utf8)) })
            if let text {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o755])
                try TemplateFile.write(Data(text.utf8), to: path)
            } else if TemplateFile.isPresent(path) {
                guard unlink(path) == 0 else { throw OfficerFileError(path: path, errno: errno) }
            }
            let after = TemplateChange(folder: folder, name: name, sha256: text.map { SHA256.hex(Data($0.utf8)) })
            return (after, ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(after)))
        }
    }
}
