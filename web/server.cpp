#include "web/server.h"

#include <httplib.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <tuple>

#include "review/page_facts.h"
#include "review/record_lines.h"
#include "review/review_queue.h"
#include "search/index_database.h"
#include "search/query.h"
#include "web/html.h"
#include "web/page_image.h"
#include "web/pages.h"
#include "web/pdf_root.h"

namespace agendum::web {
namespace {

using httplib::Request;
using httplib::Response;

// No scripts, nothing from elsewhere: the pages are plain documents with forms.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors "
    "'none'; "
    "base-uri 'none'";

void send_html(Response& response, int status, const std::string& html) {
  response.status = status;
  response.set_header("Content-Security-Policy", kContentSecurityPolicy);
  response.set_header("Cache-Control", "no-store");
  response.set_content(html, "text/html; charset=utf-8");
}

void send_error(Response& response, int status, const std::string& message) {
  send_html(response, status, error_page_html(status, message));
}

int http_status(const Status& status) {
  switch (status.code()) {
    case ErrorCode::usage:
      return 400;
    case ErrorCode::file_not_found:
      return 404;
    default:
      return 500;
  }
}

std::string parameter(const Request& request, const char* name) {
  return request.has_param(name) ? request.get_param_value(name) : "";
}

std::optional<long long> whole_number(std::string_view text) {
  long long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "85,000", "$85000.50" -> 85000.5
std::optional<double> amount(std::string text) {
  text.erase(std::remove_if(text.begin(), text.end(),
                            [](char c) { return c == ',' || c == '$' || c == ' '; }),
             text.end());
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0)
    return std::nullopt;
  return value;
}

bool is_sha256(const std::string& text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// A local path to return to after a POST: "/..." but not "//host" (another site).
std::string local_path(const std::string& back) {
  if (back.empty() || back[0] != '/' || back.rfind("//", 0) == 0 ||
      back.find_first_of("\\\r\n") != std::string::npos || back.size() > 2000)
    return "/review";
  return back;
}

// A form posted by another site (a page the clerk happens to visit) is refused. (The pages'
// Referrer-Policy is same-origin: with no-referrer, browsers send "Origin: null" for them.)
bool same_origin(const Request& request) {
  const std::string site = request.get_header_value("Sec-Fetch-Site");
  if (!site.empty() && site != "same-origin" && site != "none") return false;
  const std::string origin = request.get_header_value("Origin");
  return origin.empty() || origin == "http://" + request.get_header_value("Host");
}

std::string pdf_url(const std::string& relative) {
  std::string url = "/pdf";
  size_t at = 0;
  while (at <= relative.size()) {
    size_t slash = relative.find('/', at);
    if (slash == std::string::npos) slash = relative.size();
    url += "/" + url_encode(relative.substr(at, slash - at));
    at = slash + 1;
  }
  return url;
}

}  // namespace

struct ReviewServer::Routes {
  ServeOptions options;
  PdfRoot pdf_root;

  Result<sqlite::Database> open(IndexAccess access) const {
    return open_index(options.database, access);
  }

