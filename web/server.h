// The review server (`agendum serve`): search pages, record pages beside their source page,
// and the review queue, over HTTP on 127.0.0.1 unless told otherwise.
//
// Routes:
//   GET  /                          search form and results (q, kind, agency, from, to,
//                                   min_annual, max_annual, page)
//   GET  /record/ID[?page=N]        a record's fields beside page N of its source, its lines marked
//   GET  /packet/SHA256/page/N      one page of a packet: how it was read, diagnostics, records
//   GET  /packet/SHA256/page/N.png  the page rendered by Poppler
//   GET  /pdf/PATH                  a source PDF under --pdf-root
//   GET  /review[?show=all]         the review queue
//   POST /review                    mark or unmark a target (packet, target, reviewed, back)
//   GET  /style.css
// Safety: each request opens its own connection, read-only except for POST /review, whose
// connection may write review marks and nothing else (see IndexAccess::review); all SQL is
// parameterised; every text is HTML-escaped; responses carry a Content-Security-Policy that
// allows no scripts and nothing from elsewhere; a POST from another origin is refused; paths
// go through PdfRoot. Request lines over 8 KB are refused by the HTTP library (414), bodies
// over kMaxRequestBody by the server (413).
#pragma once

#include <memory>
#include <string>

#include "pipeline/core/status.h"

namespace httplib {
class Server;
}

namespace agendum::web {

inline constexpr size_t kMaxRequestBody = 64 * 1024;
inline constexpr size_t kMaxQueueRows = 500;

struct ServeOptions {
  std::string database;
  std::string address = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::string pdf_root = ".";
};

class ReviewServer {
 public:
  // Checks that the index opens and the PDF folder exists (their codes when not).
  static Result<std::unique_ptr<ReviewServer>> create(const ServeOptions& options);
  ~ReviewServer();
  ReviewServer(const ReviewServer&) = delete;
  ReviewServer& operator=(const ReviewServer&) = delete;

  // Binds the address and port; cannot_listen when that fails.
  Status bind();
  // The port bound (the one chosen when asked for port 0).
  int port() const { return port_; }
  // Serves until stop() is called from another thread.
  void run();
  void stop();

 private:
  struct Routes;
  explicit ReviewServer(std::unique_ptr<Routes> routes);

  std::unique_ptr<Routes> routes_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
};

}  // namespace agendum::web
