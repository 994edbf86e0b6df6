import Foundation
import GRDB
import GongkaiCore

/// 解读记录行 — one row of `interpretation` (政策解读). Forms and elements are stored as
/// comma-separated codes (Docs/领域规则.md §8).
struct InterpretationRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "interpretation"
    var id: String
    var documentId: String
    var unitId: String
    var unitReason: String?
    var leader: String?
    var forms: String
    var elements: String
    var body: String
    var state: String
    var created: String
    var approved: String?
    var published: String?
    var createdAt: String
    var updatedAt: String

    static func codes<T: DomainCode>(_ values: [T]) -> String { values.map(\.rawValue).joined(separator: ",") }

    static func decode<T: DomainCode>(_ text: String, _ type: T.Type) -> [T] {
        text.split(separator: ",").compactMap { T(rawValue: String($0)) }
    }

    var formList: [InterpretationForm] { Self.decode(forms, InterpretationForm.self) }

    /// The record of GongkaiCore; nil when a stored code or date is damaged.
    var interpretation: Interpretation? {
        guard let s = InterpretationState(rawValue: state), let c = CivilDate(iso: created) else { return nil }
        return Interpretation(id: id, documentId: documentId, unit: InterpretingUnit(unitId: unitId, reason: unitReason),
                              leader: leader, forms: formList,
                              elements: Set(Self.decode(elements, InterpretationElement.self)), state: s, created: c,
                              approved: approved.flatMap(CivilDate.init(iso:)),
                              published: published.flatMap(CivilDate.init(iso:)))
    }

    func checked() throws -> Interpretation {
        guard let i = interpretation else { throw CorruptRowError(table: "interpretation", id: id, column: "state") }
        return i
    }
}