  void search(const Request& request, Response& response) const {
    SearchForm form{parameter(request, "q"),         parameter(request, "kind"),
                    parameter(request, "agency"),    parameter(request, "from"),
                    parameter(request, "to"),        parameter(request, "min_annual"),
                    parameter(request, "max_annual")};
    form.page = static_cast<int>(
        std::clamp(whole_number(parameter(request, "page")).value_or(1), 1LL, 1000LL));
    std::vector<std::string> notices;
    SearchQuery query;
    query.text = form.words;
    query.limit = kResultsPerPage;
    query.offset = (form.page - 1) * kResultsPerPage;
    if (!form.kind.empty()) {
      if (is_search_kind(form.kind))
        query.kind = form.kind;
      else
        notices.push_back("There is no kind '" + form.kind.substr(0, 40) +
                          "'; all kinds are shown.");
    }
    if (!form.agency.empty()) query.agency = form.agency;
    for (auto [text, bound] :
         {std::pair{&form.from, &query.from}, std::pair{&form.to, &query.to}}) {
      if (text->empty()) continue;
      if (is_query_date(*text))
        *bound = *text;
      else
        notices.push_back("Dates are YYYY, YYYY-MM or YYYY-MM-DD; '" + text->substr(0, 40) +
                          "' was left out.");
    }
    for (auto [text, bound] : {std::pair{&form.min_annual, &query.min_annual},
                               std::pair{&form.max_annual, &query.max_annual}}) {
      if (text->empty()) continue;
      *bound = amount(*text);
      if (!*bound)
        notices.push_back("'" + text->substr(0, 40) + "' is not an amount; it was left out.");
    }
    const bool asked = !form.words.empty() || query.kind || query.agency || query.from ||
                       query.to || query.min_annual || query.max_annual;
    if (!asked) return send_html(response, 200, search_page_html(form, notices, nullptr));
    Result<sqlite::Database> database = open(IndexAccess::read);
    if (!database.ok()) return send_error(response, 500, database.status().message());
    Result<SearchResults> results = search_index(database.value(), query);
    if (!results.ok()) return send_error(response, 500, results.status().message());
    send_html(response, 200, search_page_html(form, notices, &results.value()));
  }

  // The page with the record's lines (or the whole page) marked, or why it cannot be shown.
  void show_page(const std::string& packet, const std::string& file, std::optional<long long> bytes,
                 int page, const PageFacts& facts, const nlohmann::json* record,
                 std::optional<PageFigure>& figure, std::string& note, std::string& link) const {
    Result<std::filesystem::path> source = pdf_root.find_source(file, bytes);
    if (!source.ok()) {
      note = source.status().message();
      return;
    }
    link = pdf_url(pdf_root.relative_name(source.value()));
    Result<PageLines> lines = read_page_lines(source.value().string(), page, facts.method == "ocr");
    if (!lines.ok() || lines.value().width <= 0) {
      note = lines.ok() ? "The page has no size." : lines.status().message();
      return;
    }
    PageFigure shown;
    shown.image_url = "/packet/" + packet + "/page/" + std::to_string(page) + ".png";
    shown.image_alt = "Page " + std::to_string(page) + " of " + file;
    shown.width = lines.value().width;
    shown.height = lines.value().height;
    if (record && lines.value().rotation == facts.rotation) {
      for (size_t line : lines_holding(lines.value().texts, record_texts(*record)))
        shown.lines.push_back(lines.value().boxes[line]);
    }
    shown.caption =
        !record ? "Page " + std::to_string(page) + "."
        : shown.lines.empty()
            ? "The record's lines could not be told apart on this page: the whole page is marked."
            : std::to_string(shown.lines.size()) + " lines of this record are marked.";
    figure = std::move(shown);
  }

  void record(const Request& request, Response& response) const {
    std::optional<long long> id = whole_number(request.matches[1].str());
    if (!id) return send_error(response, 404, "No such record.");
    Result<sqlite::Database> database = open(IndexAccess::read);
    if (!database.ok()) return send_error(response, 500, database.status().message());
    Result<RecordDetail> detail = find_record(database.value(), *id);
    if (!detail.ok())
      return send_error(response, http_status(detail.status()), detail.status().message());
    RecordView view;
    view.detail = std::move(detail).value();
    const SearchHit& hit = view.detail.summary;
    view.record = nlohmann::json::parse(view.detail.json, nullptr, false);
    const long long asked = whole_number(parameter(request, "page")).value_or(hit.first_page);
    view.page = asked >= hit.first_page && asked <= hit.last_page ? static_cast<int>(asked)
                                                                  : hit.first_page;
    if (Result<PageFacts> facts = page_facts(database.value(), hit.packet, view.page); facts.ok())
      view.page_facts = std::move(facts).value();
    view.review = {hit.packet, "record:" + hit.record,
                   "/record/" + std::to_string(hit.id) + "?page=" + std::to_string(view.page),
                   review_mark(database.value(), hit.packet, "record:" + hit.record)};
    if (view.page > 0)
      show_page(hit.packet, hit.file, view.detail.bytes, view.page, view.page_facts, &view.record,
                view.figure, view.figure_note, view.pdf_url);
    send_html(response, 200, record_page_html(view));
  }

