/// 申请方式 — how an application arrived; 条例第三十一条 fixes its date of receipt by channel.
public enum ReceiptChannel: String, DomainCode {
    case inPerson = "in-person"
    case registeredMail = "registered-mail"
    case ordinaryMail = "ordinary-mail"
    case online
    case fax

    public var chineseName: String {
        switch self {
        case .inPerson: return "当面"
        case .registeredMail: return "邮寄(签收)"
        case .ordinaryMail: return "平常信函"
        case .online: return "互联网"
        case .fax: return "传真"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .inPerson: return "In person"
        case .registeredMail: return "Registered mail"
        case .ordinaryMail: return "Ordinary mail"
        case .online: return "Online"
        case .fax: return "Fax"
        }
    }

    /// 收到申请之日 — the receipt-date rule of 条例第三十一条 for this channel.
    public var receiptDateRule: String {
        switch self {
        case .inPerson: return "当面提交的，以提交之日为收到申请之日（第三十一条）"
        case .registeredMail: return "邮寄的，以行政机关签收之日为收到申请之日（第三十一条）"
        case .ordinaryMail: return "平常信函等无需签收的，以与申请人确认之日为收到申请之日（第三十一条）"
        case .online, .fax: return "互联网或传真提交的，以双方确认之日为收到申请之日（第三十一条）"
        }
    }
}
