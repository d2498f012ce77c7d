// Opening a PDF: each way a file can fail to open has its own ErrorCode, and a good file's
// facts (hash, size, page count, producer, title) come out right.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "pipeline/pdf/read_pdf.h"
#include "pipeline/pdf/sha256.h"

namespace agendum {
namespace {

std::string fixture(const std::string& name) { return std::string(AGENDUM_SOURCE_DIR) + "/tests/fixtures/pdf/" + name; }

ErrorCode open_error(const std::string& name) {
  ReadOptions options;
  options.ocr = OcrMode::never;
  Result<ReadResult> result = read_pdf(fixture(name), options);
  EXPECT_FALSE(result.ok()) << name;
  if (!result.ok()) {
    EXPECT_NE(result.status().message().find(name), std::string::npos) << result.status().message();
    EXPECT_EQ(result.status().message().find('\n'), std::string::npos);
  }
  return result.status().code();
}

TEST(PdfOpen, MissingFileIsFileNotFound) { EXPECT_EQ(open_error("no_such_packet.pdf"), ErrorCode::file_not_found); }

TEST(PdfOpen, TextFileIsNotAPdf) { EXPECT_EQ(open_error("not_a_pdf.pdf"), ErrorCode::not_a_pdf); }

TEST(PdfOpen, GarbageAfterHeaderIsCorrupt) { EXPECT_EQ(open_error("corrupt.pdf"), ErrorCode::corrupt_pdf); }

TEST(PdfOpen, HalfAFileIsCorrupt) { EXPECT_EQ(open_error("truncated.pdf"), ErrorCode::corrupt_pdf); }

TEST(PdfOpen, PasswordProtectedIsEncrypted) { EXPECT_EQ(open_error("encrypted.pdf"), ErrorCode::encrypted_pdf); }

TEST(PdfOpen, ZeroPagesIsEmpty) { EXPECT_EQ(open_error("zero_pages.pdf"), ErrorCode::empty_pdf); }

TEST(PdfOpen, FactsOfAGoodFile) {
  std::ifstream in(fixture("born_digital.pdf"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(bytes.empty());

  ReadOptions options;
  options.ocr = OcrMode::never;
  Result<ReadResult> result = read_pdf(fixture("born_digital.pdf"), options);
  ASSERT_TRUE(result.ok()) << result.status().message();
  const PdfFacts& facts = result.value().facts;
  EXPECT_EQ(facts.bytes, static_cast<long long>(bytes.size()));
  EXPECT_EQ(facts.sha256, sha256_hex(bytes));
  EXPECT_EQ(facts.page_count, 2);
  ASSERT_TRUE(facts.title.has_value());
  EXPECT_EQ(*facts.title, "Personnel Board Report");
  ASSERT_TRUE(facts.producer.has_value());
  EXPECT_NE(facts.producer->find("ReportLab"), std::string::npos);
}

TEST(PdfOpen, PageRangeSelectsPages) {
  ReadOptions options;
  options.ocr = OcrMode::never;
  options.first_page = 2;
  Result<ReadResult> result = read_pdf(fixture("born_digital.pdf"), options);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.value().pages.size(), 1u);
  EXPECT_EQ(result.value().pages[0].info.page, 2);
  EXPECT_EQ(result.value().facts.page_count, 2);

  options.first_page = 3;
  EXPECT_EQ(read_pdf(fixture("born_digital.pdf"), options).status().code(), ErrorCode::usage);
}

// Published test vectors (FIPS 180-2 examples), including the two-block padding case.
TEST(Sha256, KnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// A file is hashed in blocks as it streams; uneven pieces give the digest of the whole.
TEST(Sha256, PiecesGiveTheDigestOfTheWhole) {
  const std::string text(100000, 'a');
  Sha256 hash;
  for (size_t at = 0, piece = 1; at < text.size(); at += piece, piece = piece * 3 % 7001 + 1)
    hash.add(std::string_view(text).substr(at, piece));
  EXPECT_EQ(hash.hex_digest(), sha256_hex(text));
}

}  // namespace
}  // namespace agendum
