import Foundation
import GongkaiStore

/// 发布 — reads the public information through the service door (county office only), builds the
/// site and writes it into `directory` in one step.
public enum Publisher {
    public struct Result: Codable, Sendable, Equatable {
        public var directory: String
        public var documents: Int
        public var register: Int
        public var reports: Int
        /// 现行权责事项 published (all units).
        public var duties: Int
        /// 公众参与 items published (closed, with feedback).
        public var consultations: Int
        public var files: Int
        /// Templates taken from the override folder.
        public var customTemplates: [String]
    }

    public static func publish(_ service: GongkaiService, to directory: String, siteName: String = "政府信息公开",
                               templateDirectory: String? = nil, templateOwner: uid_t = geteuid(),
                               progress: (Int, Int) -> Void = { _, _ in }) throws -> Result {
        let templates = try SiteTemplates(overrideDirectory: templateDirectory, owner: templateOwner)
        let snapshot = try service.publicationSnapshot()
        let files = SiteBuilder(templates: templates, siteName: siteName).build(snapshot, progress: progress)
        try SiteWriter.write(files, to: directory)
        return Result(directory: directory, documents: snapshot.documents.count, register: snapshot.register.count,
                      reports: snapshot.reports.count, duties: snapshot.duties.reduce(0) { $0 + $1.entries.count },
                      consultations: snapshot.consultations.count, files: files.count, customTemplates: templates.overridden)
    }

    /// `<workspace folder>/templates/site` — where officers put their own templates.
    public static func templateDirectory(forWorkspace path: String) -> String {
        ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("templates/site")
    }
}
