import Foundation

/// 终端断开 — whether the terminal behind a descriptor is gone. A session started through
/// `su -c` or `runuser` (or with SIGHUP ignored) gets no SIGHUP when its pty disappears: every
/// read then fails at once, and a loop that only waits for keys would spin on a core for ever.
/// The kernel says so plainly: a hung-up tty polls as POLLHUP/POLLERR, a closed descriptor as
/// POLLNVAL, and terminal ioctls fail with EIO.
public enum TerminalLink {
    /// True when `fd`'s terminal has hung up or the descriptor is no longer a terminal.
    public static func isLost(fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let rc = poll(&p, 1, 0)
        if rc < 0 { return errno != EINTR && errno != EAGAIN }
        if rc > 0 && p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        var t = termios()
        if tcgetattr(fd, &t) != 0 { return errno == EIO || errno == EBADF || errno == ENOTTY || errno == ENXIO }
        return false
    }
}
