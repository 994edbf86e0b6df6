import GongkaiCore
import GongkaiStore

/// 解读表单 — one interpretation being created or edited in the 解读 pane: the forms
/// (multi-select), the elements checklist (甘肃 rule), the responsible leader, the interpreting unit
/// with the reason when it is not the drafting unit (谁起草、谁解读), and the body in the same
/// `TextEditor` the documents use. A value: keys change it, `InterpretationsController` saves it.
public struct InterpretationSheet: Equatable, Sendable {
    /// The parts Tab moves between.
    public enum Area: Int, CaseIterable, Sendable {
        case forms, elements, leader, unit, reason, body

        public var label: String {
            switch self {
            case .forms: return TUIText.Interpretations.forms.text()
            case .elements: return TUIText.Interpretations.elements.text()
            case .leader: return TUIText.Interpretations.leader.text()
            case .unit: return TUIText.Interpretations.unit.text()
            case .reason: return TUIText.Interpretations.reason.text()
            case .body: return TUIText.Fields.body.text()
            }
        }
    }

    /// A one-line text field (LineEditing keys).
    public struct Line: Equatable, Sendable {
        public var text: String
        public var caret: Int
        public init(_ text: String) { self.text = text; caret = text.count }
    }

    /// nil while the interpretation is new (saving creates it).
    public var interpretationId: String?
    public var documentId: String
    public var documentTitle: String
    public var draftingUnitName: String
    public var state: InterpretationState
    /// Chosen forms, in the order chosen.
    public var forms: [InterpretationForm]
    public var elements: Set<InterpretationElement>
    public var leader: Line
    public var unit: Line
    public var reason: Line
    public var body: TextEditor
    public var clipboard = EditorClipboard()
    public var area: Area
    /// The highlighted item of the forms / elements lists.
    public var formCursor = 0
    public var elementCursor = 0
    /// Changed since opened or last saved (Esc then asks first, App/Confirmation).
    public var modified = false

    /// A new interpretation of `row`'s document: the drafting unit interprets by default.
    public static func new(for row: InterpretationOverviewRow, area: Area = .forms) -> InterpretationSheet {
        InterpretationSheet(interpretationId: nil, documentId: row.doc, documentTitle: row.title,
                            draftingUnitName: row.unitName, state: .draft, forms: [], elements: [],
                            leader: Line(""), unit: Line(row.unitName), reason: Line(""), body: TextEditor(text: ""),
                            area: area)
    }

    /// An existing interpretation.
    public static func open(_ d: InterpretationDetail, draftingUnitName: String, area: Area = .forms) -> InterpretationSheet {
        InterpretationSheet(interpretationId: d.id, documentId: d.doc, documentTitle: d.documentTitle,
                            draftingUnitName: draftingUnitName, state: d.state, forms: d.forms,
                            elements: Set(d.elements), leader: Line(d.leader ?? ""), unit: Line(d.unitName),
                            reason: Line(d.unitReason ?? ""), body: TextEditor(text: d.body), area: area)
    }

    /// A submitted interpretation is read-only until returned to draft.
    public var editable: Bool { state == .draft }

    /// What a key did.
    public enum Outcome: Equatable, Sendable { case editing, save, cancel }

    /// Applies a key or a command of the sheet's bindings (`interp-sheet`: save, field-next /
    /// field-prev between the parts, cancel — the controller asks first when something changed;
    /// `interp-list` in the lists: choice-prev / choice-next move, top / bottom, tick;
    /// `interp-line` in the lines: Enter is field-next). Lines: the LineEditing keys. Body: the
    /// editor's keys.
    public mutating func handle(_ input: FormInput) -> Outcome {
        let n = Area.allCases.count
        let key: Key
        switch input {
        case .command(.save): return .save
        case .command(.fieldNext): area = Area(rawValue: (area.rawValue + 1) % n)!; return .editing
        case .command(.fieldPrev): area = Area(rawValue: (area.rawValue + n - 1) % n)!; return .editing
        case .command(.cancel): return .cancel
        case .command(let command):
            list(command)
            return .editing
        case .key(let k): key = k
        }
        switch area {
        case .forms, .elements: break
        case .leader: leader = lineKey(key, leader)
        case .unit: unit = lineKey(key, unit)
        case .reason: reason = lineKey(key, reason)
        case .body:
            guard editable else { return .editing }
            var editor = body, clip = clipboard
            let effect = editor.handle(key, clipboard: &clip)
            body = editor
            clipboard = clip
            switch effect {
            case .changed: modified = true
            case .save: return .save
            case .leave: return .cancel
            default: break
            }
        }
        return .editing
    }

    /// A list command in the forms or elements list: moves the cursor, or ticks the item under it.
    private mutating func list(_ command: FormCommand) {
        switch area {
        case .forms:
            var c = formCursor
            if let i = Self.listCommand(command, cursor: &c, count: InterpretationForm.allCases.count), editable {
                let f = InterpretationForm.allCases[i]
                if let at = forms.firstIndex(of: f) { forms.remove(at: at) } else { forms.append(f) }
                modified = true
            }
            formCursor = c
        case .elements:
            var c = elementCursor
            if let i = Self.listCommand(command, cursor: &c, count: InterpretationElement.allCases.count), editable {
                let e = InterpretationElement.allCases[i]
                if elements.contains(e) { elements.remove(e) } else { elements.insert(e) }
                modified = true
            }
            elementCursor = c
        default: break
        }
    }

    /// Moves the list cursor; returns the index to tick.
    private static func listCommand(_ command: FormCommand, cursor: inout Int, count: Int) -> Int? {
        switch command {
        case .choicePrev, .moveUp: cursor = (cursor + count - 1) % count
        case .choiceNext, .moveDown: cursor = (cursor + 1) % count
        case .top: cursor = 0
        case .bottom: cursor = count - 1
        case .tick, .submit: return cursor
        default: break
        }
        return nil
    }

    private mutating func lineKey(_ key: Key, _ line: Line) -> Line {
        guard editable else { return line }
        var l = line
        if LineEditing.apply(key, text: &l.text, caret: &l.caret) { modified = true }
        return l
    }

    // MARK: Requests

    static func blankToNil(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : t
    }

    public var addRequest: AddInterpretationRequest {
        AddInterpretationRequest(documentId: documentId, forms: forms, unit: Self.blankToNil(unit.text),
                                 reason: Self.blankToNil(reason.text), leader: Self.blankToNil(leader.text),
                                 elements: InterpretationElement.allCases.filter(elements.contains), body: body.text)
    }

    public var updateRequest: UpdateInterpretationRequest {
        UpdateInterpretationRequest(forms: forms, elements: InterpretationElement.allCases.filter(elements.contains),
                                    leader: leader.text, unit: Self.blankToNil(unit.text) ?? draftingUnitName,
                                    reason: reason.text, body: body.text)
    }
}
