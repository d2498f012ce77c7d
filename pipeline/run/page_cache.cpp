#include "pipeline/run/page_cache.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/pdf/sha256.h"

namespace agendum {
namespace {

constexpr char kMagic[8] = {'A', 'G', 'P', 'A', 'G', 'E', 'S', '\0'};

// Little-endian, length-prefixed fields; the reader checks every length against what is
// left, so a truncated or foreign file is a miss.
class Writer {
 public:
  void u8(uint8_t value) { raw(&value, sizeof value); }
  void u32(uint32_t value) { raw(&value, sizeof value); }
  void i32(int32_t value) { raw(&value, sizeof value); }
  void i64(int64_t value) { raw(&value, sizeof value); }
  void f32(float value) { raw(&value, sizeof value); }
  void f64(double value) { raw(&value, sizeof value); }
  void text(const std::string& value) {
    u32(static_cast<uint32_t>(value.size()));
    out_.append(value);
  }
  void bytes(const std::string& value) { out_.append(value); }
  void optional_text(const std::optional<std::string>& value) {
    u32(value ? 1 : 0);
    if (value) text(*value);
  }
  void box(const Box& box) {
    for (float v : {box.x0, box.y0, box.x1, box.y1}) f32(v);
  }
  std::string take() { return std::move(out_); }

 private:
  void raw(const void* data, size_t size) { out_.append(static_cast<const char*>(data), size); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == bytes_.size(); }
  uint8_t u8() { return get<uint8_t>(); }
  uint32_t u32() { return get<uint32_t>(); }
  int32_t i32() { return get<int32_t>(); }
  int64_t i64() { return get<int64_t>(); }
  float f32() { return get<float>(); }
  double f64() { return get<double>(); }
  std::string text() { return bytes(u32()); }
  std::string bytes(size_t size) {
    if (!ok_ || size > bytes_.size() - at_) return fail<std::string>();
    std::string value = bytes_.substr(at_, size);
    at_ += size;
    return value;
  }
  std::optional<std::string> optional_text() {
    if (u32() == 0) return std::nullopt;
    return text();
  }
  Box box() {
    Box box;
    box.x0 = f32();
    box.y0 = f32();
    box.x1 = f32();
    box.y1 = f32();
    return box;
  }
  // A count of things each at least `least_bytes` long: checked against what is left.
  uint32_t count(size_t least_bytes) {
    uint32_t n = u32();
    if (!ok_ || static_cast<size_t>(n) * least_bytes > bytes_.size() - at_) return fail<uint32_t>();
    return n;
  }

