import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI
@testable import GongkaiOffice

/// `W` in the 申请 pane: the letter for the current step, as DOCX, on the timeline (issue 14).
/// A key, and what it asks for performed as the loop would (letters are effects).
/// One key as the loop takes it: the update, then what it asked for, in rounds (performing a read
/// may ask for a letter).
private func press(_ m: AppModel, _ key: Key) {
    var batch = m.update(.key(key))
    for _ in 0..<4 where !batch.isEmpty {
        #expect(Effect.performWithoutTerminal(batch, model: m).isEmpty)
        batch = m.takeEffects()
    }
}

@Suite("申请窗格文书键 Letter key")
struct ApplicationLetterKeyTests {
    init() { requireUTF8Locale() }

    func model() throws -> (AppModel, URL) {
        let m = try demoModel(width: 120, height: 40) { ws in
            let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            let a = try s.addApplication(NewApplication(received: CivilDate(iso: "2026-11-23")!, channel: .inPerson,
                                                        applicantType: .naturalPerson, applicantName: "欧阳娜娜",
                                                        content: "申请公开路段拓宽补偿方案"))
            _ = try s.recordEvent(applicationId: a.id, .clarifyRequest(CivilDate(iso: "2026-11-25")!,
                                                                       correctionDue: CivilDate(iso: "2026-12-09")!,
                                                                       note: "请写明路段名称"))
            let c = try s.addApplication(NewApplication(received: CivilDate(iso: "2026-11-16")!, channel: .fax,
                                                        applicantType: .business, applicantName: "县宏远物流有限公司",
                                                        content: "申请公开物流园区规划"))
            _ = try s.recordEvent(applicationId: c.id, .consultStart(CivilDate(iso: "2026-11-18")!, party: .agency))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-tui-letters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        (m.data as! ServiceDataSource).letterDirectory = dir.path
        press(m, .char("4"))
        return (m, dir)
    }

    @Test func wMakesTheClarifyNoticeAsDocxAndTheTimelineShowsIt() throws {
        let (m, dir) = try model()
        m.execute(CommandLine(name: "search", argument: "A2026-0007"))
        press(m, .enter)
        #expect(m.state.applications.detail?.id == "A2026-0007")
        // The key asks first, naming the application (the loop reads the request's step to name
        // its letter); y asks for the letter; nothing is numbered or written until it is performed.
        let read = m.update(.key(.char("W")))
        #expect(read == [.read(.letterQuestion(applicationId: "A2026-0007"))])
        #expect(m.state.confirmation == nil)
        #expect(Effect.performWithoutTerminal(read, model: m).isEmpty)
        let question = try #require(m.state.confirmation?.question)
        #expect(question.hasPrefix("生成补正告知书 A2026-0007《") && question.hasSuffix("？y 确认，其他键取消"))
        let effects = m.update(.key(.char("y")))
        #expect(effects == [.produceLetter(applicationId: "A2026-0007")])
        let file = dir.appendingPathComponent("县人民政府办公室依申请2026第1号.docx")
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(Effect.performWithoutTerminal(effects, model: m).isEmpty)
        let message = try #require(m.state.message)
        #expect(!message.isError, "\(message.text)")
        #expect(message.text.contains("已生成补正告知书 县人民政府办公室依申请〔2026〕第1号"))
        #expect(message.text.contains(file.path))
        let parts = try OOXMLPackage.parts(of: try Data(contentsOf: file))
        let xml = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(xml.contains("请写明路段名称") && xml.contains("第三十条"))
        // The open detail was refreshed: the letter is on the timeline with its digest.
        let lines = try #require(m.state.applications.detail?.lines).map(\.text)
        #expect(lines.contains { $0.contains("补正告知书 县人民政府办公室依申请〔2026〕第1号") && $0.contains("sha256") })
    }

    @Test func missingDataAndStepsWithoutALetterAreSaidOnTheMessageLine() throws {
        let (m, dir) = try model()
        // The agency consultation has no consultee name recorded.
        m.execute(CommandLine(name: "search", argument: "A2026-0008"))
        press(m, .char("W"))
        press(m, .char("y"))
        #expect(m.state.message?.isError == true)
        // Named as the workstation gives it (the consultation step's note), never by the CLI's
        // option: the letter is made by the loop on the workstation's surface.
        #expect(m.state.message?.text.contains("征求意见对象（征求意见环节的备注）") == true, "\(m.state.message?.text ?? "")")
        #expect(m.state.message?.text.contains("--third-party") == false)
        // A plain processing application has no letter for its step.
        m.execute(CommandLine(name: "search", argument: "A2026-0002"))
        press(m, .char("W"))
        #expect(m.state.message?.isError == true)
        #expect(m.state.message?.text.contains("没有对应的文书") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// A letter whose file cannot be written takes no number and is not on the timeline (issue 18).
    @Test func aLetterThatCannotBeWrittenTakesNoNumber() throws {
        let (m, dir) = try model()
        (m.data as! ServiceDataSource).letterDirectory = dir.path + "/missing"
        m.execute(CommandLine(name: "search", argument: "A2026-0007"))
        press(m, .char("W"))
        press(m, .char("y"))
        let message = try #require(m.state.message)
        #expect(message.isError && message.text.contains("未取号"), "\(message.text)")
        let detail = try (m.data as! ServiceDataSource).applicationDetail(id: "A2026-0007")
        #expect(detail.letters.isEmpty)
        (m.data as! ServiceDataSource).letterDirectory = dir.path
        press(m, .char("W"))
        press(m, .char("y"))
        #expect(m.state.message?.text.contains("已生成补正告知书 县人民政府办公室依申请〔2026〕第1号") == true)
        var st = stat()
        #expect(stat(dir.appendingPathComponent("县人民政府办公室依申请2026第1号.docx").path, &st) == 0 && st.st_mode & 0o777 == 0o600)
    }

    /// Every `W` asks before it takes a number; a second one for the same step says which letter
    /// already exists: any key but y cancels.
    @Test func aSecondLetterOfTheSameKindAsksFirst() throws {
        let (m, dir) = try model()
        m.execute(CommandLine(name: "search", argument: "A2026-0007"))
        press(m, .char("W"))
        press(m, .char("y"))
        #expect(m.state.message?.text.contains("第1号") == true)
        press(m, .char("W"))
        #expect(m.state.confirmation?.step == .letter(applicationId: "A2026-0007"))
        // The letter is dated the day the correction was asked for, not the day it was printed.
        let asked = try #require(try (m.data as! ServiceDataSource).applicationDetail(id: "A2026-0007").events
            .map(\.event).last { $0.kind == .clarifyRequest }?.date)
        #expect(asked != CivilDate(iso: "2026-11-27"))
        #expect(m.state.confirmation?.question.contains("已有补正告知书 县人民政府办公室依申请〔2026〕第1号（\(asked.iso)）") == true)
        press(m, .char("n"))
        #expect(m.state.confirmation == nil)
        #expect(m.state.message?.text.hasPrefix("已取消：生成补正告知书 A2026-0007《") == true)
        #expect(m.state.message?.text.hasSuffix("未执行，没有改动。") == true)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("县人民政府办公室依申请2026第2号.docx").path))
        press(m, .char("W"))
        press(m, .char("y"))
        #expect(m.state.message?.text.contains("已生成补正告知书 县人民政府办公室依申请〔2026〕第2号") == true)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("县人民政府办公室依申请2026第2号.docx").path))
    }

    @Test func helpListsTheKey() throws {
        let (m, _) = try model()
        #expect(KeyReference.sections(keymap: m.keymap).contains { section in
            section.view == .applications
                && section.entries.contains { $0.keys == ["W"] && $0.command == "letter" && $0.summary.contains("文书") }
        })
    }
}
