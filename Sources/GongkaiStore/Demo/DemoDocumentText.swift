import GongkaiCore

/// 文件标题与正文 — composes a document's title, 文号 and body from the vocabulary.
enum DemoDocumentText {
    static func fill(_ pattern: String, area: String, kind: String, unit: String, year: Int) -> String {
        pattern.replacingOccurrences(of: "{area}", with: area)
            .replacingOccurrences(of: "{kind}", with: kind)
            .replacingOccurrences(of: "{unit}", with: unit)
            .replacingOccurrences(of: "{year}", with: String(year))
    }

    static func title(_ rng: inout DemoRandom, area: String, kind: String, unit: String, year: Int) -> String {
        fill(rng.weighted(DemoVocabulary.titlePatterns), area: area, kind: kind, unit: unit, year: year)
    }

    /// 发文字号 — `X政办发〔2024〕12号`.
    static func number(prefix: String, year: Int, serial: Int) -> String {
        "\(prefix)〔\(year)〕\(serial)号"
    }

    /// Four to twelve paragraphs of one or two sentences each.
    static func body(_ rng: inout DemoRandom, area: String, kind: String, unit: String, year: Int) -> String {
        var paragraphs: [String] = []
        for _ in 0..<(4 + rng.below(9)) {
            var p = fill(rng.pick(DemoVocabulary.sentences), area: area, kind: kind, unit: unit, year: year)
            if rng.chance(50) {
                p += fill(rng.pick(DemoVocabulary.sentences), area: area, kind: kind, unit: unit, year: year)
            }
            paragraphs.append("　　" + p)
        }
        return paragraphs.joined(separator: "\n")
    }
}
