import Foundation
import GongkaiCore

/// One line of the 申请 detail text with what kind of line it is, so a screen can style it
/// without reading the words (the words follow the interface language).
public struct DetailLine: Equatable, Sendable {
    public enum Kind: Sendable {
        case plain
        /// A section heading (办理记录：, 文书：, 计算过程：).
        case heading
        /// The 状态 line (styled by urgency).
        case state
        /// A warning (提示, 暂定).
        case warning
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// 申请详情的文字说明 — the lines `gongkai app show` prints and the 申请 pane's detail view draws:
/// the application, its clock, the timeline of events and the derivation of the due date (C7).
/// In the current language (`UILanguage.current`; the CLI speaks Chinese).
extension ApplicationDetail {
    public var textLines: [String] { detailLines.map(\.text) }

    public var detailLines: [DetailLine] {
        typealias P = StoreText.Applications
        var lines: [DetailLine] = []
        func add(_ text: String, _ kind: DetailLine.Kind = .plain) { lines.append(DetailLine(kind, text)) }
        let c = clock
        add(P.header.text([id, applicantName, applicantType.displayName, unitName]))
        add(P.channel.text([channel.displayName, "\(received)"]))
        add("  " + channel.receiptDateRule)
        add(P.content.text([content]))
        var personal: [String] = []
        if let f = formWanted { personal.append(P.formWanted.text([f])) }
        if let n = idNumber { personal.append(P.idNumber.text([n])) }
        if let p = contact { personal.append(P.contact.text([p])) }
        if !personal.isEmpty { add(personal.joined(separator: "  ")) }
        add("")
        add(Self.clockLine(c), .state)
        if !c.state.isClosed {
            add(P.clarifyNoticeDue.text(["\(c.clarifyNoticeDue)", "\(DeadlineClock.clarifyNoticeDays)"]))
        }
        if c.clarifyNoticeLate { add(P.clarifyLateFlag.text(), .warning) }
        if c.provisional {
            add(P.provisional.text([c.missingYears.map(String.init).joined(separator: P.listSeparator.text())]), .warning)
        }
        for w in c.warnings { add(P.warning.text([w.kind.displayName, w.message]), .warning) }
        add("")
        add(P.timeline.text(), .heading)
        if events.isEmpty { add(P.noEvents.text()) }
        for r in events { add("  " + Self.eventLine(r)) }
        if !letters.isEmpty {
            add("")
            add(P.letters.text(), .heading)
            for l in letters { add("  " + l.timelineLine) }
        }
        add("")
        let derivation = Self.derivationLines(derivation)
        for (i, line) in derivation.enumerated() { add(line, i == 0 ? .heading : .plain) }
        return lines
    }

    /// 状态 and the date that matters for it.
    public static func clockLine(_ c: ClockStatus) -> String {
        typealias P = StoreText.Applications
        var s = P.state.text([c.state.displayName])
        switch c.state {
        case .replied:
            if let d = c.replyDate { s += P.replyDate.text(["\(d)"]) }
            if let o = c.outcome { s += P.outcome.text([o.displayName, o.code]) }
            if c.repliedLate { s += P.repliedLate.text() }
        case .withdrawn:
            if let d = c.withdrawnDate { s += P.withdrawnDate.text(["\(d)"]) }
        case .awaitingCorrection:
            s += P.dueAfterCorrection.text()
            if let d = c.correctionDue { s += P.correctionDue.text(["\(d)"]) }
        case .consulting:
            s += P.dueWhileConsulting.text()
            if let d = c.consultDeadline {
                s += P.consultDeadline.text([c.consultParty?.displayName ?? "", "\(d)"])
            }
        case .awaitingFee:
            s += P.dueWhileFee.text()
            if let d = c.feePaymentDue { s += P.feePaymentDue.text(["\(d)"]) }
        case .processing, .extended, .overdue:
            if let due = c.due { s += P.due.text(["\(due)"]) }
            if let left = c.workdaysLeft {
                s += left < 0 ? P.overdueBy.text(["\(-left)"]) : P.daysLeft.text(["\(left)"])
            }
        }
        return s
    }

    public static func eventLine(_ r: RecordedEvent) -> String {
        typealias P = StoreText.Applications
        let e = r.event
        var s = "\(r.seq). \(e.date) \(e.kind.displayName)"
        if let d = e.correctionDue { s += P.eventCorrectionDue.text(["\(d)"]) }
        if let p = e.party { s += P.eventParty.text([p.displayName]) }
        if let n = e.days { s += P.eventDays.text(["\(n)"]) }
        if let a = e.approver { s += P.eventApprover.text([a]) }
        if let o = e.outcome { s += P.eventOutcome.text([o.displayName, o.code]) }
        if let a = e.amount {
            let basis: InformationFee.Basis = e.pages != nil ? .perPage : .perRequest
            s += P.eventFee.text(["\(a)", basis.displayName, "\(e.pages ?? e.feeCount ?? 0)\(basis.unit)"])
        }
        if let n = e.note { s += P.eventNote.text([n]) }
        if let o = e.override { s += P.eventOverride.text([o.rule.displayName, o.reason]) }
        s += P.eventActor.text([r.actor])
        return s
    }

    /// 计算过程 (C7): start, counted days, every uncounted day and why, 调休 days counted, pauses,
    /// extensions, the result.
    public static func derivationLines(_ d: DeadlineDerivation) -> [String] {
        typealias P = StoreText.Applications
        let sep = P.listSeparator.text()
        var lines = [P.derivation.text()]
        lines.append(P.derivationStart.text(["\(d.start)", "\(d.baseDays)"])
                     + (d.extensionDays > 0 ? P.derivationExtended.text(["\(d.extensionDays)", "\(d.countedDays)"]) : ""))
        for p in d.pausedRanges {
            let end = p.end.map { P.pauseEnded.text(["\($0)", p.endedBy.displayName]) }
                ?? P.pauseOpen.text([p.endedBy.displayName, "\(p.deadline)"])
            let party = p.party.map { P.pauseParty.text([$0.displayName]) } ?? ""
            lines.append(P.pause.text([party, "\(p.start)", end, "\(p.pausedWorkdays)"]))
        }
        for f in d.feePauses {
            if f.countsInClock {
                lines.append(P.feePause.text(["\(f.notice)", f.paid?.iso ?? P.feePauseOpen.text(), "\(f.pausedWorkdays)",
                                              "\(f.paymentDue)"]))
            } else {
                lines.append(P.feePauseAfterDue.text(["\(f.notice)", "\(f.paymentDue)"]))
            }
        }
        for e in d.extensions {
            lines.append(P.extensionLine.text(["\(e.date)", "\(e.days)", e.approver]))
        }
        if d.skipped.isEmpty {
            lines.append(P.noSkipped.text())
        } else {
            lines.append(P.skipped.text(["\(d.skipped.count)"]))
            var row: [String] = []
            for s in d.skipped {
                row.append("\(s.date) \(s.reason.displayName)")
                if row.count == 4 { lines.append("    " + row.joined(separator: sep)); row = [] }
            }
            if !row.isEmpty { lines.append("    " + row.joined(separator: sep)) }
        }
        if !d.makeUpWorkdays.isEmpty {
            lines.append(P.makeUp.text([d.makeUpWorkdays.map(\.iso).joined(separator: sep)]))
        }
        lines.append(P.result.text([d.due.map(\.iso) ?? P.resultUnknown.text()]))
        return lines
    }
}
