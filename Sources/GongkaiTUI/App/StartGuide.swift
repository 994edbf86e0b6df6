import GongkaiCore
import GongkaiStore

/// What the first screen needs to tell a newcomer what to do next: who they are, how many items
/// wait for them, and the calendar years a deadline reaches that have no holiday arrangement.
public struct StartGuideFacts: Equatable, Sendable {
    public var name: String
    public var role: Role
    public var pending: Int
    /// Years with no arrangement that an open deadline reaches (its date is provisional, C5).
    public var missingYears: [Int]
}

public protocol StartGuideSource: AnyObject {
    /// `pending`: the inbox count when the caller has it already (the model's overview), so the
    /// review queue is not computed twice at start-up.
    func startGuideFacts(pending: Int?) throws -> StartGuideFacts
}

extension ServiceDataSource: StartGuideSource {
    public func startGuideFacts(pending: Int?) throws -> StartGuideFacts {
        let officer = try service.currentOfficer().officer
        return StartGuideFacts(name: officer.name, role: officer.role, pending: try pending ?? service.overview().pending,
                               missingYears: try provisionalYears())
    }

    /// The years without an arrangement that an open deadline reaches (`provisionalYears`, read
    /// in SQL; nothing is read when this year and the next are both entered).
    func provisionalYears() throws -> [Int] { try service.provisionalYears() }
}

/// 开始提示 — the first screen's message line says what to do next for the officer's role
/// (clerk: register a request, start a document; reviewer: open the inbox; admin: both) and which
/// calendar years are missing when a deadline reaches one. Said when nothing more urgent is (the
/// notices and drafts of `Workstation.start` come first, the missing years still follow them).
enum StartGuide {
    static func text(_ f: StartGuideFacts, keymap: Keymap) -> String {
        let G = TUIText.Guide.self
        func key(_ command: String, in scopes: [ViewID] = []) -> String { KeyHints.key(command, in: scopes, keymap: keymap) }
        // Register a request: go to the 申请 pane, add; start a document: go to the 文件 pane, add.
        let register = [key("pane 4"), key("app-new", in: [.applications])]
        let start = [key("pane 2"), key("new", in: [.documents])]
        let inbox = key("inbox"), help = key("help")
        let next: String
        switch f.role {
        case .clerk: next = G.clerk.text([f.name] + register + start + [help])
        case .reviewer: next = f.pending > 0 ? G.reviewer.text([f.name, "\(f.pending)", inbox, help])
            : G.reviewerNothing.text([f.name, inbox, help])
        case .admin: next = G.admin.text([f.name, "\(f.pending)", inbox] + register + start + [help])
        }
        return next + (missingYearsNote(f.missingYears).map { G.then.text() + $0 } ?? "")
    }

    static func missingYearsNote(_ years: [Int]) -> String? {
        years.isEmpty ? nil
            : TUIText.Guide.missingYears.text([ProvisionalDate.years(years, separator: TUIText.Common.listSeparator.text()),
                                               ProvisionalDate.mark])
    }

    /// Puts the guide on the message line, after `notices` when there are any.
    static func show(model: AppModel, notices: [String]) {
        let facts = try? (model.data as? StartGuideSource)?.startGuideFacts(pending: model.state.overview?.pending)
        if notices.isEmpty {
            guard let facts else { return }
            model.state.message = StatusMessage(text: text(facts, keymap: model.keymap), isError: false)
        } else {
            let said = notices + [facts.flatMap { missingYearsNote($0.missingYears) }].compactMap { $0 }
            model.state.message = StatusMessage(text: said.joined(separator: TUIText.Common.clauseSeparator.text()), isError: true)
        }
    }
}
