/// 补正告知书 — shipped template (条例第三十条). Exported as `clarify.mustache`.
enum ClarifyTemplate {
    static let text = """
        {{! 政府信息公开申请补正告知书 — 条例第三十条。标记：# 标题  ## 居中  >> 右对齐  << 顶格 }}
        # 政府信息公开申请补正告知书
        ## {{letterNumber}}

        << {{applicantName}}：
        本机关于{{receivedDate}}收到{{honorific}}提出的政府信息公开申请（申请编号：{{applicationId}}），申请获取“{{content}}”的政府信息。
        经审查，{{honorific}}的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请{{honorific}}对以下事项作出补正：{{correctionItems}}
        请于{{correctionDue}}前将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。
        {{honorific}}无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
        \(ShippedRemedies.clause("告知书"))
        \(ShippedRemedies.signature)

        """
}
