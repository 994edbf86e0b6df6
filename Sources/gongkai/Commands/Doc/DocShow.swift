import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc show ID` — one document: fields, 公开属性, state, 第二十六条 due date, 立改废 status, body.
struct DocShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "查看文件。Show a document.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "文件编号") var id: String
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:doc show")
        let d = try context.service.document(id: id)
        switch format {
        case .json: try Console.json(d)
        case .text: Console.out(Self.text(d))
        }
    }

    static func text(_ d: DocumentDetail) -> String {
        var lines = ["\(d.id)  \(d.title)"]
        func add(_ label: String, _ value: String?) { if let v = value, !v.isEmpty { lines.append("\(label)：\(v)") } }
        add("文号", d.docNumber)
        add("类型", d.type.chineseName)
        add("发文单位", d.unitName)
        add("状态", d.state.chineseName)
        var attribute = d.attribute?.chineseName ?? "未确定"
        if let r = d.withheldReason { attribute += "（\(r.chineseName)）" }
        add("公开属性", attribute)
        add("说明", d.attributeNote)
        add("公开目录", d.category)
        add("成文日期", d.formed.iso)
        add("发布日期", d.published?.iso)
        if let due = d.publishDue {
            add("公开期限", due.iso + (d.overdue ? "（已逾期）" : "") + ((d.publication?.provisional ?? false) ? "（暂定）" : ""))
        }
        add("公开渠道", d.channels.joined(separator: "、"))
        add("标签", d.tags.joined(separator: "、"))
        add("有效期至", d.validUntil?.iso)
        if let s = d.regulationStatus {
            var status = s.chineseName
            if let by = d.amendedBy { status += "（由 \(by) 修改，\(d.amendedOn?.iso ?? "")）" }
            if let r = d.repealedOn { status += "（\(r.iso) 废止）" }
            if d.needsEvaluation { status += "（6 个月内到期，需评估）" }
            add("效力状态", status)
        }
        add("版本", String(d.version))
        lines.append("")
        lines.append(d.body)
        return lines.joined(separator: "\n")
    }
}
