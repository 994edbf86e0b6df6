import Foundation
import GRDB
import GongkaiCore

/// 示例数据 — what `gongkai init --demo` adds so that a newcomer sees a living workstation.
/// Dates are relative to today, so open applications are always near their deadlines.
enum DemoData {
    /// Every workspace starts with the county office, which coordinates and sees all units.
    static let baseUnits: [OrgUnit] = [
        OrgUnit(id: "county-office", name: "县人民政府办公室", kind: .county, isCountyOffice: true),
    ]

    static let demoUnits: [OrgUnit] = [
        OrgUnit(id: "edu", name: "县教育局", kind: .department),
        OrgUnit(id: "finance", name: "县财政局", kind: .department),
        OrgUnit(id: "health", name: "县卫生健康局", kind: .department),
        OrgUnit(id: "natres", name: "县自然资源局", kind: .department),
        OrgUnit(id: "market", name: "县市场监督管理局", kind: .department),
        OrgUnit(id: "chengguan", name: "城关镇", kind: .township),
        OrgUnit(id: "hexi", name: "河西乡", kind: .township),
        OrgUnit(id: "dongshan", name: "东山镇", kind: .township),
    ]

    /// Sample officers so that access rules can be tried (`--as`): a township clerk, a
    /// department clerk and a county-office reviewer.
    static let officers: [Officer] = [
        Officer(login: "wang.cg", name: "王芳", unitId: "chengguan", role: .clerk),
        Officer(login: "zhao.edu", name: "赵强", unitId: "edu", role: .clerk),
        Officer(login: "liu.edu", name: "刘敏", unitId: "edu", role: .reviewer),
        Officer(login: "chen.review", name: "陈静", unitId: "county-office", role: .reviewer),
    ]

    struct Doc {
        var title: String
        var number: String?
        var type: DocumentType
        var attribute: DisclosureAttribute?
        var state: DocumentState
        var unit: String
        var formedDaysAgo: Int
        var publishedDaysAgo: Int?
        var body: String
    }

    static let documents: [Doc] = [
        Doc(title: "关于印发《县政府信息公开工作要点》的通知", number: "X政办发〔2026〕12号", type: .normative,
            attribute: .proactive, state: .published, unit: "county-office", formedDaysAgo: 60, publishedDaysAgo: 55,
            body: "各乡镇人民政府，县政府各部门：现将《县政府信息公开工作要点》印发给你们，请认真贯彻执行。"),
        Doc(title: "县义务教育阶段学校招生入学工作方案", number: "X教发〔2026〕8号", type: .normative,
            attribute: .proactive, state: .inReview, unit: "edu", formedDaysAgo: 12, publishedDaysAgo: nil,
            body: "为做好全县义务教育阶段学校招生入学工作，保障适龄儿童少年依法接受义务教育，制定本方案。"),
        Doc(title: "关于落实“六稳”“六保”惠企政策的若干措施", number: "X政发〔2026〕3号", type: .policy,
            attribute: .proactive, state: .approved, unit: "county-office", formedDaysAgo: 25, publishedDaysAgo: nil,
            body: "为稳企业保就业，增强发展新动能，结合我县实际，提出如下措施。"),
        Doc(title: "县财政局2026年部门预算公开说明", number: nil, type: .general,
            attribute: .proactive, state: .published, unit: "finance", formedDaysAgo: 200, publishedDaysAgo: 190,
            body: "根据预算法及相关规定，现将本部门2026年部门预算公开如下。"),
        Doc(title: "城关镇2026年第三季度低保对象公示", number: nil, type: .general,
            attribute: .proactive, state: .draft, unit: "chengguan", formedDaysAgo: 3, publishedDaysAgo: nil,
            body: "根据社会救助有关规定，经入户调查、民主评议，现将拟纳入低保对象名单公示如下。"),
        Doc(title: "县卫生健康局关于传染病防控工作的内部会议纪要", number: nil, type: .general,
            attribute: .withheld, state: .approved, unit: "health", formedDaysAgo: 30, publishedDaysAgo: nil,
            body: "会议研究了近期防控工作安排。"),
        Doc(title: "县国土空间总体规划（2021—2035年）", number: "X政发〔2026〕1号", type: .policy,
            attribute: .proactive, state: .published, unit: "natres", formedDaysAgo: 120, publishedDaysAgo: 110,
            body: "本规划是全县国土空间保护、开发、利用、修复的政策和总纲。"),
        Doc(title: "河西乡农村人居环境整治实施方案", number: "河政发〔2026〕5号", type: .policy,
            attribute: nil, state: .draft, unit: "hexi", formedDaysAgo: 2, publishedDaysAgo: nil,
            body: "为持续改善农村人居环境，建设宜居宜业和美乡村，制定本方案。"),
        Doc(title: "县市场监督管理局行政处罚裁量基准", number: "X市监规〔2026〕2号", type: .normative,
            attribute: .proactive, state: .published, unit: "market", formedDaysAgo: 80, publishedDaysAgo: 70,
            body: "为规范行政处罚自由裁量权的行使，制定本基准。"),
        Doc(title: "东山镇重大项目建设进展情况", number: nil, type: .general,
            attribute: .proactive, state: .inReview, unit: "dongshan", formedDaysAgo: 18, publishedDaysAgo: nil,
            body: "今年以来，我镇重大项目建设总体进展顺利。"),
    ]

