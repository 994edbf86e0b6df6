import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// An interpretation created in the 解读 pane with Chinese input, on the workstation's loop (once
/// a tmux test of the binary; Chinese decoded by a real terminal is ShellE2ETests' and
/// GB18030E2ETests').
@Suite("解读窗格 Interpretations pane on the loop")
struct InterpretationLoopTests {
    /// 县义务教育阶段学校招生入学工作方案 — in review, its demo interpretation signed.
    let plan = "D2026-0002"

    @Test func creatingAnInterpretationInThePaneWithChineseInput() throws {
        let s = try LoopSession(width: 120, height: 40)
        try s.see("3 解读")
        s.keys(.char("3"))
        try s.see("解读 focused") { $0.hasPrefix(">3 解读") }
        try s.see("解读统计")
        s.keys(.char("n"))
        try s.see("解读 新解读")
        s.keys(.char(" "), .right, .right, .right, .char(" "))     // 文字解读, 图解
        try s.see("☑图解")
        s.keys(.tab, .char(" "))                                    // 背景依据
        s.keys(.tab)
        s.type("张副局长")
        s.keys(.tab, .tab, .tab)
        s.type("一、政策背景")
        try s.see("一、政策背景")
        s.keys(.ctrl("s"))
        try s.see("已保存解读 J")
        s.keys(.escape)
        try s.see("sheet closed") { $0.hasPrefix(">3 解读") }
        s.keys(.char("q"))
        #expect(s.status == 0)

        let list = try s.service.interpretations(doc: plan)
        let made = try #require(list.last)
        #expect(list.count == 2)
        #expect(made.leader == "张副局长" && made.body == "一、政策背景")
        #expect(made.forms.map(\.rawValue) == ["text", "graphic"] && made.elements.map(\.rawValue) == ["background"])
    }
}
