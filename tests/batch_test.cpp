// `agendum batch` and `agendum merge` end to end, on a folder of bundled samples and fixtures:
// good packets, bad files of every kind, a worker that outgrows its memory limit, a copy under
// another name. One uninterrupted run is the reference; shards merged, and runs stopped by
// SIGTERM or SIGKILL and resumed, must come out equal to it (records and failures as sets of
// lines, packets byte for byte, summary counts). One process: the reference run is shared.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "pipeline/output/atomic_file.h"
#include "pipeline/pdf/sha256.h"
#include "tests/support/command.h"
#include "tests/support/files.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::lines_of;
using testing::source_path;

const std::string kAgendum = AGENDUM_BINARY;
// Every run: two workers, a memory limit the poster page outgrows and no good file comes near
// (born-digital ~30 MB, the scanned fixture ~150 MB), progress lines every second.
// The raster cap is raised so that the poster page's raster (over 1 GB) is more than a worker
// may hold.
const std::string kOptions =
    " -j 2 --max-memory 200 --timeout 120 --progress-every 1 --max-raster-mp 1000";

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// `agendum ARGUMENTS` in the background, stderr to `err`; the pid is agendum's own.
pid_t spawn(const std::string& arguments, const std::string& err) {
  pid_t pid = fork();
  if (pid == 0) {
    std::string command = "exec " + kAgendum + " " + arguments + " 2>" + err;
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

// What a batch folder holds, minus what may differ between equal runs (timings, order).
struct Outputs {
  std::multiset<std::string> records, failures;
  std::map<std::string, std::string> packets;  // name -> bytes
  json counts;                                 // summary without timings and memory
};

Outputs outputs_of(const fs::path& dir) {
  Outputs out;
  for (const std::string& line : lines_of(testing::read_file(dir / "records.jsonl")))
    out.records.insert(line);
  for (const std::string& line : lines_of(testing::read_file(dir / "failures.jsonl")))
    out.failures.insert(line);
  for (const auto& entry : fs::directory_iterator(dir / "packets"))
    out.packets[entry.path().filename().string()] = testing::read_file(entry.path());
  json summary = json::parse(testing::read_file(dir / "summary.json"));
  for (const char* key : {"documents", "failures_by_stage", "records", "pages", "complete"})
    out.counts[key] = summary[key];
  return out;
}

void expect_same_outputs(const fs::path& got, const fs::path& want) {
  Outputs a = outputs_of(got), b = outputs_of(want);
  EXPECT_EQ(a.records.size(), b.records.size());
  EXPECT_TRUE(a.records == b.records) << got << ": records.jsonl differs from " << want;
  EXPECT_TRUE(a.failures == b.failures) << got << ": failures.jsonl differs from " << want;
  EXPECT_EQ(a.packets.size(), b.packets.size());
  EXPECT_TRUE(a.packets == b.packets) << got << ": packets differ from " << want;
  EXPECT_EQ(a.counts, b.counts);
}

// No temporary and nothing unexpected in a batch folder.
void expect_no_debris(const fs::path& dir) {
  const std::set<std::string> known = {".lock",         "batch.json",     "journal.jsonl",
                                       "records.jsonl", "failures.jsonl", "summary.json",
                                       "packets"};
  for (const auto& entry : fs::directory_iterator(dir))
    EXPECT_TRUE(known.count(entry.path().filename().string())) << "stray " << entry.path();
  for (const auto& entry : fs::directory_iterator(dir / "packets")) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name.size() == 69 && name.substr(64) == ".json") << "stray " << entry.path();
  }
}

std::vector<json> journal_of(const fs::path& dir) {
  std::vector<json> entries;
  for (const std::string& line : lines_of(testing::read_file(dir / "journal.jsonl"))) {
    json entry = json::parse(line, nullptr, false);
    if (!entry.is_discarded()) entries.push_back(entry);
  }
  return entries;
}

