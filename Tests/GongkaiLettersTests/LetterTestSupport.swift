import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore

func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

let pinned = d("2026-03-20")

/// A service over an empty in-memory workspace with a pinned today (2026-03-20).
func letterService(login: String = "li.ming") throws -> GongkaiService {
    let ws = try Workspace.inMemory()
    let service = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinned })
    _ = try service.initialize(demo: false, created: true)
    return service
}

/// Registers an application received 2026-03-02 (online) and returns its id.
func application(_ s: GongkaiService, name: String = "张三", content: String = "申请公开某项目预算") throws -> String {
    try s.addApplication(NewApplication(received: d("2026-03-02"), channel: .online, applicantType: .naturalPerson,
                                        applicantName: name, content: content, idNumber: "110101199003071234",
                                        contact: "13800000001")).id
}

/// The shipped templates only (no override directory).
let shippedOnly = LetterComposer(templates: LetterTemplates(directory: nil))

func compose(_ s: GongkaiService, _ id: String, _ request: LetterRequest, number: String = "县政府办依申请〔2026〕第1号")
    throws -> LetterComposer.Composed {
    try shippedOnly.compose(detail: try s.application(id: id), request: request, number: number)
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-letters-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
