import GongkaiCore

extension TUIText {
    /// 消息记录 — `:messages` and messages longer than the message line (Messages/MessageLog).
    enum Messages {
        static let alias = Phrase("消息", "messages")
        static let cmd = Phrase("查看本次会话的全部消息（较长的消息在此看全文）", "Show this session's messages (long ones in full)")
        static let title = Phrase(" 本次会话的消息（{1} 条） ", " This session's messages ({1}) ")
        static let footer = Phrase("{1} 关闭", "{1} close")
        static let none = Phrase("本次会话还没有消息。", "No messages yet in this session.")
        static let errorMark = Phrase("【错误】", "[error] ")
        static let more = Phrase("…（:messages 看全文）", "… (:messages for all)")
    }
}
