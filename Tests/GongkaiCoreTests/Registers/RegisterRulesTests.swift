import Testing
@testable import GongkaiCore

private func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

@Suite("权责清单规则 Duty rules")
struct DutyRulesTests {
    let entry = DutyEntry(id: "QZ0001", unitId: "edu", kind: .licensing, name: "民办学校设立审批",
                          legalBasis: "《中华人民共和国民办教育促进法》第十八条", responsibleUnit: "县教育局",
                          timeLimit: "20个工作日")

    @Test func aValidEntryNeedsNameAndLegalBasis() throws {
        try DutyRules.validate(entry)
        var e = entry
        e.name = "  "
        #expect(throws: DutyRuleError.missingName) { try DutyRules.validate(e) }
        e = entry
        e.legalBasis = ""
        #expect(throws: DutyRuleError.missingLegalBasis) { try DutyRules.validate(e) }
    }

    @Test func adjustedAndCancelledCarryTheirDateCurrentDoesNot() {
        var e = entry
        e.state = .adjusted
        #expect(throws: DutyRuleError.missingStateDate(.adjusted)) { try DutyRules.validate(e) }
        e.state = .cancelled
        #expect(throws: DutyRuleError.missingStateDate(.cancelled)) { try DutyRules.validate(e) }
        e.state = .current
        e.stateDate = day("2026-11-01")
        #expect(throws: DutyRuleError.dateWithoutChange) { try DutyRules.validate(e) }
    }

    @Test func anAdjustmentBecomesAdjustedWithItsDateAndTheNextVersion() throws {
        var changed = entry
        changed.timeLimit = "15个工作日"
        changed.id = "other"
        let next = try DutyRules.adjust(entry, to: changed, on: day("2026-11-20"))
        #expect(next.id == "QZ0001" && next.state == .adjusted && next.stateDate == day("2026-11-20"))
        #expect(next.version == 2 && next.timeLimit == "15个工作日")
        // A later adjustment cannot predate this one.
        #expect(throws: DutyRuleError.dateBeforeLastChange(date: day("2026-11-19"), last: day("2026-11-20"))) {
            try DutyRules.adjust(next, to: next, on: day("2026-11-19"))
        }
        // An adjustment that empties the basis is refused like a new entry.
        var blank = changed
        blank.legalBasis = ""
        #expect(throws: DutyRuleError.missingLegalBasis) { try DutyRules.adjust(entry, to: blank, on: day("2026-11-20")) }
    }

    @Test func aCancelledEntryLeavesTheCurrentListAndCannotChangeAgain() throws {
        let cancelled = try DutyRules.cancel(entry, on: day("2026-11-25"))
        #expect(cancelled.state == .cancelled && cancelled.stateDate == day("2026-11-25") && cancelled.version == 2)
        #expect(throws: DutyRuleError.alreadyCancelled("QZ0001")) { try DutyRules.cancel(cancelled, on: day("2026-11-26")) }
        #expect(throws: DutyRuleError.alreadyCancelled("QZ0001")) { try DutyRules.adjust(cancelled, to: entry, on: day("2026-11-26")) }
        var penalty = entry
        penalty.id = "QZ0002"
        penalty.kind = .penalty
        penalty.name = "处罚"
        var adjusted = entry
        adjusted.id = "QZ0003"
        adjusted.name = "另一项许可"
        adjusted.state = .adjusted
        adjusted.stateDate = day("2026-10-01")
        // Kind order first (许可 before 处罚), then name; cancelled entries are left out.
        #expect(DutyRules.currentList([penalty, cancelled, adjusted]).map(\.id) == ["QZ0003", "QZ0002"])
    }

    @Test func kindsAndStatesAcceptChineseNames() {
        #expect(DutyKind.allCases.count == 10)
        #expect(DutyKind(codeOrName: "行政裁决") == .adjudication && DutyKind(codeOrName: "levy") == .levy)
        #expect(DutyState(codeOrName: "取消") == .cancelled && !DutyState.cancelled.isInCurrentList)
        #expect(DutyState.adjusted.isInCurrentList && DutyState.current.isInCurrentList)
    }
}

@Suite("公众参与规则 Consultation rules")
struct ConsultationRulesTests {
    let settings = ConsultationSettings()
    var c: Consultation {
        Consultation(id: "GC2026-0001", unitId: "edu", decision: "划片招生方案", scope: "全县家长",
                     methods: [.publicComment], opens: day("2026-11-01"), closes: day("2026-11-30"))
    }

