import Foundation
import Testing

/// The annual report view in the real binary under tmux: opened from the command line in
/// Chinese, figures entered in the form, filed after one question, and the filed version seen
/// from the CLI.
@Suite("端到端 年度报告 Annual report end to end", .serialized)
struct ReportE2ETests {
    @Test func openEnterFiguresAndFileFromTheWorkstation() throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let bin = try TmuxSession.binary()
        #expect(try runProcess(bin, ["init", "--demo", "--workspace", ws]).status == 0)
        let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
        let session = try TmuxSession(width: 120, height: 40, home: home, arguments: ["--workspace", ws])
        try session.waitForText("4 申请")
        try session.keys(":")
        try session.type("年度报告 \(year) 县教育局")
        try session.keys("Enter")
        try session.waitForText("县教育局\(year)年政府信息公开工作年度报告")
        #expect(try session.capture().contains { $0.contains("[ok] 表三：一 + 二 = 三（七）+ 四：通过") })
        try session.keys("e")
        try session.waitForText("填报表二数字")
        try session.keys("C-u")
        try session.type("15")
        try session.keys("C-s")
        try session.waitForText("已保存表二填报数字")
        #expect(try session.capture().contains { $0.contains("（五）行政许可") && $0.hasSuffix("15") })
        try session.keys("F")
        try session.waitForText("报送 \(year) 年报告（第 1 版")
        try session.keys("y")
        try session.waitForText("已报送第 1 版")
        let filed = try runProcess(bin, ["report", "filed", "--year", year, "--workspace", ws])
        #expect(filed.output.contains("县教育局\(year)年政府信息公开工作年度报告  第 1 版"))
        let json = try runProcess(bin, ["report", "figures", "--year", year, "--unit", "edu", "--workspace", ws,
                                        "--format", "json"])
        #expect(json.output.contains("\"licensingDecisions\" : 15"))
    }
}
