// The documents of a batch: INPUT arguments turned into a sorted list of files, each hashed
// and assigned to a shard by its content.
//
// An INPUT is a folder (walked recursively; files whose name ends in .pdf, any case, are
// taken, symlinked folders are not followed), a PDF (a file named *.pdf, or one that starts
// with "%PDF"), or a list file (any other file of text, or "-" for standard input, or
// "@FILE": one path per line, relative to the current directory; a listed folder is walked).
// A listed path is kept as written (lexically normalised), so records name files the way the
// user named them; the same path reached twice is listed once. A file that cannot be read is
// listed with its error instead of a hash, so it becomes a failure line, not a gap.
//
// Sharding is by content: shard_of() takes the SHA-256, so copies of one file under several
// names land in the same shard and are processed once however the archive is split.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/status.h"

namespace agendum {

struct InputFile {
  std::string path;
  uint64_t bytes = 0;
  std::string sha256;                // lower-case hex; empty until hashed, or when unreadable
  std::optional<std::string> error;  // why it cannot be read ("no such file", ...)
};

struct Listing {
  std::vector<InputFile> files;  // sorted by path, each path once
  size_t ignored = 0;            // files met in folders whose name does not end in .pdf
};

// Fails (ErrorCode::file_not_found) only when an INPUT argument itself does not exist or a
// list file cannot be read; a path named inside a list file that is missing is listed with
// its error. Folder walks do not enter `skip_folder` (the batch's own output, when it lies
// inside an input folder).
Result<Listing> list_inputs(const std::vector<std::string>& inputs,
                            const std::string& skip_folder = "");

// Hashes every file that has no hash and no error, on `threads` threads. The calling thread
// calls keep_going(files hashed so far) about ten times a second; when it returns false the
// hashing stops and the files not reached keep an empty hash.
void hash_files(std::vector<InputFile>& files, int threads,
                const std::function<bool(size_t)>& keep_going);

struct Shard {
  int index = 0;  // 0-based
  int count = 1;
};

// "K/N" with 0 <= K < N.
Result<Shard> parse_shard(const std::string& text);

// The shard a file belongs to among `count`: by its SHA-256, or by its path when it could not
// be read (so exactly one shard reports the failure).
int shard_of(const InputFile& file, int count);

// Identifies a listing (paths and sizes): shards of one archive share it.
std::string listing_fingerprint(const std::vector<InputFile>& files);

}  // namespace agendum
