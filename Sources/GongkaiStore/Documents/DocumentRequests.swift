import Foundation
import GongkaiCore

/// 登记文件 — a new document as drafted: the fields of a 政府信息 and its 公开属性, fixed
/// when the information is made (条例第十三条).
public struct NewDocument: Codable, Sendable, Hashable {
    public var title: String
    public var type: DocumentType
    /// 公开属性、不予公开理由、说明. The attribute may stay nil in a draft; review needs it.
    public var disclosure: DocumentDisclosure
    /// 公开目录路径, e.g. `政府文件`.
    public var category: String?
    /// 发文单位 — id or name; nil: the officer's own unit.
    public var unit: String?
    /// 成文日期 / 形成或变更日期 (第二十六条's clock starts the next day, C1).
    public var formed: CivilDate
    /// 文号 as typed; checked with `DocumentNumber.check` and stored in its standard form.
    public var docNumber: String?
    public var body: String
    /// 公开渠道 — 门户网站、微信平台、新闻媒体、两馆一中心 …
    public var channels: [String]
    /// 标签 — 六稳六保、惠企政策、疫情防控 …
    public var tags: [String]
    /// 有效期至 (规章、规范性文件; optional).
    public var validUntil: CivilDate?

    public init(title: String, type: DocumentType, disclosure: DocumentDisclosure, category: String? = nil,
                unit: String? = nil, formed: CivilDate, docNumber: String? = nil, body: String = "",
                channels: [String] = [], tags: [String] = [], validUntil: CivilDate? = nil) {
        self.title = title
        self.type = type
        self.disclosure = disclosure
        self.category = category
        self.unit = unit
        self.formed = formed
        self.docNumber = docNumber
        self.body = body
        self.channels = channels
        self.tags = tags
        self.validUntil = validUntil
    }
}

/// 修改文件 — the editable fields of a draft as the officer left them, and the version they were
/// read at: a save over another officer's later change is refused with both versions shown.
public struct DocumentEdit: Codable, Sendable, Hashable {
    public var id: String
    /// 打开时的版本号 (`DocumentDetail.version`).
    public var expectedVersion: Int
    public var title: String
    public var type: DocumentType
    public var disclosure: DocumentDisclosure
    public var category: String?
    public var formed: CivilDate
    public var docNumber: String?
    public var body: String
    public var channels: [String]
    public var tags: [String]
    public var validUntil: CivilDate?

    public init(id: String, expectedVersion: Int, title: String, type: DocumentType, disclosure: DocumentDisclosure,
                category: String?, formed: CivilDate, docNumber: String?, body: String, channels: [String],
                tags: [String], validUntil: CivilDate?) {
        self.id = id
        self.expectedVersion = expectedVersion
        self.title = title
        self.type = type
        self.disclosure = disclosure
        self.category = category
        self.formed = formed
        self.docNumber = docNumber
        self.body = body
        self.channels = channels
        self.tags = tags
        self.validUntil = validUntil
    }

    /// The edit that leaves `detail` as it is (the editor starts from here).
    public init(_ detail: DocumentDetail) {
        self.init(id: detail.id, expectedVersion: detail.version, title: detail.title, type: detail.type,
                  disclosure: DocumentDisclosure(attribute: detail.attribute, withheldReason: detail.withheldReason,
                                                 note: detail.attributeNote),
                  category: detail.category, formed: detail.formed, docNumber: detail.docNumber, body: detail.body,
                  channels: detail.channels, tags: detail.tags, validUntil: detail.validUntil)
    }
}

/// 文件筛选 — what `doc list` and the 文件 pane show; conditions combine with AND.
public struct DocumentQuery: Codable, Sendable, Hashable {
    public var state: DocumentState?
    /// 仅逾期未公开 — 主动公开, unpublished, past the 20-working-day limit (第二十六条).
    public var overdue: Bool
    /// 发文单位 — id or name.
    public var unit: String?
    /// 公开目录栏目 — the documents filed in this column or below it.
    public var catalogNode: String?
    public var offset: Int
    public var limit: Int

    public init(state: DocumentState? = nil, overdue: Bool = false, unit: String? = nil, catalogNode: String? = nil,
                offset: Int = 0, limit: Int = 100) {
        self.state = state
        self.overdue = overdue
        self.unit = unit
        self.catalogNode = catalogNode
        self.offset = offset
        self.limit = limit
    }
}
