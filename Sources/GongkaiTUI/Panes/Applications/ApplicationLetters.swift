import Foundation
import GongkaiCore
import GongkaiLetters
import GongkaiStore

/// 文书（申请窗格） — `W` makes the letter the current step calls for (LetterRequest.kindForCurrentStep)
/// as DOCX into the officer's letters directory (`letters/` in the working directory, written on
/// the officer's side by `OfficerSide.files`), through the same LetterIssuer as `gongkai letter`:
/// missing data is reported before anything is numbered; number, date and digest go on the
/// application's timeline only once the file is written.
public struct ProducedLetter: Sendable {
    public var record: LetterRecord
    public var path: String
}

/// Why the pane's letter key made nothing (the message line says it).
enum ApplicationLetterError: Error {
    case noStep(id: String, state: ApplicationState)
    case write(path: String, reason: String)
}

extension ServiceDataSource {
    /// `letters` in the officer's working directory: the officer's own, never the workspace's.
    static let defaultLetterDirectory = "letters"

    public func produceLetter(applicationId id: String) throws -> ProducedLetter {
        let detail = try service.application(id: id)
        guard let kind = LetterRequest.kindForCurrentStep(detail.state) else {
            throw ApplicationLetterError.noStep(id: id, state: detail.state)
        }
        let files = officerFiles ?? OfficerSide.files
        let letterDirectory = self.letterDirectory
        var written = ""
        do {
            let issued = try LetterIssuer(service: service)
                .issue(applicationId: id, request: LetterRequest(kind: kind, date: LetterRequest.eventDate(kind, events: detail.events.map(\.event)) ?? service.today()), format: .docx) { data, number in
                    written = letterDirectory + "/" + LetterIssuer.fileName(number: number, format: .docx)
                    try files.write(data, to: written)
                }
            let shown = (files as? LocalOfficerFiles)?.absolute(written) ?? written
            return ProducedLetter(record: issued.record, path: shown)
        } catch let e as LetterIssuer.NotWritten {
            throw ApplicationLetterError.write(path: written, reason: "\(e.underlying)")
        }
    }
}

extension ApplicationsController {
    /// `W`: the letter for the current step, after asking (App/Confirmation): each letter takes the
    /// next number of the unit's year, so a stray press would leave a stray letter in the series.
    /// The question names the application and says when that kind of letter was already issued.
    static func produceLetter(model: AppModel) {
        guard dataSource(model) != nil else { return }
        guard let id = model.state.applications.detail?.id ?? selectedId(model) else {
            return model.error(TUIText.Letters.noSelection.text())
        }
        // The request's step and earlier letters are read by the loop (`askLetter`).
        model.request(.read(.letterQuestion(applicationId: id)))
    }

    /// Asks whether to make the letter request `id`'s step calls for, naming an earlier one of the
    /// same kind (performed by the loop).
    static func askLetter(applicationId id: String, model: AppModel) {
        guard let source = dataSource(model) else { return }
        guard let detail = try? source.applicationDetail(id: id),
              let kind = LetterRequest.kindForCurrentStep(detail.state) else {
            // No letter for this step: producing says why, and nothing is numbered.
            return model.request(.produceLetter(applicationId: id))
        }
        var item = Confirmation.item(id, title: detail.content)
        if let earlier = detail.letters.last(where: { $0.kind == kind }) {
            item = TUIText.Confirm.letterAgain.text([item, kind.displayName, earlier.number, earlier.date.iso])
        }
        ConfirmationController.ask(Confirmation(.letter(applicationId: id),
                                                verb: TUIText.Confirm.letterVerb.text([kind.displayName]), item: item),
                                   model: model)
    }

    /// Performs `.produceLetter`: the service numbers the letter and the file is written on the
    /// officer's side; the timeline and the message line say what came of it.
    static func letterRequested(applicationId id: String, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            let made = try source.produceLetter(applicationId: id)
            if model.state.applications.detail?.id == id {
                var view = ApplicationDetailView(try source.applicationDetail(id: id))
                view.scroll = model.state.applications.detail?.scroll ?? 0
                model.state.applications.detail = view
            }
            reload(model)
            model.state.message = StatusMessage(
                text: TUIText.Letters.made.text([made.record.kind.displayName, made.record.number, made.path]), isError: false)
        } catch ApplicationLetterError.noStep(let id, let state) {
            model.error(TUIText.Letters.noStep.text([id, state.displayName]))
        } catch ApplicationLetterError.write(let path, let reason) {
            model.error(TUIText.Letters.writeFailed.text([path, reason]))
        } catch {
            model.error(TUIText.Letters.failed.text(["\(error)"]))
        }
    }
}