// Waits until `dir`'s journal holds `count` documents with a packet.
bool wait_for_packets(const fs::path& dir, size_t count) {
  for (int tries = 0; tries < 600; ++tries) {
    size_t packets = 0;
    for (const json& entry : journal_of(dir)) packets += entry.contains("pages");
    if (packets >= count) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

// Processes whose command line names `needle` (a batch folder): workers left behind.
int processes_naming(const std::string& needle) {
  int found = 0;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::string cmdline = testing::read_file(entry.path() / "cmdline");
    std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
    found += cmdline.find(needle) != std::string::npos &&
             cmdline.find("--worker-status-fd") != std::string::npos;
  }
  return found;
}

class BatchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = fs::temp_directory_path() / ("agendum-batch-" + std::to_string(getpid()));
    fs::remove_all(root_);
    const fs::path in = root_ / "in";
    auto place = [&](const std::string& from, const std::string& to) {
      fs::create_directories((in / to).parent_path());
      fs::copy_file(source_path(from), in / to);
      return (in / to).string();
    };
    good_ = {place("samples/carson_19-110.pdf", "born/carson_19-110.pdf"),
             place("samples/la_director_systems.pdf", "born/la_director_systems.pdf"),
             place("samples/diamondbar_packet.pdf", "born/diamondbar_packet.pdf"),
             place("samples/torrance_packet.pdf", "born/more/torrance_packet.pdf"),
             place("tests/fixtures/pdf/scanned.pdf", "scans/scanned.pdf"),
             place("tests/fixtures/pdf/mixed.pdf", "scans/mixed.pdf")};
    bad_ = {{place("tests/fixtures/pdf/not_a_pdf.pdf", "bad/notes.pdf"), "open"},
            {place("tests/fixtures/pdf/truncated.pdf", "bad/truncated.pdf"), "open"},
            {place("tests/fixtures/pdf/encrypted.pdf", "bad/encrypted.pdf"), "open"},
            {place("tests/fixtures/pdf/poster_page.pdf", "bad/poster_page.pdf"), "read"}};
    partial_ = place("tests/fixtures/pdf/broken_page.pdf", "scans/broken_page.pdf");
    copy_ = place("samples/carson_19-110.pdf", "copies/carson_again.pdf");
    std::ofstream(in / "bad" / "readme.txt") << "not named .pdf: left out\n";
    input_ = in.string();
    whole_exit_ = run("batch " + input_ + " --out " + at("whole") + kOptions);
    whole_err_ = testing::read_file(root_ / "err.txt");
  }
  static void TearDownTestSuite() { fs::remove_all(root_); }

  static std::string at(const std::string& name) { return (root_ / name).string(); }
  static int run(const std::string& arguments) {
    return wait_exit(spawn(arguments, at("err.txt")));
  }
  static std::string err() { return testing::read_file(root_ / "err.txt"); }

  static inline fs::path root_;
  static inline std::string input_, partial_, copy_, whole_err_;
  static inline std::vector<std::string> good_;
  static inline std::vector<std::pair<std::string, std::string>> bad_;  // path, stage
  static inline int whole_exit_ = -1;
};

