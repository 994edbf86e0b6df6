import GongkaiCore

extension StoreText {
    /// 文件、立改废、解读 — the refusals of the documents and interpretations services.
    enum Documents {
        static let idTaken = Phrase("文件编号 {1} 刚被另一会话占用，请重试", "The document id {1} was just taken by another session; try again")
        static let onlyDrafts = Phrase("“{1}”的文件不能修改：只有草稿可以修改，已提交的文件须先退回", "A document that is \"{1}\" cannot be edited: only drafts are; return a submitted document first")
        static let badColumn = Phrase("公开目录“{1}”：{2}", "Catalog column \"{1}\": {2}")
        static let noDocument = Phrase("没有编号为 {1} 的文件", "No document numbered {1}")
        static let noDocumentShort = Phrase("没有编号为 {1} 的文件", "No document numbered {1}")
        static let formedInFuture = Phrase("成文日期 {1} 晚于今天 {2}", "The date written {1} is after today ({2})")
        static let validityOnlyRegistered = Phrase("只有规章和行政规范性文件登记有效期", "Only regulations and normative documents record a validity")
        static let validBeforeFormed = Phrase("有效期至 {1} 早于成文日期 {2}", "Valid until {1} is before the date written ({2})")
        static let badNumber = Phrase("文号“{1}”无法识别：{2}", "The document number \"{1}\" is not recognised: {2}")
        static let undoOnly = Phrase("只能撤销签发或退回", "Only a sign-off or a return can be undone")
        static let changedSince = Phrase("文件 {1} 此后已有变化，不能撤销", "Document {1} has changed since; it cannot be undone")
        static let interpretationChangedSince = Phrase("解读 {1} 此后已有变化，不能撤销", "Interpretation {1} has changed since; it cannot be undone")
        static let amendSelf = Phrase("文件不能修改自身", "A document cannot amend itself")
        static let repealedNoAmend = Phrase("文件 {1} 已于 {2} 废止，不能再修改", "Document {1} was repealed on {2}; it cannot be amended")
        static let amendBeforeFormed = Phrase("修改文件 {1} 的成文日期 {2} 早于被修改文件 {3} 的成文日期", "The amending document {1} was written ({2}) before the amended document {3}")
        static let amendInFuture = Phrase("修改文件的成文日期 {1} 晚于今天", "The amending document's date written {1} is after today")
        static let alreadyRepealed = Phrase("文件 {1} 已于 {2} 废止", "Document {1} was repealed on {2}")
        static let repealBeforeFormed = Phrase("废止日期 {1} 早于成文日期 {2}", "The repeal date {1} is before the date written ({2})")
        static let notRegistered = Phrase("立改废只适用于规章和行政规范性文件，{1} 不是", "Amending and repealing apply to regulations and normative documents only; {1} is neither")
        static let notIssued = Phrase("文件 {1} 尚未签发，不在台账中", "Document {1} is not signed off yet and is not in the register")
        static let noInterpretation = Phrase("没有编号为 {1} 的解读", "No interpretation numbered {1}")
        static let interpretationNotDraft = Phrase("“{1}”状态的解读不能修改，须先退回草稿", "An interpretation that is \"{1}\" cannot be edited; return it to draft first")
        static let statsDates = Phrase("统计起始日期 {1} 晚于截止日期 {2}", "The start date {1} is after the end date {2}")
    }
}
