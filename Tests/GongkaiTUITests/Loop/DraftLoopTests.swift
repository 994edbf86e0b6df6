import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Drafts are effects: typing into a form or the report's narrative asks for a draft write, the
/// loop writes it before the frame is drawn, and a new session after a hang-up finds it.
@Suite("草稿与循环 Drafts written by the loop")
struct DraftLoopTests {
    func draftPath(_ s: LoopSession, _ kind: DraftKind) throws -> String {
        s.directory + "/state/" + (try #require(kind.fileName(workspace: s.workspacePath, login: "li.ming")))
    }

    /// `key` handled by the update asks for one draft write and the file is as it was; the loop's
    /// part then writes it.
    func expectOneDraftWriteByTheLoop(_ s: LoopSession, _ key: Key, path: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        let before = try? String(contentsOfFile: path, encoding: .utf8)
        let effects = s.model.update(.key(key))
        #expect(effects.count == 1, "\(effects)", sourceLocation: sourceLocation)
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == before, "the key wrote nothing",
                sourceLocation: sourceLocation)
        _ = Effect.performWithoutTerminal(effects, model: s.model)
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) != before, "the loop wrote it",
                sourceLocation: sourceLocation)
    }

    @Test func typingIntoAFormAsksForADraftWriteThatTheLoopPerformsBeforeDrawing() throws {
        let s = try LoopSession(width: 80, height: 24)
        s.keys(.char("4"), .char("a"), .tab, .tab, .tab)
        // The update returns the write; the model alone writes nothing.
        let effects = s.model.update(.key(.char("赵")))
        #expect(effects == [.saveFormDraft(s.model.state.applications.form)])
        let path = try draftPath(s, .applicationForm)
        let before = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(!before.contains("赵"), "the draft on disk is the one the loop wrote after the last Tab")
        s.type("小红")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("赵小红"))
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        s.signal(SIGHUP)

        // A new process (after a hang-up) gets the same form back when it asks for it.
        let second = try LoopSession(width: 80, height: 24, directory: s.directory)
        second.keys(.char("4"), .char("a"))
        #expect(second.model.state.applications.form?.value("name") == "赵小红")
        #expect(second.model.state.message?.text.contains("已恢复") == true)
        // Cancelling (after the question: it holds typed input) removes it; another form does not take it.
        second.keys(.escape, .char("y"))
        #expect(!FileManager.default.fileExists(atPath: path))
        second.keys(.char("a"))
        #expect(second.model.state.applications.form?.value("name") == "")
    }

    /// The document editor's journal is an effect too: the key asks for the line, the loop appends
    /// it before the frame, the idle moment compacts it, and a hang-up right after typing loses
    /// no character.
    @Test func theDocumentJournalIsWrittenByTheLoopAndAHangUpLosesNoCharacter() throws {
        let s = try LoopSession(width: 80, height: 24)
        s.command("open D2026-0005")
        s.keys(.ctrl("e"))
        let path = try draftPath(s, .documentEdit)
        let effects = s.model.update(.key(.char("补")))
        guard case .journalDocument(.append(let entry))? = effects.first, effects.count == 1 else {
            Issue.record("the key asks for one journal line: \(effects)")
            return
        }
        #expect(entry.edit.body.hasSuffix("补"))
        #expect(!FileManager.default.fileExists(atPath: path), "the key wrote nothing")
        _ = Effect.performWithoutTerminal(effects, model: s.model)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 1)

        s.type("充说明：联系电话0000-1234567")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
        #expect(lines > 1, "a line appended per key")
        // Idle: the loop compacts the journal to one whole entry, and draws nothing for it.
        let frames = s.terminal.framesDrawn
        s.wait(seconds: 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 1)
        #expect(s.terminal.framesDrawn == frames)

        s.type("。")
        s.signal(SIGHUP)
        #expect(s.status == 128 + SIGHUP)
        let second = try LoopSession(width: 80, height: 24, directory: s.directory)
        let offered = try #require(second.model.state.documents.recovery)
        #expect(offered.edit.body.hasSuffix("补充说明：联系电话0000-1234567。"))
        second.keys(.char("r"))
        #expect(second.model.state.documents.editor?.body.text.hasSuffix("补充说明：联系电话0000-1234567。") == true)
    }

    /// The 解读 sheet keeps a draft too: every change asks for its write, the loop makes it, a new
    /// session after a hang-up gets the same sheet back on the same document, and saving removes it.
    @Test func theInterpretationSheetSurvivesAHangUpAndIsRemovedWhenSaved() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.keys(.char("3"), .char("n"))
        let doc = try #require(s.model.state.interpretations.sheet?.documentId)
        s.keys(.char(" "))                                    // 文字解读 ticked
        let path = try draftPath(s, .interpretationSheet)
        #expect(FileManager.default.fileExists(atPath: path))
        s.keys(.tab, .tab)                                    // 责任领导
        let effects = s.model.update(.key(.char("王")))
        #expect(effects == [.saveInterpretationDraft(s.model.state.interpretations.sheet?.draftContent)])
        #expect(try !String(contentsOfFile: path, encoding: .utf8).contains("王"), "the key wrote nothing")
        _ = Effect.performWithoutTerminal(effects, model: s.model)
        s.type("局长")
        s.keys(.tab, .tab, .tab)                              // 正文
        s.type("一、出台背景。")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        // A new session: the same document's new interpretation opens with what was typed.
        let second = try s.hangUpAndStartAgain()
        second.keys(.char("3"), .char("n"))
        let sheet = try #require(second.model.state.interpretations.sheet)
        #expect(sheet.documentId == doc)
        #expect(sheet.forms == [.text] && sheet.leader.text == "王局长" && sheet.body.text == "一、出台背景。")
        #expect(sheet.modified && second.model.state.unsavedChanges == 1)
        #expect(second.model.state.message?.text.contains("已恢复") == true)
        second.keys(.ctrl("s"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let saved = try #require(second.model.state.interpretations.sheet?.interpretationId)
        let stored = try second.service.interpretation(id: saved)
        #expect(stored.leader == "王局长" && stored.body == "一、出台背景。" && stored.forms == [.text])
    }

    /// Dropping the changes (Esc, then yes) removes the sheet's draft; a sheet closed untouched leaves none.
    @Test func discardingTheInterpretationSheetRemovesItsDraft() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.keys(.char("3"), .char("n"), .char(" "))
        let path = try draftPath(s, .interpretationSheet)
        #expect(FileManager.default.fileExists(atPath: path))
        s.keys(.escape)
        #expect(s.model.state.confirmation != nil)
        s.keys(.char("y"))
        #expect(s.model.state.interpretations.sheet == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
        s.keys(.char("n"), .escape)
        #expect(s.model.state.interpretations.sheet == nil && s.model.state.confirmation == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// A reviewer's 退回意见 survives a hang-up: typed at the inbox's prompt it goes to the draft as
    /// typed; asking to return the same item again in a new session offers it back; giving it removes it.
    @Test func aReturnCommentSurvivesAHangUpAndIsRemovedWhenGiven() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.keys(.char("i"))
        let at = try #require(s.model.state.inbox?.items.firstIndex { $0.isDecidable && $0.kind == .documentReview })
        for _ in 0..<at { s.keys(.char("j")) }
        let item = try #require(s.model.state.inbox?.current)
        s.keys(.char("r"))
        let path = try draftPath(s, .reviewComment)
        expectOneDraftWriteByTheLoop(s, .char("请"), path: path)
        s.type("补充公开依据")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("请补充公开依据"))
        let second = try s.hangUpAndStartAgain()
        try second.see("有未完成的草稿：审核意见")
        second.keys(.char("i"))
        // Another item's question starts empty, and cancelling it keeps the first item's words.
        let other = try #require(second.model.state.inbox?.items.firstIndex { $0.isDecidable && $0.id != item.id })
        for _ in 0..<other { second.keys(.char("j")) }
        second.keys(.char("r"))
        #expect(second.model.state.inbox?.prompt?.text == "")
        second.keys(.escape)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("请补充公开依据"))
        second.keys(.char("g"))
        for _ in 0..<at { second.keys(.char("j")) }
        #expect(second.model.state.inbox?.current?.id == item.id)
        second.keys(.char("r"))
        #expect(second.model.state.inbox?.prompt?.text == "请补充公开依据")
        #expect(second.model.state.message?.text.contains("已恢复") == true)
        second.keys(.enter)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try second.service.document(id: item.id).state == .draft)
        // Words typed and then cancelled (Esc) leave no draft behind.
        second.keys(.char("g"))
        let next = try #require(second.model.state.inbox?.items.firstIndex(where: { $0.isDecidable }))
        for _ in 0..<next { second.keys(.char("j")) }
        #expect(second.model.state.inbox?.current?.id != item.id)
        second.keys(.char("r"))
        #expect(second.model.state.inbox?.prompt?.text == "")
        second.type("半句")
        #expect(FileManager.default.fileExists(atPath: path))
        second.keys(.escape)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// The report's table 二 figures survive a hang-up: typed into the form they go to the draft; the
    /// same report's form opens with them in a new session; saving removes the draft.
    @Test func theReportsFiguresSurviveAHangUpAndAreRemovedWhenSaved() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.command("report 2026 edu")
        s.keys(.char("e"))
        let form = try #require(s.model.state.report?.figuresForm)
        let path = try draftPath(s, .reportFigures)
        for _ in 0..<(form.fields[0].text.count + 1) { s.keys(.backspace) }
        expectOneDraftWriteByTheLoop(s, .char("1"), path: path)
        s.type("7")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("17"))
        let second = try s.hangUpAndStartAgain()
        try second.see("有未完成的草稿：年度报告表二数字")
        second.command("report 2026 edu")
        second.keys(.char("e"))
        #expect(second.model.state.report?.figuresForm?.fields[0].text == "17")
        #expect(second.model.state.message?.text.contains("已恢复") == true)
        second.keys(.ctrl("s"))
        #expect(second.model.state.report?.figuresForm == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try second.service.annualReport(year: 2026, scope: .unit("edu")).report.proactive.figures.licensingDecisions == 17)
        // Esc, then y, on a changed form leaves no draft behind.
        second.keys(.char("e"), .backspace, .char("5"), .escape, .char("y"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func theReportsNarrativeSurvivesAHangUpAndIsRemovedWhenSaved() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.command("report 2026 edu")
        s.keys(.char("1"))
        s.type("断线前输入的文字")
        let path = try draftPath(s, .reportNarrative)
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        s.signal(SIGHUP)
        #expect(s.status == 128 + SIGHUP)

        // The session is gone; a new one opens the same section and finds the text.
        let second = try LoopSession(width: 120, height: 40, directory: s.directory)
        second.command("report 2026 edu")
        second.keys(.char("1"))
        #expect(second.model.state.report?.narrative?.text == "断线前输入的文字")
        #expect(second.model.state.message?.text.contains("已恢复") == true)
        second.keys(.ctrl("s"))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try second.service.annualReport(year: 2026, scope: .unit("edu")).report.overview == "断线前输入的文字")
    }
}
