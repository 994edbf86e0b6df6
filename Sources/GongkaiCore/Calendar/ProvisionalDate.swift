/// 暂定日期的写法 — a date counted across a year whose holiday arrangement is missing (C5) carries
/// the mark `?` wherever it is shown (`2027-01-05?`), and columns are sized for that longest form
/// so no digit is lost.
public enum ProvisionalDate {
    /// The mark after a provisional date.
    public static let mark = "?"
    /// Cells of the longest form, `YYYY-MM-DD?`.
    public static let width = 11

    /// `2027-01-05?` when provisional, else `2027-01-05`.
    public static func text(_ date: CivilDate, provisional: Bool) -> String {
        date.iso + (provisional ? mark : "")
    }

    /// The missing years as people read them: `2027`, `2027、2028` (the separator is the caller's phrase).
    public static func years(_ years: [Int], separator: String) -> String {
        years.sorted().map(String.init).joined(separator: separator)
    }
}
