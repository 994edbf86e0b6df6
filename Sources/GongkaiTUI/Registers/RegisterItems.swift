import GongkaiCore
import GongkaiStore

/// 登记簿行的文字 — turns the service's records into list cells and detail lines (Chinese first, via
/// TUIText.Registers). Text from officers is kept as is; the cell grid sanitises it when drawn.
enum RegisterItems {
    static func columns(_ kind: RegisterKind, stale: Bool) -> [(title: String, width: Int?)] {
        let R = TUIText.Registers.self
        switch (kind, stale) {
        case (.duties, _):
            return [(R.colId.text(), 7), (R.colKind.text(), 9), (R.colName.text(), nil), (R.colState.text(), 5), (R.colUnit.text(), 16)]
        case (.consultations, _):
            return [(R.colId.text(), 13), (R.colDecision.text(), nil), (R.colCloses.text(), 10), (R.colState.text(), 7), (R.colUnit.text(), 16)]
        case (.inspections, false):
            return [(R.colDate.text(), 10), (R.colChannel.text(), nil), (R.colInspector.text(), 6), (R.colResult.text(), 17), (R.colUnit.text(), 16)]
        case (.inspections, true):
            return [(R.colColumn.text(), nil), (R.colOwner.text(), 16), (R.colUpdated.text(), 10), (R.colIdle.text(), 5)]
        }
    }

    static func duty(_ d: DutyDetail) -> RegisterItem {
        let R = TUIText.Registers.self, r = d.entry
        func orNone(_ s: String) -> String { s.isEmpty ? R.notFilled.text() : s }
        let state = r.stateDate.map { R.stateSince.text([r.state.displayName, $0.iso]) } ?? r.state.displayName
        var lines = [
            "\(r.id)  [\(r.kind.displayName)]  \(r.name)",
            r.unitName + "  " + R.version.text([String(r.version)]),
            R.stateLine.text([state]),
            R.basis.text([r.legalBasis]),
            R.responsible.text([orNone(r.responsibleUnit)]),
            R.procedure.text([orNone(r.procedure)]),
            R.timeLimit.text([orNone(r.timeLimit)]),
            R.phone.text([orNone(r.supervisionPhone)]),
        ]
        if !d.history.isEmpty {
            lines.append("")
            lines.append(R.historyTitle.text())
            for v in d.history {
                lines.append(R.historyLine.text([String(v.version), v.changedOn.iso, v.change.displayName, v.actor, v.reason ?? ""]))
                lines.append(R.historyWas.text([v.entry.name, orNone(v.entry.timeLimit), v.entry.legalBasis]))
            }
        }
        return RegisterItem(id: r.id, cells: [r.id, r.kind.displayName, r.name, r.state.displayName, r.unitName],
                            detail: lines, emphasis: r.state == .cancelled ? .muted : nil)
    }

    static func consultation(_ r: ConsultationRecord, closeKey: String) -> RegisterItem {
        let R = TUIText.Registers.self, c = r.consultation
        let left = r.daysLeft.map { $0 >= 0 ? R.daysLeft.text([String($0)]) : R.daysOver.text([String(-$0)]) }
        var lines = [
            "\(c.id)  \(c.decision)",
            r.unitName + "  " + (left.map { R.stateSince.text([r.status.displayName, $0]) } ?? r.status.displayName),
            R.scope.text([c.scope]),
            R.methods.text([c.methods.map(\.displayName).joined(separator: R.listSeparator.text())]),
            R.period.text([c.opens.iso, c.closes.iso, String(r.periodDays)]),
        ]
        if let reason = c.shortPeriodReason { lines.append(R.shortReason.text([reason])) }
        lines.append(R.comments.text([String(c.commentsReceived)]))
        if !c.commentSummary.isEmpty { lines.append(R.summary.text([c.commentSummary])) }
        lines.append(R.adoption.text([c.adoption ?? R.notRecorded.text()]))
        lines.append(R.feedback.text([c.feedback ?? R.notRecorded.text()]))
        if let closed = c.closedOn {
            lines.append(R.closedOn.text([closed.iso]))
            if let early = c.earlyCloseReason { lines.append(R.earlyReason.text([early])) }
        } else {
            lines.append("")
            lines.append(R.closeHint.text([c.id, closeKey]))
        }
        let emphasis: StyleRole? = r.status == .awaitingFeedback ? .urgent
            : (r.status == .open && (r.daysLeft ?? 99) <= 7 ? .warning : (r.status == .closed ? .muted : nil))
        return RegisterItem(id: c.id, cells: [c.id, c.decision, c.closes.iso, r.status.displayName, r.unitName],
                            detail: lines, emphasis: emphasis)
    }

    static func inspection(_ r: InspectionRecord, closeKey: String) -> RegisterItem {
        let R = TUIText.Registers.self, i = r.inspection
        let result = i.foundProblems ? (i.fixedOn.map { R.resultFixed.text([$0.iso]) } ?? R.resultOpen.text()) : R.resultNone.text()
        let checks = InspectionCheck.allCases.map { c in
            !i.checks.contains(c) ? R.checkSkipped.text([c.displayName])
                : (i.failed.contains(c) ? R.checkFailed.text([c.displayName]) : R.checkPassed.text([c.displayName]))
        }.joined(separator: "  ")
        var lines = [
            "\(i.id)  \(r.unitName)",
            R.inspectionChannel.text([i.channelKind.displayName, i.channel]),
            R.inspectionBy.text([i.inspector, i.date.iso]),
            R.checksLine.text([checks]),
        ]
        if !i.problems.isEmpty { lines.append(R.problems.text([i.problems])) }
        lines.append(R.labelled.text([R.colResult.text(), result]))
        if r.awaitingFix { lines.append(""); lines.append(R.fixHint.text([i.id, closeKey])) }
        return RegisterItem(id: i.id, cells: [i.date.iso, i.channel, i.inspector, result, r.unitName], detail: lines,
                            emphasis: r.awaitingFix ? .warning : nil)
    }

    static func stale(_ c: StaleColumn) -> RegisterItem {
        let R = TUIText.Registers.self
        let owner = c.ownerUnitName ?? R.noOwner.text()
        let lines = [
            c.path,
            R.labelled.text([R.colOwner.text(), owner]),
            c.lastUpdated.map { R.labelled.text([R.colUpdated.text(), $0.iso]) } ?? R.staleNever.text([c.since.iso]),
            R.stalePeriod.text([String(c.idleDays), String(c.periodDays)]),
            "",
            c.message,
        ]
        return RegisterItem(id: c.nodeId, cells: [c.path, owner, c.lastUpdated?.iso ?? "-", String(c.idleDays)],
                            detail: lines, emphasis: nil)
    }
}