 private:
  template <typename T>
  T get() {
    if (!ok_ || sizeof(T) > bytes_.size() - at_) return fail<T>();
    T value;
    std::memcpy(&value, bytes_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return value;
  }
  template <typename T>
  T fail() {
    ok_ = false;
    at_ = bytes_.size();
    return T{};
  }
  const std::string& bytes_;
  size_t at_ = 0;
  bool ok_ = true;
};

// A word is 18 bytes and its text at least: a flags byte, the text's length in one byte (a
// longer text: kLongText, and four), the text, the box; then its font size unless the same as
// the word before it on the line, and its confidence unless 100 (the text layer's).
constexpr uint8_t kBold = 1, kItalic = 2, kStruck = 4, kUnderlined = 8, kSameFontSize = 16,
                  kFullConfidence = 32, kLongText = 64;

void write_word(Writer& out, const Word& word, double font_size_before) {
  const bool same_size = word.font_size == font_size_before;
  const bool full_confidence = word.confidence == 100;
  const bool long_text = word.text.size() >= 255;
  out.u8((word.bold ? kBold : 0) | (word.italic ? kItalic : 0) | (word.struck ? kStruck : 0) |
         (word.underlined ? kUnderlined : 0) | (same_size ? kSameFontSize : 0) |
         (full_confidence ? kFullConfidence : 0) | (long_text ? kLongText : 0));
  if (long_text) {
    out.text(word.text);
  } else {
    out.u8(static_cast<uint8_t>(word.text.size()));
    out.bytes(word.text);
  }
  out.box(word.box);
  if (!same_size) out.f64(word.font_size);
  if (!full_confidence) out.f32(word.confidence);
}

Word read_word(Reader& in, double font_size_before) {
  Word word;
  const uint8_t flags = in.u8();
  word.text = (flags & kLongText) ? in.text() : in.bytes(in.u8());
  word.box = in.box();
  word.font_size = (flags & kSameFontSize) ? font_size_before : in.f64();
  word.bold = flags & kBold;
  word.italic = flags & kItalic;
  word.struck = flags & kStruck;
  word.underlined = flags & kUnderlined;
  word.confidence = (flags & kFullConfidence) ? 100 : in.f32();
  return word;
}

void write_page(Writer& out, const PageText& page) {
  out.f64(page.width);
  out.f64(page.height);
  const PageInfo& info = page.info;
  out.i32(info.page);
  out.i32(info.method == PageMethod::ocr ? 1 : 0);
  out.f64(info.quality);
  out.i32(info.chars);
  out.u32(info.ocr_confidence ? 1 : 0);
  out.f64(info.ocr_confidence.value_or(0));
  out.i32(info.rotation);
  out.u32(static_cast<uint32_t>(page.lines.size()));
  for (const TextLine& line : page.lines) {
    out.box(line.box);
    out.i32(line.column);
    out.u32(static_cast<uint32_t>(line.words.size()));
    double font_size = 0;
    for (const Word& word : line.words) {
      write_word(out, word, font_size);
      font_size = word.font_size;
    }
  }
  out.u32(static_cast<uint32_t>(page.rules.size()));
  for (const Rule& rule : page.rules) out.box(rule.box);
}

PageText read_page(Reader& in) {
  PageText page;
  page.width = in.f64();
  page.height = in.f64();
  PageInfo& info = page.info;
  info.page = in.i32();
  info.method = in.i32() == 1 ? PageMethod::ocr : PageMethod::text;
  info.quality = in.f64();
  info.chars = in.i32();
  bool has_confidence = in.u32() != 0;
  double confidence = in.f64();
  if (has_confidence) info.ocr_confidence = confidence;
  info.rotation = in.i32();
  uint32_t lines = in.count(24);
  page.lines.resize(lines);
  for (TextLine& line : page.lines) {
    line.box = in.box();
    line.column = in.i32();
    uint32_t words = in.count(18);
    line.words.reserve(words);
    double font_size = 0;
    for (uint32_t w = 0; w < words && in.ok(); ++w) {
      line.words.push_back(read_word(in, font_size));
      font_size = line.words.back().font_size;
    }
  }
  uint32_t rules = in.count(16);
  page.rules.resize(rules);
  for (Rule& rule : page.rules) rule.box = in.box();
  return page;
}

std::string options_text(const ReadOptions& options) {
  std::ostringstream text;
  text << "format=" << kPageCacheFormat << ";first=" << options.first_page.value_or(0)
       << ";last=" << options.last_page.value_or(0) << ";ocr=" << static_cast<int>(options.ocr)
       << ";dpi=" << options.dpi << ";max_raster_mp=" << options.max_raster_megapixels;
  return text.str();
}

std::optional<std::string> file_sha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  Sha256 hash;
  std::string block(1 << 16, '\0');
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    hash.add(std::string_view(block.data(), static_cast<size_t>(in.gcount())));
  }
  return hash.hex_digest();
}

std::optional<std::string> read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Through a temporary file of its own in the same folder, then renamed over the entry.
bool store(const std::filesystem::path& path, const std::string& bytes) {
  std::string pattern = path.string() + ".XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0) return false;
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  bool ok = written == bytes.size() && close(fd) == 0;
  if (!ok || std::rename(pattern.c_str(), path.c_str()) != 0) {
    std::remove(pattern.c_str());
    return false;
  }
  return true;
}

}  // namespace

std::string page_cache_key(const std::string& sha256, const ReadOptions& options) {
  return sha256 + "-" + sha256_hex(options_text(options)).substr(0, 16) + ".pages";
}

