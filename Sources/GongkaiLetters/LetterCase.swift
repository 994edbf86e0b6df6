import GongkaiCore
import GongkaiStore

/// 文书数据 — the values a template is rendered with, taken from the application's own record
/// (ApplicationDetail: its events and its clock, computed by DeadlineClock on the workday
/// calendar — no date is counted here) and the officer's request.
struct LetterCase {
    var values: [String: Any] = [:]
    /// Names the case itself requires when the template uses them (e.g. a withholding's reason).
    var requiredByCase: Set<String> = []
    var templateName: String
    var party: ConsultParty?
    var outcome: ApplicationOutcome?

    /// “2026年3月2日” — the date as letters write it.
    static func chineseDate(_ d: CivilDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }

    init(detail: ApplicationDetail, request: LetterRequest, number: String) throws(LetterError) {
        templateName = request.kind.code
        func set(_ name: String, _ text: String?) {
            guard let text else { return }
            let v = LetterText(text)
            if !v.text.isEmpty { values[name] = v }
        }
        func setDate(_ name: String, _ d: CivilDate?) { set(name, d.map(Self.chineseDate)) }
        /// A deadline the clock counted: provisional when it reaches a year with no arrangement (C5).
        func setDeadline(_ name: String, _ d: CivilDate?) {
            guard let d else { return }
            let missing = detail.clock.missingYears.filter { $0 <= d.year }
            set(name, missing.isEmpty ? Self.chineseDate(d)
                : LettersText.Letters.provisionalDate.text([Self.chineseDate(d), missing.sorted().map(String.init).joined(separator: "、")], in: .zh))
        }
        set("unitName", detail.unitName)
        set("letterNumber", number)
        setDate("letterDate", request.date)
        set("applicationId", detail.id)
        set("applicantName", detail.applicantName)
        // 称呼: a natural person is 您, an organisation 贵单位.
        let honorific = detail.applicantType == .naturalPerson ? "您" : "贵单位"
        set("honorific", honorific)
        setDate("receivedDate", detail.received)
        set("channel", detail.channel.chineseName)
        set("content", detail.content)
        set("formWanted", detail.formWanted)
        // 救济途径 (C10): the handling unit's 复议机关 and 人民法院.
        set("reviewBody", detail.remedies?.reviewBody)
        set("court", detail.remedies?.court)
        let events = detail.events.map(\.event)
        func last(_ kind: ApplicationEventKind) -> ApplicationEvent? { events.last { $0.kind == kind } }

        switch request.kind {
        case .clarify:
            let e = last(.clarifyRequest)
            set("correctionItems", request.correctionItems ?? e?.note)
            setDate("correctionDue", request.correctionDue ?? e?.correctionDue)
        case .consult:
            guard let e = last(.consultStart) else { throw .missingEvent(kind: .consult, event: LettersText.Letters.consultStep.zh) }
            party = e.party ?? .thirdParty
            templateName = LetterTemplateName.name(for: .consult, party: party)
            set("consultee", request.consultee ?? e.note)
            setDate("consultSent", e.date)
            // The consultee's deadline as the clock computed it (S + 15 working days, C2).
            let deadline = detail.clock.consultDeadline
                ?? detail.derivation.pausedRanges.last { $0.start == e.date }?.deadline
            setDeadline("consultDeadline", deadline)
        case .extend:
            guard let e = last(.extend) else { throw .missingEvent(kind: .extend, event: LettersText.Letters.extendStep.zh) }
            set("extensionDays", e.days.map(String.init))
            set("approver", e.approver)
            setDate("extensionDate", e.date)
            // The due date with the extension, as DeadlineClock counted it (C4).
            setDeadline("newDueDate", detail.clock.due ?? detail.derivation.due)
        case .reply:
            guard let e = last(.reply), let outcome = e.outcome else { throw .noReply(detail.id) }
            self.outcome = outcome
            templateName = "reply"
            let basis = ReplyBasis.of(outcome)
            setDate("replyDate", e.date)
            set("outcomeName", outcome.chineseName)
            set("outcomeCode", outcome.code)
            set("decision", basis.decision)
            set("ground", basis.ground)
            set("citation", basis.citation)
            switch outcome {
            case .grantedAlreadyPublic:
                // 第三十六条第（一）项: where and how to get it (the reply's note; C11).
                set("whereToGet", e.note)
                requiredByCase.insert("whereToGet")
            case .unavailableNotThisAgency:
                // 第三十六条第（五）项: the responsible agency and its contact, where known (C11).
                set("responsibleAgency", e.note)
            default:
                set("reason", e.note)
            }
            if basis.needsStatedReason { requiredByCase.insert("reason") }
        case .fee:
            // 缴费期限 and 缴费方式 are always stated (C8): the fee notice's own period, or 20 working days
            // after this letter; a --pay-by earlier than that is refused.
            let feeEvent = last(.feeNotice)
            let owed = detail.derivation.feePauses.last { $0.notice == feeEvent?.date }?.paymentDue
                ?? request.owedPayBy
                ?? DeadlineClock.feePaymentDue(notice: request.date, calendar: .builtIn).due
            if let payBy = request.payBy, payBy < owed {
                throw .invalidOption(LettersText.Letters.payByTooEarly.text(["\(payBy)", "\(owed)", "\(DeadlineClock.feePaymentDays)"]))
            }
            setDate("payBy", request.payBy ?? owed)
            set("payMethod", request.payMethod ?? Self.defaultPayMethod)
            // The basis and quantity default to the recorded fee notice's (件数 is the month's running total).
            let eventBasis: InformationFee.Basis? = feeEvent?.pages != nil ? .perPage : (feeEvent?.feeCount != nil ? .perRequest : nil)
            guard let basis = request.feeBasis ?? eventBasis,
                  let quantity = request.feeQuantity ?? feeEvent?.pages ?? feeEvent?.feeCount else { break }
            guard quantity >= 1, request.feeItems >= 1, request.feeItems <= quantity else {
                throw .invalidOption(LettersText.Letters.feeQuantityRange.text())
            }
            let charge = basis == .perRequest
                ? InformationFee.charge(basis, first: quantity - request.feeItems + 1, through: quantity)
                : InformationFee.charge(basis, quantity: quantity)
            guard charge.total > 0 else {
                let unit = (basis == .perRequest ? LettersText.Letters.unitRequests : LettersText.Letters.unitPages).text()
                throw .invalidOption(LettersText.Letters.noFeeDue.text([basis.displayName, "\(quantity)", unit]))
            }
            set("feeBasis", basis.chineseName)
            set("feeQuantity", basis == .perRequest
                ? (request.feeItems == 1 ? "本件为\(honorific)本自然月内第\(quantity)件申请"
                   : "本申请计\(request.feeItems)件，为\(honorific)本自然月内第\(quantity - request.feeItems + 1)—\(quantity)件")
                : "本申请共\(quantity)页")
            set("feeAmount", String(charge.total))
            values["feeLines"] = charge.lines.map { ["line": LetterText(InformationFee.describe($0, unit: basis.unit))] }
        }
    }

    /// 缴费方式 when the officer gives none.
    static let defaultPayMethod = "到本机关政府信息公开工作机构现场缴纳，或按本机关出具的非税收入缴款书所列方式缴纳"
}
