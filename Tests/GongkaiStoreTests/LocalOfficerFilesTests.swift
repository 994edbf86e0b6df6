import Foundation
import Testing
@testable import GongkaiStore

/// 经办人一侧的文件 — what `LocalOfficerFiles` promises: 0600, a planted link replaced and never
/// followed, the old file kept when a write fails, `-` is standard output, and a draft store that
/// is the officer's own (issue 18).
@Suite("经办人文件 Officer files")
struct LocalOfficerFilesTests {
    func directory() throws -> String {
        let dir = NSTemporaryDirectory() + "gongkai-officer-files-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func mode(_ path: String) -> mode_t? {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : nil
    }

    @Test func filesAre0600WhateverTheUmaskAndRelativePathsAreTheOfficersOwn() throws {
        let dir = try directory()
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        let old = umask(0)
        defer { umask(old) }
        try files.write(Data("甲".utf8), to: dir + "/a.csv")
        #expect(mode(dir + "/a.csv") == 0o600)
        try files.write(Data("乙".utf8), to: "letters/b.md")
        #expect(try String(contentsOfFile: dir + "/letters/b.md", encoding: .utf8) == "乙")
        #expect(mode(dir + "/letters/b.md") == 0o600 && mode(dir + "/letters") == 0o700)
        // An existing file with a wide mode is replaced by a 0600 one.
        _ = FileManager.default.createFile(atPath: dir + "/wide.csv", contents: Data("x".utf8))
        chmod(dir + "/wide.csv", 0o644)
        try files.write(Data("y".utf8), to: dir + "/wide.csv")
        #expect(mode(dir + "/wide.csv") == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func aLinkPlantedAtTheTargetIsReplacedNotFollowed() throws {
        let dir = try directory()
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        try Data("private key".utf8).write(to: URL(fileURLWithPath: dir + "/id_ed25519"))
        #expect(symlink(dir + "/id_ed25519", dir + "/letter.docx") == 0)
        try files.write(Data("letter".utf8), to: dir + "/letter.docx")
        #expect(try String(contentsOfFile: dir + "/id_ed25519", encoding: .utf8) == "private key")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/letter.docx")) == nil)
        #expect(try String(contentsOfFile: dir + "/letter.docx", encoding: .utf8) == "letter")
        // A draft link is replaced the same way; an append never follows one.
        let store = dir + "/state"
        try files.writeDraft(Data("{}".utf8), name: "w-doc-draft-li.json")
        #expect(symlink(dir + "/id_ed25519", store + "/w-form-li.json") == 0)
        #expect(throws: OfficerFileError.self) { try files.appendDraft(Data("typed".utf8), name: "w-form-li.json") }
        #expect(throws: OfficerFileError.self) { try files.readDraft(name: "w-form-li.json") }
        try files.writeDraft(Data("form".utf8), name: "w-form-li.json")
        #expect(try String(contentsOfFile: dir + "/id_ed25519", encoding: .utf8) == "private key")
        #expect(try files.readDraft(name: "w-form-li.json") == Data("form".utf8))
        #expect(mode(store + "/w-form-li.json") == 0o600 && mode(store) == 0o700)
    }

    @Test func aFailedWriteLeavesTheOldFile() throws {
        let dir = try directory()
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        try files.write(Data("old".utf8), to: dir + "/report.md")
        // A missing directory, and (unless root, who writes anyway) a read-only one.
        #expect(throws: OfficerFileError.self) { try files.write(Data("new".utf8), to: dir + "/missing/report.md") }
        chmod(dir, 0o500)
        defer { chmod(dir, 0o700) }
        if geteuid() != 0 {
            #expect(throws: OfficerFileError.self) { try files.write(Data("new".utf8), to: dir + "/report.md") }
        }
        chmod(dir, 0o700)
        // A target that is a directory cannot be replaced: the write fails and leaves nothing behind.
        try FileManager.default.createDirectory(atPath: dir + "/taken", withIntermediateDirectories: false)
        #expect(throws: OfficerFileError.self) { try files.write(Data("new".utf8), to: dir + "/taken") }
        #expect(try String(contentsOfFile: dir + "/report.md", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func aDashIsStandardOutput() throws {
        let dir = try directory()
        let out = dir + "/stdout"
        let fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(fd) }
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir, standardOutput: fd)
        try files.write(Data("to the pipe\n".utf8), to: "-")
        #expect(!FileManager.default.fileExists(atPath: dir + "/-"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "to the pipe\n")
    }

    @Test func theDraftStoreRefusesALinkOrSomeoneElsesDirectory() throws {
        let dir = try directory()
        try FileManager.default.createDirectory(atPath: dir + "/elsewhere", withIntermediateDirectories: false)
        #expect(symlink(dir + "/elsewhere", dir + "/state") == 0)
        let linked = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        #expect(throws: OfficerFileError(path: dir + "/state", problem: .notOwnDirectory)) {
            try linked.writeDraft(Data("x".utf8), name: "w-form-li.json")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/elsewhere").isEmpty)
        // A wide mode on the officer's own directory is narrowed to 0700.
        try FileManager.default.createDirectory(atPath: dir + "/own", withIntermediateDirectories: false)
        chmod(dir + "/own", 0o777)
        try LocalOfficerFiles(draftDirectory: dir + "/own", workingDirectory: dir).writeDraft(Data("x".utf8), name: "a.json")
        #expect(mode(dir + "/own") == 0o700)
        // Names are the program's own: no paths, no hidden files.
        for bad in ["../x", "a/b", ".hidden", "", ".."] {
            #expect(throws: OfficerFileError.self) { try linked.readDraft(name: bad) }
        }
        if geteuid() == 0 {
            // Someone else's directory (as root on CI: a directory owned by nobody).
            try FileManager.default.createDirectory(atPath: dir + "/theirs", withIntermediateDirectories: false)
            #expect(chown(dir + "/theirs", 65534, 65534) == 0)
            let theirs = LocalOfficerFiles(draftDirectory: dir + "/theirs", workingDirectory: dir)
            #expect(throws: OfficerFileError(path: dir + "/theirs", problem: .notOwnDirectory)) {
                try theirs.appendDraft(Data("x".utf8), name: "w-form-li.json")
            }
        }
    }

    @Test func draftsAreAppendedListedAndRemoved() throws {
        let dir = try directory()
        let files = LocalOfficerFiles(draftDirectory: dir + "/state/gongkai", workingDirectory: dir)
        try files.appendDraft(Data("a".utf8), name: "w-doc.json")
        try files.appendDraft(Data("b".utf8), name: "w-doc.json")
        #expect(try files.readDraft(name: "w-doc.json") == Data("ab".utf8))
        #expect(try files.listDrafts().map(\.name) == ["w-doc.json"])
        #expect(try files.listDrafts().first?.size == 2)
        try files.removeDraft(name: "w-doc.json")
        #expect(try files.readDraft(name: "w-doc.json") == nil)
        #expect(try files.listDrafts().isEmpty)
    }
}
