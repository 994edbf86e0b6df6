import Foundation
import GongkaiCore
import GongkaiStore

/// 出具文书 — the whole path the CLI and the 申请 pane share: read the application, check every
/// name the template needs (nothing is numbered when data is missing), then in one transaction take
/// the unit's next number, render the file, hand it to `deliver` (which writes it on the officer's
/// side, `OfficerSide.files`) and only then record number, date, format and SHA-256 on the
/// timeline (GongkaiService.issueLetter: access checked, audited). A file that could not be
/// written rolls the transaction back: nothing is recorded and the number is not used up.
public struct LetterIssuer {
    public var service: GongkaiService
    public var templates: LetterTemplates

    public init(service: GongkaiService, templates: LetterTemplates) {
        self.service = service
        self.templates = templates
    }

    /// Templates next to the workspace file (`<dir>/templates/letters/`) override the shipped ones.
    public init(service: GongkaiService) {
        self.init(service: service,
                  templates: LetterTemplates(directory: LetterTemplates.overrideDirectory(workspacePath: service.workspace.path),
                                             owner: TemplateFile.owner(ofWorkspace: service.workspace.path)))
    }

    public struct Issued: Sendable {
        public var record: LetterRecord
        public var data: Data
        public var document: LetterDocument
    }

    /// The letter was made but its file could not be written: nothing was recorded, no number used.
    public struct NotWritten: Error, CustomStringConvertible {
        /// The number the letter would have had (free again).
        public var number: String
        public var underlying: any Error
        public var description: String { "\(underlying)" }
    }

    /// `deliver` gets the file's bytes and its number inside the numbering transaction; when it
    /// throws, the transaction rolls back and `NotWritten` is thrown.
    public func issue(applicationId id: String, request: LetterRequest, format: LetterFormat,
                      deliver: ((_ data: Data, _ number: String) throws -> Void)? = nil) throws -> Issued {
        let detail = try service.application(id: id)
        var request = request
        if request.kind == .fee, request.owedPayBy == nil {
            // 20 working days after the notice on the workspace's calendar (C8).
            request.owedPayBy = DeadlineClock.feePaymentDue(notice: request.date, calendar: try service.workdayCalendar()).due
        }
        let composer = LetterComposer(templates: templates)
        let templateName = try composer.check(detail: detail, request: request)
        var document: LetterDocument?
        let issueRequest = LetterIssueRequest(applicationId: id, kind: request.kind, template: templateName,
                                              format: format.rawValue, date: request.date)
        let (record, data) = try service.issueLetter(issueRequest) { number in
            let composed = try composer.compose(detail: detail, request: request, number: number)
            document = composed.document
            let data = try format.data(composed.document)
            if let deliver {
                do { try deliver(data, number) } catch { throw NotWritten(number: number, underlying: error) }
            }
            return data
        }
        return Issued(record: record, data: data, document: document ?? LetterDocument(rendered: ""))
    }

    /// “县教育局依申请〔2026〕第12号” → “县教育局依申请2026第12号” — a file name from a number.
    public static func fileName(number: String, format: LetterFormat) -> String {
        var name = ""
        for s in number.unicodeScalars {
            if CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_" { name.unicodeScalars.append(s) }
        }
        if name.isEmpty { name = "letter" }
        return name + "." + format.fileExtension
    }
}