TEST_F(BatchTest, EveryGoodFileHasItsPacketAndRecordsAndEachBadFileOneFailureLine) {
  EXPECT_EQ(whole_exit_, 1) << "some documents failed: " << whole_err_;
  const fs::path whole = at("whole");
  std::map<std::string, std::vector<json>> records_by_file, failures_by_file;
  for (const std::string& line : lines_of(testing::read_file(whole / "records.jsonl"))) {
    json record = json::parse(line);
    records_by_file[record["file"]].push_back(record);
  }
  for (const std::string& line : lines_of(testing::read_file(whole / "failures.jsonl"))) {
    json failure = json::parse(line);
    failures_by_file[failure["file"]].push_back(failure);
  }
  for (const std::string& file : good_) {
    SCOPED_TRACE(file);
    const std::string sha = sha256_hex(testing::read_file(file));
    ASSERT_TRUE(fs::exists(whole / "packets" / (sha + ".json")));
    json packet = json::parse(testing::read_file(whole / "packets" / (sha + ".json")));
    EXPECT_EQ(packet["source"]["sha256"], sha);
    size_t expected = packet["resolutions"].size() + packet["class_specs"].size() +
                      packet["pay_ranges"].size() + packet["minutes"].size() +
                      packet["market_comparisons"].size() + (packet["agenda"].is_null() ? 0 : 1);
    EXPECT_EQ(records_by_file[file].size(), expected);
    for (const json& record : records_by_file[file]) {
      EXPECT_EQ(record["packet"], sha);
      EXPECT_EQ(record["pages"].size(), 2u);
    }
    EXPECT_EQ(failures_by_file.count(file), 0u);
  }
  EXPECT_GT(records_by_file[good_[0]].size(), 0u);
  for (const auto& [file, stage] : bad_) {
    SCOPED_TRACE(file);
    ASSERT_EQ(failures_by_file[file].size(), 1u);
    const json& failure = failures_by_file[file][0];
    EXPECT_EQ(failure["stage"], stage);
    EXPECT_EQ(failure["outcome"], "failed");
    EXPECT_FALSE(failure["error"].get<std::string>().empty());
    EXPECT_EQ(records_by_file.count(file), 0u);
    EXPECT_FALSE(fs::exists(whole / "packets" / (sha256_hex(testing::read_file(file)) + ".json")));
  }
  EXPECT_EQ(failures_by_file[bad_[0].first][0]["exit_code"], 4);
  EXPECT_EQ(failures_by_file[bad_[1].first][0]["exit_code"], 5);
  EXPECT_EQ(failures_by_file[bad_[2].first][0]["exit_code"], 6);
  const json& poster = failures_by_file[bad_[3].first][0];
  EXPECT_NE(poster["error"].get<std::string>().find("200 MB memory limit"), std::string::npos)
      << poster;
  EXPECT_EQ(poster["signal"], "SIGKILL");

  // A document with a page that failed: its packet and one failure line saying so.
  ASSERT_EQ(failures_by_file[partial_].size(), 1u);
  EXPECT_EQ(failures_by_file[partial_][0]["outcome"], "partial");
  EXPECT_EQ(failures_by_file[partial_][0]["stage"], "ocr");
  EXPECT_EQ(failures_by_file[partial_][0]["exit_code"], 1);
  EXPECT_TRUE(fs::exists(whole / "packets" / (sha256_hex(testing::read_file(partial_)) + ".json")));

  // The copy under another name is processed once: a journal entry, no records of its own.
  EXPECT_EQ(records_by_file.count(copy_), 0u);
  EXPECT_EQ(failures_by_file.count(copy_), 0u);
  bool duplicate = false;
  for (const json& entry : journal_of(whole))
    duplicate |= entry["file"] == copy_ && entry["outcome"] == "duplicate" &&
                 entry["duplicate_of"] == good_[0];
  EXPECT_TRUE(duplicate);
  EXPECT_EQ(fs::directory_iterator(whole / "packets") == fs::directory_iterator(), false);
  size_t packets =
      std::distance(fs::directory_iterator(whole / "packets"), fs::directory_iterator());
  EXPECT_EQ(packets, good_.size() + 1);

  json summary = json::parse(testing::read_file(whole / "summary.json"));
  EXPECT_EQ(summary["complete"], true);
  EXPECT_EQ(summary["documents"]["total"], 12);
  EXPECT_EQ(summary["documents"]["failed"], 4);
  EXPECT_EQ(summary["documents"]["partial"], 1);
  EXPECT_EQ(summary["documents"]["duplicate"], 1);
  EXPECT_EQ(summary["documents"]["ok"].get<int>() + summary["documents"]["no_records"].get<int>(),
            6);
  EXPECT_EQ(summary["failures_by_stage"], (json{{"ocr", 1}, {"open", 3}, {"read", 1}}));
  EXPECT_GT(summary["pages"]["ocr"].get<int>(), 0);
  expect_no_debris(whole);

  // Not a terminal: plain progress lines, one line per failure, the final figures.
  EXPECT_NE(whole_err_.find("agendum batch: 12/12 documents (5 failed)"), std::string::npos)
      << whole_err_;
  EXPECT_NE(whole_err_.find("bad/truncated.pdf: open:"), std::string::npos);
  EXPECT_NE(whole_err_.find("left out 1 file of the input folders not named *.pdf"),
            std::string::npos);
}

