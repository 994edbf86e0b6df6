import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// A reviewer's morning on the workstation's loop, keyboard only (once a tmux test of the binary;
/// nothing in it needs a real terminal): ten mixed inbox items (documents, interpretations awaiting
/// sign-off, applications) read in the reader and decided within 25 keys besides the typed
/// comment, counted here; then the service's state is read back.
@Suite("审核人的早晨 A reviewer's morning on the loop")
struct ReviewerMorningLoopTests {
    static let keyBudget = 25

    /// The reader's title row: `>阅读  [3/12]  待审核 D2026-0010  标题` → (kind, id).
    static func reading(_ screen: [String]) -> (kind: String, id: String)? {
        guard let line = screen.first(where: { $0.hasPrefix(">阅读") }) else { return nil }
        let words = line.split(separator: " ").map(String.init)
        return words.count >= 4 ? (words[2], words[3]) : nil
    }

    @Test func tenMixedItemsReadAndDecidedWithinTheKeyBudget() throws {
        let directory = try LoopSession.temporaryDirectory()
        let path = directory + "/workspace.sqlite"
        try seededWorkspaceFile(at: path, demo: true, by: "li.ming", on: pinnedToday)

        // The morning's inbox: the demo's application due soon and two documents in review, five
        // documents submitted today and two interpretations submitted for sign-off. (On the pinned
        // day the demo has one application in the queue; the tmux test's real day had two, and
        // four documents submitted.)
        let setUp = GongkaiService(workspace: try Workspace.open(at: path).0, actor: Actor(login: "li.ming", origin: "test"),
                                   today: { pinnedToday })
        var submitted: [String] = []
        for title in ["城关镇冬季防火检查通知", "城关镇农村公路养护工作安排", "城关镇春节期间值班安排", "城关镇集中供暖情况通报",
                      "城关镇秸秆禁烧工作提示"] {
            let id = try setUp.addDocument(NewDocument(title: title, type: .general, disclosure: DocumentDisclosure(attribute: .proactive),
                                                       category: "工作动态", formed: pinnedToday,
                                                       body: "第一条 本通知自发布之日起施行。\n第二条 各村（社区）按本通知执行。")).id
            _ = try setUp.performDocumentAction(.submit, id: id)
            submitted.append(id)
        }
        var interpretations: [String] = []
        for doc in submitted.prefix(2) {
            let id = try setUp.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text])).id
            _ = try setUp.performInterpretationAction(.submit, id: id)
            interpretations.append(id)
        }
        let queue = try setUp.reviewQueue()
        let applicationKinds: Set<ReviewKind> = [.applicationOverdue, .applicationDueSoon, .clarifyNoticeDue,
                                                 .consultationDue, .correctionEnded, .feePaymentEnded]
        let applications = queue.filter { applicationKinds.contains($0.kind) }.map(\.id)
        let inReview = queue.filter { $0.kind == .documentReview }.map(\.id)
        #expect(applications.count == 1 && inReview.count == 7, "\(queue.map { "\($0.kind.rawValue) \($0.id)" })")
        let toReturn = submitted[3]
        let targets = Set(applications + inReview + interpretations)
        #expect(targets.count == 10)

        let s = try LoopSession(width: 100, height: 30, directory: directory)
        try s.see("待办")
        var keys = 0
        func press(_ key: Key) { keys += 1; s.keys(key) }

        press(.char("i"))
        try s.see("the inbox") { $0.hasPrefix(">待办") }
        press(.enter)
        try #require(Self.reading(s.lines) != nil, "the reader is not open:\n\(s.text)")
        var decided: [String: String] = [:]
        // Bounded: every pass presses a key, and the key budget ends the loop.
        for _ in 0..<(Self.keyBudget + 1) where decided.count < targets.count {
            #expect(keys <= Self.keyBudget, "over the key budget with \(decided.count) items decided")
            guard keys <= Self.keyBudget, let now = Self.reading(s.lines) else { break }
            let key = "\(now.kind) \(now.id)"
            if !targets.contains(now.id) || decided[now.id] != nil {
                press(.char("n"))                       // not one of the morning's items: on to the next
            } else if applications.contains(now.id) {
                #expect(s.screenContains("办理记录"))               // its timeline is read
                press(.char("s"))
                try s.see("暂缓到")
                press(.enter)                           // a week from today, as offered
                decided[now.id] = "snoozed"
            } else if now.id == toReturn {
                #expect(s.screenContains("第二条 各村（社区）按本通知执行。"))   // its body is read
                press(.char("r"))
                try s.see("退回意见：")
                s.type("请补充执行日期")                  // typed text: not counted
                press(.enter)
                decided[now.id] = "returned"
            } else {
                press(.char("a"))
                decided[now.id] = "approved"
            }
            let moved = Self.reading(s.lines).map { "\($0.kind) \($0.id)" } != key || !s.lines.contains { $0.hasPrefix(">阅读") }
            try #require(moved, "the reader did not move on from \(key):\n\(s.text)")
        }
        #expect(decided.count == 10)
        #expect(keys <= Self.keyBudget, "\(keys) keys")
        s.keys(.char("q"), .char("q"), .char("q"))
        #expect(s.status == 0)

        // The service's state after the morning.
        for id in inReview where id != toReturn { #expect(try setUp.document(id: id).state == .approved, "\(id)") }
        #expect(try setUp.document(id: toReturn).state == .draft)
        for doc in submitted.prefix(2) {
            #expect(try setUp.interpretations(doc: doc).map(\.state) == [.approved], "\(doc)")
        }
        let after = try setUp.reviewQueue()
        #expect(!after.contains { targets.contains($0.id) && $0.kind != .documentReturned })
        let returned = after.first { $0.kind == .documentReturned && $0.id == toReturn }
        #expect(returned?.reason.contains("请补充执行日期") == true)
    }
}
