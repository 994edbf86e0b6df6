/// 界面 — where a message is read: the `gongkai` command line or the workstation (the TUI). A
/// refusal that tells the officer what to supply names the CLI option on the command line
/// (`--problems`) and the form field in the workstation (「发现的问题」栏), never a CLI option there.
public enum InterfaceSurface: Sendable {
    case commandLine
    case workstation

    /// The surface in force for the current task (the workstation runs its keys inside
    /// `InterfaceSurface.$current.withValue(.workstation)`).
    @TaskLocal public static var current: InterfaceSurface = .commandLine
}

/// 输入提示 — how a message names what the officer must give: the CLI option on the command line,
/// the form field (or the place to give it) in the workstation.
public struct InputHint: Sendable {
    public let option: String
    public let workstation: Phrase

    public init(option: String, workstation: Phrase) {
        self.option = option
        self.workstation = workstation
    }

    /// In the surface in force: the option, or the workstation's words in `lang`.
    public func text(in lang: UILanguage = UILanguage.current) -> String {
        InterfaceSurface.current == .workstation ? workstation.text(in: lang) : option
    }

    typealias H = CoreText.Hints
    public static let date = InputHint(option: "--date", workstation: H.changeDate)
    public static let shortReason = InputHint(option: "--short-reason", workstation: H.shortReason)
    public static let summary = InputHint(option: "--summary", workstation: H.summary)
    public static let adoption = InputHint(option: "--adoption", workstation: H.adoption)
    public static let feedback = InputHint(option: "--feedback", workstation: H.feedback)
    public static let earlyReason = InputHint(option: "--early-reason", workstation: H.earlyReason)
    public static let inspector = InputHint(option: "--inspector", workstation: H.inspector)
    public static let channel = InputHint(option: "--channel", workstation: H.channel)
    public static let problems = InputHint(option: "--problems", workstation: H.problems)
    public static let note = InputHint(option: "--note", workstation: H.note)
    public static let count = InputHint(option: "--count", workstation: H.count)
    public static let pages = InputHint(option: "--pages", workstation: H.pages)
    public static let override = InputHint(option: "--override", workstation: H.override)
    public static let overrideReason = InputHint(option: "--override-reason", workstation: H.overrideReason)
    public static let cancel = InputHint(option: "--cancel", workstation: H.cancel)
}