TEST_F(BatchTest, ShardsMergedEqualTheWhole) {
  EXPECT_EQ(run("batch " + input_ + " --out " + at("shard0") + " --shard 0/2" + kOptions), 1);
  const int second = run("batch " + input_ + " --out " + at("shard1") + " --shard 1/2" + kOptions);
  EXPECT_TRUE(second == 0 || second == 1);
  EXPECT_GT(journal_of(at("shard0")).size(), 0u);
  EXPECT_GT(journal_of(at("shard1")).size(), 0u);
  EXPECT_EQ(journal_of(at("shard0")).size() + journal_of(at("shard1")).size(), 12u);
  EXPECT_EQ(run("merge " + at("shard1") + " " + at("shard0") + " --out " + at("merged")), 1)
      << err();
  expect_same_outputs(at("merged"), at("whole"));
  expect_no_debris(at("merged"));
  // A merged folder is a finished batch of the same inputs: resuming it finds nothing to do.
  const std::string records = testing::read_file(fs::path(at("merged")) / "records.jsonl");
  EXPECT_EQ(run("batch " + input_ + " --out " + at("merged") + " --resume" + kOptions), 1) << err();
  EXPECT_EQ(testing::read_file(fs::path(at("merged")) / "records.jsonl"), records);
}

TEST_F(BatchTest, MergeRefusesOverlappingMismatchedOrMissingShards) {
  ASSERT_TRUE(fs::exists(fs::path(at("shard0")) / "summary.json"))
      << "runs after ShardsMergedEqualTheWhole";
  struct Refusal {
    std::string folders;
    std::string says;
  };
  // shard0 again, renamed as shard 1/2: both hold the same documents.
  fs::copy(at("shard0"), at("relabelled"), fs::copy_options::recursive);
  json manifest = json::parse(testing::read_file(fs::path(at("relabelled")) / "batch.json"));
  manifest["shard"]["index"] = 1;
  std::ofstream(fs::path(at("relabelled")) / "batch.json") << manifest.dump(2);
  // shard 1/2 of other inputs, and of other options.
  const std::string born = (fs::path(input_) / "born").string();
  EXPECT_EQ(run("batch " + born + " --out " + at("other_inputs") + " --shard 1/2" + kOptions), 0)
      << err();
  EXPECT_EQ(run("batch " + input_ + " --out " + at("other_options") + " --shard 1/2 --ocr never" +
                kOptions),
            1);
  for (const Refusal& refusal :
       {Refusal{at("shard0") + " " + at("shard0"), "are both shard 0/2"},
        Refusal{at("shard0"), "shard 1/2 is missing"},
        Refusal{at("shard0") + " " + at("whole"), "split the batch differently"},
        Refusal{at("shard0") + " " + at("relabelled"), "the shards overlap"},
        Refusal{at("shard0") + " " + at("other_inputs"), "different inputs"},
        Refusal{at("shard0") + " " + at("other_options"), "different --ocr"},
        Refusal{at("shard0") + " " + at("input_is_no_batch"), "holds no agendum batch"}}) {
    SCOPED_TRACE(refusal.folders);
    EXPECT_EQ(run("merge " + refusal.folders + " --out " + at("refused")), 13);
    const std::string said = err();
    EXPECT_NE(said.find(refusal.says), std::string::npos) << said;
    EXPECT_EQ(std::count(said.begin(), said.end(), '\n'), 1);
    EXPECT_FALSE(fs::exists(at("refused")));
  }
  EXPECT_EQ(run("merge " + at("shard0") + " " + at("shard1") + " --out " + at("whole")), 2)
      << "not into a batch";
}

