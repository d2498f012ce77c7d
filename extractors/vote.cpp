#include "extractors/vote.h"

#include <re2/re2.h>

#include <array>
#include <cmath>
#include <cctype>
#include <string>
#include <vector>

namespace agendum {
namespace {

enum class Label { ayes, noes, absent, abstain, recusal };

struct LabelMatch {
  Label label;
  size_t begin = 0;        // where the label word starts
  size_t value_begin = 0;  // just after the label (and its colon)
  bool colon = false;
};

std::optional<Label> classify(std::string_view word) {
  // OCR's digits for letters: "N0ES", "AYE5".
  std::string upper;
  for (char c : word) {
    if (c == ' ') continue;
    char letter = c == '0' ? 'O' : c == '5' ? 'S' : c;
    upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(letter))));
  }
  if (upper == "AYES" || upper == "YEAS" || upper == "AYE") return Label::ayes;
  if (upper == "NOES" || upper == "NAYS" || upper == "NOS") return Label::noes;
  if (upper == "ABSENT") return Label::absent;
  if (upper.rfind("ABST", 0) == 0) return Label::abstain;
  if (upper.rfind("RECUS", 0) == 0) return Label::recusal;
  return std::nullopt;
}

std::vector<LabelMatch> find_labels(std::string_view text) {
  // "AYES: COUNCIL MEMBERS: Chou, Low", "A YES Councllmembers Gatto" (OCR), "AYES      5",
  // "N0ES: None" (OCR), "Noes: None". Title-case labels only count with their colon, so
  // prose stays prose.
  static const RE2 kLabel(
      "(?:^|[^A-Za-z/])(A ?YE[S5]|YEA[S5]|N[O0]E[S5]|NAY[S5]|AB[S5]ENT|ABSTAIN(?:ED|ING|S)?|"
      "ABSTENTIONS?|"
      "RECUS(?:AL|ED)|Ayes|Yeas|Noes|Nays|Absent|Abstain(?:ed|ing|s)?|Abstentions?)"
      "(\\s*:)?(?:[^A-Za-z]|$)");
  std::vector<LabelMatch> labels;
  std::array<re2::StringPiece, 3> groups;
  size_t position = 0;
  re2::StringPiece whole(text.data(), text.size());
  while (position < text.size() &&
         kLabel.Match(whole, position, text.size(), RE2::UNANCHORED, groups.data(), 3)) {
    size_t begin = static_cast<size_t>(groups[1].data() - text.data());
    size_t value_begin = begin + groups[1].size() + groups[2].size();
    position = value_begin;
    std::string_view word(groups[1].data(), groups[1].size());
    bool capitals = std::isupper(static_cast<unsigned char>(word.back())) != 0;
    bool line_start = begin == 0 || text[begin - 1] == '\n';
    if (!capitals && groups[2].empty() && !line_start) continue;
    if (std::optional<Label> label = classify(word))
      labels.push_back({*label, begin, value_begin, !groups[2].empty()});
  }
  return labels;
}

bool is_stop_word(std::string_view token) {
  static constexpr std::array<std::string_view, 26> kStop = {
      "City",       "CITY",      "Clerk",     "CLERK",  "ATTEST", "Attest", "ATTEST:",
      "Attest:",    "Motion",    "MOTION",    "Packet", "PAGE",   "Page",   "Resolution",
      "RESOLUTION", "The",       "THE",       "Item",   "By",     "By:",    "Dated",
      "Date",       "President", "Secretary", "I",      "Signed"};
  for (std::string_view stop : kStop)
    if (token == stop) return true;
  return false;
}

bool is_none(std::string_view token) {
  while (!token.empty() && (token.back() == '.' || token.back() == ',' || token.back() == ';'))
    token.remove_suffix(1);
  std::string lower;
  for (char c : token)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return lower == "none" || lower == "n/a" || lower == "-0-";
}

struct Value {
  std::vector<std::string> names;
  std::optional<int> count;
  bool none = false;
  size_t end = 0;  // offset in text just after what was read
  bool blank() const { return names.empty() && !count && !none; }
};

