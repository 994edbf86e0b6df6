import Foundation

/// 三同步待办状态 — what the inbox and the 解读 pane need to know of a document's 三同步 check
/// without evaluating it: how many problems stand open whatever the date, and the day after which
/// a missing interpretation becomes late (同步部署, C6). The store keeps one per document, updated
/// in the same transaction as any change to the document, its steps, its interpretations, the
/// settings or the calendar, so a screen never re-evaluates every document (Docs/性能.md).
public struct SyncStanding: Hashable, Sendable, Codable {
    /// Open (not overridden) problems other than 尚无解读 that do not depend on the date.
    public var openProblems: Int
    /// 解读发布期限 — when the document is published, no interpretation is, and no publication
    /// override was recorded: the last day of the allowed lag; the check reports 未同步发布 on
    /// every later day.
    public var lateAfter: CivilDate?
    /// 解读发布晚于允许的滞后 — one of the open problems is 未同步发布 whatever the date (an
    /// interpretation published after the allowed lag): the inbox shows the item as overdue.
    public var lateProblem: Bool

    public init(openProblems: Int, lateAfter: CivilDate?, lateProblem: Bool = false) {
        self.openProblems = openProblems
        self.lateAfter = lateAfter
        self.lateProblem = lateProblem
    }

    /// Whether the document is a 三同步 inbox item on `today` — the same answer as evaluating
    /// `SyncCheck` on that day and looking for an open problem other than 尚无解读.
    public func isOpen(on today: CivilDate) -> Bool {
        openProblems > 0 || (lateAfter.map { today > $0 } ?? false)
    }

    /// Whether the document's open problems on `today` include 未同步发布 (`notPublishedTogether`),
    /// which makes its inbox item overdue — the same answer as evaluating `SyncCheck` on that day.
    public func isLate(on today: CivilDate) -> Bool {
        lateProblem || (lateAfter.map { today > $0 } ?? false)
    }

    /// The standing of `document` with `interpretations` (others in the list are ignored).
    public static func of(document: SyncDocument, interpretations all: [Interpretation],
                          settings: InterpretationSettings = .default, calendar: WorkdayCalendar,
                          overrides: SyncOverrides = .none) -> SyncStanding {
        guard document.required else { return SyncStanding(openProblems: 0, lateAfter: nil) }
        let interps = all.filter { $0.documentId == document.id }
        // On the publication day itself the allowed lag has not run out (the deadline is that day
        // or later), so this evaluation holds exactly the problems that do not depend on the date.
        let day = document.published ?? document.approved ?? document.submitted ?? CivilDate(year: 2000, month: 1, day: 1)!
        let check = SyncCheck.evaluate(document: document, interpretations: interps, settings: settings,
                                       calendar: calendar, today: day, overrides: overrides)
        let openList = check.problems.filter { !$0.overridden && $0.code != .interpretationMissing }
        let open = openList.count
        var lateAfter: CivilDate?
        if let published = document.published, overrides.publishReason == nil,
           !interps.contains(where: { $0.published != nil }) {
            lateAfter = calendar.addWorkdays(from: published, days: settings.allowedLagWorkdays).due
        }
        return SyncStanding(openProblems: open, lateAfter: lateAfter,
                            lateProblem: openList.contains { $0.code == .notPublishedTogether })
    }
}
