import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// A settable "today" shared by the services of one test.
final class TestClock: @unchecked Sendable {
    var today: CivilDate
    init(_ iso: String) { today = CivilDate(iso: iso)! }
}

/// 演示工作区 — what most service suites start from, defined once: an in-memory workspace with the
/// demo data (units, officers, catalog, calendar, sample records) and a service acting as one login
/// on it. A suite conforms and, when its day is not `pinnedToday`, says which day it is.
protocol DemoWorkspaceSuite {
    /// Today as this suite's services see it, read again at every call (so a `TestClock` can move).
    var today: @Sendable () -> CivilDate { get }
}

extension DemoWorkspaceSuite {
    var today: @Sendable () -> CivilDate { { pinnedToday } }

    /// A new in-memory workspace seeded with the demo data by the administrator on this suite's
    /// day: a copy of the one seeded for that day (seeding costs more than most tests).
    func workspace() throws -> Workspace {
        try seededWorkspace(demo: true, by: "admin", on: today())
    }

    /// The service as `login` on `ws`.
    func as_(_ ws: Workspace, _ login: String) -> GongkaiService {
        GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: today)
    }
}
