import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 标题行按键提示 — the key hints written in title rows and box footers (registers, the
/// application detail, help, messages, history, the save conflict, the draft offer, the
/// interpretation body) come from the live keymap: by default they read as before; a rebinding
/// shows there.
@Suite("按键 Key hints in title rows follow the keymap")
struct TitleHintTests {
    @Test func hintsInTitleRowsAndBoxFootersFollowTheKeymap() throws {
        let config = """
            [keys.register]
            Enter = "close"
            d = "register-detail"
            a = "reload"
            n = "register-add"
            [keys.app-detail]
            Esc = "page-down"
            [keys.help]
            "/" = "close"
            f = "help-search"
            """
        let m = try configuredModel(config, width: 120, height: 30)
        m.execute(CommandLine(parsing: "duties")!)
        let title = screen(m)[1]
        #expect(title.contains("d 详情") && title.contains("n 新增") && !title.contains("Enter"), "\(title)")
        m.handle(.char("q"))
        m.handle(.char("4")); m.handle(.enter)
        #expect(m.state.applications.detail != nil)
        #expect(screen(m)[1].contains("q 返回"), "\(screen(m)[1])")
        m.handle(.char("q"))
        m.handle(.char("?"))
        #expect(screen(m).contains { $0.contains("f 查找  Esc/q/? 关闭") })
    }

    @Test func theDefaultHintsReadAsBefore() throws {
        let m = try configuredModel("", width: 120, height: 30)
        m.handle(.char("?"))
        #expect(screen(m).contains { $0.contains("/ 查找  Esc/q/? 关闭") })
        m.handle(.escape)
        m.execute(CommandLine(parsing: "duties")!)
        #expect(screen(m)[1].contains("a 新增 e 调整 c 取消  j/k 移动  Enter 详情  H 修改记录  r 刷新  Esc 返回"), "\(screen(m)[1])")
    }

    @Test func boxFootersAndTheSheetsBodyHintFollowTheKeymap() throws {
        let config = """
            [keys.history]
            "C-n" = "move-down"
            [keys.messages]
            Esc = "move-up"
            [keys.recovery]
            Esc = "draft-restore"
            x = "draft-keep"
            [keys.interp-sheet]
            "C-w" = "save"
            "C-s" = "field-next"
            """
        let m = try configuredModel(config, width: 100, height: 30)
        m.handle(.char("2")); m.handle(.char("H"))
        // The scroll keys are named when the box overflows.
        var history = try #require(m.state.history)
        history.lines = (1...40).map { "第 \($0) 行" }
        m.state.history = history
        #expect(screen(m).contains { $0.contains("C-n/k 滚动  Esc 关闭") }, "\(screen(m))")
        m.handle(.escape)
        for i in 1...30 { m.state.message = StatusMessage(text: "第 \(i) 条消息", isError: false) }
        m.execute(CommandLine(parsing: "messages")!)
        #expect(m.state.messageLog.open)
        #expect(screen(m).contains { $0.contains("j/Esc 滚动  q 关闭") }, "\(screen(m))")
        m.handle(.char("q"))
        let source = try #require(m.data as? DocumentsDataSource)
        let detail = try source.documentDetail(id: "D2026-0002")
        m.state.documents.recovery = DocumentDraftJournal.Entry(edit: DocumentEdit(detail), caretLine: 0, caretIndex: 0,
                                                                savedAt: "2026-11-27T08:00:00Z")
        #expect(screen(m).contains { $0.contains("r 恢复并继续编辑") && $0.contains("d 丢弃草稿  x 稍后再说") }, "\(screen(m))")
        #expect(screen(m).contains { $0.contains("r / d / x") })
        m.state.documents.recovery = nil
        m.handle(.char("3")); m.handle(.char("n"))
        #expect(screen(m).contains { $0.contains("（C-w 保存；Tab/S-Tab 离开正文）") }, "\(screen(m))")
        #expect(m.state.message?.text == "新建解读：选择解读形式（Space），Tab 下一项，C-w 保存")
    }

    @Test func messagesThatNameAKeyFollowTheKeymap() throws {
        let m = try configuredModel("[keys.inbox]\nSpace = \"move-down\"\nm = \"inbox-mark\"", as: "chen.review")
        m.handle(.char("i"))
        #expect(m.state.inbox != nil)
        m.handle(.char("A"))
        #expect(m.state.message?.text == "没有已标记的待审核文件或解读（m 标记）")
        let plain = try configuredModel("", as: "chen.review")
        plain.handle(.char("i")); plain.handle(.char("A"))
        #expect(plain.state.message?.text == "没有已标记的待审核文件或解读（Space 标记）")
    }

    @Test func theHelpsCommandLineLineAndSearchMessagesFollowTheKeymap() throws {
        #expect(KeyReference.lines(keymap: .standard).contains(
            "命令行（按 : 打开）：边输入边列出匹配的命令，Tab/S-Tab 选择，Up/Down 历史，Enter 执行，Esc 取消"))
        let m = try configuredModel("[keys]\n\";\" = \"command-line\"\n\":\" = \"help\"\n[keys.help]\nn = \"close\"\nN = \"help-search-next\"")
        #expect(KeyReference.lines(keymap: m.keymap).contains { $0.hasPrefix("命令行（按 ; 打开）") })
        m.handle(.char("?"))
        m.handle(.char("N"))
        #expect(m.state.message?.text == "还没有查找过：按 / 输入要找的字")
        m.handle(.char("/")); for c in "退出" { m.handle(.char(c)) }; m.handle(.enter)
        #expect(m.state.message?.text.hasSuffix("（N 下一个）") == true, "\(m.state.message?.text ?? "")")
    }

    @Test func theReadersMessageNamesTheKeyInForce() throws {
        let m = try configuredModel("[keys.inbox]\nEnter = \"close\"\no = \"reader-open\"")
        m.execute(CommandLine(parsing: "reader-next")!)
        #expect(m.state.message?.text == "阅读器未打开（在待办中按 o 阅读）")
        let plain = try configuredModel("")
        plain.execute(CommandLine(parsing: "reader-next")!)
        #expect(plain.state.message?.text == "阅读器未打开（在待办中按 Enter 阅读）")
    }
}
