#include "web/html.h"

#include <cctype>

namespace agendum::web {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        out += "\xEF\xBF\xBD";  // U+FFFD: a NUL has no place in a page
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string url_encode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& parameters) {
  std::string out;
  for (const auto& [name, value] : parameters) {
    if (value.empty()) continue;
    out += (out.empty() ? "?" : "&") + url_encode(name) + "=" + url_encode(value);
  }
  return out;
}

std::string html_document(std::string_view title, std::string_view body_html) {
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>";
  page += html_escape(title);
  page +=
      " - agendum</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n"
      "<header><a class=\"brand\" href=\"/\">agendum</a>"
      "<nav><a href=\"/\">Search</a> <a href=\"/review\">Review queue</a></nav></header>\n<main>\n";
  page += body_html;
  page += "\n</main>\n</body>\n</html>\n";
  return page;
}

std::string_view style_sheet() {
  // System fonts only: nothing is fetched, so the pages work offline.
  return R"css(
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: #1d2430; background: #f6f7f9; }
header { display: flex; align-items: center; gap: 2rem; padding: .6rem 1.5rem; background: #1f3a5f; }
header a { color: #fff; text-decoration: none; margin-right: 1rem; }
header .brand { font-weight: 700; font-size: 1.1rem; }
main { padding: 1rem 1.5rem 3rem; max-width: 1500px; margin: 0 auto; }
h1 { font-size: 1.35rem; margin: .4rem 0 .8rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
a { color: #1f5fa8; }
form.search { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .6rem;
              background: #fff; padding: .9rem; border: 1px solid #d5dae1; border-radius: 6px; }
form.search .words { grid-column: 1 / -1; }
form.search label { display: flex; flex-direction: column; font-size: .8rem; color: #4a5566; gap: .2rem; }
input, select, button { font: inherit; padding: .35rem .5rem; border: 1px solid #b8c0cc; border-radius: 4px; }
button { background: #1f5fa8; color: #fff; border-color: #1f5fa8; cursor: pointer; }
button.secondary { background: #fff; color: #1f5fa8; }
.notice { background: #fff4d6; border: 1px solid #e8c66a; padding: .5rem .8rem; border-radius: 4px; }
.count { color: #4a5566; margin: .8rem 0 .4rem; }
ol.results { list-style: none; padding: 0; margin: 0; }
ol.results li { background: #fff; border: 1px solid #d5dae1; border-radius: 6px; padding: .7rem .9rem; margin: .5rem 0; }
.result-title { font-weight: 600; font-size: 1.02rem; }
.meta { color: #4a5566; font-size: .85rem; }
.kind { display: inline-block; font-size: .75rem; background: #e6ecf5; color: #1f3a5f; padding: 0 .4rem; border-radius: 3px; }
.snippet { margin-top: .3rem; }
mark { background: #ffe27a; padding: 0 .1rem; }
.record { display: grid; grid-template-columns: minmax(22rem, 1fr) minmax(24rem, 1.1fr); gap: 1.5rem; align-items: start; }
.fields { background: #fff; border: 1px solid #d5dae1; border-radius: 6px; padding: .6rem 1rem; }
dl.fields-list { margin: 0; }
dl.fields-list > dt { font-weight: 600; font-size: .85rem; color: #4a5566; margin-top: .7rem; }
dl.fields-list > dd { margin: .1rem 0 0; white-space: pre-line; }
dl.nested { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; }
dl.nested dt { color: #4a5566; }
dl.nested dd { margin: 0; }
.null { color: #98a2b3; font-style: italic; }
del { color: #a12b2b; }
ins { color: #1d6b35; }
.viewer { position: sticky; top: .5rem; }
.sheet { position: relative; background: #fff; border: 1px solid #b8c0cc; line-height: 0; }
.sheet img { width: 100%; height: auto; display: block; }
.sheet svg { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
.sheet rect.line { fill: rgba(255, 214, 0, .35); stroke: rgba(214, 150, 0, .9); stroke-width: 1; }
.sheet rect.whole-page { fill: none; stroke: rgba(214, 150, 0, .9); stroke-width: 6; }
.pager a, .pager span { margin-right: .5rem; }
.pager .current { font-weight: 700; }
table.queue { border-collapse: collapse; width: 100%; background: #fff; }
table.queue th, table.queue td { text-align: left; border-bottom: 1px solid #e2e6ec; padding: .45rem .5rem; vertical-align: top; }
table.queue tr.reviewed td { color: #98a2b3; }
ul.reasons { margin: 0; padding-left: 1.1rem; }
.diagnostics li { margin: .2rem 0; }
)css";
}

}  // namespace agendum::web
