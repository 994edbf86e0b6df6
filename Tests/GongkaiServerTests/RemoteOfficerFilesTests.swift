import Foundation
@testable import GongkaiServer
import GongkaiStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 远端文件 — a session's `RemoteOfficerFiles` sends each write and draft over its control channel;
/// the client carries it out with `LocalOfficerFiles` (as the officer) and answers; failures come
/// back as the officer's own error with the path.
@Suite("远端文件 Remote officer files")
struct RemoteOfficerFilesTests {
    @Test func filesAndDraftsTravelToTheOfficersSideAndFailuresComeBack() throws {
        var pair: [Int32] = [-1, -1]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
        defer { close(pair[0]); close(pair[1]) }
        let dir = NSTemporaryDirectory() + "gk-remote-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let local = LocalOfficerFiles(draftDirectory: dir + "/drafts", workingDirectory: dir)
        // The client's side: answer every request until the channel closes.
        let client = FrameStream(fd: pair[1])
        let done = DispatchSemaphore(value: 0)
        Thread {
            while let frame = try? client.receive(), let message = try? ServiceMessage.decode(frame.bytes) {
                if case .fileRequest(let id, let request) = message {
                    try? client.send(.fileReply(id: id, reply: local.perform(request)))
                }
            }
            done.signal()
        }.start()
        let session = SessionChannel(login: "li", fd: pair[0], workingDirectory: dir, terminals: [], reconnected: false)
        session.start(exitWhenClosed: false)
        let files = RemoteOfficerFiles(channel: session)
        try files.write(Data("答复书".utf8), to: "letters-out.txt")
        #expect(try String(contentsOfFile: dir + "/letters-out.txt", encoding: .utf8) == "答复书")
        var st = stat()
        #expect(stat(dir + "/letters-out.txt", &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        try files.writeDraft(Data("a".utf8), name: "app.draft")
        try files.appendDraft(Data("b".utf8), name: "app.draft")
        #expect(try files.readDraft(name: "app.draft") == Data("ab".utf8))
        #expect(try files.listDrafts().map(\.name) == ["app.draft"])
        try files.removeDraft(name: "app.draft")
        #expect(try files.readDraft(name: "app.draft") == nil)
        let missing = #expect(throws: (any Error).self) { try files.write(Data("x".utf8), to: dir + "/missing/dir/file") }
        #expect((missing as? OfficerFileError)?.code == ENOENT)
        #expect(throws: (any Error).self) { try files.writeDraft(Data(), name: "../escape") }
        shutdown(pair[0], Int32(SHUT_RDWR))
        #expect(done.wait(timeout: .now() + 30) == .success, "the client's side did not end when the channel closed")
    }
}
