import Foundation

/// 三同步所需的文件信息 — the dates of a document's workflow that the 三同步 check compares
/// (同步组织、同步审签、同步部署; 国办发〔2016〕80号; C6). The store fills them from the transitions.
public struct SyncDocument: Hashable, Sendable, Codable {
    public var id: String
    /// From `InterpretationRequirement.evaluate`.
    public var required: Bool
    /// 提交审核日期 — the latest submission (after a 退回 the document is submitted again, and it
    /// is that review that counts).
    public var submitted: CivilDate?
    /// 签发日期 — nil while not (or no longer) approved.
    public var approved: CivilDate?
    /// 发布日期.
    public var published: CivilDate?

    public init(id: String, required: Bool, submitted: CivilDate? = nil, approved: CivilDate? = nil,
                published: CivilDate? = nil) {
        self.id = id
        self.required = required
        self.submitted = submitted
        self.approved = approved
        self.published = published
    }

    /// The dates from the document's transitions, oldest first: a 退回 clears the submission and
    /// the approval (the document is a draft again and must go through review anew).
    public init(id: String, required: Bool, transitions: [DocumentTransition]) {
        self.init(id: id, required: required)
        for t in transitions {
            switch t.action {
            case .submit: submitted = t.date
            case .approve: approved = t.date
            case .returnToDraft: submitted = nil; approved = nil
            case .publish: published = t.date
            }
        }
    }
}

/// 特批理由 — the reasons recorded (and audited) when `doc approve` / `doc publish` went ahead with
/// `--override-reason` despite a failed check.
public struct SyncOverrides: Hashable, Sendable, Codable {
    /// Recorded at 签发: covers 同步组织 and 同步审签.
    public var approveReason: String?
    /// Recorded at 发布: covers 同步部署.
    public var publishReason: String?

    public init(approveReason: String? = nil, publishReason: String? = nil) {
        self.approveReason = approveReason
        self.publishReason = publishReason
    }

    public static let none = SyncOverrides()
}

/// 三同步问题 — `{"code": …, "message": …, "overridden": bool, "overrideReason": …}`; an overridden
/// problem stays listed (the rule was broken, with a recorded reason).
public struct SyncProblem: Hashable, Sendable, Codable {
    public let code: SyncProblemCode
    /// The explanation with the dates, read in either language (CoreText.Interpretations).
    public let text: PhraseText
    /// The explanation in the language in force; JSON and the audit log always carry the Chinese.
    public var message: String { text.text() }
    /// True when the step went ahead with a recorded override reason.
    public let overridden: Bool
    public let overrideReason: String?

    public init(code: SyncProblemCode, text: PhraseText, overrideReason: String? = nil) {
        self.code = code
        self.text = text
        let r = overrideReason?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.overrideReason = (r?.isEmpty ?? true) ? nil : r
        self.overridden = self.overrideReason != nil
    }

    private enum CodingKeys: String, CodingKey { case code, message, overridden, overrideReason }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(text.text(in: .zh), forKey: .message)
        try c.encode(overridden, forKey: .overridden)
        try c.encodeIfPresent(overrideReason, forKey: .overrideReason)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(code: try c.decode(SyncProblemCode.self, forKey: .code),
                  text: PhraseText(verbatim: try c.decode(String.self, forKey: .message)),
                  overrideReason: try c.decodeIfPresent(String.self, forKey: .overrideReason))
    }
}

/// 三同步检查 — 同步组织、同步审签、同步部署 for one document (国办发〔2016〕80号; Docs/领域规则.md §5; C6).
///
/// JSON exactly `{"doc": ID, "required": bool, "organised": bool, "signedTogether": bool,
/// "publishedTogether": bool, "lagWorkdays": n|null, "problems": [...]}`.
///
/// Definitions (dates are whole days; several interpretations of one document: the check is met
/// when at least one interpretation meets it):
/// - organised: an interpretation was created on or before the day of the document's latest
///   submission for review; before submission, whether one exists yet.
/// - signedTogether: the document is approved and an interpretation stands approved (state
///   已签发 or 已发布) with its approval on or before the document's approval day — signed in the
///   same review or earlier. Before the document's approval it is false, with no problem.
/// - publishedTogether: the document is published and an interpretation was published within
///   `allowedLagWorkdays` working days after it (0 = the same day; C6).
/// - lagWorkdays: the smallest n such that the interpretation's publication day is no later than
///   the n-th working day after the document's (C1 counting), so Friday → Saturday or Monday is 1;
///   negative when the interpretation came first; nil when none is published or the document is
///   not. The interpretation reported is the one that meets the check, else the earliest after.
/// - Not required: the flags are still computed (informative) but there are never problems.
/// - An override reason does not turn a flag true: the problem stays, marked overridden.
public struct SyncCheck: Hashable, Sendable, Codable {
    public let doc: String
    public let required: Bool
    public let organised: Bool
    public let signedTogether: Bool
    public let publishedTogether: Bool
    public let lagWorkdays: Int?
    public let problems: [SyncProblem]

