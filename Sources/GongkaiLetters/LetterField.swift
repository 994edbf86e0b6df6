import GongkaiCore

// Formal letters (补正告知书, 征求意见函, 延期答复告知书, 答复书, 信息处理费缴费通知书) from editable
// Mustache templates. See Docs/告知书与答复书.md.

/// 模板变量 — every name a letter template may use, with its Chinese label (missing data is
/// reported as “申请人 (applicantName)”).
public struct LetterField: Hashable, Sendable {
    public let name: String
    public let label: String
    /// Where the value comes from, as the command line says it (may name `gongkai` options).
    public let note: String
    /// The same in the workstation, which never names a CLI option (nil: the note has none).
    public let workstationNote: String?

    init(name: String, label: String, note: String, workstation: String? = nil) {
        self.name = name
        self.label = label
        self.note = note
        self.workstationNote = workstation
    }

    /// The note for the surface in force (`InterfaceSurface.current`).
    public var shownNote: String {
        InterfaceSurface.current == .workstation ? (workstationNote ?? note) : note
    }

    public static let all: [LetterField] = [
        // Every letter.
        .init(name: "unitName", label: "发文单位", note: "承办单位名称"),
        .init(name: "letterNumber", label: "文书编号", note: "按本单位编号规则自动取号"),
        .init(name: "letterDate", label: "成文日期", note: "如 2026年3月2日"),
        .init(name: "applicationId", label: "申请编号", note: "如 A2026-0001"),
        .init(name: "applicantName", label: "申请人", note: "申请人姓名或名称"),
        .init(name: "honorific", label: "称呼", note: "对申请人的称呼：自然人为“您”，法人或其他组织为“贵单位”"),
        .init(name: "receivedDate", label: "收到申请之日", note: "条例第三十一条"),
        .init(name: "channel", label: "申请方式", note: "当面、邮寄、互联网等"),
        .init(name: "content", label: "申请内容", note: "所申请的政府信息"),
        .init(name: "formWanted", label: "获取方式", note: "申请人要求的提供形式（可空）"),
        // 救济途径 (C10).
        .init(name: "reviewBody", label: "复议机关", note: "承办单位的复议机关（gongkai unit set --review-body）",
              workstation: "承办单位的复议机关（请管理员在单位信息中填写）"),
        .init(name: "court", label: "人民法院", note: "承办单位的一审法院（gongkai unit set --court）",
              workstation: "承办单位的一审法院（请管理员在单位信息中填写）"),
        // 补正告知书.
        .init(name: "correctionItems", label: "需要补正的事项", note: "补正告知的备注，或 --correct", workstation: "补正告知的备注"),
        .init(name: "correctionDue", label: "补正期限", note: "补正告知登记的补正期限"),
        // 征求意见函.
        .init(name: "consultee", label: "征求意见对象", note: "征求意见环节的备注，或 --third-party", workstation: "征求意见环节的备注"),
        .init(name: "consultSent", label: "发出征求意见之日", note: "征求意见环节的日期"),
        .init(name: "consultDeadline", label: "征求意见期限", note: "发函后第 15 个工作日（C2）"),
        // 延期答复告知书.
        .init(name: "extensionDays", label: "延长工作日数", note: "本次延期的工作日天数"),
        .init(name: "approver", label: "批准人", note: "政府信息公开工作机构负责人"),
        .init(name: "extensionDate", label: "批准延期之日", note: "延期环节的日期"),
        .init(name: "newDueDate", label: "延长后的答复期限", note: "按工作日历计算"),
        // 答复书.
        .init(name: "replyDate", label: "答复日期", note: "答复环节的日期"),
        .init(name: "outcomeName", label: "处理结果", note: "年度报告表三的结果名称"),
        .init(name: "outcomeCode", label: "处理结果代码", note: "如 withheld.third-party"),
        .init(name: "decision", label: "答复决定", note: "予以公开、不予公开等"),
        .init(name: "ground", label: "答复理由", note: "条例规定的情形"),
        .init(name: "citation", label: "法律依据", note: "所引条例条款"),
        .init(name: "reason", label: "具体理由", note: "答复环节的备注；不予公开等须说明理由"),
        // 信息处理费缴费通知书.
        .init(name: "feeBasis", label: "计收方式", note: "按件计收 / 按量计收"),
        .init(name: "feeQuantity", label: "计费数量", note: "本月第几件或页数"),
        .init(name: "feeAmount", label: "收费金额", note: "元，超额累进计算"),
        .init(name: "feeLines", label: "计算过程", note: "列表，每项为 line"),
        .init(name: "line", label: "计算过程的一行", note: "只在 feeLines 中使用"),
        .init(name: "payBy", label: "缴费期限", note: "收到通知次日起 20 个工作日（C8）；--pay-by 可延后，不可提前",
              workstation: "收到通知次日起 20 个工作日（C8）"),
        .init(name: "payMethod", label: "缴费方式", note: "--pay-method，默认写明到本机关现场或按本通知所列账户缴纳",
              workstation: "默认写明到本机关现场或按本通知所列账户缴纳"),
        // 答复书的（一）（五）.
        .init(name: "whereToGet", label: "获取途径", note: "已经公开的信息：在哪里、如何获取（granted.already-public 的备注）",
              workstation: "已经公开的信息：在哪里、如何获取（答复类型为“已经公开”时的备注）"),
        .init(name: "responsibleAgency", label: "负责机关", note: "不属于本机关的信息：负责公开的机关及其联系方式（可空）"),
    ]

    public static let byName: [String: LetterField] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// What an officer must supply, in the interface language: in Chinese the item and where it
    /// comes from (“需要补正的事项（补正告知的备注，或 --correct）”), in English the variable's name
    /// (the labels are Chinese, as in the letters); a name the template invented is said to be one.
    public static func describe(_ name: String) -> String {
        if let f = byName[name] {
            return UILanguage.current == .en ? name : LettersText.Letters.missingItem.text([f.label, f.shownNote])
        }
        return LettersText.Letters.unknownVariable.text([name])
    }
}