  // The packet and page a /packet/SHA256/page/N URL names; nothing (and a 404 sent) when the
  // index has no such page.
  std::optional<std::pair<PacketFacts, int>> named_page(const Request& request, Response& response,
                                                        sqlite::Database& database) const {
    const std::string packet = request.matches[1].str();
    std::optional<long long> page = whole_number(request.matches[2].str());
    Result<PacketFacts> facts = packet_facts(database, packet);
    if (!facts.ok() || !page || *page < 1 ||
        (facts.value().page_count && *page > *facts.value().page_count)) {
      send_error(response, 404, "No such packet page.");
      return std::nullopt;
    }
    return std::pair{facts.value(), static_cast<int>(*page)};
  }

  void packet_page(const Request& request, Response& response) const {
    Result<sqlite::Database> database = open(IndexAccess::read);
    if (!database.ok()) return send_error(response, 500, database.status().message());
    std::optional<std::pair<PacketFacts, int>> named =
        named_page(request, response, database.value());
    if (!named) return;
    PageView view;
    std::tie(view.packet, view.page) = *named;
    const std::string& packet = view.packet.sha256;
    if (Result<PageFacts> read = page_facts(database.value(), packet, view.page); read.ok())
      view.facts = std::move(read).value();
    const std::string target = "page:" + std::to_string(view.page);
    view.review = {packet, target, "/packet/" + packet + "/page/" + std::to_string(view.page),
                   review_mark(database.value(), packet, target)};
    show_page(packet, view.packet.file, view.packet.bytes, view.page, view.facts, nullptr,
              view.figure, view.figure_note, view.pdf_url);
    send_html(response, 200, page_view_html(view));
  }

  void page_image(const Request& request, Response& response) const {
    Result<sqlite::Database> database = open(IndexAccess::read);
    if (!database.ok()) return send_error(response, 500, database.status().message());
    std::optional<std::pair<PacketFacts, int>> named =
        named_page(request, response, database.value());
    if (!named) return;
    const auto& [packet, page] = *named;
    int rotation = 0;
    if (Result<PageFacts> read = page_facts(database.value(), packet.sha256, page);
        read.ok() && read.value().method == "ocr")
      rotation = read.value().rotation;
    Result<std::filesystem::path> source = pdf_root.find_source(packet.file, packet.bytes);
    if (!source.ok()) return send_error(response, 404, source.status().message());
    Result<std::string> png = page_png(source.value().string(), page, kPageImageDpi, rotation);
    if (!png.ok()) return send_error(response, http_status(png.status()), png.status().message());
    response.set_header("Cache-Control", "private, max-age=600");
    response.set_content(png.value(), "image/png");
  }

  void pdf(const Request& request, Response& response) const {
    Result<std::filesystem::path> file = pdf_root.resolve(request.matches[1].str());
    if (!file.ok())
      return send_error(response, http_status(file.status()), file.status().message());
    const std::string path = file.value().string();
    std::ifstream in(path, std::ios::binary);
    char header[5] = {};
    in.read(header, sizeof header);
    if (!in || std::string_view(header, 5) != "%PDF-")
      return send_error(response, 404, "Only PDFs are served.");
    std::error_code error;
    const size_t size = std::filesystem::file_size(file.value(), error);
    if (error) return send_error(response, 404, "The file cannot be read.");
    response.set_content_provider(
        size, "application/pdf", [path](size_t offset, size_t length, httplib::DataSink& sink) {
          std::ifstream source(path, std::ios::binary);
          source.seekg(static_cast<std::streamoff>(offset));
          std::vector<char> chunk(std::min<size_t>(length, 1 << 16));
          source.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
          if (source.gcount() <= 0) return false;
          sink.write(chunk.data(), static_cast<size_t>(source.gcount()));
          return true;
        });
  }