    struct App {
        var type: ApplicantType
        var name: String
        var idNumber: String?
        var contact: String?
        var channel: ReceiptChannel
        var receivedDaysAgo: Int
        var content: String
        var unit: String
        var repliedDaysAgo: Int?
        var outcome: ApplicationOutcome?
    }

    static let applications: [App] = [
        App(type: .naturalPerson, name: "张三", idNumber: "110101199003071234", contact: "13800000001",
            channel: .online, receivedDaysAgo: 26, content: "申请公开本村2025年征地补偿款发放明细",
            unit: "natres", repliedDaysAgo: nil, outcome: nil),
        App(type: .naturalPerson, name: "李四", idNumber: "110101198506152345", contact: "13800000002",
            channel: .registeredMail, receivedDaysAgo: 10, content: "申请公开城关镇老旧小区改造项目预算",
            unit: "chengguan", repliedDaysAgo: nil, outcome: nil),
        App(type: .business, name: "县宏达建材有限公司", idNumber: nil, contact: "0000-1234567",
            channel: .inPerson, receivedDaysAgo: 40, content: "申请公开2026年政府采购项目中标结果",
            unit: "finance", repliedDaysAgo: 22, outcome: .granted),
        App(type: .naturalPerson, name: "王五", idNumber: "110101197712013456", contact: "13800000003",
            channel: .ordinaryMail, receivedDaysAgo: 3, content: "申请公开河西乡低保评审会议记录",
            unit: "hexi", repliedDaysAgo: nil, outcome: nil),
        App(type: .research, name: "省社会科学院", idNumber: nil, contact: "0000-7654321",
            channel: .fax, receivedDaysAgo: 60, content: "申请获取全县义务教育学校布局数据",
            unit: "edu", repliedDaysAgo: 35, outcome: .partiallyGranted),
        App(type: .naturalPerson, name: "赵六", idNumber: "110101199912124567", contact: "13800000004",
            channel: .online, receivedDaysAgo: 15, content: "申请公开本人所在小区周边建设项目环评报告",
            unit: "natres", repliedDaysAgo: nil, outcome: nil),
    ]

    struct Counts { var units = 0, documents = 0, applications = 0, officers = 0 }

    static func insert(_ db: Database, today: CivilDate, stamp: String, actor: Actor) throws -> Counts {
        var counts = Counts()
        for (i, unit) in demoUnits.enumerated()
        where try UnitRow.fetchOne(db, key: unit.id) == nil {
            try UnitRow(id: unit.id, name: unit.name, kind: unit.kind.rawValue,
                        isCountyOffice: unit.isCountyOffice, sortOrder: i + 1, createdAt: stamp).insert(db)
            try AuditLog.append(db, actor: actor, action: .unitAdd, item: unit.id, after: AuditLog.json(unit))
            counts.units += 1
        }
        for o in officers where try OfficerRow.fetchOne(db, key: o.login) == nil {
            try OfficerRow(login: o.login, name: o.name, unitId: o.unitId, role: o.role.rawValue,
                           createdAt: stamp).insert(db)
            try AuditLog.append(db, actor: actor, action: .officerAdd, item: o.login, after: AuditLog.json(o))
            counts.officers += 1
        }
        for (i, d) in documents.enumerated() {
            let formed = today.adding(days: -d.formedDaysAgo)
            let id = String(format: "D%04d-%04d", formed.year, i + 1)
            let row = DocumentRow(id: id, title: d.title, docNumber: d.number, type: d.type.rawValue,
                                  attribute: d.attribute?.rawValue,
                                  withheldReason: d.attribute == .withheld ? ApplicationOutcome.withheldInternalAffairs.rawValue : nil,
                                  state: d.state.rawValue, unitId: d.unit, formed: formed.iso,
                                  published: d.publishedDaysAgo.map { today.adding(days: -$0).iso },
                                  body: d.body, createdAt: stamp, updatedAt: stamp)
            try row.insert(db)
            try AuditLog.append(db, actor: actor, action: .documentAdd, item: id, after: AuditLog.json(row))
            counts.documents += 1
        }
        for (i, a) in applications.enumerated() {
            let received = today.adding(days: -a.receivedDaysAgo)
            let id = String(format: "A%04d-%04d", received.year, i + 1)
            let row = ApplicationRow(id: id, applicantType: a.type.rawValue, applicantName: a.name,
                                     applicantIdNumber: a.idNumber, applicantContact: a.contact,
                                     channel: a.channel.rawValue, received: received.iso, content: a.content,
                                     formWanted: "电子文档", unitId: a.unit,
                                     replied: a.repliedDaysAgo.map { today.adding(days: -$0).iso },
                                     outcome: a.outcome?.rawValue, createdAt: stamp)
            try row.insert(db)
            if let replied = row.replied.flatMap(CivilDate.init(iso:)), let outcome = a.outcome {
                _ = try ApplicationClockCache.insert(db, id: id, event: .reply(replied, outcome: outcome),
                                                     actor: actor.login, at: stamp)
            }
            try ApplicationClockCache.refresh(db, id: id, calendar: try GongkaiService.workdayCalendar(db), today: today)
            // Personal data stays out of the audit text: the log is readable more widely.
            try AuditLog.append(db, actor: actor, action: .applicationAdd, item: id,
                                after: AuditLog.json(["received": row.received, "channel": row.channel,
                                                      "unitId": row.unitId]))
            counts.applications += 1
        }
        return counts
    }
}
