import Foundation
import GongkaiCore
import GongkaiStore
import GRDB
import Synchronization

// 种子工作区 — seeding a workspace (migrations, units, catalog, calendar and, with `demo`, the demo
// records) costs more than most tests that start from one. It is done once per kind in a run;
// each test gets its own in-memory copy (SQLite's backup), as fresh as a newly seeded one.

private struct SeedKind: Hashable {
    let demo: Bool
    let login: String
    let day: CivilDate
}

private let seeded = Mutex<[SeedKind: Workspace]>([:])

/// A new in-memory workspace as `initialize(demo:created:)` by `login` on `day` leaves it.
public func seededWorkspace(demo: Bool, by login: String, on day: CivilDate) throws -> Workspace {
    try template(SeedKind(demo: demo, login: login, day: day)).inMemoryCopy()
}

/// The same, written to a new workspace file at `path` (`VACUUM INTO`), which `Workspace.open`
/// then opens as one made earlier.
public func seededWorkspaceFile(at path: String, demo: Bool, by login: String, on day: CivilDate) throws {
    try template(SeedKind(demo: demo, login: login, day: day)).writer.writeWithoutTransaction { db in
        try db.execute(sql: "VACUUM INTO ?", arguments: [path])
    }
}

private func template(_ kind: SeedKind) throws -> Workspace {
    try seeded.withLock { byKind in
        if let ws = byKind[kind] { return ws }
        let ws = try Workspace.inMemory()
        let day = kind.day
        _ = try GongkaiService(workspace: ws, actor: Actor(login: kind.login, origin: "test"), today: { day })
            .initialize(demo: kind.demo, created: true)
        byKind[kind] = ws
        return ws
    }
}
