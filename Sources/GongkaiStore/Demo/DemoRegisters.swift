import Foundation
import GRDB
import GongkaiCore

/// 示例登记簿 — what `gongkai init --demo` adds to 权责清单, 公众参与 and 网站巡检, dated
/// relative to today: 县教育局's consultation is open (closing in 14 days, outside the inbox's
/// 7-day window, so the demo's inbox stays as it was), 城关镇's opens in 5 days, the county office's
/// is closed with its feedback.
enum DemoRegisters {
    struct Duty {
        var unit: String
        var kind: DutyKind
        var name: String
        var basis: String
        var responsible: String
        var procedure: String
        var timeLimit: String
        var phone: String
    }

    static let duties: [Duty] = [
        Duty(unit: "edu", kind: .licensing, name: "实施中等及以下学历教育的民办学校设立审批",
             basis: "《中华人民共和国民办教育促进法》第十八条", responsible: "县教育局政策法规股",
             procedure: "受理、审查、决定、送达", timeLimit: "受理之日起3个月内", phone: "12345"),
        Duty(unit: "edu", kind: .penalty, name: "对民办学校违法办学行为的处罚",
             basis: "《中华人民共和国民办教育促进法》第六十二条", responsible: "县教育局",
             procedure: "立案、调查、告知、决定、送达、执行", timeLimit: "立案之日起90日内", phone: "12345"),
        Duty(unit: "edu", kind: .inspection, name: "对学校办学行为的监督检查",
             basis: "《中华人民共和国教育法》第二十五条", responsible: "县教育局督导室",
             procedure: "制定计划、实施检查、反馈整改", timeLimit: "按年度检查计划", phone: "12345"),
        Duty(unit: "market", kind: .licensing, name: "食品经营许可",
             basis: "《中华人民共和国食品安全法》第三十五条", responsible: "县市场监督管理局",
             procedure: "申请、受理、审查、决定", timeLimit: "受理之日起10个工作日", phone: "12315"),
        Duty(unit: "market", kind: .penalty, name: "对经营不符合食品安全标准的食品的处罚",
             basis: "《中华人民共和国食品安全法》第一百二十四条", responsible: "县市场监督管理局",
             procedure: "立案、调查、告知、决定、送达、执行", timeLimit: "立案之日起90日内", phone: "12315"),
        Duty(unit: "chengguan", kind: .benefit, name: "最低生活保障审核",
             basis: "《社会救助暂行办法》第十一条", responsible: "城关镇社会事务办",
             procedure: "申请、入户调查、民主评议、公示、报批", timeLimit: "受理之日起30日内", phone: "12345"),
        Duty(unit: "chengguan", kind: .other, name: "村（居）民委员会选举工作指导",
             basis: "《中华人民共和国村民委员会组织法》第四条", responsible: "城关镇党政办",
             procedure: "制定方案、指导实施", timeLimit: "按选举日程", phone: "12345"),
    ]

    static func insert(_ db: Database, today: CivilDate, actor: Actor) throws {
        let stamp = AuditLog.timestamp()
        for (n, d) in duties.enumerated() {
            let entry = DutyEntry(id: String(format: "QZ%04d", n + 1), unitId: d.unit, kind: d.kind, name: d.name,
                                  legalBasis: d.basis, responsibleUnit: d.responsible, procedure: d.procedure,
                                  timeLimit: d.timeLimit, supervisionPhone: d.phone)
            try DutyRow(entry, createdAt: stamp, updatedAt: stamp).insert(db)
            try AuditLog.append(db, actor: actor, action: .dutyAdd, item: entry.id, after: AuditLog.json(entry))
        }
        // One adjustment with its earlier version kept: 教育局's inspection entry got a new time limit.
        if var adjusted = try DutyRow.fetchOne(db, key: "QZ0003")?.checked() {
            let old = adjusted
            let on = today.adding(days: -30)
            adjusted.timeLimit = "按年度检查计划，每学期至少一次"
            adjusted = try DutyRules.adjust(old, to: adjusted, on: on)
            try db.execute(sql: """
                INSERT INTO dutyRevision (entryId, version, snapshot, changedOn, change, reason, actor, createdAt)
                VALUES (?, ?, ?, ?, 'adjusted', ?, ?, ?)
                """, arguments: [old.id, old.version, AuditLog.json(old), on.iso, "县教育督导工作调整", actor.login, stamp])
            try DutyRow(adjusted, createdAt: stamp, updatedAt: stamp).update(db)
            try AuditLog.append(db, actor: actor, action: .dutyAdjust, item: old.id,
                                before: AuditLog.json(old), after: AuditLog.json(adjusted))
        }

        let consultations = [
            Consultation(id: "", unitId: "edu", decision: "县义务教育阶段学校划片招生方案（征求意见稿）",
                         scope: "全县适龄儿童少年家长及社会各界", methods: [.publicComment, .questionnaire],
                         opens: today.adding(days: -16), closes: today.adding(days: 14)),
            Consultation(id: "", unitId: "chengguan", decision: "城关镇老旧小区改造项目实施方案",
                         scope: "城关镇改造范围内小区居民", methods: [.siteVisit, .poll],
                         opens: today.adding(days: 5), closes: today.adding(days: 34)),
            Consultation(id: "", unitId: "county-office", decision: "县城区公共停车场建设规划",
                         scope: "县城区居民和经营者", methods: [.publicComment, .written],
                         opens: today.adding(days: -80), closes: today.adding(days: -51), commentsReceived: 26,
                         commentSummary: "建议增加新能源充电车位、延长夜间免费时段等 26 条",
                         adoption: "采纳 18 条，部分采纳 5 条，未采纳 3 条（涉及收费标准，另行听证）",
                         feedback: "已在县政府门户网站“重大决策意见征集”栏目公布意见采纳情况",
                         closedOn: today.adding(days: -45)),
        ]
        for var c in consultations {
            c.id = try GongkaiService.nextRegisterID(db, table: "consultation", prefix: String(format: "GC%04d-", c.opens.year))
            try ConsultationRow(c, createdAt: stamp, updatedAt: stamp).insert(db)
            try AuditLog.append(db, actor: actor, action: .consultationAdd, item: c.id, after: AuditLog.json(c))
        }

        let inspections = [
            Inspection(id: "", unitId: "county-office", date: today.adding(days: -1), inspector: "陈静",
                       channelKind: .website, channel: "县人民政府门户网站"),
            Inspection(id: "", unitId: "county-office", date: today.adding(days: -8), inspector: "陈静",
                       channelKind: .newMedia, channel: "微信公众号“县政务发布”", failed: [.antiTamper],
                       problems: "一篇转载文章的来源标注被改动", fixedOn: today.adding(days: -7)),
            Inspection(id: "", unitId: "edu", date: today.adding(days: -3), inspector: "赵强",
                       channelKind: .website, channel: "县人民政府门户网站 县教育局专栏", checks: [.antiTamper, .antiVirus],
                       problems: "“工作动态”栏目超过 90 天未更新"),
        ]
        for var i in inspections {
            i.id = try GongkaiService.nextRegisterID(db, table: "inspection", prefix: String(format: "XJ%04d-", i.date.year))
            try InspectionRow(i, createdAt: stamp, updatedAt: stamp).insert(db)
            try AuditLog.append(db, actor: actor, action: .inspectionAdd, item: i.id, after: AuditLog.json(i))
        }
    }
}
