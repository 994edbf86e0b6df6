import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// 慢客户端 — a client that stops reading (its output piped into a program that never reads) holds
/// up only its own session: the service keeps serving every other officer meanwhile.
final class ServiceSlowClientTests: DeployedServiceTestCase {
    func testAClientThatStopsReadingBlocksNobodyElse() throws {
        // Enough documents that a full list is far more than the pipe and socket buffers hold.
        let demo = try fixture.gongkai(fixture.admin, ["demo", "generate", "--documents", "3000", "--applications", "0"])
        XCTAssertEqual(demo.status, 0, demo.error)
        // The admin lists everything into `sleep`, which reads nothing: that client stops reading.
        let env = "LANG=C.UTF-8 GONGKAI_SERVER='\(fixture.socket)'"
        let slow = try fixture.shell(fixture.admin, """
            ( \(env) '\(fixture.binary)' doc list --limit 10000 --format json | sleep 30 ) > /dev/null 2>&1 &
            echo started
            """)
        XCTAssertEqual(slow.status, 0, slow.error)
        usleep(1_500_000)   // let it fill the buffers
        // Everyone else is served meanwhile (bounded by `timeout`: a blocked service would exit 124).
        for (login, args) in [(fixture.clerkB, ["info"]), (fixture.clerkA, ["app", "list"]), (fixture.admin, ["officer", "list"])] {
            let r = try fixture.shell(login, "\(env) timeout 20 '\(fixture.binary)' " + args.joined(separator: " "))
            XCTAssertEqual(r.status, 0, "\(login) \(args) was held up: \(r.output)")
        }
        // The slow session is still there, waiting on its reader, not killed for being slow.
        let stillThere = try fixture.shell(fixture.admin, "pgrep -u '\(fixture.admin)' -f 'doc list --limit 10000' > /dev/null")
        XCTAssertEqual(stillThere.status, 0, "the slow client ended on its own")
        _ = try fixture.shell(fixture.admin, "pkill -u '\(fixture.admin)' sleep; pkill -u '\(fixture.admin)' -f 'doc list --limit 10000'")
    }
}
