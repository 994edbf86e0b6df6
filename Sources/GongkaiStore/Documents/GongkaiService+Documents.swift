import Foundation
import GRDB
import GongkaiCore

/// 文件 — adding, saving, reading and listing documents (条例第十三条、第二十六条). Every
/// write goes through `change` (access and audit in the same transaction); every read applies the
/// officer's `UnitScope`.
extension GongkaiService {
    /// 登记文件 — a new 草稿. The 文号 is checked (GB/T 9704-2012 7.2.4): one that cannot be read is
    /// refused; an unusual one is stored in its standard form and the warnings are returned.
    public func addDocument(_ request: NewDocument) throws -> DocumentSaved {
        try checkInput(request)
        let today = self.today(), stamp = now()
        let fields = try Self.validatedFields(title: request.title, type: request.type, disclosure: request.disclosure,
                                              formed: request.formed, docNumber: request.docNumber,
                                              validUntil: request.validUntil, today: today)
        // The id is the audit entry's item, so it is chosen before the transaction and checked
        // again inside it (another session may have taken it in between).
        let id = try readShared { db in try Self.nextDocumentId(db, year: request.formed.year) }
        try change(.documentAdd, item: id) { db in
            let policy = try self.policy(db)
            let unitId = try Self.resolveUnit(db, request.unit ?? policy.officer.unitId)
            try policy.requireChange(unit: unitId)
            guard try Self.nextDocumentId(db, year: request.formed.year) == id else {
                throw ServiceError.conflict(StoreText.Documents.idTaken.with([id]))
            }
            let column = try Self.catalogColumn(db, Self.blankToNil(request.category), unitID: unitId)
            try db.execute(sql: """
                INSERT INTO document (id, title, docNumber, type, attribute, withheldReason, attributeNote, state,
                                      unitId, formed, body, channels, tags, category, validUntil, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, fields.title, fields.docNumber, request.type.rawValue,
                                 request.disclosure.attribute?.rawValue, request.disclosure.withheldReason?.rawValue,
                                 Self.blankToNil(request.disclosure.note), unitId, request.formed.iso,
                                 Self.normalizedBody(request.body), Self.listJSON(request.channels),
                                 Self.listJSON(request.tags), column?.path ?? Self.blankToNil(request.category),
                                 request.validUntil?.iso, stamp, stamp])
            if let column { try CatalogStore.place(db, documentID: id, nodeID: column.id) }
            return ((), ChangeRecord(after: try Self.auditFields(db, id: id)))
        }
        let detail = try document(id: id)
        return DocumentSaved(id: id, version: detail.version, warnings: fields.warnings,
                             docNumberTyped: fields.typed, document: detail)
    }

    /// 保存修改 — writes the edit if nobody changed the document since `expectedVersion`;
    /// otherwise writes nothing and returns the conflict (yours, theirs). Only a 草稿 is edited:
    /// once submitted, the text is the reviewer's to sign, and a change goes through 退回.
    public func updateDocument(_ edit: DocumentEdit) throws -> DocumentUpdateResult {
        try checkInput(edit)
        let today = self.today(), stamp = now()
        let fields = try Self.validatedFields(title: edit.title, type: edit.type, disclosure: edit.disclosure,
                                              formed: edit.formed, docNumber: edit.docNumber,
                                              validUntil: edit.validUntil, today: today)
        do {
            try change(.documentUpdate, item: edit.id) { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT unitId, state, version FROM document WHERE id = ?",
                                                 arguments: [edit.id]) else { throw Self.noDocument(edit.id) }
                try self.policy(db).requireChange(unit: row["unitId"])
                let version: Int = row["version"]
                guard version == edit.expectedVersion else { throw VersionMismatch() }
                guard (row["state"] as String) == DocumentState.draft.rawValue else {
                    let raw: String = row["state"]
                    throw ServiceError.invalid(PhraseText {
                        StoreText.Documents.onlyDrafts.text([DocumentState(rawValue: raw)?.displayName ?? raw])
                    })
                }
                let before = try Self.auditFields(db, id: edit.id)
                // A new 公开目录 path files the document there instead of the old column.
                let oldCategory = try String.fetchOne(db, sql: "SELECT category FROM document WHERE id = ?", arguments: [edit.id])
                var category = Self.blankToNil(edit.category)
                if category != oldCategory {
                    let column = try Self.catalogColumn(db, category, unitID: row["unitId"])
                    if let old = try Self.catalogColumn(db, oldCategory, unitID: row["unitId"], strict: false) {
                        try db.execute(sql: "DELETE FROM documentCatalog WHERE documentId = ? AND nodeId = ?",
                                       arguments: [edit.id, old.id])
                    }
                    if let column {
                        try CatalogStore.place(db, documentID: edit.id, nodeID: column.id)
                        category = column.path
                    }
                }
                try db.execute(sql: """
                    UPDATE document SET title = ?, docNumber = ?, type = ?, attribute = ?, withheldReason = ?,
                      attributeNote = ?, formed = ?, body = ?, channels = ?, tags = ?, category = ?, validUntil = ?,
                      updatedAt = ?, version = version + 1
                    WHERE id = ?
                    """, arguments: [fields.title, fields.docNumber, edit.type.rawValue, edit.disclosure.attribute?.rawValue,
                                     edit.disclosure.withheldReason?.rawValue, Self.blankToNil(edit.disclosure.note),
                                     edit.formed.iso, Self.normalizedBody(edit.body), Self.listJSON(edit.channels),
                                     Self.listJSON(edit.tags), category, edit.validUntil?.iso,
                                     stamp, edit.id])
                return ((), ChangeRecord(before: before, after: try Self.auditFields(db, id: edit.id)))
            }
        } catch is VersionMismatch {
            let theirs = try document(id: edit.id)
            let last = try read { db, _ in
                try Row.fetchOne(db, sql: """
                    SELECT actor, at FROM auditLog WHERE item = ? AND action LIKE 'document.%' ORDER BY id DESC LIMIT 1
                    """, arguments: [edit.id])
            }
            return .conflict(DocumentConflict(yours: edit, theirs: theirs, changedBy: last?["actor"],
                                              changedAt: last?["at"], fields: Self.differences(edit, theirs)))
        }
        let detail = try document(id: edit.id)
        return .saved(DocumentSaved(id: edit.id, version: detail.version, warnings: fields.warnings,
                                    docNumberTyped: fields.typed, document: detail))
    }

    /// 文件详情.
    public func document(id: String) throws -> DocumentDetail {
        let today = self.today()
        return try read { db, access in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT d.*, u.name AS unitName FROM document d JOIN unit u ON u.id = d.unitId WHERE d.id = ?
                """, arguments: [id]) else { throw Self.noDocument(id) }
            try access.policy.requireSee(unit: row["unitId"])
            return try Self.documentDetail(row, today: today, calendar: try Self.workdayCalendar(db))
        }
    }

