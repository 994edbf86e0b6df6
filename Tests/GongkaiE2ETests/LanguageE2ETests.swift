import Foundation
import Testing

/// 界面语言 in the real binary: config.toml `language = "en"` in $XDG_CONFIG_HOME gives English
/// pane titles; `:language zh` switches back live.
@Suite("语言 Language (tmux)", .serialized)
struct LanguageE2ETests {
    @Test func configuredEnglishShowsEnglishPaneTitlesAndSwitchesBackLive() throws {
        let home = try temporaryHome()
        let configDir = home + "/config/gongkai"
        try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
        try "language = \"en\"\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 100, height: 30, home: home,
                                      environment: ["XDG_CONFIG_HOME": home + "/config"])
        let screen = try session.waitFor("English tabs") { lines in
            lines.first?.contains("4 Requests") == true
        }
        #expect(screen[0].contains("Gongkai Workstation") && screen[0].contains("1 Catalog"))
        #expect(screen.contains { $0.contains("? help") })
        try session.keys(":")
        try session.type("language zh")
        try session.keys("Enter")
        let chinese = try session.waitFor("Chinese tabs") { $0.first?.contains("4 申请") == true }
        #expect(chinese[0].contains("政务公开工作台"))
        try session.keys("q")
        try session.waitFor("exit", timeout: 10) { _ in (try? session.exitStatus()) != nil }
        #expect(try session.exitStatus() == 0)
    }
}
