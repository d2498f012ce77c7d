// The parts of pipeline/batch on their own: listing, sharding, the journal and its recovery,
// records from a packet, what a worker's end means, scheduling, progress and the summary.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/batch/inputs.h"
#include "pipeline/batch/journal.h"
#include "pipeline/batch/packet_records.h"
#include "pipeline/batch/progress.h"
#include "pipeline/batch/schedule.h"
#include "pipeline/batch/summary.h"
#include "pipeline/batch/worker.h"
#include "pipeline/export/packet_json.h"
#include "tests/support/command.h"
#include "tests/support/files.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;

class BatchPartsTest : public testing::ScratchFolderTest {
 protected:
  void write(const std::string& name, const std::string& content) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  Manifest manifest(int index = 0, int count = 1) const {
    Manifest out;
    out.agendum_version = "9.9";
    out.shard = {index, count};
    out.fingerprint = "f";
    return out;
  }
};

JournalEntry entry_of(std::string file, std::string sha256, Outcome outcome, std::string stage = "",
                      int pages = 0, int ocr_pages = 0, std::map<std::string, int> records = {},
                      double seconds = 0) {
  JournalEntry entry;
  entry.file = std::move(file);
  entry.sha256 = std::move(sha256);
  entry.outcome = outcome;
  entry.stage = std::move(stage);
  entry.pages = pages;
  entry.ocr_pages = ocr_pages;
  entry.records = std::move(records);
  entry.seconds = seconds;
  return entry;
}

InputFile sized(std::string path, uint64_t bytes) {
  InputFile file;
  file.path = std::move(path);
  file.bytes = bytes;
  return file;
}

std::vector<std::string> paths(const Listing& listing) {
  std::vector<std::string> out;
  for (const InputFile& file : listing.files) out.push_back(file.path);
  return out;
}

TEST_F(BatchPartsTest, FoldersAreWalkedForPdfsAndListsNamePathsOneALine) {
  write("archive/b.pdf", "%PDF-1.4 b");
  write("archive/sub/a.PDF", "%PDF-1.4 a");
  write("archive/notes.txt", "not a packet");
  write("archive/Thumbs.db", "x");
  write("list.txt",
        at("archive/b.pdf") + "\r\n\n" + at("missing.pdf") + "\n" + at("archive/sub") + "\n");
  write("binary.doc", std::string("\x00\x01\x02", 3));

  write("archive/results/packets/old.pdf", "%PDF-1.4 an output folder inside the archive");
  Result<Listing> folder = list_inputs({at("archive"), at("archive/b.pdf")}, at("archive/results"));
  ASSERT_TRUE(folder.ok());
  EXPECT_EQ(paths(folder.value()),
            (std::vector<std::string>{at("archive/b.pdf"), at("archive/sub/a.PDF")}));
  EXPECT_EQ(folder.value().ignored, 2u);

  Result<Listing> listed = list_inputs({at("list.txt")});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(
      paths(listed.value()),
      (std::vector<std::string>{at("archive/b.pdf"), at("archive/sub/a.PDF"), at("missing.pdf")}));
  EXPECT_FALSE(listed.value().files[0].error);
  ASSERT_TRUE(listed.value().files[2].error);
  EXPECT_NE(listed.value().files[2].error->find("no such file"), std::string::npos);

  Result<Listing> forced = list_inputs({"@" + at("list.txt"), at("binary.doc")});
  ASSERT_TRUE(forced.ok());
  EXPECT_EQ(forced.value().files.size(), 4u)
      << "a binary file is a document (to fail as not a PDF), not a list";

  EXPECT_EQ(list_inputs({at("nowhere")}).status().code(), ErrorCode::file_not_found);
}

TEST_F(BatchPartsTest, HashesShardByContentAndUnreadableFilesKeepTheirError) {
  write("a.pdf", "%PDF-1.4 same bytes");
  write("copy.pdf", "%PDF-1.4 same bytes");
  write("other.pdf", "%PDF-1.4 other bytes");
  Result<Listing> listing = list_inputs({at("a.pdf"), at("copy.pdf"), at("other.pdf")});
  ASSERT_TRUE(listing.ok());
  std::vector<InputFile> files = listing.value().files;
  files.push_back({at("gone.pdf"), 0, "", std::nullopt});
  size_t reported = 0;
  hash_files(files, 2, [&](size_t hashed) {
    reported = hashed;
    return true;
  });
  EXPECT_EQ(reported, files.size());
  EXPECT_EQ(files[0].sha256.size(), 64u);
  EXPECT_EQ(files[0].sha256, files[1].sha256);
  EXPECT_NE(files[0].sha256, files[2].sha256);
  EXPECT_TRUE(files[3].sha256.empty());
  ASSERT_TRUE(files[3].error);
  for (int count : {1, 2, 3, 7}) {
    EXPECT_EQ(shard_of(files[0], count), shard_of(files[1], count));
    EXPECT_EQ(shard_of(files[3], count), shard_of(files[3], count));
    EXPECT_LT(shard_of(files[2], count), count);
  }
  EXPECT_EQ(listing_fingerprint(files), listing_fingerprint(files));
  EXPECT_NE(listing_fingerprint(files), listing_fingerprint({files[0]}));
}

