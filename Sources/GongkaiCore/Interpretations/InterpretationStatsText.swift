import Foundation

/// 解读统计的文字 — the lines `interp stats --format text` prints and the 解读 pane's statistics
/// use (the seed's “上半年度共发布政策解读相关信息9条”).
public enum InterpretationStatsText {
    /// 三同步均达标比例 as a percentage with one decimal, "—" when nothing was published.
    public static func share(_ s: InterpretationStats) -> String {
        guard let v = s.shareMetAllThree else { return "—" }
        return String(format: "%.1f%%", v * 100)
    }

    /// 按形式 — `图解 3、政策问答 2`, or `—`; in English when the task's language is (the TUI footer).
    public static func byForm(_ s: InterpretationStats) -> String {
        s.byForm.isEmpty ? "—" : s.byForm.map { "\($0.form.displayName) \($0.count)" }
            .joined(separator: UILanguage.current == .en ? ", " : "、")
    }

    public static func lines(_ s: InterpretationStats) -> [String] {
        var out = ["\(s.from.iso) 至 \(s.to.iso) " + (s.unit.map { "\($0) " } ?? "") + "共发布政策解读 \(s.published) 条",
                   "按形式：" + byForm(s),
                   "三同步均达标：\(s.metAllThree) 条（\(share(s))）",
                   "滞后发布：\(s.late.count) 条"]
        for l in s.late {
            out.append("  \(l.interpretation)  文件 \(l.doc) \(l.documentPublished.iso) 发布，解读 \(l.published.iso) 发布，滞后 \(l.lagWorkdays) 个工作日")
        }
        return out
    }
}
