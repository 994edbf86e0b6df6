/// 答复依据 — for every outcome code of Docs/领域规则.md §7, the articles of 《中华人民共和国政府信息
/// 公开条例》(国务院令第711号) a 答复书 cites and the statutory wording of the decision. The reply type
/// is an item of 第三十六条 wherever one fits; 第十四条、第十五条、第十六条 give the reasons a
/// withholding rests on; 第三十条、第三十五条、第三十七条、第三十八条、第三十九条、第四十二条 the rest.
public struct ReplyBasis: Hashable, Sendable, Codable {
    public var outcome: ApplicationOutcome
    /// The articles cited, in the order the letter names them (e.g. ["第三十六条第（三）项", "第十四条"]).
    public var articles: [String]
    /// 答复决定 — the decision as the letter states it.
    public var decision: String
    /// 理由 — the statutory ground in the regulation's own terms.
    public var ground: String
    /// Whether the officer must add the specific reason (the reply event's note): a withholding
    /// must say why (第三十六条第（三）项 “说明理由”), and 其他 has no fixed wording.
    public var needsStatedReason: Bool

    /// “《中华人民共和国政府信息公开条例》第三十六条第（三）项、第十四条”.
    public var citation: String {
        "《中华人民共和国政府信息公开条例》" + articles.joined(separator: "、")
    }

    public static func of(_ outcome: ApplicationOutcome) -> ReplyBasis {
        func basis(_ articles: [String], _ decision: String, _ ground: String, reason: Bool = false) -> ReplyBasis {
            ReplyBasis(outcome: outcome, articles: articles, decision: decision, ground: ground, needsStatedReason: reason)
        }
        let withhold = "第三十六条第（三）项"
        switch outcome {
        case .grantedAlreadyPublic:
            // （一）: already public — where and how to get it is required (the reply's note).
            return basis(["第三十六条第（一）项"], "予以公开",
                         "所申请公开信息已经主动公开，本机关告知申请人获取该政府信息的方式、途径")
        case .unavailableNotThisAgency:
            return basis(["第三十六条第（五）项"], "无法提供",
                         "所申请公开信息不属于本机关负责公开")
        case .granted:
            return basis(["第三十六条第（二）项"], "予以公开",
                         "所申请公开信息可以公开，本机关向申请人提供该政府信息，或者告知申请人获取该政府信息的方式、途径和时间")
        case .partiallyGranted:
            return basis(["第三十七条", "第三十六条第（二）项", withhold], "部分公开",
                         "申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理的，向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由",
                         reason: true)
        case .withheldStateSecret:
            return basis([withhold, "第十四条"], "不予公开", "所申请公开信息属于依法确定为国家秘密的政府信息", reason: true)
        case .withheldProhibitedByLaw:
            return basis([withhold, "第十四条"], "不予公开", "所申请公开信息属于法律、行政法规禁止公开的政府信息", reason: true)
        case .withheldSecurityStability:
            return basis([withhold, "第十四条"], "不予公开",
                         "所申请公开信息公开后可能危及国家安全、公共安全、经济安全、社会稳定", reason: true)
        case .withheldThirdParty:
            return basis([withhold, "第十五条", "第三十二条"], "不予公开",
                         "所申请公开信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害", reason: true)
        case .withheldInternalAffairs:
            return basis([withhold, "第十六条第一款"], "不予公开",
                         "所申请公开信息属于行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息", reason: true)
        case .withheldProcessInfo:
            return basis([withhold, "第十六条第二款"], "不予公开",
                         "所申请公开信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息",
                         reason: true)
        case .withheldEnforcementFile:
            return basis([withhold, "第十六条第二款"], "不予公开", "所申请公开信息属于行政执法案卷信息", reason: true)
        case .withheldInquiry:
            return basis(["第三十六条第（七）项"], "不予公开",
                         "所申请公开信息属于工商、不动产登记资料等行政查询事项，有关法律、行政法规对信息的获取有特别规定，请依照有关法律、行政法规的规定办理")
        case .unavailableNotHeld:
            return basis(["第三十六条第（四）项"], "无法提供", "经检索，本机关没有所申请公开的政府信息，该政府信息不存在")
        case .unavailableNeedsCreation:
            return basis(["第三十八条"], "无法提供",
                         "本机关向申请人提供的信息应当是已制作或者获取的政府信息；所申请信息需要对现有政府信息进行加工、分析或者另行制作，本机关不予提供")
        case .unavailableStillUnclear:
            return basis(["第二十九条第二款第（二）项", "第三十条"], "无法提供",
                         "申请人补正后，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述仍不明确，本机关无法确定所申请的政府信息")
        case .notProcessedComplaint:
            return basis(["第三十九条第一款"], "不予处理",
                         "申请人以政府信息公开申请的形式进行信访、投诉、举报等活动，不作为政府信息公开申请处理，可以通过相应渠道提出")
        case .notProcessedDuplicate:
            return basis(["第三十六条第（六）项"], "不予处理",
                         "本机关已就申请人提出的政府信息公开申请作出答复，申请人重复申请公开相同政府信息，不予重复处理")
        case .notProcessedPublication:
            return basis(["第三十九条第二款"], "不予处理",
                         "申请内容为要求提供政府公报、报刊、书籍等公开出版物，请通过相应途径获取")
        case .notProcessedExcessive:
            return basis(["第三十五条"], "不予处理",
                         "申请人申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，本机关认为申请理由不合理", reason: true)
        case .notProcessedConfirmation:
            // CONVENTION (Docs/告知书与答复书.md): the regulation has no article of its own for this
            // row; 第二条 defines 政府信息 as information already made or obtained, which a request
            // to confirm or re-issue does not ask for.
            return basis(["第二条"], "不予处理",
                         "申请内容为要求行政机关确认或者重新出具申请人已获取的信息，不属于申请获取本条例所称的政府信息")
        case .otherNoCorrection:
            return basis(["第三十条"], "不再处理",
                         "申请人无正当理由逾期不补正，视为放弃申请，本机关不再处理该政府信息公开申请")
        case .otherFeeUnpaid:
            return basis(["第四十二条"], "不再处理",
                         "申请人逾期未缴纳信息处理费，本机关依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）不再处理该政府信息公开申请")
        case .otherOther:
            return basis(["第三十六条"], "其他处理", "本机关根据申请的具体情况作出如下处理", reason: true)
        }
    }
}
