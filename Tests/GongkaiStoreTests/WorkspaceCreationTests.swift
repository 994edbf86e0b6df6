import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 首次创建与打开 — concurrent first opens cannot collide; a file that is not a workspace is
/// refused and left as it was (issues 18 and 19).
@Suite("工作区创建 Workspace creation")
struct WorkspaceCreationTests {
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var seeded = 0
        var opened = 0
        var errors: [String] = []
    }

    @Test func concurrentFirstOpensCreateAndSeedExactlyOnce() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/shared/workspace.sqlite"
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            do {
                let (ws, _) = try Workspace.open(at: path) { ws in
                    counter.lock.lock(); counter.seeded += 1; counter.lock.unlock()
                    _ = try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "t\(i)"), today: { pinnedToday })
                        .initialize(demo: false, created: true)
                }
                // Every opener finds the seeded workspace: the county office and its first admin.
                let officers = try ws.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM officer") ?? 0 }
                let units = try ws.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? 0 }
                counter.lock.lock()
                counter.opened += 1
                if officers != 1 || units == 0 { counter.errors.append("opener \(i) saw \(officers) officers, \(units) units") }
                counter.lock.unlock()
            } catch {
                counter.lock.lock(); counter.errors.append("opener \(i): \(error)"); counter.lock.unlock()
            }
        }
        #expect(counter.errors.isEmpty, "\(counter.errors)")
        #expect(counter.seeded == 1 && counter.opened == 8)
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
    }

    @Test func anExistingFileThatIsNotSQLiteIsRefusedAndLeftAsItWas() throws {
        let dir = try temporaryDirectory()
        let empty = dir + "/empty.sqlite"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        chmod(empty, 0o644)
        #expect(throws: Workspace.OpenError.self) { try Workspace.open(at: empty) }
        do { _ = try Workspace.open(at: empty) } catch { #expect("\(error)".contains("空文件") && "\(error)".contains(empty)) }
        var st = stat()
        #expect(stat(empty, &st) == 0 && st.st_size == 0 && st.st_mode & 0o777 == 0o644)
        let text = dir + "/notes.txt"
        try Data("会议纪要，不是工作区".utf8).write(to: URL(fileURLWithPath: text))
        do {
            _ = try Workspace.open(at: text)
            Issue.record("a text file was opened as a workspace")
        } catch {
            #expect("\(error)".contains("不是 Gongkai 工作区") && "\(error)".contains(text))
        }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "会议纪要，不是工作区")
        #expect(!FileManager.default.fileExists(atPath: text + "-wal"))
    }

    @Test func aReadOnlyWorkspaceListsAndRefusesChanges() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/ws.sqlite"
        do {
            let (ws, _) = try Workspace.open(at: path)
            _ = try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "t"), today: { pinnedToday })
                .initialize(demo: true, created: true)
        }
        let ro = try Workspace.openReadOnly(path)
        #expect(ro.isReadOnly)
        let s = GongkaiService(workspace: ro, actor: Actor(login: "admin", origin: "t"), today: { pinnedToday })
        #expect(try s.overview().documents == 10)
        do {
            try s.addOfficer(Officer(login: "new.one", name: "新人", unitId: "hexi", role: .clerk))
            Issue.record("a change went into a read-only workspace")
        } catch {
            #expect("\(error)".contains("只能读取") && "\(error)".contains(path))
        }
    }
}
