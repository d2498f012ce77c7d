#include "web/pages.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "search/export_csv.h"
#include "search/pay_annual.h"
#include "web/html.h"

namespace agendum::web {
namespace {

using nlohmann::json;

const std::map<std::string, std::string>& kind_labels() {
  static const std::map<std::string, std::string> labels = {
      {"class_spec", "Class spec"}, {"resolution", "Resolution"},
      {"pay_range", "Pay range"},   {"agenda_item", "Agenda item"},
      {"minutes", "Minutes"},       {"market_comparison", "Market comparison"}};
  return labels;
}

std::string kind_label(const std::string& kind) {
  auto found = kind_labels().find(kind);
  return found != kind_labels().end() ? found->second : kind;
}

std::string field_label(const std::string& key) {
  if (key == "flsa") return "FLSA";
  std::string label = key;
  std::replace(label.begin(), label.end(), '_', ' ');
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

std::string number_text(double value) { return format_amount(value); }

std::string pages_text(int first, int last) {
  if (first <= 0) return "";
  return first == last ? "page " + std::to_string(first)
                       : "pages " + std::to_string(first) + "-" + std::to_string(last);
}

// The fields of each kind in the order a reader expects; others follow alphabetically.
const std::vector<std::string>& field_order(const std::string& kind) {
  static const std::map<std::string, std::vector<std::string>> orders = {
      {"class_spec",
       {"title",
        "title_as_printed",
        "jurisdiction",
        "class_code",
        "bargaining_unit",
        "flsa",
        "status",
        "salary",
        "dates",
        "definition",
        "distinguishing_characteristics",
        "supervision_received",
        "supervision_exercised",
        "duties",
        "other_duties",
        "knowledge",
        "skills",
        "abilities",
        "education_experience",
        "licenses",
        "special_requirements",
        "career_ladder",
        "other_sections",
        "competencies"}},
      {"resolution",
       {"number", "title", "jurisdiction", "body", "status", "adopted_date", "recitals", "resolved",
        "sections", "vote", "signatories", "references", "pay_ranges"}},
      {"pay_range",
       {"classification", "range", "unit", "min", "max", "steps", "effective_date", "context",
        "text"}},
      {"agenda_item", {"number", "section", "title", "recommendation"}},
  };
  static const std::vector<std::string> none;
  auto found = orders.find(kind);
  return found != orders.end() ? found->second : none;
}

bool is_hidden_field(const std::string& key) {
  return key == "id" || key == "pages" || key == "document" || key == "duplicate_of";
}

std::string value_html(const json& value);

// A list item {text, area, change, deleted}: struck-through items as <del>, underlined as <ins>.
std::string item_html(const json& item) {
  std::string text = html_escape(item.value("text", ""));
  if (item.contains("area") && item["area"].is_string())
    text = "<strong>" + html_escape(item["area"].get<std::string>()) + ":</strong> " + text;
  const json& change = item.value("change", json());
  if (change == "deleted") text = "<del>" + text + "</del>";
  if (change == "inserted") text = "<ins>" + text + "</ins>";
  if (item.contains("deleted") && item["deleted"].is_array())
    for (const json& struck : item["deleted"])
      if (struck.is_string()) text += " <del>" + html_escape(struck.get<std::string>()) + "</del>";
  return text;
}

std::string value_html(const json& value) {
  if (value.is_null()) return "<span class=\"null\">none</span>";
  if (value.is_string()) return html_escape(value.get<std::string>());
  if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
  if (value.is_number()) return html_escape(number_text(value.get<double>()));
  if (value.is_array()) {
    if (value.empty()) return "<span class=\"null\">none</span>";
    std::string out = "<ul>";
    for (const json& element : value) {
      const bool item =
          element.is_object() && element.contains("text") && element.contains("change");
      out += "<li>" + (item ? item_html(element) : value_html(element)) + "</li>";
    }
    return out + "</ul>";
  }
  std::string out = "<dl class=\"nested\">";
  for (const auto& [key, element] : value.items())
    out += "<dt>" + html_escape(field_label(key)) + "</dt><dd>" + value_html(element) + "</dd>";
  return out + "</dl>";
}

std::string fields_html(const std::string& kind, const json& record) {
  std::vector<std::string> keys = field_order(kind);
  if (record.is_object())
    for (const auto& [key, value] : record.items())
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  std::string out = "<dl class=\"fields-list\">";
  for (const std::string& key : keys) {
    if (is_hidden_field(key) || !record.is_object() || !record.contains(key)) continue;
    out += "<dt>" + html_escape(field_label(key)) + "</dt><dd data-field=\"" + html_escape(key) +
           "\">" + value_html(record[key]) + "</dd>";
  }
  return out + "</dl>";
}

std::string snippet_html(const SearchHit& hit) {
  std::string out;
  size_t at = 0;
  for (auto [start, end] : hit.highlights) {
    if (start < at || end > hit.snippet.size()) continue;
    out += html_escape(hit.snippet.substr(at, start - at)) + "<mark>" +
           html_escape(hit.snippet.substr(start, end - start)) + "</mark>";
    at = end;
  }
  return out + html_escape(hit.snippet.substr(at));
}

std::string annual_text(const SearchHit& hit) {
  if (!hit.annual_min && !hit.annual_max) return "";
  std::string text = "annual " + dollars(hit.annual_min.value_or(*hit.annual_max));
  if (hit.annual_max && hit.annual_max != hit.annual_min) text += "-" + dollars(*hit.annual_max);
  if (hit.pay && hit.pay->annual_factor)
    text += " (" + hit.pay->unit + " x " + number_text(*hit.pay->annual_factor) + ")";
  return text;
}

std::string meta_html(const SearchHit& hit) {
  std::vector<std::string> parts;
  if (hit.agency) parts.push_back(*hit.agency);
  if (hit.date) parts.push_back(*hit.date);
  if (hit.status) parts.push_back(*hit.status);
  parts.push_back(hit.file + ", " + pages_text(hit.first_page, hit.last_page));
  if (std::string annual = annual_text(hit); !annual.empty()) parts.push_back(annual);
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : " · ") + html_escape(part);
  return out;
}

std::string option_html(const std::string& value, const std::string& label,
                        const std::string& selected) {
  return "<option value=\"" + html_escape(value) + "\"" + (value == selected ? " selected" : "") +
         ">" + html_escape(label) + "</option>";
}

std::string input_html(const char* label, const char* name, const std::string& value,
                       const char* type = "text", const char* extra = "") {
  return std::string("<label>") + label + "<input type=\"" + type + "\" name=\"" + name +
         "\" value=\"" + html_escape(value) + "\"" + extra + "></label>";
}

std::string search_form_html(const SearchForm& form) {
  std::string out = "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">";
  out +=
      "<label class=\"words\">Search words and \"phrases\" (word* for a prefix)"
      "<input type=\"search\" name=\"q\" autofocus value=\"" +
      html_escape(form.words) + "\"></label>";
  out += "<label>Kind<select name=\"kind\">" + option_html("", "Any kind", form.kind);
  for (const auto& [kind, label] : kind_labels()) out += option_html(kind, label, form.kind);
  out += "</select></label>";
  out += input_html("Agency", "agency", form.agency);
  out += input_html("From (YYYY[-MM[-DD]])", "from", form.from);
  out += input_html("To (YYYY[-MM[-DD]])", "to", form.to);
  out += input_html("Annual pay at least", "min_annual", form.min_annual, "text",
                    " inputmode=\"decimal\"");
  out += input_html("Annual pay at most", "max_annual", form.max_annual, "text",
                    " inputmode=\"decimal\"");
  out += "<label>&nbsp;<button type=\"submit\">Search</button></label></form>";
  return out;
}

std::string results_html(const SearchForm& form, const SearchResults& results) {
  const long long first = static_cast<long long>(form.page - 1) * kResultsPerPage + 1;
  std::string out = "<p class=\"count\" id=\"result-count\">" + std::to_string(results.total) +
                    (results.total == 1 ? " record" : " records");
  if (!results.hits.empty())
    out += ", showing " + std::to_string(first) + "-" +
           std::to_string(first + static_cast<long long>(results.hits.size()) - 1);
  out += "</p><ol class=\"results\">";
  for (const SearchHit& hit : results.hits) {
    out += "<li class=\"result\"><div><span class=\"kind\">" + html_escape(kind_label(hit.kind)) +
           "</span> <a class=\"result-title\" href=\"/record/" + std::to_string(hit.id) + "\">" +
           html_escape(hit.title) + "</a></div><div class=\"meta\">" + meta_html(hit) + "</div>";
    if (!hit.snippet.empty()) out += "<div class=\"snippet\">" + snippet_html(hit) + "</div>";
    out += "</li>";
  }
  out += "</ol>";
  const std::vector<std::pair<std::string, std::string>> base = {{"q", form.words},
                                                                 {"kind", form.kind},
                                                                 {"agency", form.agency},
                                                                 {"from", form.from},
                                                                 {"to", form.to},
                                                                 {"min_annual", form.min_annual},
                                                                 {"max_annual", form.max_annual}};
  auto page_link = [&](int page, const char* label) {
    auto parameters = base;
    parameters.emplace_back("page", std::to_string(page));
    return std::string("<a href=\"/") + html_escape(query_string(parameters)) + "\">" + label +
           "</a> ";
  };
  out += "<p class=\"pager\">";
  if (form.page > 1) out += page_link(form.page - 1, "Previous");
  if (first - 1 + static_cast<long long>(results.hits.size()) < results.total)
    out += page_link(form.page + 1, "Next");
  return out + "</p>";
}

std::string review_form_html(const ReviewTarget& review) {
  std::string out = "<form class=\"mark\" method=\"post\" action=\"/review\">";
  out += "<input type=\"hidden\" name=\"packet\" value=\"" + html_escape(review.packet) + "\">";
  out += "<input type=\"hidden\" name=\"target\" value=\"" + html_escape(review.target) + "\">";
  out += "<input type=\"hidden\" name=\"back\" value=\"" + html_escape(review.back) + "\">";
  if (review.reviewed_at) {
    out += "<span class=\"reviewed\">Reviewed " + html_escape(*review.reviewed_at) + "</span> ";
    out +=
        "<input type=\"hidden\" name=\"reviewed\" value=\"0\">"
        "<button class=\"secondary\" type=\"submit\">Undo reviewed</button>";
  } else {
    out +=
        "<input type=\"hidden\" name=\"reviewed\" value=\"1\"><button type=\"submit\">Mark "
        "reviewed</button>";
  }
  return out + "</form>";
}

std::string figure_html(const PageFigure& figure) {
  char box[160];
  std::string out = "<div class=\"sheet\"><img id=\"page-image\" src=\"" +
                    html_escape(figure.image_url) + "\" alt=\"" + html_escape(figure.image_alt) +
                    "\">";
  std::snprintf(box, sizeof box,
                "<svg viewBox=\"0 0 %.1f %.1f\" preserveAspectRatio=\"none\" aria-hidden=\"true\">",
                figure.width, figure.height);
  out += box;
  if (figure.lines.empty()) {
    std::snprintf(box, sizeof box,
                  "<rect class=\"whole-page\" x=\"0\" y=\"0\" width=\"%.1f\" height=\"%.1f\"/>",
                  figure.width, figure.height);
    out += box;
  }
  for (const Box& line : figure.lines) {
    std::snprintf(box, sizeof box,
                  "<rect class=\"line\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                  line.x0 - 1.0, line.y0 - 1.0, line.width() + 2.0, line.height() + 2.0);
    out += box;
  }
  out += "</svg></div><figcaption>" + html_escape(figure.caption) + "</figcaption>";
  return out;
}

std::string page_facts_html(const PageFacts& facts) {
  std::string out = "<p class=\"meta\">";
  if (facts.method) {
    out += *facts.method == "ocr" ? "Read by OCR" : "Read from the text layer";
    if (facts.ocr_confidence) out += ", confidence " + number_text(*facts.ocr_confidence);
    if (facts.quality) out += ", quality " + number_text(*facts.quality);
    if (facts.rotation) out += ", turned " + std::to_string(facts.rotation) + " degrees";
  }
  out += "</p>";
  if (!facts.diagnostics.empty()) {
    out += "<ul class=\"diagnostics\">";
    for (const PageDiagnostic& diagnostic : facts.diagnostics)
      out += "<li><strong>" + html_escape(diagnostic.severity + " " + diagnostic.code) +
             "</strong>: " + html_escape(diagnostic.message) + "</li>";
    out += "</ul>";
  }
  return out;
}

std::string viewer_html(const std::optional<PageFigure>& figure, const std::string& note,
                        const PageFacts& facts, const std::string& pdf_url, int page) {
  std::string out = "<figure class=\"viewer\">";
  if (figure) out += figure_html(*figure);
  if (!note.empty()) out += "<p class=\"notice\">" + html_escape(note) + "</p>";
  out += page_facts_html(facts);
  if (!pdf_url.empty())
    out += "<p><a href=\"" + html_escape(pdf_url) + "#page=" + std::to_string(page) +
           "\">Open the source PDF at page " + std::to_string(page) + "</a></p>";
  return out + "</figure>";
}

}  // namespace

std::string search_page_html(const SearchForm& form, const std::vector<std::string>& notices,
                             const SearchResults* results) {
  std::string body = "<h1>Search the records</h1>" + search_form_html(form);
  for (const std::string& notice : notices)
    body += "<p class=\"notice\">" + html_escape(notice) + "</p>";
  if (results) body += results_html(form, *results);
  return html_document(form.words.empty() ? "Search" : "Search: " + form.words.substr(0, 80), body);
}

std::string record_page_html(const RecordView& view) {
  const SearchHit& hit = view.detail.summary;
  std::string body = "<h1><span class=\"kind\">" + html_escape(kind_label(hit.kind)) + "</span> " +
                     "<span id=\"record-title\">" + html_escape(hit.title) + "</span></h1>";
  body += "<p class=\"meta\">" + meta_html(hit) + " · record " + html_escape(hit.record) + "</p>";
  body += review_form_html(view.review);
  body += "<div class=\"record\"><section class=\"fields\" id=\"fields\">" +
          fields_html(hit.kind, view.record) + "</section><section>";
  if (hit.last_page > hit.first_page) {
    body += "<p class=\"pager\">Page ";
    for (int page = hit.first_page; page <= hit.last_page && page < hit.first_page + 60; ++page)
      body += page == view.page
                  ? "<span class=\"current\">" + std::to_string(page) + "</span>"
                  : "<a href=\"/record/" + std::to_string(hit.id) +
                        "?page=" + std::to_string(page) + "\">" + std::to_string(page) + "</a>";
    body += "</p>";
  }
  body += viewer_html(view.figure, view.figure_note, view.page_facts, view.pdf_url, view.page);
  body += "</section></div>";
  return html_document(hit.title, body);
}

std::string page_view_html(const PageView& view) {
  std::string body =
      "<h1>" + html_escape(view.packet.file) + ", page " + std::to_string(view.page) + "</h1>";
  body += review_form_html(view.review);
  body += "<div class=\"record\"><section class=\"fields\"><h2>Records on this page</h2>";
  if (view.facts.records.empty()) body += "<p class=\"null\">none</p>";
  body += "<ul>";
  for (const PageRecord& record : view.facts.records)
    body += "<li><span class=\"kind\">" + html_escape(kind_label(record.kind)) +
            "</span> <a href=\"/record/" + std::to_string(record.row) +
            "?page=" + std::to_string(view.page) + "\">" + html_escape(record.title) + "</a></li>";
  body += "</ul></section><section>";
  body += viewer_html(view.figure, view.figure_note, view.facts, view.pdf_url, view.page);
  body += "</section></div>";
  return html_document(view.packet.file + " page " + std::to_string(view.page), body);
}

std::string review_page_html(const ReviewQueue& queue, bool show_all) {
  std::string body = "<h1>Review queue</h1><p class=\"count\" id=\"queue-count\">" +
                     std::to_string(queue.open) + " to review, " + std::to_string(queue.reviewed) +
                     " reviewed. ";
  body += show_all ? "<a href=\"/review\">Show only what is left to review</a>"
                   : "<a href=\"/review?show=all\">Show reviewed items too</a>";
  body +=
      "</p><table "
      "class=\"queue\"><thead><tr><th>Source</th><th>What</th><th>Why</th><th></th></tr></"
      "thead><tbody>";
  for (const ReviewItem& item : queue.items) {
    const std::string link = item.record_row ? "/record/" + std::to_string(*item.record_row)
                             : item.page
                                 ? "/packet/" + item.packet + "/page/" + std::to_string(*item.page)
                                 : "";
    body += std::string("<tr") + (item.reviewed ? " class=\"reviewed\"" : "") + "><td>" +
            html_escape(item.file) +
            (item.page ? "<br><span class=\"meta\">page " + std::to_string(*item.page) + "</span>"
                       : "") +
            "</td><td>";
    body += link.empty()
                ? html_escape(item.title)
                : "<a href=\"" + html_escape(link) + "\">" + html_escape(item.title) + "</a>";
    body += "</td><td><ul class=\"reasons\">";
    for (const std::string& reason : item.reasons) body += "<li>" + html_escape(reason) + "</li>";
    body += "</ul></td><td>" +
            review_form_html({item.packet, item.target, show_all ? "/review?show=all" : "/review",
                              item.reviewed_at}) +
            "</td></tr>";
  }
  body += "</tbody></table>";
  return html_document("Review queue", body);
}

std::string error_page_html(int status, std::string_view message) {
  return html_document("Error " + std::to_string(status),
                       "<h1>" + std::to_string(status) + "</h1><p class=\"notice\">" +
                           html_escape(message) + "</p><p><a href=\"/\">Back to search</a></p>");
}

}  // namespace agendum::web
