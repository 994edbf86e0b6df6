import Foundation
import GongkaiCore

/// 文件详情 — one document with everything `doc show` prints and the editor opens: fields,
/// 公开属性, state, 第二十六条 publication clock, 立改废 status, body and version.
public struct DocumentDetail: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var docNumber: String?
    public var type: DocumentType
    public var attribute: DisclosureAttribute?
    public var withheldReason: ApplicationOutcome?
    /// 公开属性说明.
    public var attributeNote: String?
    public var state: DocumentState
    public var unitId: String
    public var unitName: String
    /// 公开目录路径 (text until the catalog links documents).
    public var category: String?
    public var formed: CivilDate
    public var published: CivilDate?
    /// 公开期限 — the 20th working day after `formed` (第二十六条, C1); nil unless 主动公开.
    public var publishDue: CivilDate?
    /// 逾期未公开.
    public var overdue: Bool
    /// The clock in full (working days left, provisional years, C5).
    public var publication: PublicationStatus?
    public var channels: [String]
    public var tags: [String]
    public var body: String
    /// 有效期至.
    public var validUntil: CivilDate?
    /// 效力状态 today — 规章 and 规范性文件 only.
    public var regulationStatus: RegulationStatus?
    public var amendedBy: String?
    public var amendedOn: CivilDate?
    public var repealedOn: CivilDate?
    /// 有效期将满（6 个月内），需评估.
    public var needsEvaluation: Bool
    /// 版本号 — give it back as `expectedVersion` when saving.
    public var version: Int
    public var updatedAt: String

    /// 新建文件（尚未保存）— what the editor opens for a document not added yet: no id (`unsavedID`
    /// names the unit it will be added for, so a journaled draft can be recovered), version 0, a
    /// 草稿 of `unitId` with the fields chosen before the title is typed. Saving it is `addDocument`.
    public static func unsaved(unitId: String, unitName: String, type: DocumentType, attribute: DisclosureAttribute?,
                               category: String?, formed: CivilDate) -> DocumentDetail {
        DocumentDetail(id: unsavedID(unit: unitId), title: "", docNumber: nil, type: type, attribute: attribute,
                       withheldReason: nil, attributeNote: nil, state: .draft, unitId: unitId, unitName: unitName,
                       category: category, formed: formed, published: nil, publishDue: nil, overdue: false,
                       publication: nil, channels: [], tags: [], body: "", validUntil: nil, regulationStatus: nil,
                       amendedBy: nil, amendedOn: nil, repealedOn: nil, needsEvaluation: false, version: 0,
                       updatedAt: "")
    }

    /// The id an unsaved new document carries until `addDocument` gives it one.
    public static func unsavedID(unit: String) -> String { unsavedPrefix + unit }
    public static let unsavedPrefix = "new:"

    /// Not added yet (`unsaved`): the first save adds it.
    public var isUnsaved: Bool { version == 0 && id.hasPrefix(Self.unsavedPrefix) }

    /// The register view of this document (`RegisterEntry`), for 规章 and 规范性文件.
    public var registerEntry: RegisterEntry? {
        guard RegisterEntry.isRegistered(type) else { return nil }
        return RegisterEntry(id: id, title: title, docNumber: docNumber, type: type, issued: formed,
                             validUntil: validUntil, amendedBy: amendedBy, amendedOn: amendedOn, repealed: repealedOn)
    }
}
