// The review server over HTTP (in process): search, record and page views, the review queue,
// and hostile requests: SQL and FTS5 syntax, <script> in document text, paths out of
// --pdf-root, a 10 MB query, posts from other sites.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include "search/index.h"
#include "search/index_database.h"
#include "tests/support/command.h"
#include "tests/support/packets.h"
#include "tests/support/serve_process.h"
#include "web/server.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A synthetic packet whose text is hostile, with a weak OCR page and diagnostics.
json hostile_packet() {
  json packet = testing::synthetic_packet(501, {1, 1, 2, 0});
  packet["source"]["file"] = "../../etc/passwd";
  packet["class_specs"][0]["title"] = "<script>window.pwned=1</script>Zebra Keeper";
  packet["class_specs"][0]["definition"] = "<img src=x onerror=\"window.pwned=2\"> tends zebras";
  packet["class_specs"][0]["jurisdiction"] = "\"><b>City of Quote</b>";
  packet["pages"][2] = {{"page", 3},    {"method", "ocr"},        {"quality", 0.7},
                        {"chars", 900}, {"ocr_confidence", 55.0}, {"rotation", 0}};
  packet["diagnostics"].push_back({{"severity", "warning"},
                                   {"code", "pay_units_disagree"},
                                   {"message", "The hourly and monthly amounts do not convert."},
                                   {"page", 2},
                                   {"stage", "pay_range"}});
  packet["resolutions"][0]["number"] = nullptr;
  return packet;
}

class WebServer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new testing::TempFolder("web-server");
    folder_ = new fs::path(temp_->path());
    const fs::path root = *folder_ / "pdfs";
    fs::create_directories(root / "2023");
    for (const char* sample : {"carson_19-110.pdf", "torrance_packet.pdf"})
      fs::copy_file(testing::source_path(std::string("samples/") + sample), root / sample);
    fs::copy_file(root / "carson_19-110.pdf", root / "2023" / "copy.pdf");
    std::ofstream(root / "notes.txt") << "not a pdf";
    std::ofstream(*folder_ / "secret.txt") << "%PDF-1.4 root:x:0:0 outside the root";
    fs::create_symlink(*folder_ / "secret.txt", root / "escape.pdf");
    const fs::path hostile = *folder_ / "hostile.json";
    std::ofstream(hostile) << hostile_packet().dump();
    db_ = new std::string((*folder_ / "index.db").string());
    Result<IndexReport> report =
        index_packets(*db_, {testing::sample_outputs().folder.string(), hostile.string()});
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report.value().problems.empty());

    Result<std::unique_ptr<web::ReviewServer>> server =
        web::ReviewServer::create({*db_, "127.0.0.1", 0, root.string()});
    ASSERT_TRUE(server.ok()) << server.status().message();
    server_ = server.value().release();
    ASSERT_TRUE(server_->bind().ok());
    thread_ = new std::thread([] { server_->run(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    delete temp_;
    delete folder_;
    delete db_;
  }

  httplib::Client client() const {
    httplib::Client http("127.0.0.1", server_->port());
    http.set_read_timeout(60, 0);
    return http;
  }
  httplib::Result get(const std::string& path) { return client().Get(path); }
  // The row id of the first search result for `words`.
  std::string first_record(const std::string& query) {
    httplib::Result page = get("/?" + query);
    EXPECT_TRUE(page && page->status == 200);
    std::smatch match;
    EXPECT_TRUE(std::regex_search(page->body, match, std::regex("href=\"/record/(\\d+)\"")))
        << query;
    return match[1].str();
  }
  static long occurrences(const std::string& text, const std::string& pattern) {
    long found = 0;
    for (size_t at = text.find(pattern); at != std::string::npos; at = text.find(pattern, at + 1))
      ++found;
    return found;
  }
  long long count(const std::string& sql) {
    Result<sqlite::Database> database = open_index(*db_, IndexAccess::read);
    sqlite::Statement statement = database.value().prepare(sql);
    return statement.step() ? statement.integer(0) : -1;
  }

  static testing::TempFolder* temp_;
  static fs::path* folder_;
  static std::string* db_;
  static web::ReviewServer* server_;
  static std::thread* thread_;
};
testing::TempFolder* WebServer::temp_ = nullptr;
fs::path* WebServer::folder_ = nullptr;
std::string* WebServer::db_ = nullptr;
web::ReviewServer* WebServer::server_ = nullptr;
std::thread* WebServer::thread_ = nullptr;

TEST_F(WebServer, SearchPageRunsAQuery) {
  httplib::Result empty = get("/");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 200);
  EXPECT_NE(empty->body.find("<form class=\"search\""), std::string::npos);
  EXPECT_NE(empty->get_header_value("Content-Security-Policy").find("default-src 'none'"),
            std::string::npos);
  EXPECT_EQ(empty->get_header_value("X-Content-Type-Options"), "nosniff");

  httplib::Result found = get("/?q=coordinator&kind=class_spec&agency=carson&from=2019&to=2019-12");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->status, 200);
  EXPECT_NE(found->body.find(">Systems Coordinator</a>"), std::string::npos) << found->body;
  EXPECT_NE(found->body.find("<mark>"), std::string::npos);
  EXPECT_NE(found->body.find("carson_19-110.pdf, pages 4-7"), std::string::npos);

  httplib::Result pay = get("/?kind=pay_range&min_annual=%2490%2C000");
  ASSERT_TRUE(pay);
  EXPECT_NE(pay->body.find("annual $"), std::string::npos);
  EXPECT_NE(pay->body.find("(hourly x 2080)"), std::string::npos);

  httplib::Result notices = get("/?q=clerk&from=yesterday&kind=nothing&max_annual=lots");
  ASSERT_TRUE(notices);
  EXPECT_EQ(notices->status, 200);
  EXPECT_NE(notices->body.find("&#39;yesterday&#39; was left out"), std::string::npos);
  EXPECT_NE(notices->body.find("&#39;lots&#39; is not an amount"), std::string::npos);
}

