/// 主动公开时限状态 — where one proactive document stands against the 20-working-day limit
/// (条例第二十六条; C1, C5). JSON keys as named here; `publishDue` in `doc show` is `due`.
public struct PublicationStatus: Hashable, Sendable, Codable {
    /// 形成或变更日期 — the clock starts the day after (C1).
    public let formed: CivilDate
    /// 公开期限 — the 20th working day after `formed`.
    public let due: CivilDate
    /// 发布日期, once published.
    public let published: CivilDate?
    /// Working days in (today, due] while unpublished; negative (working days in (due, today])
    /// once past; nil once published. A date past due that is a weekend may read 0 while
    /// `overdue` is already true — `overdue` is the authority.
    public let workdaysLeft: Int?
    /// 逾期未公开 — unpublished and today is after the due date.
    public let overdue: Bool
    /// 逾期公开 — published after the due date.
    public let publishedLate: Bool
    /// True when a year the computation touched has no holiday arrangement entered (C5).
    public let provisional: Bool
    /// Those years, for the "请录入某年放假安排" notice (C5).
    public let missingYears: [Int]

    public init(formed: CivilDate, due: CivilDate, published: CivilDate?, workdaysLeft: Int?,
                overdue: Bool, publishedLate: Bool, missingYears: [Int]) {
        self.formed = formed
        self.due = due
        self.published = published
        self.workdaysLeft = workdaysLeft
        self.overdue = overdue
        self.publishedLate = publishedLate
        self.provisional = !missingYears.isEmpty
        self.missingYears = missingYears
    }
}

/// 主动公开时限 — 条例第二十六条: 属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起
/// 20个工作日内及时公开; C1 counting (the formed day itself is not counted).
public enum PublicationClock {
    /// 20 个工作日 (条例第二十六条).
    public static let workdays = 20

    /// The status of one document, or nil when it has no clock: only 主动公开 documents are
    /// published, so 依申请公开, 不予公开 and an undecided attribute have no publication deadline.
    public static func status(formed: CivilDate, published: CivilDate?, attribute: DisclosureAttribute?,
                              today: CivilDate, calendar: WorkdayCalendar) -> PublicationStatus? {
        guard attribute == .proactive else { return nil }
        let count = calendar.addWorkdays(from: formed, days: workdays)
        let due = count.due
        var missing = Set(count.missingYears)
        let left: Int?
        if published == nil {
            left = calendar.workdaysBetween(after: today, through: due)
            // Counting to or from today touches today's year too.
            missing.formUnion(calendar.missingYears(from: today, to: due))
        } else {
            left = nil
        }
        return PublicationStatus(
            formed: formed, due: due, published: published, workdaysLeft: left,
            overdue: published == nil && today > due,
            publishedLate: published.map { $0 > due } ?? false,
            missingYears: missing.sorted())
    }

    /// The same for a document-list row.
    public static func status(of document: DocumentSummary, today: CivilDate,
                              calendar: WorkdayCalendar) -> PublicationStatus? {
        status(formed: document.formed, published: document.published, attribute: document.attribute,
               today: today, calendar: calendar)
    }
}
