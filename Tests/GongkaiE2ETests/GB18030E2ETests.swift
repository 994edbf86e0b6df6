import CoreFoundation
import Foundation
import Testing

/// GB18030 终端 — a terminal set to GB18030 (Xshell, SecureCRT profiles on Chinese Windows) with
/// LANG=zh_CN.GB18030: the program draws GB18030, reads GB18030 keys and pastes, and stores
/// Unicode. .ci/run generates the locale with localedef.
@Suite("端到端：GB18030 终端 E2E GB18030 terminals", .serialized)
struct GB18030E2ETests {
    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))

    func gb(_ text: String) throws -> Data { try #require(text.data(using: Self.gb18030)) }

    @Test func chineseIsDrawnTypedPastedAndSavedUnchanged() async throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let binary = try TmuxSession.binary()
        try await copyDemoWorkspace(to: ws)
        let pty = try PtySession(home: home, environment: ["LANG": "zh_CN.GB18030"], arguments: ["--workspace", ws])
        // Drawn in GB18030, not in UTF-8, and no fallback to another locale.
        var at = try await pty.waitFor(try gb("政务公开工作台"), what: "the title in GB18030")
        #expect(pty.output.range(of: Data("政务公开工作台".utf8)) == nil)
        pty.send(":open D2026-0005\r")
        at = try await pty.waitFor(try gb("编辑文件"), from: at, what: "the editor")
        pty.send("\t")                                  // from the body to the title field
        pty.send(try gb("（修订稿）"))                   // typed through a GB18030 input method
        at = try await pty.waitFor(try gb("稿"), from: at, what: "the typed title")
        // A bracketed paste of GB18030 text.
        pty.send(Data("\u{1B}[200~".utf8) + (try gb("附件一")) + Data("\u{1B}[201~".utf8))
        at = try await pty.waitFor(try gb("附件一"), from: at, what: "the pasted text")
        pty.send("\u{13}")                              // C-s
        at = try await pty.waitFor(try gb("已保存"), from: at, what: "saved")
        pty.send("\u{1B}")
        // Only the cells that changed are written: 已 stays from 已保存.
        at = try await pty.waitFor(try gb("退出编辑"), from: at, what: "editor closed")
        pty.send("q")
        let deadline = Date().addingTimeInterval(10)
        while !pty.reap(wait: false), Date() < deadline { pty.drain() }
        #expect(pty.status == 0)

        let show = try await runProcess(binary, ["doc", "show", "D2026-0005", "--format", "json", "--workspace", ws])
        #expect(show.status == 0, "\(show.error)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any])
        #expect(doc["title"] as? String == "城关镇2026年第三季度低保对象公示（修订稿）附件一")
    }

    @Test func aMissingGB18030LocaleIsNamedBeforeAnythingIsDrawn() async throws {
        let home = try temporaryHome()
        let pty = try PtySession(home: home, environment: ["LANG": "zh_CN.GBK", "LC_ALL": ""],
                                 arguments: ["--workspace", home + "/ws.sqlite"])
        let deadline = Date().addingTimeInterval(10)
        while !pty.reap(wait: false), Date() < deadline { pty.drain() }
        pty.drain()
        #expect(pty.status == 1)
        let out = pty.output
        #expect(out.range(of: Data("localedef -i zh_CN -f GBK zh_CN.GBK".utf8)) != nil)
        #expect(out.range(of: try gb("未生成")) != nil)                      // Chinese, in the terminal's encoding
        #expect(out.range(of: Data("is not generated".utf8)) != nil)       // and English
        #expect(out.range(of: Data("\u{1B}[".utf8)) == nil)                  // nothing drawn
    }
}
