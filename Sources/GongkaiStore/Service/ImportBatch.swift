import Foundation
import GRDB
import GongkaiCore

/// 导入结果 — what an import of a ledger file did (or, for a dry run, would do).
public struct ImportResult: Codable, Sendable, Equatable {
    /// `applications` or `documents`.
    public var kind: String
    /// The file the records came from (as given on the command line).
    public var file: String
    public var count: Int
    /// The ids allocated, in file order (a dry run shows the ids the records would get).
    public var ids: [String]
    public var dryRun: Bool

    public init(kind: String, file: String, count: Int, ids: [String], dryRun: Bool) {
        self.kind = kind
        self.file = file
        self.count = count
        self.ids = ids
        self.dryRun = dryRun
    }
}

/// 导入问题 — one reason a record of a file was refused: its physical line in the file and the
/// field concerned (the exchange layer turns the field into the column of the file).
public struct ImportProblem: Codable, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    /// The record field (`received`, `unit` …), nil when the record as a whole is refused.
    public var field: String?
    public var message: String

    public init(line: Int, field: String?, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        StoreText.Import.lineProblem.text(["\(line)", field.map { StoreText.Import.lineField.text([$0]) } ?? "", message])
    }
}

/// 导入被拒绝 — the service refused records of a batch; nothing of the batch was written.
public struct ImportRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [ImportProblem]
    public init(problems: [ImportProblem]) { self.problems = problems }
    public var description: String {
        StoreText.Import.refused.text() + "\n" + problems.map(\.description).joined(separator: "\n")
    }
}

/// Thrown inside the write transaction of a dry run so that it rolls back, carrying the result.
struct DryRunRollback: Error {
    var result: ImportResult
}

/// 导入记录的单位 — the unit of each imported record: its own (id or name), else the batch's
/// default, else the officer's; resolved once per distinct text and checked against the officer's
/// access. A refusal is added to `problems` with the record's line, so the batch reports all.
struct ImportUnitResolver {
    let db: Database
    let policy: AccessPolicy
    let defaultUnit: String?
    private var resolved: [String: String] = [:]

    init(db: Database, policy: AccessPolicy, defaultUnit: String?) {
        self.db = db
        self.policy = policy
        self.defaultUnit = defaultUnit
    }

    mutating func unitId(_ text: String?, line: Int, problems: inout [ImportProblem]) -> String? {
        let key = GongkaiService.blankToNil(text) ?? GongkaiService.blankToNil(defaultUnit) ?? policy.officer.unitId
        if let id = resolved[key] { return id }
        do {
            let id = try GongkaiService.resolveUnit(db, key)
            try policy.requireChange(unit: id)
            resolved[key] = id
            return id
        } catch let denied as AccessDenied {
            problems.append(ImportProblem(line: line, field: "unit", message: StoreText.Import.unit.text([key, denied.description])))
        } catch {
            problems.append(ImportProblem(line: line, field: "unit", message: "\(error)"))
        }
        return nil
    }
}
