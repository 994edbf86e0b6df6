import Foundation
#if canImport(Glibc)
import Glibc
#endif

// 测试的等待 — the one way tests wait: on a condition, with a deadline. No test can hang on a
// screen that never shows, a child that never ends or a count that never comes
// (BoundedLoopTests scans Tests/ for loops and waits without one).

/// Polls `condition` every `interval` seconds until it holds or `timeout` seconds have passed.
/// Returns whether it held; the condition is asked once more at the deadline.
@discardableResult
public func waitUntil(timeout: TimeInterval, every interval: TimeInterval = 0.05,
                      _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        if try condition() { return true }
        usleep(useconds_t(max(0.001, interval) * 1_000_000))
    } while Date() < deadline
    return try condition()
}

/// Waits for the child `pid` to end, at most `timeout` seconds; its exit status as a shell gives
/// it (128 + the signal when a signal ended it). A child still running at the deadline is killed
/// with SIGKILL and reaped, and the result is nil.
public func reapChild(_ pid: pid_t, timeout: TimeInterval) -> Int32? {
    var status: Int32 = 0
    var interval: useconds_t = 500
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid { return shellStatus(status) }
        if r < 0 && errno != EINTR { return nil }          // not our child (already reaped)
        usleep(interval)
        interval = min(interval * 2, 20_000)
    } while Date() < deadline
    kill(pid, SIGKILL)
    waitUntil(timeout: 5, every: 0.01) { waitpid(pid, &status, WNOHANG) != 0 }
    return nil
}

/// `waitUntil` for async tests: between polls the task sleeps (`Task.sleep`), so the test
/// runner's few threads (one per core) run other tests instead of blocking in `usleep`.
@discardableResult
public func waitUntil(timeout: TimeInterval, every interval: TimeInterval = 0.05,
                      _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        if try await condition() { return true }
        await taskSleep(seconds: max(0.001, interval))
    } while Date() < deadline
    return try await condition()
}

/// `reapChild` for async tests: polls the child without blocking (`WNOHANG`) and sleeps the task
/// in between, so a test waiting for a process holds no thread of the runner.
public func reapChild(_ pid: pid_t, timeout: TimeInterval) async -> Int32? {
    var status: Int32 = 0
    var interval = 0.0005
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid { return shellStatus(status) }
        if r < 0 && errno != EINTR { return nil }          // not our child (already reaped)
        await taskSleep(seconds: interval)
        interval = min(interval * 2, 0.02)
    } while Date() < deadline
    kill(pid, SIGKILL)
    await waitUntil(timeout: 5, every: 0.01) { () async -> Bool in waitpid(pid, &status, WNOHANG) != 0 }
    return nil
}

/// Sleeps the current task (not its thread) for `seconds`; a cancelled task just goes on.
public func taskSleep(seconds: TimeInterval) async {
    try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
}

/// The exit status of a `waitpid` status word as a shell reports it.
public func shellStatus(_ status: Int32) -> Int32 {
    (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
}