TEST_F(WebServer, RecordPageShowsFieldsBesideThePageWithItsLinesMarked) {
  const std::string id = first_record("q=coordinator&kind=class_spec&agency=carson");
  httplib::Result page = get("/record/" + id + "?page=4");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("data-field=\"definition\">Under general supervision"),
            std::string::npos);
  EXPECT_NE(page->body.find("<del>Type at a speed of 60 net words per minute.</del>"),
            std::string::npos);
  std::smatch image;
  ASSERT_TRUE(
      std::regex_search(page->body, image, std::regex("<img id=\"page-image\" src=\"([^\"]+)\"")));
  EXPECT_EQ(image[1].str().rfind("/packet/", 0), 0u);
  const std::string body = page->body;
  const long marks = occurrences(body, "<rect class=\"line\"");
  EXPECT_GE(marks, 15);  // the spec's lines on page 4, not the running header
  EXPECT_NE(body.find("lines of this record are marked"), std::string::npos);
  EXPECT_NE(body.find("href=\"/pdf/carson_19-110.pdf#page=4\""), std::string::npos);

  httplib::Result png = get(image[1].str());
  ASSERT_TRUE(png);
  ASSERT_EQ(png->status, 200);
  EXPECT_EQ(png->get_header_value("Content-Type"), "image/png");
  ASSERT_GT(png->body.size(), 10000u);
  EXPECT_EQ(png->body.substr(1, 3), "PNG");
  auto be32 = [&](size_t at) {
    return (static_cast<unsigned char>(png->body[at]) << 24) |
           (static_cast<unsigned char>(png->body[at + 1]) << 16) |
           (static_cast<unsigned char>(png->body[at + 2]) << 8) |
           static_cast<unsigned char>(png->body[at + 3]);
  };
  EXPECT_EQ(be32(16), 850u);  // 8.5 in at 100 dpi
  EXPECT_EQ(be32(20), 1100u);

  // A pay range: its one printed line.
  const std::string pay = first_record("q=%22range+341%22&kind=pay_range&agency=carson");
  httplib::Result pay_page = get("/record/" + pay);
  ASSERT_TRUE(pay_page);
  const std::string pay_body = pay_page->body;
  EXPECT_EQ(occurrences(pay_body, "<rect class=\"line\""), 1);
}

TEST_F(WebServer, HostileQueriesAreText) {
  const long long records = count("SELECT count(*) FROM records");
  for (const char* query :
       {"%22", "*", "NEAR(", "NEAR(clerk%20deputy,%202)", "%27%3B%20DROP%20TABLE%20records%3B%20--",
        "clerk%22%20OR%20%221%22%3D%221", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00%01",
        "%FF%FE"}) {
    httplib::Result page = get(std::string("/?q=") + query + "&agency=%25&from=2019%27--");
    ASSERT_TRUE(page) << query;
    EXPECT_EQ(page->status, 200) << query;
    EXPECT_EQ(page->body.find("<script"), std::string::npos) << query;
  }
  EXPECT_EQ(count("SELECT count(*) FROM records"), records);
  EXPECT_EQ(count("SELECT count(*) FROM packets"), 5);
}

