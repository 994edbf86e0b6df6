import GongkaiCore
import Foundation
import GongkaiTestSupport
import Testing

/// Several officers at once, and processes killed mid-write: nothing lost, nothing corrupted.
@Suite("并发与崩溃 Concurrency and crashes", .serialized)
struct ConcurrencyE2ETests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", try TmuxSession.binary()] + args)
    }

    func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    @Test func eightWritersAtOnceLoseNothing() async throws {
        let home = try temporaryHome()
        let workspace = home + "/shared.sqlite"
        #expect(try await gongkai(["init", "--workspace", workspace], home: home).status == 0)
        // Eight writers at once (each test task sleeps while its processes run, so all eight run
        // together); 20 changes each, 50 with GONGKAI_DEEP_PROPERTIES=1.
        let writers = 8, each = PropertyRun.steps(50, quick: 20)
        let ids = try await withThrowingTaskGroup(of: [String].self) { group in
            for w in 0..<writers {
                group.addTask {
                    var mine: [String] = []
                    for i in 0..<each {
                        let add = try await self.gongkai(["app", "add", "--workspace", workspace, "--received", "2026-11-02",
                                                    "--channel", "online", "--applicant-type", "自然人",
                                                    "--applicant-name", "申请人\(w)-\(i)", "--content", "并发测试 \(w)-\(i)",
                                                    "--format", "json"], home: home)
                        guard add.status == 0, let id = self.json(add.output)?["id"] as? String else {
                            throw E2EError("add failed: \(add.error)")
                        }
                        let reply = try await self.gongkai(["app", "event", id, "reply", "--date", "2026-11-20",
                                                      "--outcome", "granted", "--workspace", workspace], home: home)
                        guard reply.status == 0 else { throw E2EError("event failed: \(reply.error)") }
                        mine.append(id)
                    }
                    return mine
                }
            }
            var all: [String] = []
            for try await part in group { all += part }
            return all
        }
        #expect(ids.count == writers * each)
        #expect(Set(ids).count == ids.count)   // no id handed out twice
        let list = try await gongkai(["app", "list", "--workspace", workspace, "--format", "json"], home: home)
        let listed = (json(list.output)?["items"] as? [[String: Any]]) ?? []
        #expect(json(list.output)?["total"] as? Int == writers * each || listed.count == writers * each)
        let audit = try await gongkai(["audit", "--workspace", workspace, "--format", "json"], home: home)
        let entries = (try JSONSerialization.jsonObject(with: Data(audit.output.utf8)) as? [[String: Any]]) ?? []
        let adds = entries.filter { $0["action"] as? String == "application.add" }.count
        let events = entries.filter { $0["action"] as? String == "application.event" }.count
        #expect(adds == writers * each && events == writers * each)
        let check = try await gongkai(["check", "--workspace", workspace], home: home)
        #expect(check.status == 0)
    }

    @Test func processesKilledMidWriteLeaveAConsistentWorkspace() async throws {
        let home = try temporaryHome()
        let workspace = home + "/crash.sqlite"
        try await copyDemoWorkspace(to: workspace)
        var committed: [String] = []
        var generator = SplitMix64(seed: 19)   // the kills' moments, the same on every run
        for round in 0..<40 {
            let outPath = home + "/out-\(round)"
            var pid: pid_t = 0
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let args = [try TmuxSession.binary(), "app", "add", "--workspace", workspace, "--received", "2026-11-02",
                        "--channel", "in-person", "--applicant-type", "business", "--applicant-name", "某公司\(round)",
                        "--content", "崩溃测试 \(round)", "--format", "json"]
            let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
            let envStrings: [String] = ["HOME=\(home)", "LANG=C.UTF-8"]
            let env: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
            #expect(posix_spawn(&pid, args[0], &actions, nil, argv, env) == 0)
            argv.forEach { free($0) }; env.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
            await taskSleep(seconds: Double(UInt32.random(in: 0...60_000, using: &generator)) / 1_000_000)
            kill(pid, SIGKILL)
            let exitedNormally = await reapChild(pid, timeout: processTimeout) == 0
            if exitedNormally, let text = try? String(contentsOfFile: outPath, encoding: .utf8),
               let id = json(text)?["id"] as? String {
                committed.append(id)
            }
        }
        // The database is intact and every change a process reported as done is there.
        let check = try await gongkai(["check", "--workspace", workspace, "--format", "json"], home: home)
        #expect(check.status == 0, "\(check.output)")
        for id in committed {
            #expect(try await gongkai(["app", "show", id, "--workspace", workspace, "--format", "json"], home: home).status == 0)
        }
    }
}
