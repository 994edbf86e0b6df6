import Foundation
import Synchronization

/// 会话中断 — SIGHUP (the SSH link dropped), SIGTERM and SIGINT must restore the terminal and
/// let the app flush what the officer typed. The handler only records the signal (an atomic
/// store is async-signal-safe); the event loop, woken within its input timeout, does the rest.
public enum SignalTrap {
    static let pending = Atomic<Int32>(0)

    public static let trapped: [Int32] = [SIGHUP, SIGTERM, SIGINT]

    public static func install() {
        _ = pending.load(ordering: .relaxed)       // initialise the global before any handler runs
        signal(SIGPIPE, SIG_IGN)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in trapped {
            signal(sig) { received in SignalTrap.pending.store(received, ordering: .relaxed) }
            sigaddset(&unblock, sig)
        }
        // A parent may hand us these signals blocked (the mask survives exec): unblock them, or
        // a dropped SSH session would leave the process running with the terminal in raw mode.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// The signal received since the last call, if any.
    public static func take() -> Int32? {
        let s = pending.exchange(0, ordering: .relaxed)
        return s == 0 ? nil : s
    }
}
