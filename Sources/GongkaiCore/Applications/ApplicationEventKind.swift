/// 办理环节 — the events that move the 依申请公开 reply clock (Docs/领域规则.md §8; 条例第三十条至第三十四条).
public enum ApplicationEventKind: String, DomainCode {
    /// 补正告知 — the one notice asking the applicant to clarify; stops the clock (条例第三十条; C3).
    case clarifyRequest = "clarify-request"
    /// 收到补正 — a fresh 20-working-day period starts from this day (条例第三十条; C3).
    case clarifyReceived = "clarify-received"
    /// 征求意见 — written consultation of a third party or another agency sent; the clock pauses
    /// (条例第三十二条、第三十四条; C2).
    case consultStart = "consult-start"
    /// 意见返回 — the consultee's answer arrived; the pause ends (C2).
    case consultEnd = "consult-end"
    /// 延期 — extension approved by the head of the disclosure office (条例第三十三条; C4).
    case extend
    /// 答复 — the reply, with its table-三 outcome (条例第三十六条).
    case reply
    /// 撤回 — the applicant withdrew the application.
    case withdraw
    /// 收费通知 — information processing fee notice; the clock pauses from this day until payment,
    /// both days included (国办函〔2020〕109号; C8).
    case feeNotice = "fee-notice"
    /// 缴纳费用 — the applicant paid; the fee pause ends this day (国办函〔2020〕109号; C8).
    case feePaid = "fee-paid"

    public var chineseName: String {
        switch self {
        case .clarifyRequest: return "补正告知"
        case .clarifyReceived: return "收到补正"
        case .consultStart: return "征求意见"
        case .consultEnd: return "意见返回"
        case .extend: return "延期"
        case .reply: return "答复"
        case .withdraw: return "撤回"
        case .feeNotice: return "收费通知"
        case .feePaid: return "缴纳费用"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .clarifyRequest: return "Correction notice"
        case .clarifyReceived: return "Correction received"
        case .consultStart: return "Consultation"
        case .consultEnd: return "Consultation answered"
        case .extend: return "Extension"
        case .reply: return "Reply"
        case .withdraw: return "Withdrawal"
        case .feeNotice: return "Fee notice"
        case .feePaid: return "Fee paid"
        }
    }
}

/// 征求意见对象 — who is consulted: 第三方 (条例第三十二条) or 其他机关 (条例第三十四条); both have 15
/// working days (C2).
public enum ConsultParty: String, DomainCode {
    case thirdParty = "third-party"
    case agency

    public var chineseName: String {
        switch self {
        case .thirdParty: return "第三方"
        case .agency: return "其他机关"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .thirdParty: return "Third party"
        case .agency: return "Other agency"
        }
    }

    /// What silence means when the 15 working days pass without an answer.
    public var silenceRule: String {
        switch self {
        case .thirdParty: return CoreText.Applications.silenceThirdParty.text()
        case .agency: return CoreText.Applications.silenceAgency.text()
        }
    }
}

/// 办理状态 — where an application stands on its reply clock.
public enum ApplicationState: String, DomainCode {
    /// 办理中 — the 20 working days are running (条例第三十三条; C1).
    case processing
    /// 待补正 — clock stopped until the correction arrives (条例第三十条; C3).
    case awaitingCorrection = "awaiting-correction"
    /// 征求意见中 — clock paused; the due date is unknown (条例第三十二条、第三十四条; C2).
    case consulting
    /// 已延期 — running with an approved extension (条例第三十三条; C4).
    case extended
    /// 待缴费 — clock paused from the fee notice until payment (国办函〔2020〕109号; C8).
    case awaitingFee = "awaiting-fee"
    /// 已答复.
    case replied
    /// 已撤回.
    case withdrawn
    /// 逾期 — past the due date with no reply.
    case overdue

    public var chineseName: String {
        switch self {
        case .processing: return "办理中"
        case .awaitingCorrection: return "待补正"
        case .consulting: return "征求意见中"
        case .extended: return "已延期"
        case .awaitingFee: return "待缴费"
        case .replied: return "已答复"
        case .withdrawn: return "已撤回"
        case .overdue: return "逾期"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .processing: return "Processing"
        case .awaitingCorrection: return "To correct"
        case .consulting: return "Consulting"
        case .extended: return "Extended"
        case .awaitingFee: return "Awaiting fee"
        case .replied: return "Replied"
        case .withdrawn: return "Withdrawn"
        case .overdue: return "Overdue"
        }
    }

    /// Whether the application is finished (no clock runs).
    public var isClosed: Bool { self == .replied || self == .withdrawn }
}
