import GongkaiCore

extension TUIText {
    enum Empty {
        static let catalog = Phrase("还没有公开目录。运行 gongkai init 建立法定公开目录。", "No disclosure catalog yet. Run gongkai init to create the statutory catalog.")
        static let documents = Phrase("还没有文件。按 {1} 新建文件。", "No documents yet. Press {1} to start one.")
        static let interpretations = Phrase("没有需要解读的文件（规章、行政规范性文件及标注为需解读的文件）。", "No documents need an interpretation (regulations, normative documents and those marked as needing one).")
        static let applicationsFiltered = Phrase("没有符合筛选条件的申请（:filter 清除筛选）。", "No requests match the filter (:filter clears it).")
        static let applications = Phrase("还没有政府信息公开申请。按 {1} 登记。", "No disclosure requests yet. Press {1} to register one.")
    }
}
