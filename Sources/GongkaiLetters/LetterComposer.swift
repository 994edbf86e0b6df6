import Foundation
import GongkaiCore
import GongkaiStore
import Mustache

/// 生成文书 — picks the template, checks that the case gives every name it needs (all missing
/// names at once, before anything is produced), renders it and reads the result as a
/// LetterDocument.
public struct LetterComposer: Sendable {
    public var templates: LetterTemplates

    public init(templates: LetterTemplates) { self.templates = templates }

    public struct Composed: Sendable {
        public var document: LetterDocument
        /// The template used (`reply`, `consult-agency`, `reply.withheld.third-party` …).
        public var templateName: String
        public var templateOrigin: String
    }

    /// The names the template needs that the case does not give (empty: ready).
    public func missing(detail: ApplicationDetail, request: LetterRequest) throws -> [String] {
        try prepare(detail: detail, request: request, number: "（编号）").missing
    }

    /// Throws `missingData` naming every missing name; else returns the template's name.
    public func check(detail: ApplicationDetail, request: LetterRequest) throws -> String {
        let p = try prepare(detail: detail, request: request, number: "（编号）")
        guard p.missing.isEmpty else {
            throw LetterError.missingData(template: p.source.originLabel, names: p.missing)
        }
        return p.source.name
    }

    public func compose(detail: ApplicationDetail, request: LetterRequest, number: String) throws -> Composed {
        let p = try prepare(detail: detail, request: request, number: number)
        guard p.missing.isEmpty else {
            throw LetterError.missingData(template: p.source.originLabel, names: p.missing)
        }
        let template = try LetterTemplates.parse(p.source)
        let rendered = template.render(p.data.values)
        return Composed(document: LetterDocument(rendered: rendered), templateName: p.source.name,
                        templateOrigin: p.source.originLabel)
    }

    private func prepare(detail: ApplicationDetail, request: LetterRequest, number: String) throws
        -> (data: LetterCase, source: LetterTemplates.Source, missing: [String]) {
        let data = try LetterCase(detail: detail, request: request, number: number)
        let source = try templates.source(for: request.kind, party: data.party, outcome: data.outcome)
        _ = try LetterTemplates.parse(source)
        let vars = TemplateVariables(scanning: source.text)
        var needed = vars.required
        for name in vars.all where data.requiredByCase.contains(name) && !needed.contains(name) { needed.append(name) }
        let missing = needed.filter { name in
            guard let v = data.values[name] else { return true }
            if let t = v as? LetterText { return t.text.isEmpty }
            if let list = v as? [Any] { return list.isEmpty }
            return false
        }
        return (data, source, missing)
    }
}