// Blanks out packet stamps ("3.5.a Packet Pg. 68") and page labels that a flattened page
// break leaves between names, keeping offsets.
std::string without_stamps(std::string_view value) {
  // "3.1.b Packet Pg. 23", "Page 2 of 3"
  static const RE2 kStamp(
      "(\\d+(?:\\.\\d+)*(?:\\.[a-z])?\\s+Packet\\s+Pg\\.?\\s*\\d+|Page\\s+\\d+\\s+of\\s+\\d+)");
  std::string out(value);
  re2::StringPiece rest(out);
  re2::StringPiece found;
  while (RE2::FindAndConsume(&rest, kStamp, &found)) {
    size_t at = static_cast<size_t>(found.data() - out.data());
    for (size_t i = at; i < at + found.size(); ++i) out[i] = ' ';
  }
  return out;
}

// Reads one label's value: an optional count and member word, then names separated by
// commas or "and". Stops at the first thing that is not a name. When last is true nothing
// bounds the value, so names must start on the label's own line.
Value read_value(std::string_view text, size_t begin, size_t limit, bool last) {
  // "4 Council Members:", "COUNCIL MEMBERS:", "Councllmembers" (OCR), "BOARD MEMBERS:",
  // "ABSENT AND NOT VOTING:"
  static const RE2 kMemberWord(
      "(?i)\\s*(?:and\\s+not\\s+voting|council\\s*(?:members?|persons?|women|men|woman|man)|"
      "counc[a-z1|]{0,3}(?:m|rn)embers?|"
      "board\\s*members?|members?|supervisors?|directors?|commissioners?|trustees?)\\s*:?");
  // "AYES: 4", "AYES (4)"
  static const RE2 kCount("\\s*\\(?(\\d{1,2})\\)?(?:\\s|:|$)");

  Value value;
  std::string cleaned = without_stamps(text.substr(begin, limit - begin));
  re2::StringPiece rest(cleaned);
  for (int round = 0; round < 3; ++round) {
    int count = 0;
    if (RE2::Consume(&rest, kCount, &count)) {
      value.count = count;
      continue;
    }
    if (!RE2::Consume(&rest, kMemberWord)) break;
  }
  size_t position = static_cast<size_t>(rest.data() - cleaned.data());
  value.end = begin + position;

  std::vector<std::string> current;
  bool crossed_line = false;
  auto flush = [&] {
    if (current.empty()) return;
    std::string name;
    for (const std::string& word : current) name += (name.empty() ? "" : " ") + word;
    std::string stripped = strip_role_prefix(name);
    if (!stripped.empty()) value.names.push_back(stripped);
    current.clear();
  };
  while (position < cleaned.size()) {
    char c = cleaned[position];
    if (c == '\n') {
      crossed_line = true;
      ++position;
      continue;
    }
    if (c == ' ' || c == '\t' || c == ':') {
      ++position;
      continue;
    }
    if (c == ',' || c == ';') {
      flush();
      ++position;
      value.end = begin + position;
      continue;
    }
    size_t token_end = position;
    while (token_end < cleaned.size() &&
           !std::isspace(static_cast<unsigned char>(cleaned[token_end])) &&
           cleaned[token_end] != ',' && cleaned[token_end] != ';')
      ++token_end;
    std::string_view token(cleaned.data() + position, token_end - position);
    // Past a line end, an unbounded value goes on only after a separator ("Chou, Low,").
    if (last && crossed_line && !(current.empty() && !value.names.empty())) break;
    crossed_line = false;
    if (is_none(token)) {
      value.none = value.names.empty() && current.empty();
      value.end = begin + token_end;
      break;
    }
    if (token == "and" || token == "AND" || token == "&") {
      flush();
      position = token_end;
      continue;
    }
    unsigned char first = static_cast<unsigned char>(token.front());
    bool name_like =
        (std::isupper(first) || first >= 0x80 || (is_name_particle(token) && !current.empty())) &&
        is_name_word(token);
    bool heading = token.back() == ':' && token.size() > 1;
    if (!name_like || heading || is_stop_word(token) || current.size() >= 5) break;
    current.emplace_back(token);
    position = token_end;
    value.end = begin + token_end;
    // A name ending a sentence ends the value ("... and Tye. The motion ...").
    if (token.back() == '.' && token.size() > 3) break;
  }
  flush();
  return value;
}

}  // namespace

// A word of a printed name: letters with the periods, apostrophes, hyphens and role slashes
// names carry ("O'Brien", "W.", "MPT/Lyons"); handwriting as OCR reads it ("A-no\\o._") is not.
bool is_name_word(std::string_view token) {
  int letters = 0;
  for (char c : token) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalpha(byte) || byte >= 0x80)
      ++letters;
    else if (c != '.' && c != '\'' && c != '-' && c != '/')
      return false;
  }
  return letters >= 2 || (letters == 1 && token.size() == 2 && token[1] == '.');
}