    @Test func theClosingDateIsNotBeforeTheOpeningDate() throws {
        try ConsultationRules.validate(c, settings: settings)
        var bad = c
        bad.closes = day("2026-10-31")
        #expect(throws: ConsultationRuleError.closesBeforeOpens(opens: day("2026-11-01"), closes: day("2026-10-31"))) {
            try ConsultationRules.validate(bad, settings: settings)
        }
        var none = c
        none.methods = []
        #expect(throws: ConsultationRuleError.noMethod) { try ConsultationRules.validate(none, settings: settings) }
        none = c
        none.scope = ""
        #expect(throws: ConsultationRuleError.missingScope) { try ConsultationRules.validate(none, settings: settings) }
    }

    @Test func aShortPublicCommentNeedsAReasonUnderTheWorkspaceSetting() throws {
        #expect(c.periodDays == 30)     // 11-01 to 11-30, both included: exactly the default minimum
        var short = c
        short.closes = day("2026-11-29")
        #expect(throws: ConsultationRuleError.publicCommentTooShort(days: 29, minimum: 30)) {
            try ConsultationRules.validate(short, settings: settings)
        }
        short.shortPeriodReason = "汛期应急，须在月底前决策"
        try ConsultationRules.validate(short, settings: settings)
        // Other methods have no minimum; the setting 0 turns the check off.
        var visit = c
        visit.methods = [.siteVisit]
        visit.closes = day("2026-11-02")
        try ConsultationRules.validate(visit, settings: settings)
        short.shortPeriodReason = nil
        try ConsultationRules.validate(short, settings: ConsultationSettings(minimumPublicCommentDays: 0))
    }

    @Test func closingNeedsAdoptionAndFeedbackAndASummaryWhenCommentsCame() throws {
        let closingDay = day("2026-12-01")
        #expect(throws: ConsultationRuleError.missingAdoption) {
            try ConsultationRules.close(c, on: closingDay, commentsReceived: 0, summary: "", adoption: " ", feedback: "已公布", earlyReason: nil)
        }
        #expect(throws: ConsultationRuleError.missingFeedback) {
            try ConsultationRules.close(c, on: closingDay, commentsReceived: 0, summary: "", adoption: "无意见", feedback: "", earlyReason: nil)
        }
        #expect(throws: ConsultationRuleError.missingSummary) {
            try ConsultationRules.close(c, on: closingDay, commentsReceived: 3, summary: "", adoption: "采纳 2 条", feedback: "已公布", earlyReason: nil)
        }
        #expect(throws: ConsultationRuleError.negativeCount) {
            try ConsultationRules.close(c, on: closingDay, commentsReceived: -1, summary: "", adoption: "a", feedback: "f", earlyReason: nil)
        }
        let closed = try ConsultationRules.close(c, on: closingDay, commentsReceived: 3, summary: "3 条意见", adoption: "采纳 2 条",
                                                 feedback: "已在门户网站公布", earlyReason: "不用")
        #expect(closed.closedOn == closingDay && closed.commentsReceived == 3 && closed.earlyCloseReason == nil)
        #expect(closed.status(on: closingDay) == .closed)
        #expect(throws: ConsultationRuleError.alreadyClosed("GC2026-0001")) {
            try ConsultationRules.close(closed, on: closingDay, commentsReceived: 0, summary: "", adoption: "a", feedback: "f", earlyReason: nil)
        }
    }

    @Test func closingBeforeTheClosingDateNeedsAReasonAndNeverBeforeOpening() throws {
        #expect(throws: ConsultationRuleError.closedEarlyWithoutReason(closes: day("2026-11-30"))) {
            try ConsultationRules.close(c, on: day("2026-11-20"), commentsReceived: 0, summary: "", adoption: "a", feedback: "f", earlyReason: nil)
        }
        let early = try ConsultationRules.close(c, on: day("2026-11-20"), commentsReceived: 0, summary: "", adoption: "a",
                                                feedback: "f", earlyReason: "决策事项撤回")
        #expect(early.earlyCloseReason == "决策事项撤回")
        // On the closing date itself no reason is needed.
        _ = try ConsultationRules.close(c, on: day("2026-11-30"), commentsReceived: 0, summary: "", adoption: "a", feedback: "f", earlyReason: nil)
        #expect(throws: ConsultationRuleError.closedBeforeOpening(opens: day("2026-11-01"))) {
            try ConsultationRules.close(c, on: day("2026-10-30"), commentsReceived: 0, summary: "", adoption: "a", feedback: "f", earlyReason: "x")
        }
    }

    @Test func theInboxReminderWindowAndTheOverdueClose() throws {
        #expect(ConsultationRules.reminder(c, today: day("2026-11-22"), settings: settings) == nil)   // 8 days left
        #expect(ConsultationRules.reminder(c, today: day("2026-11-23"), settings: settings) == 7)
        #expect(ConsultationRules.reminder(c, today: day("2026-11-30"), settings: settings) == 0)
        #expect(ConsultationRules.reminder(c, today: day("2026-12-03"), settings: settings) == -3)    // past, not closed
        #expect(ConsultationRules.reminder(c, today: day("2026-11-25"), settings: ConsultationSettings(closingSoonDays: 3)) == nil)
        let closed = try ConsultationRules.close(c, on: day("2026-12-01"), commentsReceived: 0, summary: "", adoption: "a",
                                                 feedback: "f", earlyReason: nil)
        #expect(ConsultationRules.reminder(closed, today: day("2026-12-03"), settings: settings) == nil)
        #expect(c.status(on: day("2026-10-31")) == .planned && c.status(on: day("2026-11-30")) == .open)
        #expect(c.status(on: day("2026-12-01")) == .awaitingFeedback)
    }

    @Test func methodsParseFromCodesAndChineseNames() {
        #expect((try? ConsultationMethod.parseList("实地走访，questionnaire、实地走访").get()) == [.siteVisit, .questionnaire])
        #expect(ConsultationMethod.parseList("座谈会") == .failure(.unknownMethod("座谈会")))
        #expect(ConsultationMethod(codeOrName: "向社会公开征求意见") == .publicComment)
    }
}

