#include "extractors/agenda.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

#include "extractors/agenda_items.h"
#include "extractors/dates.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// Header fields run into each other with commas and semicolons between them.
std::string trim_field(std::string_view s) { return trim(s, " \t\n,;"); }

// The agenda's header: everything before its first numbered entry, lines joined by "\n".
struct Header {
  std::string text;
  std::vector<std::string> lines;
};

Header read_header(const std::vector<Line>& lines, LineSpan span, const ParsedAgendaItems& parsed) {
  Header header;
  size_t last = parsed.first_entry ? span.first + parsed.first_entry->line : span.last - 1;
  for (size_t i = span.first; i <= last && i < span.last; ++i) {
    std::string text = printed_with_marker(lines[i]);
    if (parsed.first_entry && i == last) text = text.substr(0, parsed.first_entry->offset);
    header.lines.push_back(text);
    header.text += (header.text.empty() ? "" : "\n") + text;
  }
  return header;
}

// "CITY OF DIAMOND BAR CITY COUNCIL AGENDA", "TORRANCE CIVIL SERVICE COMMISSION AGENDA",
// "RANCHO PALOS VERDES CITY COUNCIL MEETING", "Civil Service Commission Agenda".
struct BodyMatch {
  std::string body;
  size_t offset = 0;  // where it was found in the header text
};

std::optional<BodyMatch> find_body(const std::string& header) {
  static const std::string kBodies =
      "(CITY COUNCIL|TOWN COUNCIL|VILLAGE BOARD|BOARD OF SUPERVISORS|BOARD OF DIRECTORS|BOARD OF "
      "EDUCATION|"
      "BOARD OF TRUSTEES|CIVIL SERVICE COMMISSION|CIVIL SERVICE BOARD|PLANNING "
      "COMMISSION|PERSONNEL "
      "COMMISSION|PERSONNEL BOARD|CITY COMMISSION|(?:[A-Z]+ ){0,2}COMMISSION|(?:[A-Z]+ "
      "){0,2}COMMITTEE)";
  // "CITY OF DIAMOND BAR CITY COUNCIL AGENDA"
  static const RE2 kCityOfBody(
      "\\b(?:CITY|TOWN|COUNTY|VILLAGE) OF ((?:[A-Z][A-Z'-]* ){1,3}?)" + kBodies +
      "\\b[ \\n]+(?:(?:REGULAR|SPECIAL|ADJOURNED) )?(?:MEETING )?(?:AGENDA|MEETING)\\b");
  // "TORRANCE CIVIL SERVICE COMMISSION AGENDA", "RANCHO PALOS VERDES CITY COUNCIL MEETING"
  static const RE2 kLineBody(
      "(?m)^((?:[A-Z][A-Z'-]* ){0,3}?)" + kBodies +
      "\\b(?: AND [A-Z ]+?)?[ \\n]+(?:(?:REGULAR|SPECIAL|ADJOURNED) )?(?:MEETING|AGENDA)\\b");
  // "Subject: Civil Service Commission Agenda - March 17, 2021"
  static const RE2 kBareBody("\\b" + kBodies +
                             "\\b[ \\n]+(?:(?:REGULAR|SPECIAL|ADJOURNED) )?(?:MEETING )?AGENDA\\b");
  // "CITY OF PHILADELPHIA"
  static const RE2 kPlace(
      R"(\b(?:CITY|TOWN|COUNTY|VILLAGE) OF ((?:[A-Z][A-Z'-]*)(?: [A-Z][A-Z'-]*){0,2}))");
  static const std::set<std::string> kNotPlace = {
      "CITY",    "COUNTY",  "COUNCIL", "BOARD",   "COMMISSION", "OFFICE", "DEPARTMENT", "AGENDA",
      "MINUTES", "REGULAR", "SPECIAL", "MEETING", "THE",        "HUMAN",  "OF"};
  std::string caps = to_upper_ascii(header);
  re2::StringPiece input(caps), whole, place, body;
  auto offset_of = [&](re2::StringPiece piece) {
    return static_cast<size_t>(piece.data() - caps.data());
  };
  auto clean_place = [&](std::string words) {
    std::istringstream in(words);
    std::string word, out;
    while (in >> word) {
      if (kNotPlace.count(word)) break;
      out += (out.empty() ? "" : " ") + word;
    }
    return out;
  };
  for (const RE2* pattern : {&kCityOfBody, &kLineBody}) {
    re2::StringPiece groups[3];
    if (pattern->Match(input, 0, caps.size(), RE2::UNANCHORED, groups, 3)) {
      std::string where = clean_place(std::string(groups[1]));
      std::string name =
          title_case(where.empty() ? std::string(groups[2]) : where + " " + std::string(groups[2]));
      return BodyMatch{name, offset_of(groups[0])};
    }
  }
  re2::StringPiece groups[2];
  if (kBareBody.Match(input, 0, caps.size(), RE2::UNANCHORED, groups, 2)) {
    std::string name(groups[1]);
    std::string where;
    if (RE2::PartialMatch(caps, kPlace, &where)) where = clean_place(where);
    return BodyMatch{title_case(where.empty() ? name : where + " " + name), offset_of(groups[0])};
  }
  return std::nullopt;
}

