import GongkaiCore

extension TUIText {
    /// 开始提示 — the first screen's next steps by role (App/StartGuide); the keys are the live
    /// keymap's (`KeyHints`), so a rebinding in config.toml shows here.
    enum Guide {
        static let clerk = Phrase("{1}，您好。登记申请：按 {2} 到“申请”窗格再按 {3}；新建文件：按 {4} 到“文件”窗格再按 {5}。{6} 查看全部按键", "Hello, {1}. To register a request press {2} (Requests) then {3}; to start a document press {4} (Documents) then {5}. {6} lists every key")
        static let reviewer = Phrase("{1}，您好。待办箱有 {2} 件等您审核：按 {3} 打开。{4} 查看全部按键", "Hello, {1}. {2} items wait for your review: press {3} for the inbox. {4} lists every key")
        static let reviewerNothing = Phrase("{1}，您好。待办箱暂无待审事项（按 {2} 打开）。{3} 查看全部按键", "Hello, {1}. Nothing waits for your review (press {2} for the inbox). {3} lists every key")
        static let admin = Phrase("{1}，您好。待办 {2} 件：按 {3} 打开待办箱；登记申请按 {4} 再按 {5}，新建文件按 {6} 再按 {7}。{8} 查看全部按键", "Hello, {1}. {2} items in your inbox: press {3}. To register a request press {4} then {5}; to start a document press {6} then {7}. {8} lists every key")
        static let then = Phrase("。", ". ")
        static let missingYears = Phrase("注意：{1} 年的节假日安排尚未录入，跨入该年的期限均为暂定（带 {2}），请管理员用 gongkai calendar import 录入", "Note: the holiday arrangement for {1} is not entered, so deadlines reaching it are provisional (marked {2}); an admin enters it with gongkai calendar import")
    }
}
