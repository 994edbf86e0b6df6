// 网站的默认模板 — the published site's pages, Chinese in both interface languages: the site is
// for the Chinese public (集中统一发布). Kept apart from the code so the language test can scan
// the rest of the module; an office overrides a page with `<name>.mustache` (SiteTemplates).
extension SiteTemplates {
    static let defaults: [String: String] = [
        "layout": """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>{{title}} - {{site}}</title>
            <link rel="stylesheet" href="{{root}}style.css"/>
            </head>
            <body>
            <header>
            <p class="site"><a href="{{root}}index.html">{{site}}</a></p>
            <nav>
            <a href="{{root}}guide.html">政府信息公开指南</a>
            <a href="{{root}}catalog.html">政府信息公开目录</a>
            <a href="{{root}}register.html">规范性文件</a>
            <a href="{{root}}duties.html">权责清单</a>
            <a href="{{root}}consultations.html">公众参与</a>
            <a href="{{root}}reports.html">政府信息公开年报</a>
            <a href="{{root}}search.html">搜索</a>
            </nav>
            </header>
            <main>
            <h1>{{title}}</h1>
            {{{content}}}
            </main>
            <footer><p>本站内容由政务公开工作台于 {{generatedOn}} 集中统一发布。</p></footer>
            </body>
            </html>

            """,
        "index": """
            <p>本栏目集中发布{{site}}主动公开的政府信息。请先阅读<a href="guide.html">政府信息公开指南</a>，
            按<a href="catalog.html">政府信息公开目录</a>查阅，或<a href="search.html">搜索</a>。</p>
            <ul class="columns">
            <li><a href="guide.html">政府信息公开指南</a></li>
            <li><a href="catalog.html">政府信息公开目录</a>（{{documentCount}} 件文件）</li>
            <li><a href="register.html">规章和行政规范性文件</a>（{{registerCount}} 件）</li>
            <li><a href="duties.html">权责清单</a>（{{dutyCount}} 项）</li>
            <li><a href="consultations.html">公众参与行政决策</a>（{{consultationCount}} 项）</li>
            <li><a href="reports.html">政府信息公开工作年度报告</a>（{{reportCount}} 份）</li>
            </ul>
            <h2>最近发布</h2>
            {{#hasLatest}}
            <ul class="documents">
            {{#latest}}<li><a href="{{url}}">{{title}}</a> <span class="meta">{{docNumber}} {{unitName}} {{published}}</span></li>
            {{/latest}}
            </ul>
            {{/hasLatest}}
            {{^hasLatest}}<p>暂无发布的文件。</p>{{/hasLatest}}

            """,
        "guide": """
            <p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（国务院令第711号），编制本指南。</p>
            <h2>一、主动公开</h2>
            <p>主动公开的政府信息，自该信息形成或者变更之日起 20 个工作日内予以公开（条例第二十六条），
            通过门户网站、微信平台、新闻媒体以及档案馆、图书馆、政务服务中心等公开查阅点公开。</p>
            <p>主动公开的内容按<a href="catalog.html">政府信息公开目录</a>分类：</p>
            <ul>
            {{#topColumns}}<li>{{name}}</li>
            {{/topColumns}}
            </ul>
            <h2>二、依申请公开</h2>
            <p>公民、法人或者其他组织可以向下列行政机关申请获取相关政府信息（条例第二十七条）。
            申请应当包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，
            以及获取信息的方式（条例第二十九条）；可以当面提交，也可以邮寄、传真或通过互联网提交。</p>
            <p>能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长答复期限的，
            经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过 20 个工作日（条例第三十三条）。
            申请内容不明确的，在收到申请之日起 7 个工作日内一次性告知补正（条例第三十条）。</p>
            <p>行政机关依申请提供政府信息，不收取费用；申请人申请公开政府信息的数量、频次明显超过合理范围的，
            可以收取信息处理费（条例第四十二条）。</p>
            <h3>受理机关</h3>
            <ul>
            {{#units}}<li>{{name}}（{{kind}}）</li>
            {{/units}}
            </ul>
            <h2>三、监督和救济</h2>
            <p>公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者
            政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。</p>
            <h2>四、年度报告</h2>
            <p>本机关每年公布上一年度政府信息公开工作年度报告，见<a href="reports.html">年度报告</a>。</p>

            """,
        "catalog": """
            <p>共 {{documentCount}} 件主动公开的文件。</p>
            {{#columns}}
            <div class="column depth{{depth}}">
            <h3 id="{{anchor}}">{{name}}{{#hasTotal}} <span class="meta">（{{total}}）</span>{{/hasTotal}}{{#hasRegister}} <a class="register" href="{{registerUrl}}">{{registerLabel}}</a>{{/hasRegister}}</h3>
            {{#hasDocuments}}<ul>
            {{#documents}}<li><a href="{{url}}">{{title}}</a> <span class="meta">{{docNumber}} {{published}}</span></li>
            {{/documents}}
            </ul>{{/hasDocuments}}
            </div>
            {{/columns}}
            {{#hasUnfiled}}
            <h2>其他文件</h2>
            <ul>
            {{#unfiled}}<li><a href="{{url}}">{{title}}</a> <span class="meta">{{docNumber}} {{published}}</span></li>
            {{/unfiled}}
            </ul>
            {{/hasUnfiled}}

            """,
        "document": """
            <table class="meta">
            <tr><th>索引号</th><td>{{id}}</td><th>发布机构</th><td>{{unitName}}</td></tr>
            <tr><th>文号</th><td>{{docNumber}}</td><th>文件类型</th><td>{{type}}</td></tr>
            <tr><th>成文日期</th><td>{{formed}}</td><th>发布日期</th><td>{{published}}</td></tr>
            {{#hasCategory}}<tr><th>公开目录</th><td colspan="3">{{category}}</td></tr>{{/hasCategory}}
            {{#hasStatus}}<tr><th>效力状态</th><td>{{status}}</td><th>有效期至</th><td>{{validUntil}}</td></tr>{{/hasStatus}}
            {{#hasTags}}<tr><th>标签</th><td colspan="3">{{tags}}</td></tr>{{/hasTags}}
            </table>
            <div class="body">
            {{#paragraphs}}<p>{{.}}</p>
            {{/paragraphs}}
            </div>
            {{#hasInterpretations}}
            <h2>政策解读</h2>
            {{#interpretations}}
            <section class="interpretation">
            <p class="meta">{{forms}} | {{unitName}} | {{published}}</p>
            {{#paragraphs}}<p>{{.}}</p>
            {{/paragraphs}}
            </section>
            {{/interpretations}}
            {{/hasInterpretations}}

            """,
        "register": """
            <p>规章和行政规范性文件及其效力状态（截至 {{generatedOn}}）。</p>
            {{#hasLines}}
            <table class="list">
            <tr><th>标题</th><th>文号</th><th>类型</th><th>发文单位</th><th>成文日期</th><th>有效期至</th><th>效力状态</th></tr>
            {{#lines}}<tr><td><a href="{{url}}">{{title}}</a></td><td>{{docNumber}}</td><td>{{type}}</td><td>{{unitName}}</td><td>{{issued}}</td><td>{{validUntil}}</td><td>{{status}}</td></tr>
            {{/lines}}
            </table>
            {{/hasLines}}
            {{^hasLines}}<p>暂无。</p>{{/hasLines}}

            """,
        "reports": """
            {{#hasReports}}
            <ul>
            {{#reports}}<li><a href="{{url}}">{{title}}</a> <span class="meta">第 {{version}} 版，报送于 {{filedOn}}</span></li>
            {{/reports}}
            </ul>
            {{/hasReports}}
            {{^hasReports}}<p>暂无已报送的年度报告。</p>{{/hasReports}}

            """,
        "duties": """
            <p>各单位依法行使的行政权力和承担的公共服务职责（现行清单，截至 {{generatedOn}}；已取消的事项不再列出）。</p>
            <table class="list">
            <tr><th>单位</th><th>现行事项</th></tr>
            {{#units}}<tr><td><a href="{{url}}">{{name}}</a></td><td>{{count}}</td></tr>
            {{/units}}
            </table>

            """,
        "dutyList": """
            <p>{{unitName}}的现行权责清单（截至 {{generatedOn}}），共 {{count}} 项。<a href="{{root}}duties.html">各单位权责清单</a></p>
            {{#hasEntries}}
            <table class="list">
            <tr><th>序号</th><th>类别</th><th>事项名称</th><th>设定依据</th><th>实施主体</th><th>办理流程</th><th>办理时限</th><th>监督电话</th><th>状态</th></tr>
            {{#entries}}<tr id="{{anchor}}"><td>{{seq}}</td><td>{{kind}}</td><td>{{name}}</td><td>{{legalBasis}}</td><td>{{responsibleUnit}}</td><td>{{procedure}}</td><td>{{timeLimit}}</td><td>{{supervisionPhone}}</td><td>{{state}}{{#hasStateDate}}（{{stateDate}}）{{/hasStateDate}}</td></tr>
            {{/entries}}
            </table>
            {{/hasEntries}}
            {{^hasEntries}}<p>暂无现行的权责事项。</p>{{/hasEntries}}

            """,
        "consultations": """
            <p>涉及群众切身利益的重大行政决策，通过实地走访、书面征求意见、向社会公开征求意见、问卷调查、民意调查等方式听取公众意见。
            以下是已经办结并公开反馈的事项。</p>
            {{#hasConsultations}}
            {{#consultations}}
            <section class="consultation" id="{{anchor}}">
            <h2>{{decision}}</h2>
            <table class="meta">
            <tr><th>决策单位</th><td>{{unitName}}</td><th>参与方式</th><td>{{methods}}</td></tr>
            <tr><th>征集范围</th><td colspan="3">{{scope}}</td></tr>
            <tr><th>征集期间</th><td>{{opens}} 至 {{closes}}（{{periodDays}} 天）</td><th>收到意见</th><td>{{commentsReceived}} 条</td></tr>
            <tr><th>采纳情况</th><td colspan="3">{{adoption}}</td></tr>
            <tr><th>反馈</th><td colspan="3">{{feedback}}</td></tr>
            <tr><th>办结日期</th><td colspan="3">{{closedOn}}</td></tr>
            </table>
            </section>
            {{/consultations}}
            {{/hasConsultations}}
            {{^hasConsultations}}<p>暂无已办结的事项。</p>{{/hasConsultations}}

            """,
        "search": """
            <form id="search-form" action="search.html" method="get">
            <p><input id="q" name="q" type="search" size="40" placeholder="标题、文号、单位、正文或权责事项中的词"/>
            <button type="submit">搜索</button></p>
            </form>
            <p id="count"></p>
            <ol id="results"></ol>
            <noscript><p>搜索需要浏览器启用脚本；也可以从<a href="catalog.html">政府信息公开目录</a>查找。</p></noscript>
            <script src="search-index.js"></script>
            <script src="search.js"></script>

            """,
    ]
}
