import Foundation

/// 首次创建锁 — concurrent first opens of a new workspace are serialised by `flock` on
/// `<workspace>.lock` beside it: a process that finds no workspace takes the lock exclusively
/// (creating the lock file), and re-checks once it holds it, so exactly one creates and seeds;
/// a process that finds the workspace and a lock file waits on it (shared) until the creator is
/// done. The creator removes the lock file when the workspace is complete. In a directory this
/// user cannot write, nothing is locked (nothing can be created there either).
final class CreationLock {
    private var fd: Int32 = -1
    private var exclusive = false
    private let path: String

    init(workspace: String, directory: String) {
        path = workspace + ".lock"
        if !FileManager.default.fileExists(atPath: workspace) {
            let mode = Workspace.creationMode(directory: directory)
            fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 {
                fchmod(fd, mode)
                exclusive = true
                while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            }
        } else {
            fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            if fd >= 0 { while flock(fd, LOCK_SH) != 0 && errno == EINTR {} }
        }
    }

    /// Unlocks; the creator (or a late first opener, once the workspace exists) removes the file.
    func release() {
        guard fd >= 0 else { return }
        if exclusive { unlink(path) }
        close(fd)
        fd = -1
    }

    deinit { release() }
}
