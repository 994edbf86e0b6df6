/// 政府信息公开申请答复书 — shipped template for every outcome (条例第三十六条 and the article of
/// the outcome: `ReplyBasis`). Exported as `reply.mustache`; an admin may add
/// `reply.<outcome code>.mustache` to word one outcome differently.
enum ReplyTemplate {
    static let text = """
        {{! 政府信息公开申请答复书 — ground/citation/decision 随处理结果而定（ReplyBasis）。 }}
        # 政府信息公开申请答复书
        ## {{letterNumber}}

        << {{applicantName}}：
        本机关于{{receivedDate}}收到{{honorific}}提出的政府信息公开申请（申请编号：{{applicationId}}），申请获取“{{content}}”的政府信息。现答复如下：
        经审查，{{ground}}。
        {{#reason}}
        具体说明：{{reason}}
        {{/reason}}
        {{#whereToGet}}
        获取方式和途径：{{whereToGet}}
        {{/whereToGet}}
        {{#responsibleAgency}}
        负责公开该政府信息的机关及联系方式：{{responsibleAgency}}
        {{/responsibleAgency}}
        根据{{citation}}的规定，本机关决定：{{decision}}。
        \(ShippedRemedies.clause("答复书"))
        \(ShippedRemedies.signature)

        """
}