TEST_F(WebServer, ScriptInDocumentTextIsEscaped) {
  httplib::Result results = get("/?q=zebra");
  ASSERT_TRUE(results);
  EXPECT_NE(results->body.find("&lt;script&gt;window.pwned=1&lt;/script&gt;Zebra Keeper"),
            std::string::npos);
  EXPECT_EQ(results->body.find("<script"), std::string::npos);
  EXPECT_EQ(results->body.find("<b>City of Quote"), std::string::npos);
  const std::string id = first_record("q=zebra&kind=class_spec");
  httplib::Result record = get("/record/" + id);
  ASSERT_TRUE(record);
  EXPECT_EQ(record->status, 200);
  EXPECT_EQ(record->body.find("<script"), std::string::npos);
  EXPECT_EQ(record->body.find("<img src=x"), std::string::npos);
  EXPECT_NE(record->body.find("&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;"),
            std::string::npos);
  // Its source file names a path out of the PDF folder: no page is shown, and no file is read.
  EXPECT_NE(record->body.find("is not in"), std::string::npos);
  EXPECT_EQ(record->body.find("page-image"), std::string::npos);
}

TEST_F(WebServer, NoPathLeavesThePdfRoot) {
  httplib::Client http = client();
  for (const char* path : {"/pdf/../secret.txt", "/pdf/%2e%2e/secret.txt", "/pdf/..%2Fsecret.txt",
                           "/pdf/2023/../../secret.txt", "/pdf//etc/passwd", "/pdf/%2Fetc%2Fpasswd",
                           "/pdf/escape.pdf", "/pdf/notes.txt", "/pdf/./carson_19-110.pdf",
                           "/pdf/..%5Csecret.txt", "/pdf/carson_19-110.pdf%00.txt",
                           "/pdf/nonexistent.pdf", "/../secret.txt", "/packet/../../etc/passwd"}) {
    httplib::Result response = http.Get(path);
    ASSERT_TRUE(response) << path;
    EXPECT_TRUE(response->status == 400 || response->status == 404)
        << path << " " << response->status;
    EXPECT_EQ(response->body.find("root:x"), std::string::npos) << path;
    EXPECT_EQ(response->body.find("%PDF"), std::string::npos) << path;
  }
  httplib::Result pdf = http.Get("/pdf/carson_19-110.pdf");
  ASSERT_TRUE(pdf);
  EXPECT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf->body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(pdf->body.size(), fs::file_size(testing::source_path("samples/carson_19-110.pdf")));
  httplib::Result nested = http.Get("/pdf/2023/copy.pdf");
  ASSERT_TRUE(nested);
  EXPECT_EQ(nested->status, 200);
}

TEST_F(WebServer, TenMegabyteRequestsAreRefusedAndTheServerGoesOn) {
  // The server answers 414 after the first 8 KB of the request line: nothing is searched.
  httplib::Result huge = get("/?q=" + std::string(10 * 1024 * 1024, 'a'));
  ASSERT_TRUE(huge) << httplib::to_string(huge.error());
  EXPECT_EQ(huge->status, 414);
  EXPECT_NE(huge->body.find("The request is too long."), std::string::npos);
  httplib::Result body = client().Post("/review", std::string(10 * 1024 * 1024, 'a'),
                                       "application/x-www-form-urlencoded");
  ASSERT_TRUE(body) << httplib::to_string(body.error());
  EXPECT_EQ(body->status, 413);
  // A query just under the limit is searched, cut to its first terms.
  httplib::Result longest = get("/?q=" + std::string(8000, 'a') + "+clerk");
  ASSERT_TRUE(longest);
  EXPECT_EQ(longest->status, 200);
  httplib::Result after = get("/?q=clerk");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 200);
  EXPECT_NE(after->body.find("<mark>"), std::string::npos);
}

