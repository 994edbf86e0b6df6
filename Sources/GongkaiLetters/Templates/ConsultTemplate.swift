/// 征求第三方意见函 — shipped template (条例第三十二条). Exported as `consult.mustache`.
/// The applicant's name is not given to the third party: the application is named by its number.
enum ConsultTemplate {
    static let text = """
        {{! 政府信息公开第三方意见征询函 — 条例第三十二条。不向第三方透露申请人姓名。 }}
        # 政府信息公开第三方意见征询函
        ## {{letterNumber}}

        << {{consultee}}：
        本机关于{{receivedDate}}收到一份政府信息公开申请（申请编号：{{applicationId}}），申请获取“{{content}}”的政府信息。经审查，该信息的公开可能损害您（单位）的合法权益。
        根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您（单位）的意见。请自收到本函之日起15个工作日内书面提出是否同意公开的意见（期限自您收到本函之日起计算；本函于{{consultSent}}发出，当日收到的，期限至{{consultDeadline}}）；不同意公开的，请说明理由。
        逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。您（单位）不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您（单位）。
        \(ShippedRemedies.signature)

        """
}

/// 征求其他机关意见函 — shipped template (条例第三十四条). Exported as `consult-agency.mustache`.
enum ConsultAgencyTemplate {
    static let text = """
        {{! 政府信息公开征求意见函（其他机关） — 条例第三十四条：逾期未提出意见的视为同意公开。 }}
        # 政府信息公开征求意见函
        ## {{letterNumber}}

        << {{consultee}}：
        本机关于{{receivedDate}}收到一份政府信息公开申请（申请编号：{{applicationId}}），申请获取“{{content}}”的政府信息。该信息由本机关牵头、与贵机关共同制作。
        根据《中华人民共和国政府信息公开条例》第三十四条的规定，现征求贵机关意见。请自收到本函之日起15个工作日内提出意见（期限自贵机关收到本函之日起计算；本函于{{consultSent}}发出，当日收到的，期限至{{consultDeadline}}）。逾期未提出意见的，视为同意公开。
        \(ShippedRemedies.signature)

        """
}
