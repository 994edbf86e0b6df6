extension CoreText {
    /// 无权操作 (AccessDenied): the access rules, named in words ({1} is the rule's name from
    /// `RuleName`, {2} the login); the rule's code is for JSON and exit codes only.
    enum Access {
        static let otherUnit = Phrase("无权操作（规则「{1}」）：只能查看和办理本单位的事项，县政府办公室可查看全县。", "Not allowed (rule \"{1}\"): officers see and handle their own unit's matters; the county office sees the whole county.")
        static let adminOnly = Phrase("无权操作（规则「{1}」）：目录、日历、单位和工作人员只能由管理员维护。", "Not allowed (rule \"{1}\"): only administrators maintain the catalog, the calendar, units and officers.")
        static let reviewerOnly = Phrase("无权操作（规则「{1}」）：审核、签发须由审核人或管理员进行。", "Not allowed (rule \"{1}\"): reviewing and approving are for reviewers and administrators.")
        static let unknownOfficer = Phrase("登录名 {2} 尚未登记为工作人员（规则「{1}」），请联系本工作区的管理员用 gongkai officer add 登记。", "The login {2} is not registered as an officer (rule \"{1}\"); ask this workspace's administrator to add it with gongkai officer add.")
        static let actAsAdminOnly = Phrase("无权操作（规则「{1}」）：只有管理员可以用 --as 代他人操作。", "Not allowed (rule \"{1}\"): only administrators may act for others with --as.")
        static let overrideAdminOnly = Phrase("无权操作（规则「{1}」）：只有管理员可以越过办理记录规则（{3}）并写明理由。", "Not allowed (rule \"{1}\"): only administrators may override a case-history rule ({3}) with a reason.")

        /// The rules' names, as a person reads them in a refusal.
        enum RuleName {
            static let otherUnit = Phrase("仅限本单位", "own unit only")
            static let adminOnly = Phrase("仅限管理员", "administrators only")
            static let reviewerOnly = Phrase("仅限审核人和管理员", "reviewers and administrators only")
            static let unknownOfficer = Phrase("仅限已登记的工作人员", "registered officers only")
            static let actAsAdminOnly = Phrase("仅管理员可代他人操作", "only administrators act for others")
            static let overrideAdminOnly = Phrase("仅管理员可越过办理记录规则", "only administrators override case-history rules")
        }
    }
}