std::optional<std::string> find_meeting_type(const std::string& text) {
  // "REGULAR MEETING", "Special Meeting", "ADJOURNED REGULAR MEETING"
  static const RE2 kType(
      R"(\b(REGULAR|SPECIAL|ADJOURNED|EMERGENCY|JOINT|STUDY SESSION|WORKSHOP)\b)");
  std::string type;
  if (!RE2::PartialMatch(to_upper_ascii(text), kType, &type)) return std::nullopt;
  std::string lower;
  for (char c : type) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// "6:00 P.M." -> "18:00", "6:30 p.m." -> "18:30", "7 PM" -> "19:00"
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
    if (line.size() > 100) continue;
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

// Roll call as listed, role prefixes removed:
// "ROLL CALL: Chou, Low, Mahlke, Mayor Pro Tem Lyons, Mayor Tye" -> Chou, Low, Mahlke, Lyons, Tye.
std::vector<std::string> find_members(const std::vector<Line>& lines, LineSpan span) {
  static const RE2 kRollCall(R"((?i)\broll\s+call\b\s*:?\s*)");
  // The next caps label ends the list: "APPROVAL OF AGENDA: Mayor", "PLEDGE OF ALLEGIANCE:".
  static const RE2 kNextLabel(R"(\b[A-Z][A-Z'/ ]{3,}:|\s\d{1,2}\.\s)");
  // "Commission members", "Mayor Pro Tem", "Councilmember", "Chair", "M/", "MPT/"
  static const RE2 kRole(
      R"((?i)^(?:(?:commission|council|board|committee)\s*members?|commissioners?|councilmembers?|councilm[ae]n|councilwom[ae]n|mayor\s+pro\s+tem(?:pore)?|vice\s+mayor|deputy\s+mayor|mayor|vice[\s-]+chair(?:man|person|woman)?|chair(?:man|person|woman)?|vice\s+president|president|supervisors?|directors?|trustees?|members?|alderm[ae]n|alderpersons?|(?:m|mpt|c|cm|vc)/)\s*)");
  static const RE2 kAnd(R"(\s+and\s+|\s*&\s*)");
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
      if (caps_label || (line.paragraph_start && names_so_far) || more.size() > 80) break;
      if (!one_per_line && !list.empty() && list.back() != ',') break;
      list += (one_per_line ? ", " : " ") + more;
    }
    re2::StringPiece rest(list), stop;
    if (kNextLabel.Match(rest, 0, list.size(), RE2::UNANCHORED, &stop, 1))
      list = list.substr(0, static_cast<size_t>(stop.data() - list.data()));
    RE2::GlobalReplace(&list, kAnd, ",");
    std::vector<std::string> members;
    std::istringstream parts(list);
    std::string part;
    while (std::getline(parts, part, ',')) {
      std::string name = trim_field(part);
      while (RE2::Replace(&name, kRole, "")) {
      }
      name = trim_field(name);
      // A caps label glued on from the next line: "Mayor Tye APPROVAL OF" / "AGENDA: Mayor".
      static const RE2 kTrailingCaps(R"(^(.*[a-z]\S*)(?:\s+[A-Z][A-Z'/]+)+$)");
      RE2::Replace(&name, kTrailingCaps, "\\1");
      if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) continue;
      if (std::count(name.begin(), name.end(), ' ') > 3) continue;
      members.push_back(name);
    }
    if (!members.empty()) return members;
  }
  return {};
}

// Words for comparing an item's title with a report's subject.
std::set<std::string> title_words(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      if (word.size() > 1) words.insert(word);
      word.clear();
    }
  }
  return words;
}

double title_overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.size() < 3 || b.size() < 3) return 0;
  size_t shared = 0;
  for (const std::string& word : a) shared += b.count(word);
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

std::string bare_number(std::string number) {
  while (!number.empty() && (number.back() == '.' || number.back() == ')')) number.pop_back();
  return to_upper_ascii(number);
}

