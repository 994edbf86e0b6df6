import Foundation
import GongkaiCore
import GongkaiStore

/// 导入种类 — which ledger a file holds.
public enum ImportKind: String, Sendable, CaseIterable, Codable {
    /// 依申请公开登记台账.
    case applications
    /// 文件目录（发文登记）.
    case documents
}

/// 导入的文件 — the bytes of a ledger and how to read them.
public struct ImportSource: Sendable {
    /// As shown in messages (`file:line:column`).
    public var name: String
    public var bytes: [UInt8]
    /// nil: detect (UTF-16 BOM → UTF-16; UTF-8 BOM → UTF-8; valid UTF-8 → UTF-8; else GB18030).
    public var encoding: ImportEncoding?
    /// nil: detect comma, TAB or semicolon (`ImportDelimiter.detect`).
    public var delimiter: ImportDelimiter?
    public var map: ColumnMap?

    public init(name: String, bytes: [UInt8], encoding: ImportEncoding? = nil, delimiter: ImportDelimiter? = nil,
                map: ColumnMap? = nil) {
        self.name = name
        self.bytes = bytes
        self.encoding = encoding
        self.delimiter = delimiter
        self.map = map
    }

    /// A workbook (zip) rather than text: by the `.xlsx` name or the zip signature.
    var isWorkbook: Bool { name.lowercased().hasSuffix(".xlsx") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }
}

/// 导入 — reads and checks a whole file first; any bad row → `ImportFailure` with a located issue
/// per problem, and nothing is imported. Then everything goes to the service door in one
/// transaction (which checks units, access and the deadline rules, and may still refuse the lot).
public enum LedgerImport {
    /// What was read and checked, ready for the service.
    public enum Prepared: Sendable {
        case applications([ImportedApplication], ColumnBinding<ApplicationField>)
        case documents([ImportedDocument], ColumnBinding<DocumentField>)

        public var count: Int {
            switch self {
            case .applications(let r, _): return r.count
            case .documents(let r, _): return r.count
            }
        }
    }

    /// Decodes, parses and checks every row (pure: no workspace needed).
    public static func prepare(_ kind: ImportKind, _ source: ImportSource) throws(ImportFailure) -> (Prepared, ImportEncoding?, [String]) {
        let table: LedgerTable
        var encoding: ImportEncoding?
        if source.isWorkbook {
            table = try LedgerTable.xlsx(Data(source.bytes), file: source.name)
        } else {
            let (text, used) = try TextDecoding.decode(source.bytes, forced: source.encoding, file: source.name)
            encoding = used
            table = try LedgerTable.csv(text, file: source.name, delimiter: source.delimiter)
        }
        switch kind {
        case .applications:
            let binding = try ColumnBinding<ApplicationField>.bind(table.header, map: source.map, file: source.name)
            let (records, issues) = ApplicationRows.convert(table, binding: binding, file: source.name)
            if !issues.isEmpty { throw ImportFailure(issues) }
            return (.applications(records, binding), encoding, table.header)
        case .documents:
            let binding = try ColumnBinding<DocumentField>.bind(table.header, map: source.map, file: source.name)
            let (records, issues) = DocumentRows.convert(table, binding: binding, file: source.name)
            if !issues.isEmpty { throw ImportFailure(issues) }
            return (.documents(records, binding), encoding, table.header)
        }
    }

    /// Reads, checks and imports (or, with `dryRun`, checks everything including the service's
    /// rules and reports the ids the records would get, writing nothing).
    public static func run(_ kind: ImportKind, _ source: ImportSource, service: GongkaiService, unit: String? = nil,
                           dryRun: Bool = false, progress: @escaping (Int, Int) -> Void = { _, _ in }) throws -> ImportResult {
        let (prepared, _, header) = try prepare(kind, source)
        do {
            switch prepared {
            case .applications(let records, _):
                return try service.importApplications(records, file: source.name, defaultUnit: unit, dryRun: dryRun,
                                                      progress: progress)
            case .documents(let records, _):
                return try service.importDocuments(records, file: source.name, defaultUnit: unit, dryRun: dryRun,
                                                   progress: progress)
            }
        } catch let refusal as ImportRefusal {
            throw ImportFailure(refusal.problems.map { (p: ImportProblem) -> ImportIssue in
                let index: Int? = p.field.flatMap { columnIndex(of: $0, in: prepared) }
                return ImportIssue(file: source.name, line: p.line, column: index.map { $0 + 1 },
                                   header: index.map { header[$0] }, reason: p.message)
            })
        }
    }

    static func columnIndex(of field: String, in prepared: Prepared) -> Int? {
        switch prepared {
        case .applications(_, let b): return ApplicationField(rawValue: field).flatMap { b.columns[$0] }
        case .documents(_, let b): return DocumentField(rawValue: field).flatMap { b.columns[$0] }
        }
    }
}