bool is_name_particle(std::string_view token) {
  static constexpr std::array<std::string_view, 9> kParticles = {"de",  "del", "la", "le", "van",
                                                                 "von", "da",  "di", "du"};
  for (std::string_view particle : kParticles)
    if (token == particle) return true;
  return false;
}

std::string strip_role_prefix(std::string_view name) {
  // "MPT/Lyons", "M/Tye", "C/Mahlke", "CM/Low"
  static const RE2 kSlashRole("^[A-Z]{1,4}/\\s*");
  // "Mayor Pro Tem Nancy Lyons", "Council Member Low", "Councilmember Chou", "Vice Chair Ruiz"
  static const RE2 kWordRole(
      "^(?i:mayor\\s+pro\\s+tem(?:pore)?|vice\\s+mayor|deputy\\s+mayor|mayor|"
      "council\\s*(?:members?|woman|man|person)|supervisor|commissioner|"
      "vice\\s+chair(?:man|woman|person)?|chair(?:man|woman|person)?|vice\\s+president|president|"
      "trustee|director|board\\s+member|alder(?:man|woman|person))\\.?\\s+");
  std::string out(name);
  re2::StringPiece rest(out);
  while (RE2::Consume(&rest, kSlashRole) || RE2::Consume(&rest, kWordRole)) {
  }
  std::string stripped(rest);
  while (!stripped.empty() && (stripped.back() == '.' || stripped.back() == ' ')) {
    // Keep the period of an initial or suffix ("Jr.", "W.").
    size_t space = stripped.rfind(' ');
    std::string_view last_word =
        std::string_view(stripped).substr(space == std::string::npos ? 0 : space + 1);
    if (stripped.back() == '.' && last_word.size() <= 3) break;
    stripped.pop_back();
  }
  return stripped;
}

std::optional<VoteBlock> parse_vote_block(std::string_view text) {
  std::vector<LabelMatch> labels = find_labels(text);
  size_t first = 0;
  while (first < labels.size() && labels[first].label != Label::ayes) ++first;
  if (first == labels.size()) return std::nullopt;

  // The block: the AYES label and the labels that follow it closely, each kind once.
  constexpr size_t kMaxValueBytes = 500;
  std::vector<LabelMatch> block = {labels[first]};
  for (size_t i = first + 1; i < labels.size(); ++i) {
    bool seen = false;
    for (const LabelMatch& earlier : block) seen = seen || earlier.label == labels[i].label;
    if (seen || labels[i].begin - block.back().value_begin > kMaxValueBytes) break;
    block.push_back(labels[i]);
  }

  VoteBlock result;
  result.begin = block.front().begin;
  // "COUNCIL ACTION | YEAS | NAYS | PASS | ABSENT": the header of a roll-call table whose
  // rows carry marks, not a blank template. Its vote cannot be read from the labels.
  bool table_header = block.size() >= 2;
  for (const LabelMatch& label : block)
    table_header = table_header && !label.colon &&
                   text.substr(block.front().begin, label.begin - block.front().begin).find('\n') ==
                       std::string_view::npos;
  if (table_header) {
    result.end = block.back().value_begin;
    return result;
  }
  Vote vote;
  bool any_filled = false;
  for (size_t i = 0; i < block.size(); ++i) {
    bool last = i + 1 == block.size();
    size_t limit =
        last ? std::min(text.size(), block[i].value_begin + kMaxValueBytes) : block[i + 1].begin;
    Value value = read_value(text, block[i].value_begin, limit, last);
    result.end = std::max(result.end, last ? value.end : limit);
    any_filled = any_filled || !value.blank();
    switch (block[i].label) {
      case Label::ayes:
        vote.ayes = value.names;
        vote.ayes_count = value.count;
        break;
      case Label::noes:
        vote.noes = value.names;
        vote.noes_count = value.count;
        break;
      case Label::absent:
        vote.absent = value.names;
        vote.absent_count = value.count;
        break;
      case Label::abstain:
        vote.abstain = value.names;
        vote.abstain_count = value.count;
        break;
      case Label::recusal:
        break;  // not part of the record; the names are not counted anywhere else
    }
  }
  result.blank = !any_filled;
  if (any_filled) result.vote = vote;
  return result;
}

