import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 读取副作用 — a key that opens something on the workspace's data reads nothing itself: it asks the
/// loop (`Effect.read`), which reads after the input and before the frame, and opens the view only
/// when the read succeeds. Counted on the workspace's one connection: not a single SQL statement
/// runs while any of these keys is handled.
@Suite("读取副作用 A view's data is read by the loop, not by the key")
struct ReadEffectTests {
    init() { requireUTF8Locale() }

    /// Counts every statement the workspace's connection runs (an in-memory workspace has one).
    final class StatementCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        var count: Int { lock.withLock { n } }
        func add() { lock.withLock { n += 1 } }
    }

    func model(width: Int = 120, height: Int = 40) throws -> (AppModel, StatementCounter) {
        let counter = StatementCounter()
        let m = try demoModel(width: width, height: height) { ws in
            try ws.writer.writeWithoutTransaction { db in db.trace { _ in counter.add() } }
        }
        return (m, counter)
    }

    /// The keys that start `input` (driven from outside: their reads are made before they return).
    func typeCommand(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
    }

    /// `input` handled by `update`: no statement runs and a read is asked; then the loop's part.
    func expectReadByTheLoop(_ m: AppModel, _ counter: StatementCounter, _ input: Key, _ what: String,
                             sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        _ = m.takeEffects()
        let before = counter.count
        let effects = m.update(.key(input))
        #expect(counter.count == before, "\(what): \(counter.count - before) statements ran while the key was handled",
                sourceLocation: sourceLocation)
        #expect(effects.contains { if case .read = $0 { true } else if case .loadView = $0 { true } else { false } },
                "\(what): the key asks the loop to read (\(effects))", sourceLocation: sourceLocation)
        var batch = effects
        for _ in 0..<4 where !batch.isEmpty {
            _ = Effect.performWithoutTerminal(batch, model: m)
            batch = m.takeEffects()
        }
        #expect(counter.count > before, "\(what): the loop read", sourceLocation: sourceLocation)
        return effects
    }

    @Test func openingTheFullScreenViewsReadsNothingWhileTheKeyIsHandled() throws {
        let (m, counter) = try model()
        typeCommand(m, "report 2025")
        #expect(expectReadByTheLoop(m, counter, .enter, ":report") == [.read(.report(year: 2025, scope: .typed(nil)))])
        #expect(m.state.report?.result?.report.year == 2025)
        m.handle(.char("q"))
        #expect(m.state.report == nil)

        typeCommand(m, "stats 2026")
        _ = expectReadByTheLoop(m, counter, .enter, ":stats")
        #expect(m.state.statistics?.year == 2026 && m.state.statistics?.result != nil)
        _ = expectReadByTheLoop(m, counter, .char("["), "统计 上一年")
        #expect(m.state.statistics?.year == 2025 && m.state.statistics?.result != nil)
        m.handle(.escape)
        #expect(m.state.statistics == nil)

        typeCommand(m, "duties")
        _ = expectReadByTheLoop(m, counter, .enter, ":duties")
        let register = try #require(m.state.register)
        #expect(register.kind == .duties && !register.items.isEmpty && register.error == nil)
        _ = expectReadByTheLoop(m, counter, .char("a"), "责任清单 a")
        #expect(m.state.register?.form != nil)
    }

    @Test func openingFromThePanesReadsNothingWhileTheKeyIsHandled() throws {
        let (m, counter) = try model()
        m.handle(.char("2"))
        #expect(expectReadByTheLoop(m, counter, .enter, "文件 Enter").count == 1)
        #expect(m.state.documents.editor?.id == m.selectedRow(in: .documents)?.id)
        m.handle(.escape)
        if m.state.documents.editor != nil { m.handle(.ctrl("q")) }
        m.execute(CommandLine(name: "close"))

        m.state.documents.editor = nil
        _ = expectReadByTheLoop(m, counter, .char("a"), "文件 a")
        #expect(m.state.documents.newDraft != nil)
        m.state.documents.newDraft = nil

        typeCommand(m, "doc-search 教育")
        _ = expectReadByTheLoop(m, counter, .enter, "文件检索")
        #expect((m.state.documents.search?.hits.count ?? 0) > 0)
        m.state.documents.search = nil

        m.handle(.char("4"))
        _ = expectReadByTheLoop(m, counter, .enter, "申请 Enter")
        let detail = try #require(m.state.applications.detail)
        #expect(detail.id == m.selectedRow(in: .applications)?.id)
        m.state.applications.detail = nil
        _ = expectReadByTheLoop(m, counter, .char("a"), "申请 a")
        #expect(m.state.applications.form != nil)
        m.state.applications.form = nil
        _ = expectReadByTheLoop(m, counter, .char("W"), "申请 W")
        #expect(m.state.confirmation != nil || m.state.message != nil)
        m.state.confirmation = nil

        typeCommand(m, "filter state 逾期")
        _ = expectReadByTheLoop(m, counter, .enter, ":filter")
        #expect(m.state.applications.query.state == .overdue)

        m.handle(.char("3"))
        _ = expectReadByTheLoop(m, counter, .enter, "解读 Enter")
        #expect(m.state.interpretations.sheet != nil || m.state.message?.isError == true)
        m.state.interpretations.sheet = nil
    }

    @Test func theInboxTheCatalogAndARedrawReadNothingWhileTheKeyIsHandled() throws {
        let (m, counter) = try model()
        _ = expectReadByTheLoop(m, counter, .char("i"), "待办 i")
        let count = try #require(m.state.inbox?.count)
        #expect(count > 0)
        // Enter: the reader, its text read by the loop; o: the item in its pane, found by the loop.
        _ = expectReadByTheLoop(m, counter, .enter, "待办 Enter")
        #expect(m.state.inbox?.reader != nil)
        let item = try #require(m.state.inbox?.current)
        #expect(item.kind == .applicationDueSoon, "the demo's first item is a request due soon")
        _ = expectReadByTheLoop(m, counter, .char("o"), "阅读 o")
        #expect(m.state.inbox == nil && m.state.focus == .applications)
        #expect(m.selectedRow(in: .applications)?.id == item.id)

        m.handle(.char("1"))
        m.handle(.char("g"))
        _ = expectReadByTheLoop(m, counter, .enter, "目录 Enter")
        #expect(m.state.catalog.documentFilter != nil || m.state.register != nil)

        let effects = expectReadByTheLoop(m, counter, .ctrl("l"), "C-l")
        #expect(effects.contains(.read(.everything)) && effects.contains(.repaint))
    }

    /// When the read fails nothing opens: the view shown before stays and the message says why.
    @Test func aReadThatFailsLeavesTheScreenAsItWas() throws {
        let (m, counter) = try model()
        typeCommand(m, "report 2025 没有这个单位")
        _ = expectReadByTheLoop(m, counter, .enter, ":report with a unit that is not there")
        #expect(m.state.report == nil)
        #expect(m.state.message?.isError == true)
        #expect(m.state.message?.text.contains("没有这个单位") == true)

        typeCommand(m, "duties 没有这个单位")
        _ = expectReadByTheLoop(m, counter, .enter, ":duties with a unit that is not there")
        #expect(m.state.register == nil)
        #expect(m.state.message?.isError == true)

        typeCommand(m, "open D2099-9999")
        _ = expectReadByTheLoop(m, counter, .enter, ":open of a document that is not there")
        #expect(m.state.documents.editor == nil)
        #expect(m.state.message?.isError == true)
    }
}

