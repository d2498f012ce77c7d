#include "extractors/agenda_header.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

#include "extractors/agenda_items.h"
#include "extractors/dates.h"
#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/meeting_cues.h"

namespace agendum {
namespace {

// Header fields run into each other with commas and semicolons between them.
std::string trim_field(std::string_view s) { return trim(s, " \t\n,;"); }

// Lines up to this long can belong to a title block; a longer one is a paragraph.
constexpr size_t kTitleLine = 90;

// A sentence of prose: many words, several of them in lower case ("The Council Chamber is open
// for public comment and ..."), not a title, a date or a list of names.
bool is_prose(std::string_view line) {
  if (line.size() > kTitleLine) return true;
  std::istringstream words{std::string(line)};
  std::string word;
  int count = 0, lower = 0;
  while (words >> word) {
    ++count;
    lower += std::islower(static_cast<unsigned char>(word[0])) != 0;
  }
  return count >= 9 && lower >= 4;
}

// "CITY OF DIAMOND BAR CITY COUNCIL AGENDA", "TORRANCE CIVIL SERVICE COMMISSION AGENDA",
// "RANCHO PALOS VERDES CITY COUNCIL MEETING", "Regular Meeting of the Board of Trustees".
struct BodyMatch {
  std::string body;
  size_t offset = 0;  // where it was found in the header text
};

const std::string& body_names() {
  static const std::string kBodies =
      "(CITY COUNCIL|TOWN COUNCIL|VILLAGE BOARD|BOARD OF SUPERVISORS|BOARD OF DIRECTORS|BOARD OF "
      "EDUCATION|BOARD OF TRUSTEES|BOARD OF COMMISSIONERS|CIVIL SERVICE COMMISSION|CIVIL SERVICE "
      "BOARD|PLANNING COMMISSION|PERSONNEL COMMISSION|PERSONNEL BOARD|CITY COMMISSION|"
      "(?:[A-Z]+ ){0,2}COMMISSION|(?:[A-Z]+ ){0,2}COMMITTEE)";
  return kBodies;
}

// The place a body belongs to: "CITY OF DIAMOND BAR" -> "DIAMOND BAR".
std::string clean_place(const std::string& words) {
  static const std::set<std::string> kNotPlace = {
      "CITY",    "COUNTY",  "COUNCIL", "BOARD",   "COMMISSION", "OFFICE", "DEPARTMENT", "AGENDA",
      "MINUTES", "REGULAR", "SPECIAL", "MEETING", "THE",        "HUMAN",  "OF",         "TO",
      "AT",      "IN",      "FOR",     "BY",      "AND",        "ON"};
  std::istringstream in(words);
  std::string word, out;
  while (in >> word) {
    if (kNotPlace.count(word)) break;
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

// "CITY OF HERMOSA BEACH" on a line of its own (a letterhead), not inside a sentence.
std::string place_of(const std::vector<std::string>& lines) {
  static const RE2 kPlace(
      R"(^(?:THE\s+)?(?:CITY|TOWN|COUNTY|VILLAGE) OF ((?:[A-Z][A-Z'-]*)(?: [A-Z][A-Z'-]*){0,2})\s*$)");
  for (const std::string& line : lines) {
    std::string where;
    if (line.size() <= 60 && RE2::FullMatch(to_upper_ascii(trim(line)), kPlace, &where))
      return clean_place(where);
  }
  return {};
}

std::optional<BodyMatch> find_body(const std::string& header,
                                   const std::vector<std::string>& block) {
  const std::string& kBodies = body_names();
  // "CITY OF DIAMOND BAR CITY COUNCIL AGENDA"
  static const RE2 kCityOfBody(
      "\\b(?:CITY|TOWN|COUNTY|VILLAGE) OF ((?:[A-Z][A-Z'-]* ){1,3}?)" + kBodies +
      "\\b[ \\n]+(?:(?:REGULAR|SPECIAL|ADJOURNED) )?(?:MEETING )?(?:AGENDA|MEETING|MINUTES)\\b");
  // "TORRANCE CIVIL SERVICE COMMISSION AGENDA", "RANCHO PALOS VERDES CITY COUNCIL MEETING"
  static const RE2 kLineBody("(?m)^((?:[A-Z][A-Z'-]* ){0,3}?)" + kBodies +
                             "\\b(?: AND [A-Z ]+?)?[ \\n]+(?:(?:REGULAR|SPECIAL|ADJOURNED) "
                             ")?(?:MEETING|AGENDA|MINUTES)\\b");
  // "Regular Meeting of the Board of Trustees", "MINUTES OF THE CITY COUNCIL", "FORMAL
  // MEETING OF CITY COUNCIL"
  // "MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF CEDAR BLUFF"
  static const RE2 kMeetingOf(
      "\\b(?:(?:CITY|TOWN|COUNTY|VILLAGE) OF ((?:[A-Z][A-Z'-]* ){1,3}?))?(?:(?:REGULAR|SPECIAL|"
      "ADJOURNED)\\s+)?(?:MEETING|MINUTES)\\s+OF\\s+(?:THE\\s+)?" +
      kBodies +
      "\\b(?:\\s+OF\\s+THE\\s+(?:CITY|TOWN|COUNTY|VILLAGE)\\s+OF\\s+((?:[A-Z][A-Z'-]*)(?: "
      "[A-Z][A-Z'-]*){0,2}))?");
  // "Subject: Civil Service Commission Agenda - March 17, 2021"
  static const RE2 kBareBody("\\b" + kBodies +
                             "\\b[ \\n]+(?:(?:REGULAR|SPECIAL|ADJOURNED) )?(?:MEETING )?AGENDA\\b");
  // "CITY OF PHILADELPHIA"
  static const RE2 kPlace(
      R"(\b(?:CITY|TOWN|COUNTY|VILLAGE) OF ((?:[A-Z][A-Z'-]*)(?: [A-Z][A-Z'-]*){0,2}))");
  std::string caps = to_upper_ascii(header);
  re2::StringPiece input(caps);
  auto offset_of = [&](re2::StringPiece piece) {
    return static_cast<size_t>(piece.data() - caps.data());
  };
  std::string letterhead = place_of(block);
  // The meeting is named first in its header: of the forms, the earliest match wins.
  std::optional<BodyMatch> best;
  for (const RE2* pattern : {&kCityOfBody, &kLineBody, &kMeetingOf}) {
    re2::StringPiece groups[4];
    int count = 1 + pattern->NumberOfCapturingGroups();
    if (!pattern->Match(input, 0, caps.size(), RE2::UNANCHORED, groups, count)) continue;
    if (best && offset_of(groups[0]) >= best->offset) continue;
    std::string where = clean_place(std::string(groups[1]));
    if (where.empty() && count > 3) where = clean_place(std::string(groups[3]));
    if (where.empty()) where = letterhead;
    std::string name =
        title_case(where.empty() ? std::string(groups[2]) : where + " " + std::string(groups[2]));
    best = BodyMatch{name, offset_of(groups[0])};
  }
  // "City Council" on a line of its own in the title block, under a letterhead.
  static const RE2 kAlone("^" + kBodies + "$");
  size_t offset = 0;
  for (const std::string& line : block) {
    std::string name;
    size_t at = caps.find(to_upper_ascii(line), offset);
    if (at == std::string::npos) break;
    offset = at + line.size();
    if (best && at >= best->offset) break;
    if (!RE2::FullMatch(to_upper_ascii(trim(line)), kAlone, &name)) continue;
    best = BodyMatch{title_case(letterhead.empty() ? name : letterhead + " " + name), at};
  }
  if (best) return best;
  re2::StringPiece groups[2];
  if (kBareBody.Match(input, 0, caps.size(), RE2::UNANCHORED, groups, 2)) {
    std::string name(groups[1]);
    std::string where = letterhead;
    if (where.empty() && RE2::PartialMatch(caps, kPlace, &where)) where = clean_place(where);
    return BodyMatch{title_case(where.empty() ? name : where + " " + name), offset_of(groups[0])};
  }
  return std::nullopt;
}

std::optional<std::string> find_meeting_type(const std::string& text) {
  // "REGULAR MEETING", "Special Meeting", "ADJOURNED REGULAR MEETING"
  // The word names the meeting, not a "Special Service Area" or a "Joint Powers Authority".
  static const RE2 kType(
      R"(\b(?:(REGULAR|SPECIAL|ADJOURNED|EMERGENCY|JOINT)\s+(?:[A-Z]+\s+){0,2}(?:MEETING|SESSION)|(STUDY SESSION|WORKSHOP))\b)");
  std::string type, session;
  if (!RE2::PartialMatch(to_upper_ascii(text), kType, &type, &session)) return std::nullopt;
  return to_lower_ascii(type.empty() ? session : type);
}

// "6:00 P.M." -> "18:00", "6:30 p.m." -> "18:30", "7 PM" -> "19:00", "9:00am" -> "09:00"
std::optional<std::string> find_time(const std::string& text) {
  static const RE2 kTime(R"((?i)\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\b)");
  std::string hour_text, minute_text, half;
  if (!RE2::PartialMatch(text, kTime, &hour_text, &minute_text, &half)) return std::nullopt;
  int hour = std::stoi(hour_text);
  if (hour < 1 || hour > 12) return std::nullopt;
  bool pm = half == "p" || half == "P";
  if (pm && hour != 12) hour += 12;
  if (!pm && hour == 12) hour = 0;
  char out[6];
  std::snprintf(out, sizeof out, "%02d:%s", hour, minute_text.empty() ? "00" : minute_text.c_str());
  return std::string(out);
}

// The meeting place: "6:00 P.M. IN LeROY J. JACKSON COUNCIL CHAMBER" / "AT 3031 TORRANCE BL.",
// "FRED HESSE COMMUNITY PARK, MCTAGGART HALL" / "29301 HAWTHORNE BOULEVARD, RANCHO PALOS VERDES".
std::optional<std::string> find_location(const std::vector<std::string>& header_lines) {
  static const RE2 kVenue(
      R"((?i)\b(?:chambers?|hall|room|center|centre|park|building|auditorium|library|plaza|civic)\b)");
  static const RE2 kAddress(
      R"((?i)^(?:at\s+)?\d{2,6}\s+[\w .']+?\s(?:bl|blvd|boulevard|ave|avenue|st|street|dr|drive|rd|road|way|place|pl|lane|ln|pkwy|parkway|highway|hwy)\b)");
  // "6:00 P.M. IN ", "AT " before the place itself
  static const RE2 kLead(
      R"((?i)^(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s*m\.?\s*)?(?:in|at)?\s*(?:the\s+)?)");
  for (size_t i = 0; i < header_lines.size(); ++i) {
    const std::string& line = header_lines[i];
    if (line.size() > 100 || is_prose(line)) continue;
    bool venue = RE2::PartialMatch(line, kVenue), address = RE2::PartialMatch(line, kAddress);
    if (!venue && !address) continue;
    std::string place = line;
    RE2::Replace(&place, kLead, "");
    place = trim_field(place);
    for (size_t next = i + 1; next < header_lines.size() && next <= i + 2; ++next) {
      std::string more = header_lines[next];
      bool zip = more.size() == 5 && std::all_of(more.begin(), more.end(), [](char c) {
                   return std::isdigit(static_cast<unsigned char>(c));
                 });
      if (!zip && !RE2::PartialMatch(more, kAddress)) break;
      RE2::Replace(&more, kLead, "");
      place += (zip ? " " : ", ") + trim_field(more);
    }
    if (!place.empty()) return place;
  }
  return std::nullopt;
}

// The meeting's date in a stretch of header: the first date with its month in words ("Tuesday,
// March 5, 2024"), else the first date. A browser's or a printer's stamp ("5/3/2018", "Printed on
// 2/28/2024") is numeric; a meeting is announced in words.
std::optional<std::string> meeting_date(std::string_view text) {
  std::vector<ParsedDate> dates = find_all_dates(text);
  for (const ParsedDate& date : dates)
    if (has_letter(date.text) && date.iso.size() == 10) return date.iso;
  if (!dates.empty()) return dates.front().iso;
  return std::nullopt;
}

// The title block: the first run of two or more short lines that are not prose. Empty when
// the header is flattened into paragraphs.
std::vector<std::string> title_block(const std::vector<std::string>& header_lines) {
  std::vector<std::string> block;
  for (const std::string& line : header_lines) {
    bool title_line = !line.empty() && !is_prose(line);
    if (title_line) {
      block.push_back(line);
    } else if (block.size() >= 2) {
      break;
    } else {
      block.clear();
    }
  }
  if (block.size() < 2) block.clear();
  return block;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

}  // namespace

std::vector<std::string> split_names(std::string list) {
  // The next caps label ends the list: "APPROVAL OF AGENDA: Mayor", "PLEDGE OF ALLEGIANCE:",
  // and so does a label in words: "Mayor Reyes Staff present: ...".
  static const RE2 kNextLabel(R"(\b[A-Z][A-Z'/ ]{3,}:|\s\d{1,2}\.\s)");
  static const RE2 kWordLabel(R"(\s[A-Z][a-z]+(?:\s[a-z]+){1,3}\s*:)");
  // "Commission members", "Mayor Pro Tem", "Councilmember", "Chair", "M/", "MPT/"
  static const RE2 kRole(
      R"((?i)^(?:(?:commission|council|board|committee)\s*members?|commissioners?|councilmembers?|councilm[ae]n|councilwom[ae]n|mayor\s+pro\s+tem(?:pore)?|vice\s+mayor|deputy\s+mayor|mayor|vice[\s-]+chair(?:man|person|woman)?|chair(?:man|person|woman)?|vice\s+president|president|supervisors?|directors?|trustees?|members?|alderm[ae]n|alderpersons?|(?:m|mpt|c|cm|vc)/)\s*)");
  static const RE2 kAnd(R"(\s+and\s+|\s*&\s*|;)");
  // A caps label glued on from the next line: "Mayor Tye APPROVAL OF" / "AGENDA: Mayor".
  static const RE2 kTrailingCaps(R"(^(.*[a-z]\S*)(?:\s+[A-Z][A-Z'/]+)+$)");
  for (const RE2* label : {&kNextLabel, &kWordLabel}) {
    re2::StringPiece rest(list), stop;
    if (label->Match(rest, 0, list.size(), RE2::UNANCHORED, &stop, 1))
      list = list.substr(0, static_cast<size_t>(stop.data() - list.data()));
  }
  RE2::GlobalReplace(&list, kAnd, ",");
  std::vector<std::string> names;
  std::istringstream parts(list);
  std::string part;
  while (std::getline(parts, part, ',')) {
    std::string name = trim_field(part);
    while (RE2::Replace(&name, kRole, "")) {
    }
    name = trim_field(trim(name, " \t.:"));
    RE2::Replace(&name, kTrailingCaps, "\\1");
    if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) continue;
    if (to_lower_ascii(name) == "none" || to_lower_ascii(name) == "n/a") continue;
    if (std::count(name.begin(), name.end(), ' ') > 3) continue;
    names.push_back(name);
  }
  return names;
}

std::vector<std::string> find_roll_call(const std::vector<Line>& lines, LineSpan span) {
  static const RE2 kRollCall(R"((?i)\broll\s+call\b\s*:?\s*)");
  for (size_t i = span.first; i < span.last; ++i) {
    std::string text = printed_with_marker(lines[i]);
    re2::StringPiece input(text), label;
    if (!kRollCall.Match(input, 0, text.size(), RE2::UNANCHORED, &label, 1)) continue;
    std::string list = text.substr(static_cast<size_t>(label.data() - text.data()) + label.size());
    bool one_per_line = trim_field(list).empty();
    for (size_t next = i + 1; next < span.last && next <= i + 8; ++next) {
      const Line& line = lines[next];
      std::string more = printed_with_marker(line);
      bool caps_label = !more.empty() && more.back() == ':';
      bool names_so_far = !trim_field(list).empty();
      // The next entry of the agenda ("II. ELECTION OF OFFICERS") is no name.
      bool entry = !line.list_marker.empty() || (line.heading && !names_so_far);
      if (caps_label || entry || (line.paragraph_start && names_so_far)) break;
      if (one_per_line && more.size() > 80) break;
      if (!one_per_line && !list.empty() && list.back() != ',') break;
      list += (one_per_line ? ", " : " ") + more;
    }
    std::vector<std::string> members = split_names(list);
    if (!members.empty()) return members;
  }
  return {};
}

MeetingHeader read_meeting_header(const CleanText& text, LineSpan lines, size_t end_line,
                                  size_t end_offset) {
  std::vector<std::string> header;
  if (lines.first < lines.last) {
    int first_page = text.lines[lines.first].page;
    for (const PageFurniture& furniture : text.furniture)
      if (furniture.page == first_page)
        header.insert(header.end(), furniture.headers.begin(), furniture.headers.end());
  }
  for (size_t i = lines.first; i <= end_line && i < lines.last; ++i) {
    std::string line = printed_with_marker(text.lines[i]);
    if (i == end_line) line = line.substr(0, std::min(end_offset, line.size()));
    if (!trim(line).empty()) header.push_back(line);
  }
  std::vector<std::string> block = title_block(header);
  std::string whole = joined(header), block_text = joined(block);

  MeetingHeader out;
  std::optional<BodyMatch> body = find_body(whole, block);
  // Past the body's name the header speaks of this meeting; notices before it may name others.
  std::string from_body = body ? whole.substr(body->offset) : whole;
  if (body) out.body = body->body;
  out.meeting_type = find_meeting_type(block_text);
  if (!out.meeting_type) out.meeting_type = find_meeting_type(from_body);
  if (!out.meeting_type) out.meeting_type = find_meeting_type(whole);
  for (const std::string* source : {&block_text, &from_body, &whole}) {
    if (!out.date) out.date = meeting_date(*source);
  }
  out.time = find_time(block_text);
  if (!out.time) out.time = find_time(from_body);
  out.location = find_location(block);
  if (!out.location) {
    // The place is named with the meeting, after the body; earlier lines are notices
    // ("meets ... at 6:00 p.m. in the Council Chambers").
    size_t body_line = 0;
    for (size_t offset = 0; body && body_line + 1 < header.size(); ++body_line) {
      offset += header[body_line].size() + 1;
      if (offset > body->offset) break;
    }
    out.location = find_location({header.begin() + static_cast<long>(body_line), header.end()});
  }
  return out;
}

}  // namespace agendum