    public init(doc: String, required: Bool, organised: Bool, signedTogether: Bool,
                publishedTogether: Bool, lagWorkdays: Int?, problems: [SyncProblem]) {
        self.doc = doc
        self.required = required
        self.organised = organised
        self.signedTogether = signedTogether
        self.publishedTogether = publishedTogether
        self.lagWorkdays = lagWorkdays
        self.problems = problems
    }

    /// All three met — the figure the statistics report.
    public var allMet: Bool { organised && signedTogether && publishedTogether }

    private enum CodingKeys: String, CodingKey {
        case doc, required, organised, signedTogether, publishedTogether, lagWorkdays, problems
    }

    // Written by hand so that `lagWorkdays` is `null`, not absent, when there is no lag.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(required, forKey: .required)
        try c.encode(organised, forKey: .organised)
        try c.encode(signedTogether, forKey: .signedTogether)
        try c.encode(publishedTogether, forKey: .publishedTogether)
        if let lag = lagWorkdays { try c.encode(lag, forKey: .lagWorkdays) } else { try c.encodeNil(forKey: .lagWorkdays) }
        try c.encode(problems, forKey: .problems)
    }

    /// 滞后工作日数 — see the type's definition: 0 the same day; Friday → Monday 1; negative when
    /// the interpretation was published first.
    public static func lagWorkdays(documentPublished doc: CivilDate, interpretationPublished interp: CivilDate,
                                   calendar: WorkdayCalendar) -> Int {
        if interp == doc { return 0 }
        if interp < doc {
            return -lagWorkdays(documentPublished: interp, interpretationPublished: doc, calendar: calendar)
        }
        // Working days in (doc, interp], and a non-working publication day counts as the next
        // working day (it still lies beyond the previous one).
        let n = calendar.workdaysBetween(after: doc, through: interp)
        return calendar.isWorkday(interp) ? n : n + 1
    }

    /// Whether an interpretation's approval still stands (a 退回 after approval undoes it).
    static func standingApproval(_ i: Interpretation) -> CivilDate? {
        (i.state == .approved || i.state == .published) ? i.approved : nil
    }

    /// 三同步检查 for `document` and its interpretations (others in the list are ignored).
    /// `today` decides whether a missing publication is already late.
    public static func evaluate(document: SyncDocument, interpretations all: [Interpretation],
                                settings: InterpretationSettings = .default, calendar: WorkdayCalendar,
                                today: CivilDate, overrides: SyncOverrides = .none) -> SyncCheck {
        let interps = all.filter { $0.documentId == document.id }
        let allowed = settings.allowedLagWorkdays
        var problems: [SyncProblem] = []
        typealias P = CoreText.Interpretations

        // 同步组织
        let organised: Bool
        if let submitted = document.submitted {
            organised = interps.contains { $0.created <= submitted }
            if !organised {
                let later = interps.map(\.created).min()
                let tail = later.map { P.createdLater.with(["\($0)"]) } ?? P.noneYet.with()
                problems.append(SyncProblem(code: .notOrganised,
                    text: PhraseText(reading: { P.notOrganised.text(["\(submitted)", tail.text()]) }),
                    overrideReason: overrides.approveReason))
            }
        } else {
            organised = !interps.isEmpty
            if !organised {
                problems.append(SyncProblem(code: .interpretationMissing,
                    text: P.missing.with()))
            }
        }

        // 同步审签
        var signedTogether = false
        if let approved = document.approved {
            let approvals = interps.compactMap(standingApproval)
            signedTogether = approvals.contains { $0 <= approved }
            if !signedTogether {
                let detail: PhraseText
                if let late = approvals.min() {
                    detail = P.approvedLate.with(["\(late)"])
                } else if interps.isEmpty {
                    detail = P.noInterpretation.with()
                } else {
                    detail = P.notApprovedYet.with()
                }
                problems.append(SyncProblem(code: .notSignedTogether,
                    text: PhraseText(reading: { P.notSignedTogether.text(["\(approved)", detail.text()]) }),
                    overrideReason: overrides.approveReason))
            }
        }

        // 同步部署
        var publishedTogether = false
        var lag: Int?
        if let docPub = document.published {
            let lags = interps.compactMap(\.published).map {
                lagWorkdays(documentPublished: docPub, interpretationPublished: $0, calendar: calendar)
            }
            let allowedText = allowed == 0 ? P.sameDay.with() : P.withinDays.with(["\(allowed)"])
            if let ok = lags.filter({ (0...allowed).contains($0) }).min() {
                publishedTogether = true
                lag = ok
            } else if let after = lags.filter({ $0 > allowed }).min() {
                lag = after
                problems.append(SyncProblem(code: .notPublishedTogether,
                    text: PhraseText(reading: { P.publishedLate.text(["\(docPub)", "\(after)", allowedText.text()]) }),
                    overrideReason: overrides.publishReason))
            } else if let before = lags.max() {
                lag = before
                problems.append(SyncProblem(code: .publishedBeforeDocument,
                    text: P.publishedEarly.with(["\(docPub)", "\(-before)"]),
                    overrideReason: overrides.publishReason))
            } else {
                // None published yet: a breach once the allowed lag has run out.
                let deadline = calendar.addWorkdays(from: docPub, days: allowed).due
                if today > deadline || overrides.publishReason != nil {
                    problems.append(SyncProblem(code: .notPublishedTogether,
                        text: PhraseText(reading: { P.notPublished.text(["\(docPub)", allowedText.text(), "\(deadline)"]) }),
                        overrideReason: overrides.publishReason))
                }
            }
        }

        return SyncCheck(doc: document.id, required: document.required, organised: organised,
                         signedTogether: signedTogether, publishedTogether: publishedTogether,
                         lagWorkdays: lag, problems: document.required ? problems : [])
    }

    /// 签发前检查 — refuses `doc approve` on `date` when 同步组织 or 同步审签 would fail, unless a
    /// non-blank `overrideReason` is given; then returns the overridden problems for the audit log.
    public static func guardApprove(document: SyncDocument, interpretations: [Interpretation], on date: CivilDate,
                                    overrideReason: String? = nil, calendar: WorkdayCalendar)
        throws(SyncRefusal) -> [SyncProblem] {
        guard document.required else { return [] }
        var doc = document
        doc.approved = date
        let check = evaluate(document: doc, interpretations: interpretations, calendar: calendar, today: date)
        let failing = check.problems.filter { $0.code == .notOrganised || $0.code == .notSignedTogether
            || $0.code == .interpretationMissing }
        return try decide(.approve, failing, overrideReason)
    }

    /// 发布前检查 — refuses `doc publish` on `date` unless an interpretation is already published
    /// (on or before that day) or, when a lag is allowed, at least signed and ready to follow in
    /// time; a non-blank `overrideReason` lets it through, returning the overridden problem.
    public static func guardPublish(document: SyncDocument, interpretations all: [Interpretation], on date: CivilDate,
                                    settings: InterpretationSettings = .default,
                                    overrideReason: String? = nil) throws(SyncRefusal) -> [SyncProblem] {
        guard document.required else { return [] }
        let interps = all.filter { $0.documentId == document.id }
        let allowed = settings.allowedLagWorkdays
        if interps.contains(where: { ($0.published.map { $0 <= date }) ?? false }) { return [] }
        if allowed > 0, interps.contains(where: { standingApproval($0) != nil }) { return [] }
        let text: PhraseText
        if interps.isEmpty {
            text = CoreText.Interpretations.publishNone.with()
        } else if allowed == 0 {
            text = CoreText.Interpretations.publishSameDay.with()
        } else {
            text = CoreText.Interpretations.publishUnsigned.with(["\(allowed)"])
        }
        return try decide(.publish, [SyncProblem(code: .notPublishedTogether, text: text)], overrideReason)
    }

    private static func decide(_ action: DocumentAction, _ failing: [SyncProblem], _ overrideReason: String?)
        throws(SyncRefusal) -> [SyncProblem] {
        if failing.isEmpty { return [] }
        let reason = overrideReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !reason.isEmpty else { throw SyncRefusal(action: action, problems: failing) }
        return failing.map { SyncProblem(code: $0.code, text: $0.text, overrideReason: reason) }
    }
}

/// 三同步拒绝 — `doc approve` / `doc publish` refused because a 三同步 check fails (C6); the message
/// names the rule and how to proceed with a recorded reason.
public struct SyncRefusal: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    public let action: DocumentAction
    public let problems: [SyncProblem]

    public init(action: DocumentAction, problems: [SyncProblem]) {
        self.action = action
        self.problems = problems
    }

    /// The refusal in one language.
    public func text(in lang: UILanguage) -> String {
        typealias P = CoreText.Interpretations
        let action = lang == .en ? self.action.englishName.lowercased() : self.action.chineseName
        let listed = problems.map {
            P.refusalProblem.text([lang == .en ? $0.code.englishName : $0.code.chineseName, $0.text.text(in: lang)], in: lang)
        }
        return P.refusal.text([action, listed.joined(separator: P.refusalSeparator.text(in: lang)), InputHint.overrideReason.text(in: lang)], in: lang)
    }

    public var chineseMessage: String { text(in: .zh) }

    /// Words only, in the language in force, on every surface (the option to give a reason is
    /// named by `InputHint.overrideReason`).
    public var description: String { text(in: UILanguage.current) }

    public var errorDescription: String? { description }
}