// The number a report gives for its item: "Agenda #: 3.1", "Item 6A", "Agenda Item No. 5.2".
std::optional<std::string> report_item_number(const std::vector<Line>& lines,
                                              const DocumentSpan& doc) {
  static const RE2 kItemNumber(
      R"((?i)\b(?:agenda\s*(?:#|item|no\.?)|item(?:\s+no\.?)?)\s*:?\s*#?\s*(\d{1,2}(?:\.\d{1,2}|[a-z])?)\b)");
  for (size_t i = doc.lines.first; i < doc.lines.last && i < doc.lines.first + 6; ++i) {
    std::string number;
    if (RE2::PartialMatch(printed_with_marker(lines[i]), kItemNumber, &number))
      return to_upper_ascii(number);
  }
  return std::nullopt;
}

void link_documents(const std::vector<Line>& lines, const std::vector<DocumentSpan>& documents,
                    const std::string& agenda_id, std::vector<AgendaItem>& items) {
  std::set<std::string> used;
  auto take = [&](AgendaItem& item, const DocumentSpan& doc) {
    item.document = doc.id;
    used.insert(doc.id);
  };
  // The packet's own numbering first: stamp labels, then the report's "Agenda #:".
  for (AgendaItem& item : items) {
    std::string number = bare_number(item.number);
    for (const DocumentSpan& doc : documents) {
      if (doc.id == agenda_id || used.count(doc.id)) continue;
      if (doc.label && to_upper_ascii(*doc.label) == number) {
        take(item, doc);
        break;
      }
    }
    if (item.document) continue;
    for (const DocumentSpan& doc : documents) {
      if (doc.id == agenda_id || used.count(doc.id) || doc.kind != DocumentKind::staff_report)
        continue;
      if (report_item_number(lines, doc) == number) {
        take(item, doc);
        break;
      }
    }
  }
  // Then titles: the report's subject restates the item's title.
  for (AgendaItem& item : items) {
    if (item.document) continue;
    std::set<std::string> item_words = title_words(item.title);
    const DocumentSpan* best = nullptr;
    double best_overlap = 0.8;
    for (const DocumentSpan& doc : documents) {
      if (doc.id == agenda_id || used.count(doc.id) || doc.kind != DocumentKind::staff_report ||
          !doc.title)
        continue;
      double overlap = title_overlap(item_words, title_words(*doc.title));
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = &doc;
      }
    }
    if (best) take(item, *best);
  }
}

}  // namespace

std::optional<Agenda> extract_agenda(const CleanText& text,
                                     const std::vector<DocumentSpan>& documents,
                                     std::vector<Diagnostic>& diagnostics) {
  auto agenda_doc = std::find_if(documents.begin(), documents.end(), [](const DocumentSpan& doc) {
    return doc.kind == DocumentKind::agenda;
  });
  if (agenda_doc == documents.end() || agenda_doc->lines.first >= agenda_doc->lines.last ||
      agenda_doc->lines.last > text.lines.size())
    return std::nullopt;

  Agenda agenda;
  agenda.document = agenda_doc->id;
  agenda.pages = agenda_doc->pages;
  ParsedAgendaItems parsed = parse_agenda_items(text.lines, agenda_doc->lines);
  agenda.items = std::move(parsed.items);

  Header header = read_header(text.lines, agenda_doc->lines, parsed);
  std::optional<BodyMatch> body = find_body(header.text);
  std::string from_body = body ? header.text.substr(body->offset) : header.text;
  if (body) agenda.body = body->body;
  agenda.meeting_type = find_meeting_type(from_body);
  if (!agenda.meeting_type) agenda.meeting_type = find_meeting_type(header.text);
  if (auto date = find_date(from_body)) agenda.date = date->iso;
  agenda.time = find_time(from_body);
  // The place is named with the meeting, after the body; earlier lines are notices
  // ("meets ... at 6:00 p.m. in the Council Chambers").
  size_t body_line = 0;
  for (size_t offset = 0; body && body_line + 1 < header.lines.size(); ++body_line) {
    offset += header.lines[body_line].size() + 1;
    if (offset > body->offset) break;
  }
  agenda.location =
      find_location({header.lines.begin() + static_cast<long>(body_line), header.lines.end()});
  agenda.members = find_members(text.lines, agenda_doc->lines);
  link_documents(text.lines, documents, agenda_doc->id, agenda.items);

  if (agenda.items.empty()) {
    diagnostics.push_back(
        {Severity::warning, "agenda_without_items",
         "The agenda was recognised but none of its numbered items could be read.",
         agenda.pages.first, "agenda"});
  }
  return agenda;
}

}  // namespace agendum
