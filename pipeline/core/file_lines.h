// Reading a long list file line by line without holding it: the system word list is a
// megabyte or more, and is wanted as a table or a handful of words, never as text.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace agendum {

// Calls `line` with each line of the file (without its '\n'; the last one even when no '\n'
// ends it), reading 64 KB at a time: a line cut at a block's end is finished with the next
// block. False when the file cannot be opened.
bool for_each_line_in_file(const std::string& path,
                           const std::function<void(std::string_view)>& line);

}  // namespace agendum
