// pipeline/output: atomic files, their refusals and sweeping, and durable append logs.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/output/append_file.h"
#include "pipeline/output/atomic_file.h"
#include "tests/support/files.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using testing::names_in;

class OutputFileTest : public testing::ScratchFolderTest {};

TEST_F(OutputFileTest, WritesANewFileAndReplacesAnOldOneWithNothingElseLeft) {
  ASSERT_TRUE(write_file_atomically(at("out.json"), "first\n").ok());
  EXPECT_EQ(testing::read_file(at("out.json")), "first\n");
  ASSERT_TRUE(write_file_atomically(at("out.json"), "second\n").ok());
  EXPECT_EQ(testing::read_file(at("out.json")), "second\n");
  EXPECT_EQ(names_in(dir_), std::vector<std::string>{"out.json"});
}

TEST_F(OutputFileTest, AnUncommittedFileLeavesTheTargetAndNoTemporary) {
  ASSERT_TRUE(write_file_atomically(at("keep.json"), "old\n").ok());
  {
    Result<AtomicFile> file = AtomicFile::create(at("keep.json"));
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(file.value().write("half of a new pack").ok());
  }
  EXPECT_EQ(testing::read_file(at("keep.json")), "old\n");
  EXPECT_EQ(names_in(dir_), std::vector<std::string>{"keep.json"});
}

TEST_F(OutputFileTest, ANameAsLongAsTheFilesystemAllowsIsWritten) {
  std::string name = std::string(250, 'a') + ".json";
  EXPECT_TRUE(write_file_atomically(at(name), "{}\n").ok());
  EXPECT_EQ(testing::read_file(at(name)), "{}\n");
}

TEST_F(OutputFileTest, RefusesDirectoriesSymlinksSpecialFilesAndTheInput) {
  fs::create_directory(dir_ / "folder");
  std::ofstream(at("target.json")) << "keep\n";
  fs::create_symlink("target.json", dir_ / "link.json");
  ASSERT_EQ(mkfifo(at("fifo").c_str(), 0644), 0);
  std::ofstream(at("input.pdf")) << "%PDF-1.4\n";
  fs::create_hard_link(dir_ / "input.pdf", dir_ / "same_input.pdf");

  struct Case {
    std::string path;
    std::string says;
  };
  for (const Case& refused :
       {Case{at("folder"), "directory"}, Case{at("link.json"), "symbolic link"},
        Case{at("fifo"), "special file"}, Case{at("input.pdf"), "is the input"},
        Case{at("same_input.pdf"), "is the input"},
        Case{at("missing/out.json"), "does not exist"}}) {
    SCOPED_TRACE(refused.path);
    Status status = write_file_atomically(refused.path, "{}\n", {at("input.pdf")});
    EXPECT_EQ(status.code(), ErrorCode::io_error);
    EXPECT_NE(status.message().find(refused.says), std::string::npos) << status.message();
    EXPECT_EQ(status.message().find('\n'), std::string::npos);
  }
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_EQ(testing::read_file(at("target.json")), "keep\n");
  EXPECT_EQ(testing::read_file(at("input.pdf")), "%PDF-1.4\n");
  EXPECT_TRUE(fs::is_fifo(dir_ / "fifo"));
}

TEST_F(OutputFileTest, SweepsTemporariesOfDeadWritersOnlyAndRecognisesOnlyItsOwnNames) {
  // A writer that has exited: its pid is free (reaped), so its temporary is debris.
  pid_t dead = fork();
  if (dead == 0) _exit(0);
  waitpid(dead, nullptr, 0);
  const std::string dead_name = temporary_prefix(dead) + "Ab12Cd";
  const std::string live_name = temporary_prefix(getpid()) + "Zz99Yy";
  const std::string other_host = ".agendum-tmp.elsewhere." + std::to_string(dead) + ".Qq11Ww";
  for (const std::string& name : {dead_name, live_name, other_host, std::string("out.json.tmp")})
    std::ofstream(at(name)) << "x";
  EXPECT_TRUE(is_temporary_name(dead_name));
  EXPECT_FALSE(is_temporary_name("out.json.tmp"));
  EXPECT_FALSE(is_temporary_name(".agendum-tmp.host.12x.abcdef"));

  sweep_abandoned_temporaries(dir_.string());
  std::vector<std::string> expected = {live_name, other_host, "out.json.tmp"};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(names_in(dir_), expected);
}

TEST_F(OutputFileTest, AppendFileKeepsWholeBlocksAndCutsBackATail) {
  {
    Result<AppendFile> log = AppendFile::open(at("log.jsonl"));
    ASSERT_TRUE(log.ok());
    ASSERT_TRUE(log.value().append("{\"a\":1}\n").ok());
    ASSERT_TRUE(log.value().append("{\"b\":2}\n").ok());
    EXPECT_EQ(log.value().size(), 16u);
  }
  Result<AppendFile> again = AppendFile::open(at("log.jsonl"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().size(), 16u);
  ASSERT_TRUE(again.value().truncate(8).ok());
  ASSERT_TRUE(again.value().append("{\"c\":3}\n").ok());
  EXPECT_EQ(testing::read_file(at("log.jsonl")), "{\"a\":1}\n{\"c\":3}\n");
  EXPECT_EQ(AppendFile::open(at("missing/log.jsonl")).status().code(), ErrorCode::io_error);
}

}  // namespace
}  // namespace agendum
