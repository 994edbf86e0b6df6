/// 目录检查问题 — one finding of `catalog check` (project convention); JSON is `{"kind","path","message","severity"}` with the codes.
public struct CatalogProblem: Hashable, Sendable, Codable {
    public let kind: CatalogProblemKind
    /// The column concerned; for an uncovered national area, "" (the area is named in `message`).
    public let path: String
    /// What was found, in both languages (`CoreText.Catalog`); JSON carries the Chinese reading, so
    /// `--format json` is the same whatever the interface language.
    public let text: PhraseText
    public let severity: CatalogProblemSeverity

    /// The finding in the interface language in force.
    public var message: String { text.text() }

    /// `severity` defaults to the kind's own, so callers cannot mislabel a duplicate as a mere warning by accident.
    public init(kind: CatalogProblemKind, path: String, message: PhraseText,
                severity: CatalogProblemSeverity? = nil) {
        self.kind = kind
        self.path = path
        self.text = message
        self.severity = severity ?? kind.severity
    }

    enum CodingKeys: String, CodingKey { case kind, path, message, severity }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decode(CatalogProblemKind.self, forKey: .kind), path: try c.decode(String.self, forKey: .path),
                  message: PhraseText(verbatim: try c.decode(String.self, forKey: .message)),
                  severity: try c.decode(CatalogProblemSeverity.self, forKey: .severity))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(path, forKey: .path)
        try c.encode(text.text(in: .zh), forKey: .message)
        try c.encode(severity, forKey: .severity)
    }
}

/// 目录检查 — Docs/领域规则.md §2 and §9: `catalog check` finds what an inspection of the disclosure catalog (公开目录)
/// would fault.
///
/// Only active columns are looked at (a retired column and its subtree are history). Results come grouped
/// by kind — duplicates, uncovered areas, missing owners, stale columns — each in display order.
public enum CatalogCheck {
    /// 默认更新周期 — 90 days, the project's default for "nothing new for too long".
    public static let defaultStalenessDays = 90

    /// Runs every check. `itemsPerNode` are the items the store holds per node; `lastUpdated` the day each
    /// column last got something new; a column is stale when more than its period (its own
    /// `stalenessDays`, else `stalenessDays`) has passed since then — or, if never updated, since it was
    /// created. Containers (columns with active children) are judged only if they hold items or were updated.
    public static func check(_ tree: CatalogTree, itemsPerNode: [CatalogNodeID: Int],
                             lastUpdated: [CatalogNodeID: CivilDate], today: CivilDate,
                             stalenessDays: Int = defaultStalenessDays) -> [CatalogProblem] {
        duplicateSiblings(tree)
            + uncoveredAreas(in: tree).map(uncoveredProblem)
            + missingOwners(tree, itemsPerNode: itemsPerNode)
            + staleColumns(tree, itemsPerNode: itemsPerNode, lastUpdated: lastUpdated, today: today,
                           stalenessDays: stalenessDays)
    }

    /// 未覆盖领域 — national areas (国办发〔2019〕54号) no active column links to, in canonical order;
    /// with the seed exactly 公共资源交易 and 农村危房改造.
    public static func uncoveredAreas(in tree: CatalogTree) -> [NationalStandardArea] {
        let covered = Set(tree.listing().flatMap(\.nationalAreas))
        return NationalStandardArea.allCases.filter { !covered.contains($0) }
    }

    /// 同级栏目重名 — one problem per group of active siblings sharing a name (trees loaded from old ledgers
    /// can hold them even though the tree refuses to create new ones).
    public static func duplicateSiblings(_ tree: CatalogTree) -> [CatalogProblem] {
        let parents: [CatalogNodeID?] = [nil] + tree.listing().map(\.id)
        var problems: [CatalogProblem] = []
        for parent in parents {
            let siblings = tree.children(of: parent)
            var reported = Set<String>()
            for sibling in siblings where !reported.contains(sibling.name) {
                let count = siblings.filter { $0.name == sibling.name }.count
                guard count > 1 else { continue }
                reported.insert(sibling.name)
                let parentPath = parent.flatMap { tree[$0]?.path }
                problems.append(CatalogProblem(
                    kind: .duplicateSibling, path: sibling.path,
                    message: PhraseText {
                        let place = parentPath.map { CoreText.Catalog.quotedPath.text([$0]) } ?? CoreText.Catalog.topLevel.text()
                        return CoreText.Catalog.duplicateSiblings.text([place, "\(count)", sibling.name])
                    }))
            }
        }
        return problems
    }

    /// 栏目无责任单位 — active columns holding items with no owner unit of their own or an ancestor's.
    /// Empty columns are left out: the seed has no owners yet, and an empty column is caught as stale.
    public static func missingOwners(_ tree: CatalogTree, itemsPerNode: [CatalogNodeID: Int]) -> [CatalogProblem] {
        tree.listing().compactMap { node in
            let count = tree.itemCount(of: node.id, in: itemsPerNode)
            guard count > 0, tree.effectiveOwner(of: node.id) == nil else { return nil }
            return CatalogProblem(kind: .noOwner, path: node.path,
                                  message: CoreText.Catalog.noOwner.with([node.path, "\(count)"]))
        }
    }

    /// 栏目长期不更新 — see `check` for which columns count and from which day.
    public static func staleColumns(_ tree: CatalogTree, itemsPerNode: [CatalogNodeID: Int],
                                    lastUpdated: [CatalogNodeID: CivilDate], today: CivilDate,
                                    stalenessDays: Int = defaultStalenessDays) -> [CatalogProblem] {
        tree.listing().compactMap { node in
            let updated = lastUpdated[node.id]
            let isColumn = tree.isLeaf(node.id) || updated != nil || tree.itemCount(of: node.id, in: itemsPerNode) > 0
            guard isColumn else { return nil }
            let period = max(0, node.stalenessDays ?? stalenessDays)
            let since = updated ?? node.createdOn
            let idle = since.days(to: today)
            guard idle > period else { return nil }
            return CatalogProblem(kind: .staleColumn, path: node.path, message: PhraseText {
                let what = (updated == nil ? CoreText.Documents.staleNever : CoreText.Documents.staleSince).text([since.iso])
                return CoreText.Documents.stale.text([node.path, what, "\(idle)", "\(period)"])
            })
        }
    }

    private static func uncoveredProblem(_ area: NationalStandardArea) -> CatalogProblem {
        CatalogProblem(kind: .uncoveredStandardArea, path: "", message: PhraseText {
            let seedNote = area.defaultSeedNames.isEmpty ? CoreText.Catalog.uncoveredCountyNote.text() : ""
            return CoreText.Catalog.uncoveredArea.text([area.displayName, seedNote])
        })
    }
}
