import Foundation
import GRDB
import GongkaiTestSupport
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// A workspace in memory with the demo data (units, officers, documents, applications) and a
/// pinned today; the actor is the first admin (county office).
func demoService(today: String = "2026-11-27") throws -> GongkaiService {
    let pinned = day(today)
    let ws = try seededWorkspace(demo: true, by: "li.ming", on: pinned)
    return GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinned })
}

/// An empty workspace (county office only).
func emptyService(today: String = "2026-11-27") throws -> GongkaiService {
    let pinned = day(today)
    let ws = try seededWorkspace(demo: false, by: "li.ming", on: pinned)
    return GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinned })
}

/// The same workspace as another officer.
func acting(_ login: String, on service: GongkaiService) -> GongkaiService {
    let today = service.today()
    return GongkaiService(workspace: service.workspace, actor: Actor(login: login, origin: "test"), today: { today })
}

func count(_ s: GongkaiService, _ table: String) throws -> Int {
    try s.workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
}

func source(_ text: String, name: String = "台账.csv", map: ColumnMap? = nil) -> ImportSource {
    ImportSource(name: name, bytes: [UInt8](text.utf8), map: map)
}

/// The repository's Docs/examples folder.
func examplesFolder() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Docs/examples")
}

/// Runs an import that must be refused; returns its issues and checks nothing was written.
func refused(_ kind: ImportKind, _ src: ImportSource, service: GongkaiService,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> [ImportIssue] {
    let table = kind == .applications ? "application" : "document"
    let before = try count(service, table), auditBefore = try count(service, "auditLog")
    var issues: [ImportIssue] = []
    do {
        _ = try LedgerImport.run(kind, src, service: service)
        Issue.record("the import was not refused", sourceLocation: sourceLocation)
    } catch let failure as ImportFailure {
        issues = failure.issues
    }
    #expect(try count(service, table) == before, sourceLocation: sourceLocation)
    #expect(try count(service, "auditLog") == auditBefore, sourceLocation: sourceLocation)
    #expect(!issues.isEmpty, sourceLocation: sourceLocation)
    return issues
}

import Testing
