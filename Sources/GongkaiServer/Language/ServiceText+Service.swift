import GongkaiCore

extension ServiceText {
    /// The handshake and the service's refusals.
    public enum Service {
        public static let versionMismatch = Phrase("此 gongkai 客户端的协议版本为 {1}，工作区服务的为 {2}，二者不兼容。请使用与服务同一版本的 gongkai（管理员可用 gongkai --version 查看）。", "This gongkai client speaks protocol version {1} and the workspace service speaks {2}; they cannot work together. Use the gongkai of the service's version (an administrator can check with gongkai --version).")
        public static let badHello = Phrase("工作区服务无法理解此客户端的握手消息：{1}", "The workspace service could not understand this client's handshake: {1}")
        public static let unknownPeer = Phrase("无法确定连接者的登录名（uid {1} 没有系统账户）。", "Cannot tell who is connecting: uid {1} has no login on this system.")
        public static let noWorkspaceOption = Phrase("通过工作区服务使用时不能指定 --workspace：工作区由服务决定。", "--workspace cannot be given through the workspace service: the service decides the workspace.")
        public static let localVerb = Phrase("“{1}”不通过工作区服务运行：请在服务器上由服务账户直接运行。", "\"{1}\" does not run through the workspace service: run it on the server as the service account.")
        public static let publishNoSite = Phrase("工作区服务没有设置网站目录（gongkai serve --site 目录），不能经由服务发布。", "The workspace service has no site folder (gongkai serve --site DIR), so nothing can be published through it.")
        public static let publishOutsideSite = Phrase("经由工作区服务发布时，--out 只能是服务的网站目录 {1} 或其中的子目录，不能是 {2}。", "Through the workspace service, --out must be the service's site folder {1} or a folder inside it, not {2}.")
        public static let publishNoTemplates = Phrase("经由工作区服务发布时不能指定 --templates：网页模板只从工作区的模板目录读取，由管理员设置。", "--templates cannot be given through the workspace service: site templates are read only from the workspace's template folder, set by an administrator.")
        public static let spawnFailed = Phrase("工作区服务无法启动会话：{1}", "The workspace service could not start a session: {1}")
        public static let badFrame = Phrase("无法理解的消息，连接已关闭：{1}", "A message could not be understood; the connection is closed: {1}")
        public static let serving = Phrase("工作区服务已启动：工作区 {1}，套接字 {2}，服务账户 {3}", "Workspace service started: workspace {1}, socket {2}, service account {3}")
        public static let sessionOnlyFromService = Phrase("会话模式只能由 gongkai serve 启动。", "Session mode is started by gongkai serve only.")
        public static let nestedService = Phrase("会话中不能再启动工作区服务。", "A session cannot start a workspace service.")
        public static let editorUnavailable = Phrase("通过工作区服务使用时不能调用外部编辑器，请在工作台内编辑。", "The external editor is not available through the workspace service; edit in the workstation.")
    }

    /// The client's side: connecting, reconnecting.
    public enum Client {
        public static let cannotConnect = Phrase("无法连接工作区服务 {1}：{2}。服务地址来自 {3}；请确认服务在运行。", "Cannot connect to the workspace service {1}: {2}. The address comes from {3}; check the service is running (systemctl status gongkai).")
        public static let lost = Phrase("与工作区服务的连接中断。", "The connection to the workspace service was lost.")
        public static let reconnecting = Phrase("与工作区服务的连接中断，正在重新连接（最多 {1} 秒）……", "The connection to the workspace service was lost; reconnecting (up to {1} seconds)…")
        public static let reconnected = Phrase("已重新连接工作区服务，会话已重新开始；未保存的草稿仍在本机。", "Reconnected to the workspace service; a new session has started. Unsaved drafts are kept on this machine.")
        public static let gaveUp = Phrase("{1} 秒内未能重新连接工作区服务。", "Could not reconnect to the workspace service within {1} seconds.")
        public static let fromEnvironment = Phrase("环境变量 GONGKAI_SERVER", "the GONGKAI_SERVER environment variable")
        public static let fromFile = Phrase("设置文件 {1}", "the settings file {1}")
    }

    /// `gongkai serve --check` and the refusal to start on a workspace others can reach.
    public enum Check {
        public static let openToOthers = Phrase("{1} 的权限为 {2}，其他用户可以访问；应为 {3}。", "{1} has mode {2}, which lets other users in; it should be {3}.")
        public static let notOwned = Phrase("{1} 属于 uid {2}，不属于运行服务的账户 {3}（uid {4}）。", "{1} belongs to uid {2}, not to the service account {3} (uid {4}).")
        public static let missing = Phrase("{1} 不存在：{2}", "{1} does not exist: {2}")
        public static let isLink = Phrase("{1} 是符号链接；工作区及其目录不能是链接。", "{1} is a symbolic link; the workspace and its directory must not be links.")
        public static let socketDirOpen = Phrase("套接字目录 {1} 的权限为 {2}，其他用户可以在其中创建或删除文件；应为 0755 且属于服务账户。", "The socket directory {1} has mode {2}: other users can create or remove files in it. It should be 0755 and belong to the service account.")
        public static let socketDirMissing = Phrase("套接字目录 {1} 不存在（systemd 单元的 RuntimeDirectory=gongkai 会创建它）。", "The socket directory {1} does not exist (the systemd unit's RuntimeDirectory=gongkai creates it).")
        public static let fixWith = Phrase("修正：{1}", "To fix: {1}")
        public static let allGood = Phrase("检查通过：工作区 {1} 及其目录只属于服务账户 {2}，套接字目录 {3} 可用。", "All good: the workspace {1} and its directory belong to the service account {2} alone; the socket directory {3} is usable.")
        public static let problems = Phrase("发现 {1} 个问题，服务不会在此工作区上启动：", "{1} problems found; the service will not start on this workspace:")
        public static let migrated = Phrase("已迁移：{1} 现属于 {2}，权限 {3}。", "Migrated: {1} now belongs to {2}, mode {3}.")
        public static let migrateNeedsRoot = Phrase("迁移需要以 root 运行（要改变文件的属主）。", "The migration must run as root (it changes the files' owner).")
        public static let unknownAccount = Phrase("没有名为 {1} 的系统账户（useradd --system {1} 创建）。", "There is no system account named {1} (create it with useradd --system {1}).")
    }
}
