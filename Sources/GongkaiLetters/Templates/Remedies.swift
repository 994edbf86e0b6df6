/// 救济途径 — the remedies clause every letter to the applicant ends with, naming where: 行政复议
/// to the unit's 复议机关 within 60 days of receipt (《中华人民共和国行政复议法》第二十条), 行政诉讼 in
/// its 人民法院 within 6 months (《中华人民共和国行政诉讼法》第四十六条) (C10: a letter that omits them
/// lets the period run up to a year). Written into each shipped template, so an admin edits it there.
enum ShippedRemedies {
    static func clause(_ document: String) -> String {
        "如对本\(document)不服，可以自收到本\(document)之日起60日内向{{reviewBody}}申请行政复议（《中华人民共和国行政复议法》第二十条），或者自收到本\(document)之日起6个月内向{{court}}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。"
    }

    static let signature = """

        >> {{unitName}}
        >> {{letterDate}}
        """
}