std::string encode_page(const PageText& page) {
  Writer out;
  write_page(out, page);
  std::string bytes = out.take();
  bytes.shrink_to_fit();  // held for a while: not the slack of its growth
  return bytes;
}

std::optional<PageText> decode_page(const std::string& bytes) {
  Reader in(bytes);
  PageText page = read_page(in);
  if (!in.ok() || !in.at_end()) return std::nullopt;
  return page;
}

std::string encode_read_result(const ReadResult& result) {
  Writer out;
  for (char c : kMagic) out.i32(c);
  out.i32(kPageCacheFormat);
  out.text(result.facts.sha256);
  out.i64(result.facts.bytes);
  out.i32(result.facts.page_count);
  out.optional_text(result.facts.producer);
  out.optional_text(result.facts.title);
  out.u32(static_cast<uint32_t>(result.pages.size()));
  for (const PageText& page : result.pages) write_page(out, page);
  out.u32(static_cast<uint32_t>(result.diagnostics.size()));
  for (const Diagnostic& diagnostic : result.diagnostics) {
    out.i32(static_cast<int32_t>(diagnostic.severity));
    out.text(diagnostic.code);
    out.text(diagnostic.message);
    out.i32(diagnostic.page.value_or(-1));
    out.text(diagnostic.stage);
  }
  return out.take();
}

std::optional<ReadResult> decode_read_result(const std::string& bytes) {
  Reader in(bytes);
  for (char c : kMagic)
    if (in.i32() != c) return std::nullopt;
  if (in.i32() != kPageCacheFormat) return std::nullopt;
  ReadResult result;
  result.facts.sha256 = in.text();
  result.facts.bytes = in.i64();
  result.facts.page_count = in.i32();
  result.facts.producer = in.optional_text();
  result.facts.title = in.optional_text();
  uint32_t pages = in.count(60);
  result.pages.reserve(pages);
  for (uint32_t p = 0; p < pages && in.ok(); ++p) result.pages.push_back(read_page(in));
  uint32_t diagnostics = in.count(20);
  for (uint32_t d = 0; d < diagnostics && in.ok(); ++d) {
    Diagnostic diagnostic;
    int32_t severity = in.i32();
    if (severity < 0 || severity > static_cast<int32_t>(Severity::error)) return std::nullopt;
    diagnostic.severity = static_cast<Severity>(severity);
    diagnostic.code = in.text();
    diagnostic.message = in.text();
    int32_t page = in.i32();
    if (page >= 0) diagnostic.page = page;
    diagnostic.stage = in.text();
    result.diagnostics.push_back(std::move(diagnostic));
  }
  if (!in.ok() || !in.at_end()) return std::nullopt;
  return result;
}

Result<ReadResult> read_pdf_cached(const std::string& path, const ReadOptions& options,
                                   const std::string& cache_dir) {
  std::optional<std::string> sha256 = file_sha256(path);
  if (!sha256) return read_pdf(path, options);  // read_pdf names the failure
  std::filesystem::path entry = std::filesystem::path(cache_dir) / page_cache_key(*sha256, options);
  if (std::optional<std::string> bytes = read_whole(entry)) {
    if (std::optional<ReadResult> cached = decode_read_result(*bytes);
        cached && cached->facts.sha256 == *sha256)
      return std::move(*cached);
  }
  Result<ReadResult> read = read_pdf(path, options);
  if (!read.ok()) return read;
  // A page that timed out or failed may read on a later run with more time: not kept.
  for (const Diagnostic& diagnostic : read.value().diagnostics)
    if (diagnostic.severity == Severity::error) return read;
  std::error_code error;
  std::filesystem::create_directories(cache_dir, error);
  if (error || !store(entry, encode_read_result(read.value())))
    read.value().diagnostics.push_back({Severity::info, "page_cache_unwritable",
                                        "The page cache folder " + cache_dir +
                                            " could not be written; pages were read but not kept.",
                                        std::nullopt, "load"});
  return read;
}

}  // namespace agendum
