import Foundation
import GongkaiTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 慢客户端 — a client that stops reading (its output piped into a program that never reads) holds
/// up only its own session: the service keeps serving every other officer meanwhile.
@Suite("服务：慢客户端 A slow client", .needsRoot)
struct ServiceSlowClientTests {
    let fixture: ServiceFixture

    init() throws { fixture = try .deployed() }

    /// Whether the slow client (a process of `login` whose command line holds `pattern`) is stuck
    /// writing into its full pipe: one of its threads waits in the kernel's pipe_write, or the pipe
    /// holds as much as it can. (F_GETPIPE_SZ, 1032 in linux/fcntl.h, is not imported by Glibc.)
    func isStuckWritingAFullPipe(_ login: String, _ pattern: String) throws -> Bool {
        let pids = try runCommand("/usr/bin/pgrep", ["-u", login, "-f", pattern]).output.split(separator: "\n")
        return pids.contains { pid in
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            let waiting = tasks.contains { task in
                ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/wchan", encoding: .utf8)) ?? "").contains("pipe_write")
            }
            let fd = open("/proc/\(pid)/fd/1", O_RDONLY | O_NONBLOCK)
            guard fd >= 0 else { return waiting }
            defer { close(fd) }
            var queued: Int32 = 0
            let capacity = fcntl(fd, 1032)
            return waiting || (ioctl(fd, UInt(FIONREAD), &queued) == 0 && capacity > 0 && queued >= capacity)
        }
    }

    @Test func aClientThatStopsReadingBlocksNobodyElse() throws {
        // Enough documents that a full list is far more than the pipe and socket buffers hold.
        let demo = try fixture.gongkai(fixture.admin, ["demo", "generate", "--documents", "3000", "--applications", "0"])
        #expect(demo.status == 0, "\(demo.error)")
        // The admin lists everything into `sleep`, which reads nothing: that client stops reading.
        let env = "LANG=C.UTF-8 GONGKAI_SERVER='\(fixture.socket)'"
        let slow = try fixture.shell(fixture.admin, """
            ( \(env) '\(fixture.binary)' doc list --limit 10000 --format json | sleep 30 ) > /dev/null 2>&1 &
            echo started
            """)
        #expect(slow.status == 0, "\(slow.error)")
        // Wait (bounded) until the client has filled the pipe into `sleep` and so stopped reading its socket.
        let stalled = try waitUntil(timeout: 60) { try isStuckWritingAFullPipe(fixture.admin, "doc list --limit 10000") }
        #expect(stalled, "the slow client never filled its pipe")
        // Everyone else is served meanwhile (bounded by `timeout`: a blocked service would exit 124).
        for (login, args) in [(fixture.clerkB, ["info"]), (fixture.clerkA, ["app", "list"]), (fixture.admin, ["officer", "list"])] {
            let r = try fixture.shell(login, "\(env) timeout 20 '\(fixture.binary)' " + args.joined(separator: " "))
            #expect(r.status == 0, "\(login) \(args) was held up: \(r.output)")
        }
        // The slow session is still there, waiting on its reader, not killed for being slow.
        let stillThere = try fixture.shell(fixture.admin, "pgrep -u '\(fixture.admin)' -f 'doc list --limit 10000' > /dev/null")
        #expect(stillThere.status == 0, "the slow client ended on its own")
        _ = try fixture.shell(fixture.admin, "pkill -u '\(fixture.admin)' sleep; pkill -u '\(fixture.admin)' -f 'doc list --limit 10000'")
    }
}
