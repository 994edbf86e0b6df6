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

    /// 收到申请之日 — the receipt-date rule of 条例第三十一条 for this channel, in the current language.
    public var receiptDateRule: String {
        switch self {
        case .inPerson: return CoreText.Applications.receiptInPerson.text()
        case .registeredMail: return CoreText.Applications.receiptRegisteredMail.text()
        case .ordinaryMail: return CoreText.Applications.receiptOrdinaryMail.text()
        case .online, .fax: return CoreText.Applications.receiptOnline.text()
        }
    }
}
