import Foundation
import GongkaiCore

/// 站内搜索 — documents, 权责事项 and closed 公众参与 items. The index is a script (`search-index.js`) that sets `window.GONGKAI_INDEX`, loaded
/// with `<script src>`, so the search page works from file:// with no server and no library.
/// Results are put on the page with `textContent`, never as HTML.
enum SearchIndex {
    struct Entry: Encodable {
        var title: String
        var docNumber: String
        var unit: String
        var published: String
        var url: String
        var text: String
    }

    static func script(_ entries: [Entry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Search results are shown as text: no control, C1 or bidi character reaches them.
        let clean = entries.map { e in
            Entry(title: TerminalSanitizer.sanitize(e.title), docNumber: TerminalSanitizer.sanitize(e.docNumber),
                  unit: TerminalSanitizer.sanitize(e.unit), published: e.published, url: e.url,
                  text: TerminalSanitizer.sanitizeLines(e.text))
        }
        var json = (try? String(decoding: encoder.encode(clean), as: UTF8.self)) ?? "[]"
        // Plain JSON is valid script, except for these in old engines; `<` keeps `</script>` inert.
        json = json.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
            .replacingOccurrences(of: "<", with: "\\u003c")
        return "window.GONGKAI_INDEX = " + json + ";\n"
    }

    static let searchScript = """
        (function () {
          var index = window.GONGKAI_INDEX || [];
          var q = document.getElementById('q');
          var out = document.getElementById('results');
          var count = document.getElementById('count');
          function run() {
            var terms = q.value.trim().toLowerCase().split(/\\s+/).filter(function (t) { return t.length > 0; });
            while (out.firstChild) { out.removeChild(out.firstChild); }
            if (terms.length === 0) { count.textContent = '共 ' + index.length + ' 项可搜索（文件、权责事项、公众参与事项）。'; return; }
            var hits = index.filter(function (d) {
              var hay = (d.title + ' ' + d.docNumber + ' ' + d.unit + ' ' + d.text).toLowerCase();
              return terms.every(function (t) { return hay.indexOf(t) >= 0; });
            });
            count.textContent = '找到 ' + hits.length + ' 项。';
            hits.slice(0, 200).forEach(function (d) {
              var li = document.createElement('li');
              var a = document.createElement('a');
              a.href = d.url;
              a.textContent = d.title;
              li.appendChild(a);
              var meta = document.createElement('span');
              meta.className = 'meta';
              meta.textContent = ' ' + [d.docNumber, d.unit, d.published].filter(function (x) { return x; }).join(' | ');
              li.appendChild(meta);
              out.appendChild(li);
            });
          }
          document.getElementById('search-form').addEventListener('submit', function (e) { e.preventDefault(); run(); });
          q.addEventListener('input', run);
          var m = /[?&]q=([^&]*)/.exec(window.location.search);
          if (m) { q.value = decodeURIComponent(m[1].replace(/\\+/g, ' ')); }
          run();
        })();

        """
}
