/// 剪贴板 — the in-program clipboard shared by the editors of one session.
///
/// A terminal program cannot reach the desktop clipboard without OSC 52, which is exactly the
/// escape sequence the sanitiser refuses; so cut/copy/paste stay inside the program. The app
/// owns one value and lends it to whichever editor handles a key (`inout`), so a paragraph cut
/// from a document body can be pasted into an interpretation body.
public struct EditorClipboard: Equatable, Sendable {
    public var text: String

    public init(_ text: String = "") { self.text = text }

    public var isEmpty: Bool { text.isEmpty }
}