    /// 文件列表 — newest formed first; `overdue` keeps the 主动公开 documents past the
    /// 20-working-day limit (第二十六条), which are computed with the working-day calendar.
    public func listDocuments(_ query: DocumentQuery) throws -> DocumentPage {
        try checkInput(query)
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            let calendar = try Self.workdayCalendar(db)
            var clauses = [scope.sql("d.unitId")]
            var args: StatementArguments = []
            var with = ""
            if let node = query.catalogNode {
                with = Self.subtreeSQL
                args += [node]
                clauses.append(Self.inSubtree)
            }
            args += scope.arguments
            if let state = query.state { clauses.append("d.state = ?"); args += [state.rawValue] }
            if let unit = query.unit, !unit.trimmingCharacters(in: .whitespaces).isEmpty {
                clauses.append("d.unitId = ?"); args += [try Self.resolveUnit(db, unit)]
            }
            let base = with + """
                SELECT \(Self.documentListColumns) FROM document d JOIN unit u ON u.id = d.unitId
                WHERE \(clauses.joined(separator: " AND "))
                """
            let order = " ORDER BY d.formed DESC, d.id DESC"
            if query.overdue {
                // Only unpublished proactive documents can be overdue: a bounded set, filtered here.
                let rows = try Row.fetchAll(db, sql: base + " AND d.attribute = 'proactive' AND d.published IS NULL" + order,
                                            arguments: args)
                let items = try rows.map { try Self.listItem($0, today: today, calendar: calendar) }.filter(\.overdue)
                let page = Array(items.dropFirst(max(0, query.offset)).prefix(max(0, query.limit)))
                return DocumentPage(total: items.count, offset: query.offset, items: page)
            }
            let total = try Int.fetchOne(db, sql: with + "SELECT COUNT(*) FROM document d WHERE \(clauses.joined(separator: " AND "))",
                                         arguments: args) ?? 0
            var pageArgs = args
            pageArgs += [max(0, query.limit), max(0, query.offset)]
            let rows = try Row.fetchAll(db, sql: base + order + " LIMIT ? OFFSET ?", arguments: pageArgs)
            return DocumentPage(total: total, offset: query.offset,
                                items: try rows.map { try Self.listItem($0, today: today, calendar: calendar) })
        }
    }
}

