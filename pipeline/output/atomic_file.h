// Output files that a reader sees whole or not at all, and that no run leaves half-written.
//
// Every file agendum writes (extract -o, batch packets and summaries, merge outputs) goes
// through AtomicFile: the bytes go to a temporary file in the target's own directory, are
// flushed to disk, and the temporary is renamed over the target; then the directory is
// flushed. A reader, another writer of the same path, or a power cut sees the old file or the
// complete new one, never a mix. Where the filesystem allows it the temporary has no name at
// all (O_TMPFILE) until it is linked in; elsewhere it is named
// ".agendum-tmp.HOST.PID.XXXXXX", unique per writer (never a fixed NAME.tmp), and short, so
// it fits wherever the target's name fits. SIGINT, SIGTERM, SIGHUP and SIGQUIT are held back
// (in the writing thread) while an AtomicFile is open, so only SIGKILL or a power cut can
// leave a named temporary behind; sweep_abandoned_temporaries() removes those whose writer on
// this host is gone (`extract -o` sweeps the directory it writes to; a batch sweeps its folders
// when it opens them and after it stops a worker, so its workers need not scan a folder of
// thousands of packets for each one they write).
//
// A target must be, or become, a regular file: check_output_target() refuses a directory, a
// symbolic link, a device, FIFO or socket, and any of the inputs (same file, by inode), so
// `-o` can never replace a system node or the PDF it reads. Failures are Status values with
// ErrorCode::io_error and a message naming the path; a failed write leaves the old target as
// it was and no temporary. Not thread-safe per object; separate objects are independent.
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/status.h"

namespace agendum {

// Ok when `path` may be written: absent (in an existing directory) or a regular file that is
// none of `inputs`.
Status check_output_target(const std::string& path, const std::vector<std::string>& inputs = {});

class AtomicFile {
 public:
  // Checks the target (see check_output_target) and opens the temporary.
  static Result<AtomicFile> create(const std::string& path,
                                   const std::vector<std::string>& inputs = {});

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();  // without commit(): the temporary is removed and the target left alone

  Status write(std::string_view bytes);
  // Flushes the bytes to disk and puts them in place of the target. Once only.
  Status commit();

 private:
  AtomicFile() = default;
  void discard();

  std::string path_;  // the target
  std::string directory_;
  std::string temporary_name_;  // in directory_; empty for an unnamed (O_TMPFILE) temporary
  int fd_ = -1;
  int directory_fd_ = -1;
  bool failed_ = false;
  bool signals_held_ = false;
  sigset_t saved_mask_{};
};

// The whole of `content` in place of `path`, or an error and `path` untouched.
Status write_file_atomically(const std::string& path, std::string_view content,
                             const std::vector<std::string>& inputs = {});

// Removes the temporaries in `directory` ("" = the current one) left by writers on this host
// that have died.
// Those of live processes are kept. Never fails; what cannot be removed is left.
void sweep_abandoned_temporaries(const std::string& directory);

// True for a name AtomicFile gives its named temporaries.
bool is_temporary_name(std::string_view name);

// ".agendum-tmp.HOST.PID.": how the named temporaries of process `pid` on this host begin
// (six random letters or digits follow).
std::string temporary_prefix(pid_t pid);

}  // namespace agendum