TEST_F(BatchPartsTest, ShardsParseAsKOfN) {
  Result<Shard> shard = parse_shard("1/4");
  ASSERT_TRUE(shard.ok());
  EXPECT_EQ(shard.value().index, 1);
  EXPECT_EQ(shard.value().count, 4);
  for (const char* bad : {"4/4", "1", "-1/2", "a/b", "1/0", "", "1/2/3"})
    EXPECT_EQ(parse_shard(bad).status().code(), ErrorCode::usage) << bad;
}

TEST_F(BatchPartsTest, AReopenedFolderDropsWhatItsJournalNeverCommitted) {
  const std::string out = at("out");
  JournalEntry first =
      entry_of("a.pdf", std::string(64, 'a'), Outcome::ok, "", 3, 0, {{"resolution", 1}});
  {
    Result<BatchDirectory> directory = BatchDirectory::open(out, manifest(), false);
    ASSERT_TRUE(directory.ok()) << directory.status().message();
    ASSERT_TRUE(directory.value().commit(first, "{\"kind\":\"resolution\"}\n", "").ok());
    JournalEntry failed = entry_of("b.pdf", "", Outcome::failed, "input");
    ASSERT_TRUE(directory.value().commit(failed, "", "{\"file\":\"b.pdf\"}\n").ok());
    // Another batch on the same folder at the same time is refused.
    EXPECT_EQ(BatchDirectory::open(out, manifest(), true).status().code(), ErrorCode::usage);
  }
  // What a kill in the middle of the next commit leaves: records and half a journal line.
  std::ofstream(fs::path(out) / "records.jsonl", std::ios::app)
      << "{\"kind\":\"pay_range\"}\n{\"kind\":\"pay";
  std::ofstream(fs::path(out) / "journal.jsonl", std::ios::app) << "{\"file\":\"c.pdf\",\"sha";

  EXPECT_EQ(BatchDirectory::open(out, manifest(), false).status().code(), ErrorCode::usage)
      << "needs --resume";
  Result<BatchDirectory> shard = BatchDirectory::open(out, manifest(1, 2), true);
  EXPECT_EQ(shard.status().code(), ErrorCode::usage);
  EXPECT_NE(shard.status().message().find("shard 0/1"), std::string::npos)
      << shard.status().message();

  Result<BatchDirectory> resumed = BatchDirectory::open(out, manifest(), true);
  ASSERT_TRUE(resumed.ok()) << resumed.status().message();
  ASSERT_EQ(resumed.value().entries().size(), 2u);
  EXPECT_EQ(resumed.value().entries()[0].records, first.records);
  EXPECT_EQ(resumed.value().entries()[1].stage, "input");
  EXPECT_EQ(testing::read_file(fs::path(out) / "records.jsonl"), "{\"kind\":\"resolution\"}\n");
  EXPECT_EQ(testing::read_file(fs::path(out) / "failures.jsonl"), "{\"file\":\"b.pdf\"}\n");
  std::string journal = testing::read_file(fs::path(out) / "journal.jsonl");
  EXPECT_EQ(std::count(journal.begin(), journal.end(), '\n'), 2);
  EXPECT_EQ(journal.back(), '\n');
}

TEST_F(BatchPartsTest, AFolderWithOtherFilesIsNotTakenForABatch) {
  write("busy/thesis.docx", "x");
  Result<BatchDirectory> directory = BatchDirectory::open(at("busy"), manifest(), true);
  EXPECT_EQ(directory.status().code(), ErrorCode::usage);
  EXPECT_NE(directory.status().message().find("not empty"), std::string::npos);
}