/// Every key of every view, in every view: handled without a single SQL statement. The workspace
/// is read only by the loop performing what the key asked for (`Effect.read`, `.loadView`,
/// `.loadRows`, `.change`).
@Suite("读取副作用 No key of any view reads the workspace while it is handled")
struct NoKeyReadsTests {
    init() { requireUTF8Locale() }

    @Test func noKeyOfAnyViewRunsAStatementWhileItIsHandled() throws {
        let openers = ViewStackTests().openers
        var checked = 0
        for view in ViewStack.views {
            let counter = ReadEffectTests.StatementCounter()
            let m = try demoModel(width: 120, height: 40) { ws in
                try ws.writer.writeWithoutTransaction { db in db.trace { _ in counter.add() } }
            }
            let opener = try #require(openers[view.id], "\(view.id) has an opener in ViewStackTests")
            try opener(m)
            let isOpen = view.isOpen(m.state)
            try #require(isOpen, "\(view.id) opened")
            let opened = m.state
            let scopes = view.scopes(opened)
            // The view's own keys, and for a pane every global key too (a pane lets them all through).
            let keys = m.keymap.bindings.filter { b in
                b.scope.map { scopes.contains($0) } ?? (view.id.pane != nil)
            }
            #expect(!keys.isEmpty, "\(view.id) has keys")
            for binding in keys {
                m.state = opened
                m.loadPendingRows()
                _ = m.takeEffects()
                let before = counter.count
                _ = m.update(.key(binding.key))
                #expect(counter.count == before,
                        "\(view.id): \(binding.key.name) (\(binding.command)) ran \(counter.count - before) statements while handled")
                checked += 1
            }
        }
        #expect(checked > 150, "every view's keys were tried (\(checked))")
    }
}

extension NoKeyReadsTests {
    /// Arguments an officer would type after the commands that take one.
    static let arguments: [String: String] = [
        "pane": "2", "language": "en", "report": "2025 county", "stats": "2026", "open": "D2026-0005",
        "doc-search": "教育", "search": "王", "filter": "state 逾期", "history": "D2026-0005",
        "interp-period": "2026-01-01 2026-06-30", "duties": "edu", "consult": "edu", "inspect": "edu",
        "catalog-search": "指南", "catalog-add": "新栏目", "catalog-rename": "新名称", "catalog-move": "政府文件",
        "interp-return": "请补充要素", "report-narrative": "1",
    ]

    /// Every command typed at the `:` prompt and entered: no statement while Enter is handled.
    @Test func noCommandTypedAtThePromptRunsAStatementWhileItIsHandled() throws {
        let counter = ReadEffectTests.StatementCounter()
        let m = try demoModel(width: 120, height: 40) { ws in
            try ws.writer.writeWithoutTransaction { db in db.trace { _ in counter.add() } }
        }
        let start = m.state
        var asked = 0
        for spec in Commands.all {
            let line = spec.takesArgument ? "\(spec.name) \(Self.arguments[spec.name] ?? "1")" : spec.name
            m.state = start
            m.loadPendingRows()
            _ = m.takeEffects()
            m.state.commandLine = CommandLineState(text: line, caret: line.count)
            let before = counter.count
            let effects = m.update(.key(.enter))
            #expect(counter.count == before, ":\(line) ran \(counter.count - before) statements while handled")
            if effects.contains(where: { if case .read = $0 { true } else { false } }) { asked += 1 }
        }
        #expect(asked >= 10, "the commands that open views on the workspace's data ask the loop to read (\(asked))")
    }
}
