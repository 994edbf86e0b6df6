import GongkaiCore

extension TUIText {
    /// The four panes and what they show.
    enum Panes {
        static let catalog = Phrase("目录", "Catalog")
        static let documents = Phrase("文件", "Documents")
        static let interpretations = Phrase("解读", "Interpretations")
        static let applications = Phrase("申请", "Requests")
    }
}