// MARK: - Helpers

extension GongkaiService {
    /// Thrown inside the write transaction so it rolls back; turned into `.conflict` outside.
    struct VersionMismatch: Error {}

    struct ValidatedFields {
        var title: String
        var docNumber: String?
        var warnings: [DocumentNumberIssue]
        /// The 文号 as typed when it differs from the stored form.
        var typed: String?
    }

    /// 公开目录栏目 — the catalog column a `--category` names (id, path or unique name). With no
    /// catalog yet (a workspace from before it) the text is kept as it is and nil returned; with a
    /// catalog, a path that names no column is refused (`strict`), so a typo is not filed nowhere.
    /// The column a document is filed in: `reference` as `CatalogStore.resolve` reads it, a bare name
    /// looked up first in the catalog of the document's unit `unitID`.
    static func catalogColumn(_ db: Database, _ reference: String?, unitID: String? = nil,
                              strict: Bool = true) throws -> CatalogNode? {
        guard let reference else { return nil }
        let tree = try CatalogStore.loadTree(db)
        guard !tree.nodes.isEmpty else { return nil }
        do {
            return try CatalogStore.resolve(reference, in: tree, unitID: unitID)
        } catch {
            if !strict { return nil }
            throw ServiceError.invalid(StoreText.Documents.badColumn.with([reference, "\(error)"]))
        }
    }

    /// `D<year formed>-<sequence>`, the next free one.
    static func nextDocumentId(_ db: Database, year: Int) throws -> String {
        let prefix = "D\(year)-"
        let last = try Int.fetchOne(db, sql: """
            SELECT MAX(CAST(substr(id, ?) AS INTEGER)) FROM document WHERE id LIKE ?
            """, arguments: [prefix.count + 1, prefix + "%"]) ?? 0
        return prefix + String(format: "%04d", last + 1)
    }

    static func noDocument(_ id: String) -> ServiceError { .notFound(StoreText.Documents.noDocument.with([id])) }