TEST_F(BatchTest, RunningAgainNeedsResumeAndTheSameOptionsAndChangesNothing) {
  const fs::path whole = at("whole");
  const std::string records = testing::read_file(whole / "records.jsonl"),
                    journal = testing::read_file(whole / "journal.jsonl");
  EXPECT_EQ(run("batch " + input_ + " --out " + at("whole") + kOptions), 2);
  EXPECT_NE(err().find("--resume"), std::string::npos) << err();
  EXPECT_EQ(run("batch " + input_ + " --out " + at("whole") + " --resume --ocr never" + kOptions),
            2);
  EXPECT_NE(err().find("--ocr auto"), std::string::npos) << err();
  EXPECT_EQ(run("batch " + input_ + " --out " + at("whole") + " --resume" + kOptions), 1);
  EXPECT_EQ(testing::read_file(whole / "records.jsonl"), records);
  EXPECT_EQ(testing::read_file(whole / "journal.jsonl"), journal);
  EXPECT_EQ(run("batch /nonexistent/archive --out " + at("never")), 3);
}

// Stops a batch with `signal` once it has committed some documents, then resumes it.
void stop_and_resume(int signal, const std::string& name, const std::string& folder) {
  pid_t batch = spawn("batch " + folder + " --out " + name + " -j 1 --max-memory 200 --timeout 120",
                      name + ".err");
  ASSERT_TRUE(wait_for_packets(name, 2)) << testing::read_file(name + ".err");
  kill(batch, signal);
  const int code = wait_exit(batch);
  EXPECT_LT(journal_of(name).size(), 12u) << "stopped midway";
  if (signal == SIGTERM) {
    EXPECT_EQ(code, 12) << testing::read_file(name + ".err");
    EXPECT_NE(testing::read_file(name + ".err").find("--resume"), std::string::npos);
    EXPECT_EQ(json::parse(testing::read_file(fs::path(name) / "summary.json"))["complete"], false);
    expect_no_debris(name);
  } else {
    EXPECT_EQ(code, 128 + SIGKILL);
  }
  // Workers die with their batch.
  for (int tries = 0; tries < 100 && processes_naming(name) > 0; ++tries)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(processes_naming(name), 0);
}

TEST_F(BatchTest, ABatchStoppedBySigtermResumesToTheSameOutputs) {
  stop_and_resume(SIGTERM, at("terminated"), input_);
  EXPECT_EQ(run("batch " + input_ + " --out " + at("terminated") + " --resume" + kOptions), 1)
      << err();
  expect_same_outputs(at("terminated"), at("whole"));
  expect_no_debris(at("terminated"));
}

TEST_F(BatchTest, ABatchKilledWithSigkillOrAPowerCutResumesToTheSameOutputs) {
  const fs::path killed = at("killed");
  stop_and_resume(SIGKILL, killed.string(), input_);
  // What a power cut in the middle of a commit leaves: lines past the journal, a torn journal
  // line, a worker's temporary.
  std::ofstream(killed / "records.jsonl", std::ios::app)
      << "{\"kind\":\"resolution\",\"packet\":\"0\"}\n{\"kind\":";
  std::ofstream(killed / "failures.jsonl", std::ios::app) << "{\"file\":\"x.pdf\"}\n";
  std::ofstream(killed / "journal.jsonl", std::ios::app) << "{\"file\":\"x.pdf\",\"sha256\":";
  pid_t dead = fork();
  if (dead == 0) _exit(0);
  waitpid(dead, nullptr, 0);
  std::ofstream(killed / "packets" / (temporary_prefix(dead) + "Xy12Zw")) << "{\"schema\":";

  EXPECT_EQ(run("merge " + killed.string() + " --out " + at("never_merged")), 13) << "not finished";
  EXPECT_EQ(run("batch " + input_ + " --out " + killed.string() + " --resume" + kOptions), 1)
      << err();
  expect_same_outputs(killed, at("whole"));
  expect_no_debris(killed);
}

}  // namespace
}  // namespace agendum