TEST_F(BatchPartsTest, RecordsOfAPacketAreOneLineEachWithPacketAndFile) {
  Packet packet;
  packet.source = {"x.pdf", std::string(64, 'c'), 10, 2, std::nullopt, std::nullopt};
  packet.pages = {{1, PageMethod::text, 1.0, 100, std::nullopt, 0},
                  {2, PageMethod::ocr, 0.9, 80, 91.0, 0}};
  Resolution resolution;
  resolution.id = "res-1";
  resolution.number = "19-110";
  resolution.pages = {1, 2};
  packet.resolutions.push_back(resolution);
  PayRange pay;
  pay.id = "pay-1";
  pay.pages = {2, 2};
  packet.pay_ranges = {pay, pay};
  packet.diagnostics.push_back({Severity::error, "ocr_timeout", "Page 2 timed out.", 2, "ocr"});
  Result<PacketDigest> digest = digest_packet(packet_to_json(packet).dump(2), "in/x.pdf");
  ASSERT_TRUE(digest.ok());
  EXPECT_EQ(digest.value().sha256, std::string(64, 'c'));
  EXPECT_EQ(digest.value().pages, 2);
  EXPECT_EQ(digest.value().ocr_pages, 1);
  EXPECT_EQ(digest.value().kinds,
            (std::map<std::string, int>{{"pay_range", 2}, {"resolution", 1}}));
  ASSERT_EQ(digest.value().page_failures.size(), 1u);
  EXPECT_EQ(digest.value().page_failures[0].stage, "ocr");
  std::istringstream lines(digest.value().records);
  std::string line;
  std::vector<nlohmann::json> records;
  while (std::getline(lines, line)) records.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["kind"], "resolution");
  EXPECT_EQ(records[0]["number"], "19-110");
  EXPECT_EQ(records[0]["pages"], nlohmann::json::array({1, 2}));
  for (const auto& record : records) {
    EXPECT_EQ(record["packet"], std::string(64, 'c'));
    EXPECT_EQ(record["file"], "in/x.pdf");
  }
  EXPECT_EQ(digest_packet("{\"half\":", "in/x.pdf").status().code(), ErrorCode::invalid_packet);
}

int exited(int code) { return code << 8; }

TEST_F(BatchPartsTest, AWorkersEndIsAPacketAFailureWithItsStageOrAnAbandonedDocument) {
  WorkerLimits limits{30, 500};
  WorkerStatusLines reading;
  parse_worker_status("stage read\nstage extr", reading);
  EXPECT_EQ(reading.stage, "read");

  auto judge = [&](int status, StopReason stop = StopReason::none, std::string output = "") {
    return judge_worker({status, stop, reading, std::move(output)}, limits);
  };
  for (int code : {0, 1, 11}) EXPECT_EQ(judge(exited(code)).kind, Verdict::Kind::packet);

  Verdict encrypted =
      judge(exited(6), StopReason::none, "agendum: a.pdf: encrypted; it needs a password\n");
  EXPECT_EQ(encrypted.kind, Verdict::Kind::failed);
  EXPECT_EQ(encrypted.stage, "open");
  EXPECT_EQ(encrypted.exit_code, 6);
  EXPECT_EQ(encrypted.message, "a.pdf: encrypted; it needs a password");

  Verdict timeout = judge(SIGKILL, StopReason::timeout);
  EXPECT_EQ(timeout.stage, "read");
  EXPECT_EQ(timeout.signal, "SIGKILL");
  EXPECT_NE(timeout.message.find("30 s"), std::string::npos);
  EXPECT_NE(judge(SIGKILL, StopReason::memory).message.find("500 MB"), std::string::npos);

  Verdict crash = judge(SIGSEGV, StopReason::none, "Syntax Warning: junk\n");
  EXPECT_EQ(crash.kind, Verdict::Kind::failed);
  EXPECT_EQ(crash.message, "crashed (SIGSEGV): Syntax Warning: junk");

  EXPECT_EQ(judge(SIGKILL, StopReason::interrupted).kind, Verdict::Kind::abandoned);
  EXPECT_EQ(judge(SIGTERM).kind, Verdict::Kind::abandoned) << "stopped from outside, not failed";
  EXPECT_EQ(judge(SIGKILL).kind, Verdict::Kind::failed);

  WorkerStatusLines out_of_memory;
  parse_worker_status("stage read\nout-of-memory\n", out_of_memory);
  EXPECT_NE(judge_worker({exited(10), StopReason::none, out_of_memory, ""}, limits)
                .message.find("memory limit"),
            std::string::npos);
}

TEST_F(BatchPartsTest, WorkersStartLargestFirstAndTheLastOnesGetMoreThreads) {
  std::vector<InputFile> files = {sized("a", 10), sized("b", 300), sized("c", 10), sized("d", 50)};
  EXPECT_EQ(largest_first(files, {0, 1, 2, 3}), (std::vector<size_t>{1, 3, 0, 2}));
  EXPECT_EQ(worker_threads(1, 0), 1);
  EXPECT_EQ(worker_threads(2, 10), 1);
  EXPECT_EQ(worker_threads(2, 3), 2);
  EXPECT_EQ(worker_threads(16, 0), kMaxWorkerThreads);
}