  void queue(const Request& request, Response& response) const {
    const bool show_all = parameter(request, "show") == "all";
    Result<sqlite::Database> database = open(IndexAccess::read);
    if (!database.ok()) return send_error(response, 500, database.status().message());
    Result<ReviewQueue> queue = review_queue(database.value(), show_all);
    if (!queue.ok()) return send_error(response, 500, queue.status().message());
    if (queue.value().items.size() > kMaxQueueRows) queue.value().items.resize(kMaxQueueRows);
    send_html(response, 200, review_page_html(queue.value(), show_all));
  }

  void mark(const Request& request, Response& response) const {
    if (!same_origin(request))
      return send_error(response, 403, "Review marks are taken only from these pages.");
    const std::string packet = parameter(request, "packet"), target = parameter(request, "target");
    if (!is_sha256(packet) || !is_review_target(target))
      return send_error(response, 400, "Not a review target.");
    Result<sqlite::Database> database = open(IndexAccess::review);
    if (!database.ok()) return send_error(response, 500, database.status().message());
    Status marked =
        mark_reviewed(database.value(), packet, target, parameter(request, "reviewed") != "0");
    if (!marked.ok()) return send_error(response, http_status(marked), marked.message());
    response.set_redirect(local_path(parameter(request, "back")), 303);
  }
};

Result<std::unique_ptr<ReviewServer>> ReviewServer::create(const ServeOptions& options) {
  Result<sqlite::Database> database = open_index(options.database, IndexAccess::read);
  if (!database.ok()) return database.status();
  Result<PdfRoot> root = PdfRoot::open(options.pdf_root);
  if (!root.ok()) return root.status();
  return std::unique_ptr<ReviewServer>(
      new ReviewServer(std::make_unique<Routes>(Routes{options, root.value()})));
}

ReviewServer::ReviewServer(std::unique_ptr<Routes> routes)
    : routes_(std::move(routes)), http_(std::make_unique<httplib::Server>()) {
  const Routes& routes_ref = *routes_;
  http_->set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "same-origin"},
                              {"X-Frame-Options", "DENY"}});
  http_->set_payload_max_length(kMaxRequestBody);
  http_->set_read_timeout(10, 0);
  http_->set_write_timeout(30, 0);
  auto bind = [&routes_ref](void (Routes::*handler)(const Request&, Response&) const) {
    return [&routes_ref, handler](const Request& request, Response& response) {
      (routes_ref.*handler)(request, response);
    };
  };
  http_->Get("/", bind(&Routes::search));
  http_->Get(R"(/record/(\d{1,18}))", bind(&Routes::record));
  http_->Get(R"(/packet/([0-9a-f]{64})/page/(\d{1,9}))", bind(&Routes::packet_page));
  http_->Get(R"(/packet/([0-9a-f]{64})/page/(\d{1,9})\.png)", bind(&Routes::page_image));
  http_->Get(R"(/pdf/(.+))", bind(&Routes::pdf));
  http_->Get("/review", bind(&Routes::queue));
  http_->Post("/review", bind(&Routes::mark));
  http_->Get("/style.css", [](const Request&, Response& response) {
    response.set_header("Cache-Control", "private, max-age=600");
    response.set_content(std::string(style_sheet()), "text/css; charset=utf-8");
  });
  http_->set_error_handler([](const Request&, Response& response) {
    if (!response.body.empty()) return;
    const int status = response.status;
    send_error(response, status,
               status == 404   ? "Nothing here."
               : status == 414 ? "The request is too long."
               : status == 413 ? "The request body is too large."
                               : "The request could not be served.");
  });
  http_->set_exception_handler([](const Request&, Response& response, std::exception_ptr) {
    send_error(response, 500, "Something went wrong inside the server.");
  });
}

ReviewServer::~ReviewServer() = default;

Status ReviewServer::bind() {
  const ServeOptions& options = routes_->options;
  port_ = options.port == 0
              ? http_->bind_to_any_port(options.address)
              : (http_->bind_to_port(options.address, options.port) ? options.port : -1);
  if (port_ < 0)
    return {ErrorCode::cannot_listen,
            "cannot listen on " + options.address + ":" + std::to_string(options.port)};
  return {};
}

void ReviewServer::run() { http_->listen_after_bind(); }

void ReviewServer::stop() { http_->stop(); }

}  // namespace agendum::web
