import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Long messages wrap instead of being cut, and `:messages` lists this session's messages (issue 22).
@Suite("消息 Messages")
struct MessageLogTests {
    init() { requireUTF8Locale() }

    func run(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
        m.handle(.enter)
    }

    /// A real long refusal: the consultation form's methods error lists every method.
    func longRefusal(_ m: AppModel) {
        run(m, "consult")
        m.handle(.char("a"))
        func fill(_ key: String, _ text: String) {
            for _ in 0..<50 where m.state.register?.form?.fields[m.state.register!.form!.focus].key != key { m.handle(.tab) }
            m.handle(.ctrl("u"))
            for c in text { m.handle(.char(c)) }
        }
        fill("decision", "县城区垃圾分类实施方案")
        fill("scope", "县城区居民")
        fill("methods", "座谈会、听证会、专家论证、网上调查")
        m.handle(.ctrl("s"))
    }

    @Test func aLongMessageWrapsOverTheStatusBarAt80x24() throws {
        let m = try demoModel(width: 80, height: 24)
        longRefusal(m)
        let text = try #require(m.state.message?.text)
        #expect(TextWidth.of(text) > 80 && m.state.message?.isError == true)
        let lines = screen(m)
        expectGolden(lines, "message-wrapped-80x24")
        // Every character of the message is on screen, on the last two lines.
        #expect((lines[22] + lines[23]).replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        // A prompt on the message line takes it back, as with a short message (here the command line,
        // opened over the message as an editor's or the inbox's prompt would be).
        // (With an argument typed, no command list covers the status bar.)
        m.state.commandLine = CommandLineState(text: "pane 2", caret: 6)
        let prompt = screen(m)
        #expect(prompt[23].hasPrefix(":") && prompt[22].contains("用户 li.ming"))
    }

    @Test func aVeryLongMessageIsBoundedAndPointsToTheLog() throws {
        let long = MessageLog.messageLines(String(repeating: "很长的消息文字。", count: 40), width: 80)
        #expect(long.count == MessageLog.maxLines)
        #expect(long.last?.hasSuffix("…（:messages 看全文）") == true && long.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(MessageLog.messageLines("短消息", width: 80) == ["短消息"])
    }

    @Test func messagesListsTheSessionsMessagesInFull() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "duties")
        longRefusal(m)
        let refusal = try #require(m.state.message?.text)
        m.handle(.escape); m.handle(.char("y"))
        m.handle(.escape)
        run(m, "消息")
        #expect(m.state.messageLog.open)
        let texts = m.state.messageLog.entries.map(\.text)
        #expect(texts.contains(refusal) && texts.contains("已放弃未保存的输入，没有改动。"))
        #expect(m.state.messageLog.entries.first { $0.text == refusal }?.isError == true)
        expectGolden(screen(m), "messages-80x24")
        #expect(screen(m).joined().contains("【错误】参与方式"))
        // Keys scroll and close the box; nothing else happens meanwhile.
        m.handle(.char("q"))
        #expect(!m.state.messageLog.open && m.state.register == nil && !m.asksToQuit)
        run(m, "messages")
        m.handle(.escape)
        #expect(!m.state.messageLog.open)
        // In English the box speaks English.
        let english = UILanguage.$current.withValue(.en) { () -> String in
            run(m, "messages")
            return screen(m).joined()
        }
        #expect(english.contains("This session's messages") && english.contains("[error] "))
    }

    /// An overflowing box says once how to scroll it: the footer is the scroll keys, the box's own
    /// keys, then the lines shown (the messages box and the history box named the scroll keys in
    /// their footer as well, so they showed twice).
    @Test func anOverflowingBoxNamesTheScrollKeysOnce() throws {
        let m = try demoModel(width: 80, height: 24)
        for i in 1...30 { m.state.message = StatusMessage(text: "第 \(i) 条消息", isError: false) }
        run(m, "messages")
        let messages = screen(m)
        expectGolden(messages, "messages-overflow-80x24")
        let footer = try #require(messages.first { $0.contains("关闭") })
        #expect(footer.components(separatedBy: "滚动").count == 2, "\(footer)")
        #expect(footer.contains("j/k 滚动  Esc 关闭  (13-30/30)"), "\(footer)")   // the newest shown
        m.handle(.escape)
        m.handle(.char("2")); m.handle(.char("H"))
        var history = try #require(m.state.history)
        #expect(!history.lines.isEmpty)
        history.lines = (1...40).map { "第 \($0) 行" }
        m.state.history = history
        let footers = screen(m).filter { $0.contains("关闭") }
        #expect(footers.count == 1 && footers[0].components(separatedBy: "滚动").count == 2, "\(footers)")
        #expect(footers.first?.contains("j/k 滚动  Esc 关闭  (1-18/40)") == true, "\(footers)")
        // A box that fits names only its own keys: nothing scrolls.
        history.lines = ["第 1 行"]
        m.state.history = history
        let short = screen(m).filter { $0.contains("关闭") }
        #expect(short.count == 1 && !short[0].contains("滚动") && short[0].contains("Esc 关闭"), "\(short)")
    }
}
