import Foundation
import GongkaiCore

/// 申请详情的文字说明 — the lines `gongkai app show` prints and the 申请 pane's detail view draws:
/// the application, its clock, the timeline of events and the derivation of the due date (C7).
extension ApplicationDetail {
    public var textLines: [String] {
        var lines: [String] = []
        let c = clock
        lines.append("\(id)  \(applicantName)（\(applicantType.chineseName)）  承办单位：\(unitName)")
        lines.append("申请方式：\(channel.chineseName)  收到申请之日：\(received)")
        lines.append("  \(receiptDateRule)")
        lines.append("申请内容：\(content)")
        var personal: [String] = []
        if let f = formWanted { personal.append("获取方式：\(f)") }
        if let n = idNumber { personal.append("证件号码：\(n)") }
        if let p = contact { personal.append("联系方式：\(p)") }
        if !personal.isEmpty { lines.append(personal.joined(separator: "  ")) }
        lines.append("")
        lines.append(Self.clockLine(c))
        if !c.state.isClosed {
            lines.append("补正告知期限：\(c.clarifyNoticeDue)（收到申请后 \(DeadlineClock.clarifyNoticeDays) 个工作日内，条例第三十条）")
        }
        if c.provisional {
            lines.append("暂定：\(c.missingYears.map(String.init).joined(separator: "、")) 年节假日安排尚未录入，按周一至周五计算（C5）")
        }
        for w in c.warnings { lines.append("提示［\(w.kind.chineseName)］：\(w.message)") }
        lines.append("")
        lines.append("办理记录：")
        if events.isEmpty { lines.append("  （尚无办理记录）") }
        for r in events { lines.append("  " + Self.eventLine(r)) }
        if !letters.isEmpty {
            lines.append("")
            lines.append("文书：")
            for l in letters { lines.append("  " + l.timelineLine) }
        }
        lines.append("")
        lines.append(contentsOf: Self.derivationLines(derivation))
        return lines
    }

    /// 状态 and the date that matters for it.
    public static func clockLine(_ c: ClockStatus) -> String {
        var s = "状态：\(c.state.chineseName)"
        switch c.state {
        case .replied:
            if let d = c.replyDate { s += "  答复日期：\(d)" }
            if let o = c.outcome { s += "  答复类型：\(o.chineseName)（\(o.code)）" }
            if c.repliedLate { s += "  逾期答复" }
        case .withdrawn:
            if let d = c.withdrawnDate { s += "  撤回日期：\(d)" }
        case .awaitingCorrection:
            s += "  答复期限：待收到补正后重新计算"
            if let d = c.correctionDue { s += "  补正期限：\(d)" }
        case .consulting:
            s += "  答复期限：征求意见期间暂停计算"
            if let d = c.consultDeadline {
                s += "  \(c.consultParty?.chineseName ?? "")征求意见期限：\(d)（15 个工作日）"
            }
        case .processing, .extended, .overdue:
            if let due = c.due { s += "  答复期限：\(due)" }
            if let left = c.workdaysLeft {
                s += left < 0 ? "  已逾期 \(-left) 个工作日" : "  剩余 \(left) 个工作日"
            }
        }
        return s
    }

    public static func eventLine(_ r: RecordedEvent) -> String {
        let e = r.event
        var s = "\(r.seq). \(e.date) \(e.kind.chineseName)"
        if let d = e.correctionDue { s += "  补正期限 \(d)" }
        if let p = e.party { s += "  对象：\(p.chineseName)" }
        if let n = e.days { s += "  \(n) 个工作日" }
        if let a = e.approver { s += "  批准人：\(a)" }
        if let o = e.outcome { s += "  \(o.chineseName)（\(o.code)）" }
        if let n = e.note { s += "  备注：\(n)" }
        s += "  ［\(r.actor)］"
        return s
    }

    /// 计算过程 (C7): start, counted days, every uncounted day and why, 调休 days counted, pauses,
    /// extensions, the result.
    public static func derivationLines(_ d: DeadlineDerivation) -> [String] {
        var lines = ["计算过程："]
        lines.append("  起算日 \(d.start)（当日不计入，C1）；计 \(d.baseDays) 个工作日"
                     + (d.extensionDays > 0 ? " + 延期 \(d.extensionDays) 个工作日 = \(d.countedDays) 个工作日" : ""))
        for p in d.pausedRanges {
            let end = p.end.map { "至 \($0)（\(p.endedBy.chineseName)）" } ?? "（\(p.endedBy.chineseName)，期限 \(p.deadline)）"
            lines.append("  征求意见\(p.party.map { "（\($0.chineseName)）" } ?? "")：\(p.start) 起\(end)，不计 \(p.pausedWorkdays) 个工作日（C2）")
        }
        for e in d.extensions {
            lines.append("  延期：\(e.date) 批准 \(e.days) 个工作日，批准人 \(e.approver)（C4）")
        }
        if d.skipped.isEmpty {
            lines.append("  不计入的日子：无")
        } else {
            lines.append("  不计入的日子（\(d.skipped.count) 天）：")
            var row: [String] = []
            for s in d.skipped {
                row.append("\(s.date) \(s.reason.chineseName)")
                if row.count == 4 { lines.append("    " + row.joined(separator: "、")); row = [] }
            }
            if !row.isEmpty { lines.append("    " + row.joined(separator: "、")) }
        }
        if !d.makeUpWorkdays.isEmpty {
            lines.append("  调休上班（计入）：" + d.makeUpWorkdays.map(\.iso).joined(separator: "、"))
        }
        lines.append("  答复期限：" + (d.due.map(\.iso) ?? "暂停或待补正，尚不能确定"))
        return lines
    }
}
