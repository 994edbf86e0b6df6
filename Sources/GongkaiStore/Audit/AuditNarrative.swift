import Foundation
import GRDB
import GongkaiCore

/// 修改记录的叙述 — an audit entry told in words in the interface language: who (by name), on
/// which day, did what (“王芳 2026-12-04 提交审核”), then each field it changed, before → after
/// (“公开属性：未定 → 主动公开”). Codes become their names; fields without a name for people
/// (versions, time stamps, digests) are left out; never raw JSON or action codes. Used by the
/// history overlay (`H`), `gongkai audit` and `gongkai doc history`.
public struct AuditStory: Hashable, Sendable, Codable {
    public var at: String
    public var sentence: String
    public var changes: [String]

    /// The sentence, then the changes indented on the lines below.
    public var lines: [String] { [sentence] + changes.map { "  " + $0 } }
}

public enum AuditNarrative {
    /// `names`: officers' names by login, `units`: units' names by id (one with no name stays as it is).
    public static func story(_ e: AuditEntry, names: [String: String] = [:], units: [String: String] = [:]) -> AuditStory {
        let who = names[e.actor] ?? e.actor
        let actor = e.realActor.map { StoreText.Audit.onBehalf.text([who, names[$0] ?? $0]) } ?? who
        let sentence = StoreText.Audit.sentence.text([actor, localDay(e.at), action(e.action)])
        return AuditStory(at: e.at, sentence: sentence, changes: changes(before: e.before, after: e.after, units: units))
    }

    /// The entry's day in the server's zone, `YYYY-MM-DD`.
    static func localDay(_ at: String) -> String {
        guard let date = try? Date(at, strategy: .iso8601) else { return String(at.prefix(10)) }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = .current
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// The action in words: `document.submit` → 提交文件审核 (the words of `AuditAction`); a code
    /// no action names (an older log's) is named by its area.
    static func action(_ code: String) -> String {
        if let known = AuditAction(rawValue: code) { return known.words }
        typealias A = StoreText.Audit
        let parts = code.split(separator: ".", maxSplits: 1).map(String.init)
        let area = parts.first ?? "", verb = parts.count > 1 ? parts[1] : ""
        switch (area, verb) {
        case ("document", _) where DocumentAction(rawValue: verb) != nil: return DocumentAction(rawValue: verb)!.displayName
        case ("interpretation", _) where DocumentAction(rawValue: verb) != nil:
            return A.interpretationStep.text([DocumentAction(rawValue: verb)!.displayName])
        case ("catalog", _), ("unit", _): return A.catalogChange.text()
        case ("duty", _), ("consultation", _), ("inspection", _): return A.registerChange.text()
        case ("report", _): return A.reportChange.text()
        case (_, "settings"), (_, "pattern"), (_, "remedies"): return A.settingsChange.text()
        default: return A.otherChange.text()
        }
    }

    /// The fields people read, in this order, with how their values are named.
    static let fields: [(key: String, name: Phrase, value: @Sendable (String) -> String)] = {
        typealias A = StoreText.Audit
        func code<T: DomainCode>(_ type: T.Type) -> @Sendable (String) -> String { { T(rawValue: $0)?.displayName ?? $0 } }
        let plain: @Sendable (String) -> String = { $0 }
        return [
            ("title", A.fieldTitle, plain), ("state", A.fieldState, code(DocumentState.self)),
            ("attribute", A.fieldAttribute, code(DisclosureAttribute.self)),
            ("withheldReason", A.fieldWithheldReason, code(ApplicationOutcome.self)),
            ("attributeNote", A.fieldNote, plain), ("type", A.fieldType, code(DocumentType.self)),
            ("docNumber", A.fieldNumber, plain), ("category", A.fieldCategory, plain),
            ("formed", A.fieldFormed, plain), ("unitId", A.fieldUnit, plain), ("channels", A.fieldChannels, list),
            ("tags", A.fieldTags, list), ("validUntil", A.fieldValidUntil, plain),
            ("published", A.fieldPublished, plain), ("approved", A.fieldApproved, plain),
            ("bodyLength", A.fieldBodyLength, plain), ("comment", A.fieldComment, plain),
            ("until", A.fieldUntil, plain), ("leader", A.fieldLeader, plain), ("content", A.fieldContent, plain),
            ("name", A.fieldName, plain),
        ]
    }()

    /// A stored JSON list (`["门户网站","微信平台"]`) as 门户网站、微信平台.
    static func list(_ text: String) -> String {
        guard let items = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else { return text }
        return items.map { "\($0)" }.joined(separator: StoreText.Audit.listSeparator.text())
    }

    /// Each named field whose value differs, `name：before → after` (`name：value` when only set).
    static func changes(before: String?, after: String?, units: [String: String] = [:]) -> [String] {
        let old = object(before), new = object(after)
        // A step's record (`{"from":…,"to":…}`) tells the state change.
        var old2 = old, new2 = new
        if new["state"] == nil, let to = new["to"] { new2["state"] = to; old2["state"] = old["state"] ?? new["from"] }
        var lines: [String] = []
        for field in fields {
            let a = old2[field.key], b = new2[field.key]
            guard a != b, a != nil || b != nil else { continue }
            let name = field.name.text()
            func value(_ v: String) -> String { field.key == "unitId" ? units[v] ?? v : field.value(v) }
            switch (a, b) {
            case (nil, let b?): lines.append(StoreText.Audit.set.text([name, value(b)]))
            case (let a?, let b): lines.append(StoreText.Audit.change.text([name, value(a), b.map { value($0) } ?? StoreText.Audit.cleared.text()]))
            default: break
            }
        }
        return lines
    }

    /// A flat JSON object's fields as text (nested values are left out).
    static func object(_ json: String?) -> [String: String] {
        guard let json, let any = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
              let dict = any as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (k, v) in dict {
            switch v {
            case let s as String: out[k] = s
            case let n as NSNumber: out[k] = n.stringValue
            case let a as [Any]:
                if let d = try? JSONSerialization.data(withJSONObject: a), let s = String(data: d, encoding: .utf8) { out[k] = s }
            default: break
            }
        }
        return out
    }
}

extension GongkaiService {
    /// 修改记录（叙述） — `auditEntries(query)` told in words, with officers' names.
    public func auditStories(_ query: AuditQuery) throws -> [AuditStory] {
        let entries = try auditEntries(query)
        func names(_ db: Database, _ sql: String) throws -> [String: String] {
            Dictionary(try Row.fetchAll(db, sql: sql).map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
        }
        let (officers, units) = try read { db, _ in
            (try names(db, "SELECT login, name FROM officer"), try names(db, "SELECT id, name FROM unit"))
        }
        return entries.map { AuditNarrative.story($0, names: officers, units: units) }
    }
}