    /// The checks every add and save makes before touching the store.
    static func validatedFields(title: String, type: DocumentType, disclosure: DocumentDisclosure, formed: CivilDate,
                                docNumber: String?, validUntil: CivilDate?, today: CivilDate) throws -> ValidatedFields {
        let t = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw ServiceError.missingField(StoreText.Service.fieldDocumentTitle.with()) }
        guard formed <= today else {
            throw ServiceError.invalid(StoreText.Documents.formedInFuture.with([formed.iso, today.iso]))
        }
        // 公开属性 may be left open in a draft; when given it must be consistent (条例第十三条).
        if disclosure.attribute != nil || disclosure.withheldReason != nil {
            do { try disclosure.validate() } catch { throw ServiceError.invalid(PhraseText { error.message }) }
        }
        if let end = validUntil {
            guard RegisterEntry.isRegistered(type) else {
                throw ServiceError.invalid(StoreText.Documents.validityOnlyRegistered.with())
            }
            guard end >= formed else { throw ServiceError.invalid(StoreText.Documents.validBeforeFormed.with([end.iso, formed.iso])) }
        }
        guard let raw = blankToNil(docNumber) else { return ValidatedFields(title: t, docNumber: nil, warnings: []) }
        let check = DocumentNumber.check(raw, currentYear: today.year)
        guard let number = check.number else {
            throw ServiceError.invalid(StoreText.Documents.badNumber.with([raw, check.error ?? ""]))
        }
        return ValidatedFields(title: t, docNumber: number.normalized, warnings: check.warnings,
                               typed: number.normalized == raw ? nil : raw)
    }


    /// Line ends as `\n` (text pasted or read from Windows files carries `\r\n`).
    static func normalizedBody(_ body: String) -> String {
        body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// 渠道、标签 — trimmed, without blanks or repeats, in the order given.
    static func cleanList(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.compactMap { blankToNil($0) }.filter { seen.insert($0).inserted }
    }

    static func listJSON(_ items: [String]) -> String { AuditLog.json(cleanList(items)) }

    static func decodeList(_ json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    /// The audit's before/after: every field but the body, whose length and a digest stand in
    /// (a body can be long; the log records that it changed).
    static func auditFields(_ db: Database, id: String) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else { return nil }
        var fields: [String: String] = [:]
        for column in row.columnNames where column != "body" {
            let value: DatabaseValue = row[column]
            switch value.storage {
            case .string(let text): fields[column] = text
            case .int64(let n): fields[column] = String(n)
            case .double(let x): fields[column] = String(x)
            case .blob, .null: break
            }
        }
        let body: String = row["body"]
        fields["bodyLength"] = String(body.count)
        fields["bodyDigest"] = String(body.utf8.reduce(UInt64(14695981039346656037)) { ($0 ^ UInt64($1)) &* 1099511628211 }, radix: 16)
        return AuditLog.json(fields)
    }

    static func optionalDate(_ row: Row, _ column: String, id: String) throws -> CivilDate? {
        guard let text = row[column] as String? else { return nil }
        guard let d = CivilDate(iso: text) else { throw CorruptRowError(table: "document", id: id, column: column) }
        return d
    }

    static func documentDetail(_ row: Row, today: CivilDate, calendar: WorkdayCalendar) throws -> DocumentDetail {
        let s = try documentSummary(row)
        let status = PublicationClock.status(of: s, today: today, calendar: calendar)
        let reason: ApplicationOutcome? = try (row["withheldReason"] as String?).map {
            guard let o = ApplicationOutcome(rawValue: $0) else {
                throw CorruptRowError(table: "document", id: s.id, column: "withheldReason")
            }
            return o
        }
        var detail = DocumentDetail(
            id: s.id, title: s.title, docNumber: s.docNumber, type: s.type, attribute: s.attribute,
            withheldReason: reason, attributeNote: row["attributeNote"], state: s.state, unitId: s.unitId,
            unitName: s.unitName, category: row["category"], formed: s.formed, published: s.published,
            publishDue: status?.due, overdue: status?.overdue ?? false, publication: status,
            channels: decodeList(row["channels"]), tags: decodeList(row["tags"]), body: row["body"],
            validUntil: try optionalDate(row, "validUntil", id: s.id), regulationStatus: nil,
            amendedBy: row["amendedBy"], amendedOn: try optionalDate(row, "amendedOn", id: s.id),
            repealedOn: try optionalDate(row, "repealedOn", id: s.id), needsEvaluation: false,
            version: row["version"], updatedAt: row["updatedAt"])
        // A draft has not been issued: it has no 效力状态 yet.
        if s.state == .approved || s.state == .published, let entry = detail.registerEntry {
            detail.regulationStatus = entry.status(on: today)
            detail.needsEvaluation = entry.needsEvaluation(today: today)
        }
        return detail
    }

    static func listItem(_ row: Row, today: CivilDate, calendar: WorkdayCalendar) throws -> DocumentListItem {
        let s = try documentSummary(row)
        let status = PublicationClock.status(of: s, today: today, calendar: calendar)
        var regulation: RegulationStatus?
        if RegisterEntry.isRegistered(s.type), s.state == .approved || s.state == .published {
            regulation = RegisterEntry(id: s.id, title: s.title, type: s.type, issued: s.formed,
                                       validUntil: try optionalDate(row, "validUntil", id: s.id),
                                       amendedBy: row["amendedBy"], amendedOn: try optionalDate(row, "amendedOn", id: s.id),
                                       repealed: try optionalDate(row, "repealedOn", id: s.id)).status(on: today)
        }
        return DocumentListItem(id: s.id, title: s.title, docNumber: s.docNumber, type: s.type, attribute: s.attribute,
                                state: s.state, unitId: s.unitId, unitName: s.unitName, formed: s.formed,
                                published: s.published, publishDue: status?.due, workdaysLeft: status?.workdaysLeft,
                                overdue: status?.overdue ?? false, provisional: status?.provisional ?? false,
                                regulationStatus: regulation, version: row["version"])
    }

    /// Which fields a conflicting save and the stored document disagree on.
    static func differences(_ yours: DocumentEdit, _ theirs: DocumentDetail) -> [String] {
        var out: [String] = []
        if yours.title.trimmingCharacters(in: .whitespacesAndNewlines) != theirs.title { out.append("title") }
        if blankToNil(yours.docNumber) != theirs.docNumber { out.append("docNumber") }
        if yours.type != theirs.type { out.append("type") }
        if yours.disclosure.attribute != theirs.attribute || yours.disclosure.withheldReason != theirs.withheldReason {
            out.append("attribute")
        }
        if yours.formed != theirs.formed { out.append("formed") }
        if normalizedBody(yours.body) != theirs.body { out.append("body") }
        if cleanList(yours.channels) != theirs.channels { out.append("channels") }
        if cleanList(yours.tags) != theirs.tags { out.append("tags") }
        if yours.validUntil != theirs.validUntil { out.append("validUntil") }
        if theirs.state != .draft { out.append("state") }
        return out
    }
}