TEST_F(BatchPartsTest, ProgressShowsDocumentsPagesRateOcrShareFailuresAndTimeLeft) {
  Progress progress;
  progress.documents = 400;
  progress.done = 100;
  progress.failed = 2;
  progress.pages = 1000;
  progress.ocr_pages = 250;
  progress.bytes_to_do = 4000;
  progress.bytes_done = 1000;
  progress.seconds = 100;
  progress.running = 2;
  EXPECT_EQ(
      progress_line(progress),
      "agendum batch: 100/400 documents (2 failed), 1000 pages, 10.0 pages/s, 25% OCR, 2 running, "
      "about 5m00s left");
  std::string bar = progress_bar(progress, 100);
  EXPECT_LE(bar.size(), 100u);
  EXPECT_EQ(bar.front(), '[');
  EXPECT_NE(bar.find("100/400 docs"), std::string::npos);
  EXPECT_NE(bar.find("ETA 5m00s"), std::string::npos);
  progress.done = 0;
  progress.to_hash = 50;
  progress.hashed = 20;
  EXPECT_EQ(progress_line(progress), "agendum batch: hashing 20/50 files");
}

TEST_F(BatchPartsTest, TheSummaryCountsOutcomesStagesRecordsAndPages) {
  std::vector<JournalEntry> entries = {
      entry_of("a", "1", Outcome::ok, "", 10, 2, {{"resolution", 2}}, 5.0),
      entry_of("b", "2", Outcome::partial, "ocr", 4, 4, {{"pay_range", 3}}, 9.0),
      entry_of("c", "3", Outcome::failed, "open"), entry_of("d", "1", Outcome::duplicate)};
  nlohmann::json summary = batch_summary(manifest(), entries, {1, 20.0, 14});
  EXPECT_EQ(summary["complete"], false);
  EXPECT_EQ(summary["documents"]["total"], 5);
  EXPECT_EQ(summary["documents"]["ok"], 1);
  EXPECT_EQ(summary["documents"]["duplicate"], 1);
  EXPECT_EQ(summary["failures_by_stage"], (nlohmann::json{{"ocr", 1}, {"open", 1}}));
  EXPECT_EQ(summary["records"], (nlohmann::json{{"pay_range", 3}, {"resolution", 2}}));
  EXPECT_EQ(summary["pages"], (nlohmann::json{{"total", 14}, {"text", 8}, {"ocr", 6}}));
  EXPECT_EQ(summary["timings"]["pages_per_second"], 0.7);
  EXPECT_EQ(summary["timings"]["slowest"][0]["file"], "b");
}

// The whole of it in whatever build this is (the sanitizer pass too): a few files, small.
TEST_F(BatchPartsTest, ASmallBatchRunsAndResumesToTheSameFolder) {
  fs::create_directories(dir_ / "in");
  fs::copy_file(testing::source_path("samples/carson_19-110.pdf"), dir_ / "in" / "carson.pdf");
  fs::copy_file(testing::source_path("tests/fixtures/pdf/not_a_pdf.pdf"),
                dir_ / "in" / "notes.pdf");
  const std::string command =
      "batch " + at("in") + " --out " + at("out") + " --ocr never -j 2 -q --page-cache " + at("cache");
  testing::CommandResult first = testing::run_agendum(command);
  EXPECT_EQ(first.exit_code, 1) << first.err;
  const std::string records = testing::read_file(dir_ / "out" / "records.jsonl");
  EXPECT_EQ(testing::lines_of(records).size(), 6u)
      << "the resolution and the two it cites, the class spec, two pay ranges";
  EXPECT_EQ(testing::lines_of(testing::read_file(dir_ / "out" / "failures.jsonl")).size(), 1u);
  EXPECT_EQ(testing::names_in(dir_ / "out" / "packets").size(), 1u);
  EXPECT_EQ(testing::names_in(dir_ / "cache").size(), 1u) << "the worker kept its pages";
  testing::CommandResult again = testing::run_agendum(command + " --resume");
  EXPECT_EQ(again.exit_code, 1) << again.err;
  EXPECT_EQ(testing::read_file(dir_ / "out" / "records.jsonl"), records);
  nlohmann::json summary = nlohmann::json::parse(testing::read_file(dir_ / "out" / "summary.json"));
  EXPECT_EQ(summary["complete"], true);
  EXPECT_EQ(summary["documents"]["total"], 2);
}

}  // namespace
}  // namespace agendum
