import Foundation
import GongkaiCore
import GongkaiStore
import Mustache

/// 文书模板库 — the shipped templates (Swift constants under Templates/) and the admin's edited
/// copies in `<directory of the workspace file>/templates/letters/<name>.mustache`, which win
/// when present. An edited copy is read only when it is a regular file of the workspace's owner
/// that no group or other may write (`TemplateFile`); a link or a planted file is refused by name.
public struct LetterTemplates: Sendable {
    /// name → text of every shipped template.
    public static let shipped: [(name: String, text: String)] = [
        ("clarify", ClarifyTemplate.text),
        ("consult", ConsultTemplate.text),
        ("consult-agency", ConsultAgencyTemplate.text),
        ("extend", ExtendTemplate.text),
        ("reply", ReplyTemplate.text),
        ("fee", FeeTemplate.text),
    ]

    public static let fileExtension = "mustache"

    /// Where edited templates are looked for; nil: shipped only.
    public var directory: URL?
    /// Who must own an edited template (the workspace file's owner; this user by default).
    public var owner: uid_t

    public init(directory: URL?, owner: uid_t = geteuid()) {
        self.directory = directory
        self.owner = owner
    }

    /// `<dir of workspace>/templates/letters`.
    public static func overrideDirectory(workspacePath: String) -> URL {
        URL(fileURLWithPath: workspacePath).deletingLastPathComponent()
            .appendingPathComponent("templates").appendingPathComponent("letters")
    }

    /// One template's text and where it came from.
    public struct Source: Sendable, Hashable {
        public var name: String
        public var text: String
        /// The file it was read from; nil for a shipped template.
        public var file: String?

        public init(name: String, text: String, file: String?) {
            self.name = name
            self.text = text
            self.file = file
        }

        /// The file, or the letter's name for a shipped template (“补正告知书，内置模板”).
        public var originLabel: String {
            file ?? LettersText.Letters.builtInTemplate.text([LetterKind(rawValue: name)?.displayName ?? name])
        }
    }

    /// The template `name`: the edited file when one exists, else the shipped one.
    public func source(named name: String) throws -> Source? {
        if let dir = directory {
            let url = dir.appendingPathComponent(name + "." + Self.fileExtension)
            do {
                if let text = try TemplateFile.read(url.path, owner: owner) {
                    return Source(name: name, text: text, file: url.path)
                }
            } catch let refused as TemplateFileRefused {
                throw LetterError.templateUnreadable(file: url.path, reason: refused.why)
            }
        }
        return Self.shipped.first { $0.name == name }.map { Source(name: name, text: $0.text, file: nil) }
    }

    /// The template for a letter: an edited `reply.<outcome>` first for replies, then the kind's.
    public func source(for kind: LetterKind, party: ConsultParty? = nil, outcome: ApplicationOutcome? = nil) throws -> Source {
        if kind == .reply, let outcome, let dir = directory {
            let name = LetterTemplateName.replyVariant(outcome)
            if TemplateFile.isPresent(dir.appendingPathComponent(name + "." + Self.fileExtension).path),
               let s = try source(named: name) { return s }
        }
        let name = LetterTemplateName.name(for: kind, party: party)
        guard let s = try source(named: name) else { throw LetterError.noTemplate(name) }
        return s
    }

    /// Parses a template (text mode: values are never HTML-escaped at this stage).
    public static func parse(_ source: Source) throws -> MustacheTemplate {
        // The case-data marks are ours: a template cannot forge them.
        let text = source.text.replacingOccurrences(of: String(LetterText.open), with: "")
            .replacingOccurrences(of: String(LetterText.close), with: "")
        do {
            return try MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}" + text)
        } catch let e as MustacheTemplate.ParserError {
            throw LetterError.templateSyntax(name: source.originLabel,
                                             line: e.context.lineNumber, column: e.context.columnNumber,
                                             reason: "\(e.error)")
        } catch {
            throw LetterError.templateSyntax(name: source.originLabel, line: 0, column: 0, reason: "\(error)")
        }
    }

    /// `letter templates export DIR` — writes every shipped template (existing files are kept
    /// unless `overwrite`). Returns the files written.
    public static func export(to dir: URL, overwrite: Bool = false) throws -> [String] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var written: [String] = []
        for (name, text) in shipped {
            let url = dir.appendingPathComponent(name + "." + fileExtension)
            if !overwrite && FileManager.default.fileExists(atPath: url.path) { continue }
            try OfficerSide.files.write(Data(text.utf8), to: url.path)
            written.append(url.path)
        }
        return written
    }

    /// 模板检查结果 for one template.
    public struct Check: Sendable, Hashable {
        public var name: String
        public var origin: String
        public var variables: TemplateVariables
        /// Parse error, unsupported tags or unknown names; empty when the template is fine.
        public var problems: [String]
        public var isOK: Bool { problems.isEmpty }
    }

    /// `letter templates check [DIR]` — every template in `dir` (all `*.mustache` there), else every
    /// template in force (edited or shipped).
    public func check() throws -> [Check] {
        var names = Self.shipped.map(\.name)
        if let dir = directory, let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
            for f in files.sorted() where f.hasSuffix("." + Self.fileExtension) {
                let n = String(f.dropLast(Self.fileExtension.count + 1))
                if !names.contains(n) { names.append(n) }
            }
        }
        return try names.compactMap { name in try source(named: name).map(Self.check) }
    }

    public static func check(_ source: Source) -> Check {
        let vars = TemplateVariables(scanning: source.text)
        var problems: [String] = []
        do { _ = try parse(source) } catch { problems.append("\(error)") }
        for u in vars.unsupported { problems.append(LettersText.Letters.unsupportedTag.text([u])) }
        for u in vars.unknown { problems.append(LettersText.Letters.unknownVariableTag.text([u])) }
        let known = shipped.map(\.name)
        if !known.contains(source.name) {
            let outcome = source.name.hasPrefix("reply.") ? ApplicationOutcome(rawValue: String(source.name.dropFirst(6))) : nil
            if outcome == nil {
                problems.append(LettersText.Letters.unknownTemplateName.text([known.joined(separator: LettersText.Letters.listSeparator.text())]))
            }
        }
        return Check(name: source.name, origin: source.originLabel, variables: vars, problems: problems)
    }
}