TEST_F(WebServer, TheReviewQueueTakesMarksAndNothingElse) {
  httplib::Result queue = get("/review");
  ASSERT_TRUE(queue);
  ASSERT_EQ(queue->status, 200);
  EXPECT_NE(queue->body.find("pay_units_disagree: The hourly and monthly amounts do not convert."),
            std::string::npos);
  EXPECT_NE(queue->body.find("Read by OCR with mean confidence 55 (under 80)."), std::string::npos);
  EXPECT_NE(queue->body.find("No resolution number was read."), std::string::npos);
  std::smatch counts;
  ASSERT_TRUE(
      std::regex_search(queue->body, counts, std::regex("(\\d+) to review, (\\d+) reviewed")));
  const int open = std::stoi(counts[1]);
  const long long records = count("SELECT count(*) FROM records");

  char sha[65];
  std::snprintf(sha, sizeof sha, "%064x", 502);
  const std::string packet = sha;
  httplib::Client http = client();
  httplib::Headers same_site = {{"Origin", "http://127.0.0.1:" + std::to_string(server_->port())}};
  httplib::Result marked = http.Post(
      "/review", same_site, "packet=" + packet + "&target=page%3A3&reviewed=1&back=%2Freview",
      "application/x-www-form-urlencoded");
  ASSERT_TRUE(marked);
  EXPECT_EQ(marked->status, 303);
  EXPECT_EQ(marked->get_header_value("Location"), "/review");
  httplib::Result after = get("/review");
  EXPECT_NE(after->body.find(std::to_string(open - 1) + " to review, 1 reviewed"),
            std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM review_marks"), 1);

  // Another site's form, an unknown target or packet, a redirect elsewhere: refused or kept local.
  httplib::Result cross = http.Post("/review", {{"Origin", "http://evil.example"}},
                                    "packet=" + packet + "&target=page%3A3&reviewed=0",
                                    "application/x-www-form-urlencoded");
  ASSERT_TRUE(cross);
  EXPECT_EQ(cross->status, 403);
  httplib::Result fetched = http.Post("/review", {{"Sec-Fetch-Site", "cross-site"}},
                                      "packet=" + packet + "&target=page%3A3&reviewed=0",
                                      "application/x-www-form-urlencoded");
  EXPECT_EQ(fetched->status, 403);
  EXPECT_EQ(http.Post("/review", "packet=" + packet + "&target=records%3B+DROP",
                      "application/x-www-form-urlencoded")
                ->status,
            400);
  EXPECT_EQ(http.Post("/review", "packet=" + std::string(64, 'f') + "&target=packet",
                      "application/x-www-form-urlencoded")
                ->status,
            404);
  EXPECT_EQ(http.Post("/review", "packet=" + packet + "&target=page%3A999",
                      "application/x-www-form-urlencoded")
                ->status,
            404);
  httplib::Result away =
      http.Post("/review", "packet=" + packet + "&target=packet&back=%2F%2Fevil.example%2F",
                "application/x-www-form-urlencoded");
  EXPECT_EQ(away->get_header_value("Location"), "/review");
  EXPECT_EQ(count("SELECT count(*) FROM review_marks"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM records"), records);
  EXPECT_EQ(get("/review/mark")->status, 404);
}

TEST_F(WebServer, PageViewAndMissingThings) {
  char sha[65];
  std::snprintf(sha, sizeof sha, "%064x", 502);
  httplib::Result page = get(std::string("/packet/") + sha + "/page/2");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("pay_units_disagree"), std::string::npos);
  EXPECT_NE(page->body.find("Records on this page"), std::string::npos);
  EXPECT_EQ(get(std::string("/packet/") + sha + "/page/99")->status, 404);
  EXPECT_EQ(get(std::string("/packet/") + std::string(64, 'a') + "/page/1.png")->status, 404);
  EXPECT_EQ(get("/record/999999")->status, 404);
  EXPECT_EQ(get("/record/99999999999999999999999")->status, 404);
  httplib::Result missing = get("/no/such/page");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("Nothing here."), std::string::npos);
}

TEST_F(WebServer, TheServeCommandStartsStopsAndFailsClearly) {
  testing::ServeProcess served("--db " + *db_ + " --pdf-root " + (*folder_ / "pdfs").string());
  ASSERT_EQ(served.url().rfind("http://127.0.0.1:", 0), 0u) << served.url();
  httplib::Client http(served.url());
  httplib::Result page = http.Get("/?q=clerk");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(served.stop(), 0);  // SIGTERM: a clean stop

  testing::ServeProcess missing("--db " + (*folder_ / "missing.db").string());
  EXPECT_TRUE(missing.url().empty());
  EXPECT_EQ(missing.stop(), 3);
  testing::ServeProcess no_root("--db " + *db_ + " --pdf-root " + (*folder_ / "nowhere").string());
  EXPECT_EQ(no_root.stop(), 3);
  // A port some other program listens on.
  const int listener = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&address), length), 0);
  ASSERT_EQ(listen(listener, 1), 0);
  ASSERT_EQ(getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
  testing::ServeProcess taken("--db " + *db_ + " --port " + std::to_string(ntohs(address.sin_port)));
  EXPECT_TRUE(taken.url().empty());
  EXPECT_EQ(taken.stop(), 15);
  close(listener);
}

}  // namespace
}  // namespace agendum