std::optional<VoteBlock> parse_vote_tally(std::string_view text) {
  // "Passed at the April 8, 2024 Meeting (4-1 vote)", "on a 4 to 1 vote", "by a vote of 5-0",
  // "vote: 3-2-1", "carried 4-1", "ADOPTED unanimously (5-0)"
  static const RE2 kTally(
      "(?i)(?:\\bvote\\s*(?:of|:)?\\s*|\\b(?:carried|passed|approved|adopted|unanimously)\\s+"
      "(?:unanimously\\s+)?)\\(?(\\d{1,2})\\s*(?:-|to)\\s*(\\d{1,2})(?:\\s*(?:-|to)\\s*(\\d{1,2}))?"
      "(?:[^\\d/"
      "-]|$)|\\b(\\d{1,2})\\s*(?:-|to)\\s*(\\d{1,2})(?:\\s*(?:-|to)\\s*(\\d{1,2}))?\\)?\\s+"
      "(?:roll[\\s-]+call\\s+)?vote\\b");
  // "passed unanimously", "a unanimous vote"
  static const RE2 kUnanimous("(?i)\\bunanimous(?:ly)?\\b");
  std::array<re2::StringPiece, 7> groups;
  re2::StringPiece whole(text.data(), text.size());
  VoteBlock block;
  Vote vote;
  if (kTally.Match(whole, 0, whole.size(), RE2::UNANCHORED, groups.data(), 7)) {
    auto count = [](re2::StringPiece digits) {
      return std::stoi(std::string(digits.data(), digits.size()));
    };
    size_t first = groups[1].empty() ? 4 : 1;
    vote.ayes_count = count(groups[first]);
    vote.noes_count = count(groups[first + 1]);
    if (!groups[first + 2].empty()) vote.absent_count = count(groups[first + 2]);
  } else if (kUnanimous.Match(whole, 0, whole.size(), RE2::UNANCHORED, groups.data(), 1)) {
    vote.noes_count = 0;
  } else {
    return std::nullopt;
  }
  block.begin = static_cast<size_t>(groups[0].data() - text.data());
  block.end = block.begin + groups[0].size();
  block.vote = vote;
  return block;
}

std::optional<Vote> read_roll_call_table(const std::vector<std::vector<PlacedWord>>& rows) {
  // "X", "x", check marks
  auto is_mark = [](std::string_view word) {
    return word == "X" || word == "x" || word == "\u2713" || word == "\u2714" || word == "\u221A" ||
           word == "\u2717";
  };
  struct Column {
    Label label;
    float center = 0;
  };
  if (rows.size() < 2) return std::nullopt;
  std::vector<Column> columns;
  for (const PlacedWord& word : rows[0]) {
    if (word.right <= word.left) return std::nullopt;
    std::string label_word = word.text;
    while (!label_word.empty() && !std::isalpha(static_cast<unsigned char>(label_word.back())))
      label_word.pop_back();
    std::optional<Label> label = classify(label_word);
    if (!label && (label_word == "PASS" || label_word == "Pass")) label = Label::abstain;
    if (label) columns.push_back({*label, (word.left + word.right) / 2});
  }
  if (columns.size() < 2) return std::nullopt;
  Vote vote;
  size_t marks = 0;
  for (size_t r = 1; r < rows.size() && r <= 30; ++r) {
    const std::vector<PlacedWord>& row = rows[r];
    std::string name;
    size_t w = 0;
    for (; w < row.size() && !is_mark(row[w].text) && is_name_word(row[w].text) &&
           std::isupper(static_cast<unsigned char>(row[w].text.front()));
         ++w)
      name += (name.empty() ? "" : " ") + row[w].text;
    std::string upper = name;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (name.empty() || upper.starts_with("TOTAL")) break;
    for (; w < row.size(); ++w) {
      if (!is_mark(row[w].text) || row[w].right <= row[w].left) continue;
      float center = (row[w].left + row[w].right) / 2;
      const Column* nearest = &columns.front();
      for (const Column& column : columns)
        if (std::abs(column.center - center) < std::abs(nearest->center - center)) nearest = &column;
      std::string member = strip_role_prefix(name);
      switch (nearest->label) {
        case Label::ayes: vote.ayes.push_back(member); break;
        case Label::noes: vote.noes.push_back(member); break;
        case Label::absent: vote.absent.push_back(member); break;
        case Label::abstain: vote.abstain.push_back(member); break;
        case Label::recusal: break;
      }
      ++marks;
      break;  // one vote a member
    }
  }
  if (marks == 0) return std::nullopt;
  return vote;
}

}  // namespace agendum
