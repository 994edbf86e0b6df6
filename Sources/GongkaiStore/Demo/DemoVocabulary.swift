import GongkaiCore

/// 生成数据的词汇 — the words a county's documents and applications are made of: issuing units
/// with their 文号 prefixes, policy areas, title and sentence patterns, applicants.
enum DemoVocabulary {
    /// A unit the generator adds when the workspace lacks it, with its 发文字号 prefix.
    struct UnitWord {
        var id: String
        var name: String
        var kind: UnitKind
        var numberPrefix: String
    }

    static let units: [UnitWord] = [
        UnitWord(id: "county-office", name: "县人民政府办公室", kind: .county, numberPrefix: "X政办发"),
        UnitWord(id: "edu", name: "县教育局", kind: .department, numberPrefix: "X教发"),
        UnitWord(id: "finance", name: "县财政局", kind: .department, numberPrefix: "X财发"),
        UnitWord(id: "health", name: "县卫生健康局", kind: .department, numberPrefix: "X卫健发"),
        UnitWord(id: "natres", name: "县自然资源局", kind: .department, numberPrefix: "X自然资发"),
        UnitWord(id: "market", name: "县市场监督管理局", kind: .department, numberPrefix: "X市监发"),
        UnitWord(id: "drc", name: "县发展和改革局", kind: .department, numberPrefix: "X发改发"),
        UnitWord(id: "civil", name: "县民政局", kind: .department, numberPrefix: "X民发"),
        UnitWord(id: "hrss", name: "县人力资源和社会保障局", kind: .department, numberPrefix: "X人社发"),
        UnitWord(id: "housing", name: "县住房和城乡建设局", kind: .department, numberPrefix: "X住建发"),
        UnitWord(id: "transport", name: "县交通运输局", kind: .department, numberPrefix: "X交发"),
        UnitWord(id: "agri", name: "县农业农村局", kind: .department, numberPrefix: "X农发"),
        UnitWord(id: "water", name: "县水利局", kind: .department, numberPrefix: "X水发"),
        UnitWord(id: "emergency", name: "县应急管理局", kind: .department, numberPrefix: "X应急发"),
        UnitWord(id: "medsec", name: "县医疗保障局", kind: .department, numberPrefix: "X医保发"),
        UnitWord(id: "chengguan", name: "城关镇", kind: .township, numberPrefix: "城政发"),
        UnitWord(id: "hexi", name: "河西乡", kind: .township, numberPrefix: "河政发"),
        UnitWord(id: "dongshan", name: "东山镇", kind: .township, numberPrefix: "东政发"),
        UnitWord(id: "nanshan", name: "南山镇", kind: .township, numberPrefix: "南政发"),
        UnitWord(id: "qingshi", name: "青石乡", kind: .township, numberPrefix: "青政发"),
        UnitWord(id: "liulin", name: "柳林镇", kind: .township, numberPrefix: "柳政发"),
        UnitWord(id: "baisha", name: "白沙乡", kind: .township, numberPrefix: "白政发"),
        UnitWord(id: "longquan", name: "龙泉镇", kind: .township, numberPrefix: "龙政发"),
    ]

    /// 政策领域 — what documents and applications are about.
    static let areas = [
        "义务教育招生", "城乡居民医疗保险", "农村最低生活保障", "高标准农田建设", "安全生产",
        "生态环境保护", "老旧小区改造", "乡村振兴", "就业创业", "食品安全", "河湖长制", "防汛抗旱",
        "农村人居环境整治", "养老服务", "优化营商环境", "耕地保护", "政务服务", "退役军人优抚",
        "文物保护", "消防安全", "农村公路建设", "集体土地征收", "城市更新", "公共租赁住房",
        "残疾人两项补贴", "特困人员供养", "重大项目建设", "政府采购", "财政预决算", "行政执法",
        "疫苗接种", "基层医疗卫生", "学前教育", "饮用水水源保护", "秸秆综合利用", "森林防火",
    ]

    /// 文种 in a title.
    static let kinds = ["实施方案", "管理办法", "工作方案", "实施细则", "考核办法", "指导意见", "工作要点"]

    static let titlePatterns: [(String, Int)] = [
        ("关于印发《{area}{kind}》的通知", 5),
        ("关于做好{year}年{area}工作的通知", 3),
        ("关于进一步加强{area}工作的意见", 2),
        ("{unit}{year}年{area}工作总结", 2),
        ("{unit}关于{area}情况的公示", 2),
        ("关于{area}专项资金分配方案的公示", 1),
        ("{unit}{year}年{area}{kind}", 1),
    ]

    static let sentences = [
        "为深入贯彻落实上级关于{area}的决策部署，结合我县实际，制定本{kind}。",
        "各乡镇人民政府、县政府各部门要充分认识做好{area}工作的重要意义，切实加强组织领导。",
        "{unit}负责{area}工作的统筹协调和督促指导，各相关单位按照职责分工抓好落实。",
        "到{year}年底，全县{area}工作机制进一步健全，群众满意度明显提升。",
        "对工作中发现的问题，要建立台账、限期整改，整改情况及时报送县人民政府办公室。",
        "资金实行专款专用，任何单位和个人不得截留、挤占、挪用。",
        "本{kind}自印发之日起施行，由{unit}负责解释。",
        "请各单位于每季度末将工作进展情况报送{unit}。",
        "要加大政策宣传力度，通过政府网站、政务新媒体等渠道及时公开{area}相关信息。",
        "建立健全考核评价机制，将{area}工作纳入年度目标责任考核。",
        "严格落实信息公开“三同步”要求，做好政策解读和舆情回应工作。",
        "各级各部门要加强协调配合，形成工作合力，确保各项任务落到实处。",
    ]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈").map(String.init)
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志军春梅海燕德明").map(String.init)
    static let businesses = ["宏达建材有限公司", "兴旺农业合作社", "恒通物流有限公司", "绿源食品有限公司",
                             "金石建筑工程有限公司", "瑞丰商贸有限公司", "顺安运输有限公司"]
    static let lawFirms = ["明正律师事务所", "公信律师事务所", "法援法律服务所"]
    static let institutions = ["省社会科学院", "市师范学院", "县地方志研究会", "环保志愿者协会"]

    /// What citizens ask for.
    static let requestItems = ["资金发放明细", "项目预算", "审批文件", "会议纪要", "补偿标准", "招标结果",
                               "验收报告", "名单公示材料", "实施方案", "检查记录"]
}
