/// 救济途径 — the remedies clause every letter to the applicant ends with (行政复议 within 60 days
/// of receipt, 行政诉讼 within 6 months: 《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》
/// 第四十六条). Written into each shipped template, so an admin edits it there.
enum ShippedRemedies {
    static func clause(_ document: String) -> String {
        "如对本\(document)不服，可以自收到本\(document)之日起60日内依法申请行政复议，或者自收到本\(document)之日起6个月内依法向人民法院提起行政诉讼。"
    }

    static let signature = """

        >> {{unitName}}
        >> {{letterDate}}
        """
}
