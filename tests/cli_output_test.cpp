// Where `agendum` writes: -o targets it must refuse, write errors that must not pass for
// success, and concurrent or killed writers that must not leave half a packet or debris.
// (The faults of ../shared/corpus/hostile/output_faults.sh and same_output_race.sh.)
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "pipeline/output/atomic_file.h"
#include "tests/support/command.h"
#include "tests/support/files.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using testing::names_in;
using testing::source_path;

const std::string kAgendum = AGENDUM_BINARY;

int shell(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

size_t lines_in(const std::string& text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

class CliOutputTest : public testing::ScratchFolderTest {
 protected:
  // `agendum ARGUMENTS` with stderr in err.txt; returns the exit code.
  int agendum(const std::string& arguments) {
    return shell(kAgendum + " " + arguments + " 2>" + at("err.txt"));
  }
  std::string err() const { return testing::read_file(dir_ / "err.txt"); }

  const std::string pdf_ = source_path("samples/carson_19-110.pdf");
};

TEST_F(CliOutputTest, OutputNamingTheInputIsRefusedAndTheInputKept) {
  fs::copy_file(pdf_, dir_ / "in.pdf");
  EXPECT_EQ(agendum("extract " + at("in.pdf") + " --ocr never -o " + at("in.pdf")), 9);
  EXPECT_NE(err().find("is the input"), std::string::npos) << err();
  EXPECT_EQ(lines_in(err()), 1u);
  EXPECT_EQ(testing::read_file(dir_ / "in.pdf"), testing::read_file(pdf_));
}

TEST_F(CliOutputTest, SymlinksFoldersAndSpecialFilesAreRefusedAndLeftAsTheyWere) {
  std::ofstream(at("target.json")) << "keep\n";
  fs::create_symlink("target.json", dir_ / "link.json");
  fs::create_directory(dir_ / "folder");
  ASSERT_EQ(mkfifo(at("fifo").c_str(), 0644), 0);
  for (const char* target : {"link.json", "folder", "fifo"}) {
    SCOPED_TRACE(target);
    EXPECT_EQ(agendum("extract " + pdf_ + " --ocr never -o " + at(target)), 9);
    EXPECT_EQ(lines_in(err()), 1u) << err();
  }
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_EQ(testing::read_file(dir_ / "target.json"), "keep\n");
  EXPECT_TRUE(fs::is_directory(dir_ / "folder") && fs::is_empty(dir_ / "folder"));
  EXPECT_TRUE(fs::is_fifo(dir_ / "fifo"));
  EXPECT_EQ(names_in(dir_),
            (std::vector<std::string>{"err.txt", "fifo", "folder", "link.json", "target.json"}));
}

TEST_F(CliOutputTest, ACharacterDeviceIsNeverReplaced) {
  if (getuid() != 0) GTEST_SKIP() << "making a device node needs root";
  ASSERT_EQ(mknod(at("nulldev").c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
  EXPECT_EQ(agendum("extract " + pdf_ + " --ocr never -o " + at("nulldev")), 9);
  EXPECT_NE(err().find("device"), std::string::npos) << err();
  struct stat node;
  ASSERT_EQ(lstat(at("nulldev").c_str(), &node), 0);
  EXPECT_TRUE(S_ISCHR(node.st_mode));
}

TEST_F(CliOutputTest, WriteErrorsOnStandardOutputAreExitNine) {
  EXPECT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 --pages 1 > /dev/full"), 9);
  EXPECT_NE(err().find("standard output"), std::string::npos) << err();
  EXPECT_EQ(lines_in(err()), 1u) << err();
  EXPECT_EQ(agendum("text " + pdf_ + " --ocr never -j 1 --pages 1 > /dev/full"), 9);
  ASSERT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 --pages 1 -o " + at("good.json")), 0);
  EXPECT_EQ(agendum("validate " + at("good.json") + " > /dev/full"), 9);
}

TEST_F(CliOutputTest, ValidateOnAFolderIsOneLineAndTheOtherFilesStillChecked) {
  ASSERT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 --pages 1 -o " + at("good.json")), 0);
  fs::create_directory(dir_ / "folder");
  EXPECT_EQ(agendum("validate " + at("good.json") + " " + at("folder") + " > " + at("out.txt")), 3);
  EXPECT_EQ(lines_in(err()), 1u) << err();
  EXPECT_NE(err().find("folder"), std::string::npos);
  EXPECT_NE(testing::read_file(dir_ / "out.txt").find("good.json: valid"), std::string::npos);
}

TEST_F(CliOutputTest, AFullDiskIsExitNineWithTheOldFileKeptAndNoPartialFile) {
  if (getuid() != 0) GTEST_SKIP() << "mounting a small tmpfs needs root";
  fs::create_directory(dir_ / "full");
  const std::string full = at("full");
  // 16 KB: less than the packet (about 26 KB of JSON).
  if (mount("tmpfs", full.c_str(), "tmpfs", 0, "size=16k") != 0)
    GTEST_SKIP() << "cannot mount tmpfs here";
  struct Unmount {
    std::string path;
    ~Unmount() { umount(path.c_str()); }
  } unmount{full};
  std::ofstream(full + "/keep.json") << "{\"old\":true}\n";
  EXPECT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 -o " + full + "/keep.json"), 9);
  EXPECT_NE(err().find("No space left"), std::string::npos) << err();
  EXPECT_EQ(testing::read_file(full + "/keep.json"), "{\"old\":true}\n");
  EXPECT_EQ(names_in(full), std::vector<std::string>{"keep.json"});
  fs::remove(full + "/keep.json");
  EXPECT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 > " + full + "/stdout.json"), 9);
  EXPECT_EQ(fs::file_size(full + "/stdout.json"), 0u) << "the partial packet is cut off again";
}

TEST_F(CliOutputTest, TwentyConcurrentWritersOfOnePathLeaveOneWholePacket) {
  // Half write a two-page packet, half a one-page one: whichever renames last wins, whole.
  ASSERT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 --pages 1-2 -o " + at("whole.json")), 0);
  ASSERT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 --pages 1 -o " + at("part.json")), 0);
  fs::create_directory(dir_ / "race");
  const std::string target = at("race/same.json");
  for (int round = 0; round < 2; ++round) {
    std::string script =
        "codes=''; for i in $(seq 10); do " + kAgendum + " extract " + pdf_ +
        " --ocr never -j 1 --pages 1-2 -o " + target + " 2>/dev/null & " + kAgendum + " extract " +
        pdf_ + " --ocr never -j 1 --pages 1 -o " + target +
        " 2>/dev/null & done; for job in $(jobs -p); do wait $job; codes=\"$codes$?\"; done; "
        "[ \"$codes\" = \"00000000000000000000\" ]";
    EXPECT_EQ(shell("bash -c '" + script + "'"), 0) << "every writer succeeds";
    std::string packet = testing::read_file(target);
    EXPECT_FALSE(nlohmann::json::parse(packet, nullptr, false).is_discarded());
    EXPECT_TRUE(packet == testing::read_file(dir_ / "whole.json") ||
                packet == testing::read_file(dir_ / "part.json"));
    EXPECT_EQ(names_in(dir_ / "race"), std::vector<std::string>{"same.json"});
  }
}

TEST_F(CliOutputTest, AWriterKilledAtAnyMomentLeavesNoTemporary) {
  const std::string big = source_path("samples/torrance_packet.pdf");
  for (int signal : {SIGTERM, SIGKILL}) {
    for (int delay_ms = 0; delay_ms <= 400; delay_ms += 40) {
      pid_t pid = fork();
      if (pid == 0) {
        execl(kAgendum.c_str(), kAgendum.c_str(), "extract", big.c_str(), "--ocr", "never", "-o",
              (dir_ / "killed.json").c_str(), static_cast<char*>(nullptr));
        _exit(127);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
      kill(pid, signal);
      waitpid(pid, nullptr, 0);
      for (const std::string& name : names_in(dir_))
        EXPECT_EQ(name, "killed.json") << "after " << delay_ms << " ms";
    }
  }
}

TEST_F(CliOutputTest, ATemporaryLeftByADeadWriterIsSweptByTheNextWriteThere) {
  pid_t dead = fork();
  if (dead == 0) _exit(0);
  waitpid(dead, nullptr, 0);
  const std::string leftover = temporary_prefix(dead) + "Ab12Cd";
  std::ofstream(at(leftover)) << "{\"half\":";
  ASSERT_EQ(agendum("extract " + pdf_ + " --ocr never -j 1 -o " + at("out.json")), 0);
  EXPECT_EQ(names_in(dir_), (std::vector<std::string>{"err.txt", "out.json"}));
}

}  // namespace
}  // namespace agendum
