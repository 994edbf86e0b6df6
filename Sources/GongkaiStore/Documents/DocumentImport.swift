import Foundation
import GRDB
import GongkaiCore

/// 导入的文件 — one line of an existing 文件目录/发文登记 ledger, parsed by the exchange layer: the
/// document's fields as `gongkai doc add` takes them, plus the state it has already reached
/// (a ledger of past years lists documents that were signed and published long ago).
public struct ImportedDocument: Codable, Sendable, Hashable {
    /// 文件中的行号.
    public var line: Int
    public var document: NewDocument
    /// 文件状态 — 草稿 unless the ledger says otherwise.
    public var state: DocumentState
    /// 发布日期 — required exactly when `state` is 已发布.
    public var published: CivilDate?

    public init(line: Int, document: NewDocument, state: DocumentState = .draft, published: CivilDate? = nil) {
        self.line = line
        self.document = document
        self.state = state
        self.published = published
    }
}

extension GongkaiService {
    /// 导入文件目录 — adds every record in ONE transaction through `change`, or none. Each record
    /// is checked as `addDocument` checks it (title, 成文日期 not in the future, 文号 readable,
    /// 公开属性 consistent, 有效期, 公开目录 path) and, for a state past 草稿, as the workflow would
    /// have required (公开属性 decided; 已发布 only for 主动公开, with a 发布日期 between 成文日期 and
    /// today). The state reached is recorded as one `import` step in the document's history.
    ///
    /// Audit: one `document.import` entry per record (item = the new id) plus the batch entry
    /// `import.documents` (file, count, ids). `dryRun` checks everything, then rolls back.
    public func importDocuments(_ records: [ImportedDocument], file: String, defaultUnit: String? = nil,
                                dryRun: Bool = false,
                                progress: (Int, Int) -> Void = { _, _ in }) throws -> ImportResult {
        let today = self.today(), stamp = now(), actor = self.actor
        do {
            return try change(.importDocuments, item: nil) { db in
                let policy = try self.policy(db)
                var problems: [ImportProblem] = []
                var units = ImportUnitResolver(db: db, policy: policy, defaultUnit: defaultUnit)
                func unitId(_ text: String?, line: Int) -> String? { units.unitId(text, line: line, problems: &problems) }
                struct Checked { var record: ImportedDocument; var unit: String; var fields: ValidatedFields; var column: CatalogNode? }
                var checked: [Checked] = []
                for record in records {
                    let d = record.document, line = record.line
                    let before = problems.count
                    // The input policy and the bounds, as at the door.
                    if let found = RequestInputCheck.problem(d, today: today)
                        ?? record.published.flatMap({ RequestInputCheck.problem($0, field: "published", today: today) }) {
                        problems.append(ImportProblem(line: line, field: RequestInputCheck.leaf(found.field), message: found.error.message))
                        continue
                    }
                    var fields: ValidatedFields?
                    do {
                        fields = try Self.validatedFields(title: d.title, type: d.type, disclosure: d.disclosure,
                                                          formed: d.formed, docNumber: d.docNumber,
                                                          validUntil: d.validUntil, today: today)
                    } catch {
                        problems.append(ImportProblem(line: line, field: Self.importField(of: error), message: "\(error)"))
                    }
                    // An attribute, when given, was checked by `validatedFields`; past 草稿 one is needed.
                    if record.state != .draft, d.disclosure.attribute == nil {
                        do { try d.disclosure.validate() } catch let error as DocumentRuleError {
                            problems.append(ImportProblem(line: line, field: "attribute",
                                                          message: StoreText.Import.needsAttribute.text([record.state.displayName, error.message])))
                        } catch {
                            problems.append(ImportProblem(line: line, field: "attribute", message: "\(error)"))
                        }
                    }
                    switch (record.state, record.published) {
                    case (.published, nil):
                        problems.append(ImportProblem(line: line, field: "published", message: StoreText.Import.publishedNeedsDate.text()))
                    case (.published, let p?):
                        if d.disclosure.attribute != .proactive {
                            problems.append(ImportProblem(line: line, field: "attribute",
                                                          message: StoreText.Import.onlyProactivePublished.text()))
                        }
                        if p < d.formed {
                            problems.append(ImportProblem(line: line, field: "published",
                                                          message: StoreText.Import.publishedBeforeFormed.text([p.iso, d.formed.iso])))
                        }
                        if p > today {
                            problems.append(ImportProblem(line: line, field: "published",
                                                          message: StoreText.Import.publishedInFuture.text([p.iso, today.iso])))
                        }
                    case (_, let p?):
                        problems.append(ImportProblem(line: line, field: "published",
                                                      message: StoreText.Import.unpublishedWithDate.text([record.state.displayName, p.iso])))
                    default: break
                    }
                    let unit = unitId(d.unit, line: line)
                    var column: CatalogNode?
                    do { column = try Self.catalogColumn(db, Self.blankToNil(d.category), unitID: unit) } catch {
                        problems.append(ImportProblem(line: line, field: "category", message: "\(error)"))
                    }
                    if problems.count == before, let unit, let fields {
                        checked.append(Checked(record: record, unit: unit, fields: fields, column: column))
                    }
                }
                guard problems.isEmpty else { throw ImportRefusal(problems: problems) }

                var ids: [String] = []
                var next: [Int: Int] = [:]
                for (i, c) in checked.enumerated() {
                    let d = c.record.document
                    let year = d.formed.year, prefix = "D\(year)-"
                    if next[year] == nil {
                        next[year] = Int(try Self.nextDocumentId(db, year: year).dropFirst(prefix.count)) ?? 1
                    }
                    let id = prefix + String(format: "%04d", next[year]!)
                    next[year]! += 1
                    try db.execute(sql: """
                        INSERT INTO document (id, title, docNumber, type, attribute, withheldReason, attributeNote, state,
                                              unitId, formed, published, body, channels, tags, category, validUntil,
                                              createdAt, updatedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, c.fields.title, c.fields.docNumber, d.type.rawValue,
                                         d.disclosure.attribute?.rawValue, d.disclosure.withheldReason?.rawValue,
                                         Self.blankToNil(d.disclosure.note), c.record.state.rawValue, c.unit, d.formed.iso,
                                         c.record.published?.iso, Self.normalizedBody(d.body), Self.listJSON(d.channels),
                                         Self.listJSON(d.tags), c.column?.path ?? Self.blankToNil(d.category),
                                         d.validUntil?.iso, stamp, stamp])
                    if let column = c.column { try CatalogStore.place(db, documentID: id, nodeID: column.id) }
                    if c.record.state != .draft {
                        _ = try Self.recordStep(db, documentId: id, from: .draft, to: c.record.state, action: "import",
                                                actor: actor, date: c.record.published ?? today,
                                                comment: StoredWords.importedFrom(file: file, line: c.record.line), stamp: stamp)
                    }
                    try AuditLog.append(db, actor: actor, action: .documentImport, item: id,
                                        after: AuditLog.json(ImportAudit(file: file, line: c.record.line, unitId: c.unit,
                                                                         state: c.record.state.rawValue)),
                                        at: stamp)
                    ids.append(id)
                    progress(i + 1, checked.count)
                }
                let result = ImportResult(kind: "documents", file: file, count: ids.count, ids: ids, dryRun: dryRun)
                if dryRun { throw DryRunRollback(result: result) }
                return (result, ChangeRecord(after: AuditLog.json(["file": file, "count": String(ids.count),
                                                                   "ids": ids.joined(separator: ",")])))
            }
        } catch let rollback as DryRunRollback {
            return rollback.result
        }
    }

    /// Which field a refusal of `validatedFields` is about, from its message (for the column).
    static func importField(of error: Error) -> String? {
        let text = "\(error)"
        if text.contains("标题") { return "title" }
        if text.contains("文号") { return "docNumber" }
        if text.contains("有效期") { return "validUntil" }
        if text.contains("成文日期") { return "formed" }
        if text.contains("公开属性") || text.contains("不予公开") { return "attribute" }
        return nil
    }
}
