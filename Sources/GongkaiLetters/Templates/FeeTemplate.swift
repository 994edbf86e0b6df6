/// 信息处理费缴费通知书 — shipped template (条例第四十二条; 国办函〔2020〕109号). Exported as
/// `fee.mustache`.
enum FeeTemplate {
    static let text = """
        {{! 政府信息公开信息处理费缴费通知书 — 条例第四十二条、国办函〔2020〕109号（超额累进）。 }}
        # 政府信息公开信息处理费缴费通知书
        ## {{letterNumber}}

        << {{applicantName}}：
        本机关于{{receivedDate}}收到{{honorific}}提出的政府信息公开申请（申请编号：{{applicationId}}），申请获取“{{content}}”的政府信息。
        {{honorific}}申请公开政府信息的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关{{feeBasis}}信息处理费（{{feeQuantity}}），应缴金额为人民币{{feeAmount}}元。计算过程如下：
        {{#feeLines}}
        << {{line}}
        {{/feeLines}}
        请自收到本通知书之次日起20个工作日内（至迟于{{payBy}}）缴纳。缴费方式：{{payMethod}}。自本机关发出本通知书之日至{{honorific}}缴纳费用之日的期间，不计算在答复期限内。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。
        \(ShippedRemedies.clause("通知书"))
        \(ShippedRemedies.signature)

        """
}
