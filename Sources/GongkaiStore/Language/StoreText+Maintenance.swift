import GongkaiCore

extension StoreText {
    /// 工作区检查 — the findings of `gongkai check` (their JSON `detail` stays Chinese).
    enum Maintenance {
        static let foreignKeysOK = Phrase("外键一致", "Foreign keys consistent")
        static let foreignKeysBad = Phrase("{1} 条记录引用了不存在的记录", "{1} records refer to records that do not exist")
        static let auditProtected = Phrase("审计日志的防修改触发器在位", "The audit log's append-only triggers are in place")
        static let auditUnprotected = Phrase("审计日志缺少防修改触发器", "The audit log lacks its append-only triggers")
        static let documentsAudited = Phrase("每条文件都有登记的审计记录", "Every document has the audit record of its creation")
        static let applicationsAudited = Phrase("每条申请都有登记的审计记录", "Every request has the audit record of its creation")
        static let documentsUnaudited = Phrase("{1} 条文件没有登记的审计记录", "{1} documents have no audit record of their creation")
        static let applicationsUnaudited = Phrase("{1} 条申请没有登记的审计记录", "{1} requests have no audit record of their creation")
        static let codesOK = Phrase("申请人类型、申请方式代码有效", "Applicant type and channel codes are valid")
        static let codesBad = Phrase("{1} 件申请的代码无效", "{1} requests have codes that are not valid")
        static let indexOK = Phrase("全文索引与文件一致（{1} 件）", "The full-text index matches the documents ({1})")
        static let indexBad = Phrase("全文索引与文件不一致：文件 {1} 件，索引 {2} 行，其中对应文件 {3} 行；请运行 gongkai reindex", "The full-text index does not match: {1} documents, {2} index rows, {3} of them for a document; run gongkai reindex")
        static let backupExists = Phrase("文件已存在，不覆盖", "the file exists; it is not overwritten")
    }
}
