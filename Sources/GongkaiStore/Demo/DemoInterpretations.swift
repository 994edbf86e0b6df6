import Foundation
import GRDB
import GongkaiCore

/// 示例解读 — what `gongkai init --demo` adds to the 解读 pane: the published 规范性文件 were
/// interpreted the same day (三同步 met), and the 招生入学 plan in review already has its
/// interpretation signed, so a reviewer can sign both together (国办发〔2016〕80号).
enum DemoInterpretations {
    struct Item {
        /// Index of the document in `DemoData.documents` (its id is `D<year>-<index+1>`).
        var document: Int
        var forms: [InterpretationForm]
        var elements: [InterpretationElement]
        var leader: String
        var state: InterpretationState
        var body: String
    }

    static let items: [Item] = [
        Item(document: 0, forms: [.text, .graphic],
             elements: [.background, .objectives, .mainContent, .scope, .cautions],
             leader: "县政府办公室主任", state: .published,
             body: "一、制定背景\n为深入贯彻《中华人民共和国政府信息公开条例》，进一步做好政务公开工作，制定本要点。\n二、主要内容\n要点从公开内容、解读回应、平台建设三方面提出要求。"),
        Item(document: 1, forms: [.qa, .graphic],
             elements: [.background, .mainContent, .scope, .benefits],
             leader: "县教育局局长", state: .approved,
             body: "问：今年招生入学有哪些变化？\n答：继续实行划片招生、就近入学，进一步规范随迁子女入学办理流程。"),
        Item(document: 8, forms: [.text, .qa],
             elements: [.background, .mainContent, .standards, .changes],
             leader: "县市场监督管理局局长", state: .published,
             body: "一、为什么制定裁量基准\n规范行政处罚自由裁量权的行使，做到过罚相当。\n二、与原基准相比有哪些变化\n细化了从轻、减轻处罚的情形。"),
    ]

    static func insert(_ db: Database, today: CivilDate, actor: Actor) throws {
        let stamp = AuditLog.timestamp()
        for item in items {
            let d = DemoData.documents[item.document]
            let formed = today.adding(days: -d.formedDaysAgo)
            let docId = String(format: "D%04d-%04d", formed.year, item.document + 1)
            guard try DocumentRow.fetchOne(db, key: docId) != nil else { continue }
            let published = d.publishedDaysAgo.map { today.adding(days: -$0) }
            let approved = item.state == .draft || item.state == .inReview ? nil
                : (published.map { $0.adding(days: -1) } ?? today.adding(days: -1))
            let id = try GongkaiService.nextInterpretationID(db, year: formed.year)
            let row = InterpretationRow(
                id: id, documentId: docId, unitId: d.unit, unitReason: nil, leader: item.leader,
                forms: InterpretationRow.codes(item.forms), elements: InterpretationRow.codes(item.elements),
                body: item.body, state: item.state.rawValue, created: formed.iso, approved: approved?.iso,
                published: item.state == .published ? published?.iso : nil, createdAt: stamp, updatedAt: stamp)
            try row.insert(db)
            try AuditLog.append(db, actor: actor, action: .interpretationAdd, item: id,
                                after: AuditLog.json(GongkaiService.auditView(row)))
        }
    }
}