@Suite("巡检规则 Inspection rules")
struct InspectionRulesTests {
    let today = day("2026-11-27")
    var i: Inspection {
        Inspection(id: "XJ2026-0001", unitId: "county-office", date: day("2026-11-26"), inspector: "陈静",
                   channelKind: .website, channel: "县人民政府门户网站")
    }

    @Test func aRoutineInspectionChecksAllThreeAndFindsNothing() throws {
        try InspectionRules.validate(i, today: today)
        #expect(i.checks == [.antiAttack, .antiTamper, .antiVirus] && !i.foundProblems && !i.awaitingFix)
        var bad = i
        bad.inspector = ""
        #expect(throws: InspectionRuleError.missingInspector) { try InspectionRules.validate(bad, today: today) }
        bad = i
        bad.checks = []
        #expect(throws: InspectionRuleError.noCheck) { try InspectionRules.validate(bad, today: today) }
        bad = i
        bad.date = day("2026-11-28")
        #expect(throws: InspectionRuleError.inFuture(date: day("2026-11-28"), today: today)) { try InspectionRules.validate(bad, today: today) }
    }

    @Test func aFailedCheckMustHaveBeenMadeAndBeDescribed() throws {
        var f = i
        f.checks = [.antiTamper]
        f.failed = [.antiVirus]
        #expect(throws: InspectionRuleError.failedNotChecked(.antiVirus)) { try InspectionRules.validate(f, today: today) }
        f.failed = [.antiTamper]
        #expect(throws: InspectionRuleError.missingProblems) { try InspectionRules.validate(f, today: today) }
        f.problems = "首页被篡改"
        try InspectionRules.validate(f, today: today)
        #expect(f.awaitingFix)
    }

    @Test func theFixIsOnOrAfterTheInspectionAndOnlyWhenSomethingWasFound() throws {
        #expect(throws: InspectionRuleError.nothingToFix) { try InspectionRules.fix(i, on: today, today: today) }
        var p = i
        p.problems = "栏目长期不更新"
        #expect(throws: InspectionRuleError.fixedBeforeInspection(fixed: day("2026-11-25"), date: day("2026-11-26"))) {
            try InspectionRules.fix(p, on: day("2026-11-25"), today: today)
        }
        #expect(throws: InspectionRuleError.fixedInFuture(fixed: day("2026-11-28"), today: today)) {
            try InspectionRules.fix(p, on: day("2026-11-28"), today: today)
        }
        let fixed = try InspectionRules.fix(p, on: today, today: today)
        #expect(fixed.fixedOn == today && !fixed.awaitingFix && fixed.foundProblems)
    }

    @Test func checksParseInTheirOwnOrder() {
        #expect((try? InspectionCheck.parseList("防病毒,anti-attack").get()) == [.antiAttack, .antiVirus])
        #expect(InspectionCheck.parseList("防火墙") == .failure(.unknownCheck("防火墙")))
        #expect(InspectionChannelKind(codeOrName: "政务新媒体") == .newMedia)
    }
}

@Suite("登记簿与目录栏目 Registers from catalog columns")
struct RegisterKindTests {
    @Test func theColumnsThatLeadToEachRegisterExistWhereOfficersMeetThem() {
        // The seed's 重大决策意见征集 and every unit's 权责清单 column open their registers.
        #expect(CatalogSeed.otherStatutoryInformation.contains("重大决策意见征集"))
        #expect(RegisterKind.forColumn(named: "重大决策意见征集") == .consultations)
        #expect(UnitCatalogTemplate.department.columnNames.contains("权责清单"))
        #expect(UnitCatalogTemplate.township.columnNames.contains("权责清单"))
        #expect(RegisterKind.forColumn(named: "权责清单") == .duties)
        #expect(RegisterKind.forColumn(named: " 政务新媒体 ") == .inspections)
        #expect(RegisterKind.forColumn(named: "政府网站") == .inspections)
        #expect(RegisterKind.forColumn(named: "教育信息") == nil)
        #expect(RegisterKind(codeOrName: "公众参与") == .consultations)
    }
}
