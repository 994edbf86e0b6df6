import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

/// The pid of a process that has run and exited (reaped): dead.
private func deadPID() throws -> Int32 {
    var pid: pid_t = 0
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
    defer { argv.forEach { free($0) } }
    #expect(posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0)
    #expect(reapChild(pid, timeout: 30) == 0)
    return pid
}

/// Issue 19: publish cleans up after earlier interrupted runs; the published pages carry no
/// control or bidi character even from records planted behind the door.
@Suite("发布 Publish: leftovers and control characters")
struct PublishHygieneTests {
    @Test func staleWorkingFoldersOfDeadRunsAreRemovedAndLiveOnesKept() throws {
        let root = NSTemporaryDirectory() + "gongkai-publish-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: root) }
        let dead = try deadPID(), live = getppid()
        #expect(kill(dead, 0) != 0)
        let stale = root + "/.site.publishing-\(dead)", staleOld = root + "/.site.old-\(dead)"
        let running = root + "/.site.publishing-\(live)", otherSite = root + "/.other.publishing-\(dead)"
        for folder in [stale, staleOld, running, otherSite] {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data("half a page".utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
        }
        try SiteWriter.write(["index.html": Data("<p>站点</p>".utf8), SiteWriter.marker: Data()], to: root + "/site")
        #expect(!fm.fileExists(atPath: stale) && !fm.fileExists(atPath: staleOld))
        #expect(fm.fileExists(atPath: running))          // another publish, still running
        #expect(fm.fileExists(atPath: otherSite))        // another site's folder: not ours to remove
        #expect(fm.fileExists(atPath: root + "/site/index.html"))
    }

    @Test func plantedControlAndBidiCharactersNeverReachThePublishedPages() throws {
        let s = try demoService()
        let d = try s.addDocument(NewDocument(title: "正常标题", type: .general, disclosure: DocumentDisclosure(attribute: .proactive),
                                              category: "政府文件", unit: "county-office", formed: day("2026-11-20"), body: "正文"))
        for action in [DocumentAction.submit, .approve, .publish] {
            try s.performDocumentAction(action, id: d.id, overrideReason: "测试")
        }
        let hostile = "恶意\u{1B}]0;pwned\u{07}\u{9B}2J\u{202E}倒\u{2066}x\u{2069}\u{0}结束"
        try s.workspace.writer.write { db in
            try db.execute(sql: "UPDATE document SET title = ?, body = ? WHERE id = ?", arguments: [hostile, hostile + "\n第二段", d.id])
            try db.execute(sql: "UPDATE unit SET name = ? || name WHERE id = 'county-office'", arguments: [hostile])
        }
        let files = SiteBuilder(templates: try SiteTemplates(), siteName: "某县政府信息公开").build(try s.publicationSnapshot())
        var sawPayload = false
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            if text.contains("恶意") { sawPayload = true }
            let bad = text.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                    || [0x061C, 0x200E, 0x200F].contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }
            #expect(bad.isEmpty, "\(path): \(bad.map { String($0.value, radix: 16) })")
            #expect(!text.contains("\\u001b") && !text.contains("\\u0000"), "\(path)")   // not even escaped in the index
        }
        #expect(sawPayload)
    }
}
