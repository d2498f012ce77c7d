#include "pipeline/recognize/spec_headings.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// Words that spec headings are made of, across Torrance's three layouts, Carson, the Koff &
// Associates template, Philadelphia, job bulletins, state (California) and New York
// civil-service specs. A heading is all vocabulary.
const std::set<std::string, std::less<>>& heading_vocabulary() {
  static const std::set<std::string, std::less<>> words = {
      "a",
      "abilities",
      "ability",
      "acceptable",
      "additional",
      "and",
      "areas",
      "career",
      "certificate",
      "certificates",
      "certification",
      "certifications",
      "characteristics",
      "class",
      "conditions",
      "date",
      "dates",
      "definition",
      "demands",
      "desirable",
      "distinguishing",
      "duties",
      "education",
      "elements",
      "environment",
      "environmental",
      "essential",
      "established",
      "example",
      "examples",
      "exercised",
      "experience",
      "function",
      "functions",
      "general",
      "guidelines",
      "illustrative",
      "important",
      "in",
      "information",
      "job",
      "knowledge",
      "knowledges",
      "ladder",
      "license",
      "licenses",
      "licensure",
      "marginal",
      "medical",
      "minimum",
      "nature",
      "necessary",
      "of",
      "only",
      "or",
      "other",
      "physical",
      "position",
      "preferred",
      "purpose",
      "qualification",
      "qualifications",
      "received",
      "recommended",
      "registration",
      "registrations",
      "required",
      "requirements",
      "responsibilities",
      "revised",
      "revision",
      "skill",
      "skills",
      "special",
      "summary",
      "supervision",
      "tasks",
      "the",
      "to",
      "training",
      "typical",
      "work",
      "working",
      "desired",
      "representative",
      "primary",
      "duty",
      "responsibility",
      "competencies",
      "statement",
      "for",
      "classification",
      "concept",
      "scope",
      "reports",
      "activities",
      "features",
      "full",
      "performance",
      "personal",
      "series",
      "levels",
      "description",
      "brief",
      "history",
      "specific",
      "requirement",
      "characteristic",
      "overview",
      "basic",
      "mental",
      "supervisory",
      "employment",
      "standards",
  };
  return words;
}

// Inserts a space where a heading was glued to the next one by the text export:
// "GuidelinesKnowledge" -> "Guidelines Knowledge".
std::string split_glued_words(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && std::islower(static_cast<unsigned char>(text[i - 1])) &&
        std::isupper(static_cast<unsigned char>(text[i])))
      out.push_back(' ');
    out.push_back(text[i]);
  }
  return out;
}

// Lower-case vocabulary candidates of one heading segment; parentheticals dropped
// ("TYPICAL EXAMPLES OF WORK (ILLUSTRATIVE ONLY" loses its unclosed remark too).
std::vector<std::string> heading_words(std::string_view segment) {
  std::string text = split_glued_words(segment);
  if (size_t paren = text.find('('); paren != std::string::npos) text.erase(paren);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : text) {
    // Digits and bars stay in a word: OCR reads letters as them ("Know1edge", "0F").
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '|') {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (c == '&') {
      flush();
      words.push_back("and");
    } else if (c == '\'') {
      // "Driver's" never appears in a heading; keep the word whole so it fails the vocabulary.
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  // A number alone is a list number or a date, no word of the heading.
  std::erase_if(words, [](const std::string& w) {
    return std::all_of(w.begin(), w.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  });
  return words;
}

// The vocabulary word OCR made of `word`: look-alike digits ("0f", "know1edge"), a lower-case
// l read for a capital I or the other way ("deflnition", "certiflcate"), "rn" for m
// ("exarnples"). Nothing when no such reading is a heading word.
std::optional<std::string> vocabulary_reading(const std::string& word) {
  const auto& vocabulary = heading_vocabulary();
  if (vocabulary.contains(word)) return word;
  if (word.size() < 2) return std::nullopt;
  std::string letters = word;
  for (char& c : letters) {
    if (c == '0') c = 'o';
    if (c == '1' || c == '|') c = 'l';
    if (c == '5') c = 's';
  }
  if (vocabulary.contains(letters)) return letters;
  std::vector<std::string> readings;
  std::string all_i = letters, all_l = letters;
  std::replace(all_i.begin(), all_i.end(), 'l', 'i');
  std::replace(all_l.begin(), all_l.end(), 'i', 'l');
  readings.push_back(all_i);
  readings.push_back(all_l);
  for (size_t i = 0; i < letters.size(); ++i) {
    if (letters[i] == 'l' || letters[i] == 'i') {
      std::string one = letters;
      one[i] = letters[i] == 'l' ? 'i' : 'l';
      readings.push_back(one);
    }
    if (letters.compare(i, 2, "rn") == 0)
      readings.push_back(letters.substr(0, i) + "m" + letters.substr(i + 2));
  }
  for (const std::string& reading : readings)
    if (vocabulary.contains(reading)) return reading;
  return std::nullopt;
}

// The heading's words as vocabulary words, OCR's misreadings and split words ("Know ledge")
// mended; nothing when some word is not one.
std::optional<std::vector<std::string>> vocabulary_words(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (auto word = vocabulary_reading(words[i])) {
      out.push_back(*word);
    } else if (i + 1 < words.size() && (word = vocabulary_reading(words[i] + words[i + 1]))) {
      out.push_back(*word);
      ++i;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

bool has(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool has_prefix(const std::vector<std::string>& words, std::string_view prefix) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return w.rfind(prefix, 0) == 0; });
}

// Keywords decide the field; order matters where a heading names two things.
std::optional<SpecField> classify(const std::vector<std::string>& printed) {
  if (printed.empty() || printed.size() > 10) return std::nullopt;
  std::optional<std::vector<std::string>> mended = vocabulary_words(printed);
  if (!mended || mended->size() > 9) return std::nullopt;
  const std::vector<std::string>& words = *mended;
  if (has(words, "career")) return SpecField::career_ladder;
  if ((has(words, "established") || has(words, "revised") || has(words, "revision") ||
       has(words, "history")) &&
      !has(words, "duties"))
    return SpecField::dates;
  if (has(words, "reports") && has(words, "to") && words.size() <= 3)
    return SpecField::supervision_received;  // "Reports To: Public Works Director"
  // "Supervisory Responsibilities"
  if (has(words, "supervisory") && !has(words, "supervision"))
    return SpecField::supervision_exercised;
  if (has(words, "supervision")) {
    if (has(words, "distinguishing")) return SpecField::distinguishing_and_supervision;
    bool received = has(words, "received"), exercised = has(words, "exercised");
    if (received && !exercised) return SpecField::supervision_received;
    if (exercised && !received) return SpecField::supervision_exercised;
    return SpecField::supervision;
  }
  if (has(words, "distinguishing") || (has(words, "class") && has(words, "characteristics")))
    return SpecField::distinguishing;
  // "Description", "General Description" (a job bulletin's first section); "Job Description"
  // and "Position Description" name the document, not a section.
  bool description = has(words, "description") && !has(words, "job") && !has(words, "position") &&
                     !has(words, "class");
  // "General Statement of Duties", "Basic Function", "Position Overview": what the class does,
  // in a paragraph.
  bool statement = has(words, "statement") ||
                   (has(words, "function") &&
                    (has(words, "basic") || has(words, "primary") || has(words, "general")));
  if (description || statement || has(words, "definition") || has(words, "summary") ||
      has(words, "purpose") || has(words, "overview") || has(words, "concept") ||
      (has(words, "nature") && has(words, "work")) || (has(words, "scope") && words.size() <= 4))
    return SpecField::definition;
  bool dutyish = has_prefix(words, "dut") || has_prefix(words, "responsibilit") ||
                 has_prefix(words, "function") || has(words, "tasks") ||
                 has_prefix(words, "activit") ||
                 (has_prefix(words, "example") && has(words, "work"));
  if (dutyish && (has(words, "other") || has(words, "marginal") || has(words, "additional")))
    return SpecField::other_duties;
  if (dutyish) return SpecField::duties;
  bool knowledge = has_prefix(words, "knowledge");
  bool skill = has_prefix(words, "skill");
  bool ability = has(words, "ability") || has(words, "abilities");
  // "Knowledge and Abilities" over "Knowledge of:" / "Ability to:" runs, or one list of
  // knowledges, skills and abilities (New York's "Full Performance Knowledges, Skills, ...").
  if (knowledge && (skill || ability)) return SpecField::knowledge_skills_abilities;
  if (knowledge) return SpecField::knowledge;
  if (ability) return SpecField::abilities;  // "Skill and/or Ability to"
  if (skill) return SpecField::skills;
  if (has_prefix(words, "licens") || has_prefix(words, "certific") ||
      has_prefix(words, "registration"))
    return SpecField::licenses;
  if (has(words, "education") || has(words, "experience") || has(words, "training"))
    return SpecField::education_experience;
  // "Minimum Qualifications" (a bulletin's or a state spec's education and experience)
  if (has(words, "minimum") && (has_prefix(words, "qualification") || has(words, "requirements")))
    return SpecField::education_experience;
  if (has(words, "special") || has(words, "specific") || has(words, "physical") ||
      has(words, "working") || has(words, "environment") || has(words, "environmental") ||
      has(words, "medical") || has(words, "demands"))
    return SpecField::special_requirements;
  // "Employment Standards" heads Knowledge of / Ability to / Education and Experience.
  if (has_prefix(words, "qualification") || has(words, "guidelines") || has(words, "standards") ||
      has_prefix(words, "requirement") || has(words, "competencies"))
    return SpecField::qualifications;
  return std::nullopt;
}

bool starts_upper(std::string_view s) {
  return !s.empty() && std::isupper(static_cast<unsigned char>(s.front()));
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// The field of a heading made of colon-separated parts: the last part that classifies.
std::optional<SpecField> classify_parts(const std::vector<std::string_view>& parts) {
  std::optional<SpecField> field;
  for (std::string_view part : parts) {
    // A part may itself be two glued headings; the later one wins as well.
    if (auto f = classify(heading_words(part))) field = f;
  }
  return field;
}

}  // namespace

std::optional<HeadingMatch> match_heading(std::string_view line) {
  line = trim_view(line);
  if (!starts_upper(line)) return std::nullopt;
  // Split at colons: "QUALIFICATION GUIDELINES: EDUCATION AND EXPERIENCE:" has two parts,
  // "Definition: Under general supervision, ..." a heading part and a body part.
  struct Part {
    std::string_view text;
    size_t end;  // byte offset just after the part (and its colon)
    bool colon;
  };
  std::vector<Part> parts;
  for (size_t start = 0; start < line.size();) {
    size_t colon = line.find(':', start);
    if (colon == std::string_view::npos) {
      parts.push_back({trim_view(line.substr(start)), line.size(), false});
      break;
    }
    parts.push_back({trim_view(line.substr(start, colon - start)), colon + 1, true});
    start = colon + 1;
  }
  // The heading is the longest run of leading parts made of heading words. A part without a
  // colon can only be a heading when it ends the line: a heading is never run into prose
  // without a colon ("Definition Under general ..." is not a heading).
  size_t taken = 0, words = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].text.empty()) {
      if (parts[i].colon) continue;
      break;
    }
    if (!classify(heading_words(parts[i].text))) break;
    std::string_view counted = parts[i].text.substr(0, parts[i].text.find('('));
    words += count_words(counted);
    taken = i + 1;
  }
  if (taken == 0 || words > 10) return std::nullopt;
  std::vector<std::string_view> heading_parts;
  for (size_t i = 0; i < taken; ++i) heading_parts.push_back(parts[i].text);
  std::optional<SpecField> field = classify_parts(heading_parts);
  if (!field) return std::nullopt;
  size_t heading_end = parts[taken - 1].end;
  std::string_view heading = trim_view(line.substr(0, heading_end));
  while (!heading.empty() && heading.back() == ':')
    heading = trim_view(heading.substr(0, heading.size() - 1));
  HeadingMatch match;
  match.field = *field;
  match.heading = std::string(heading);
  match.rest = std::string(trim_view(line.substr(heading_end)));
  // A long remark in parentheses is body text: "MINIMUM ACCEPTABLE TRAINING AND EXPERIENCE
  // (The following statement represents the minimum training ...".
  size_t paren = match.heading.find('(');
  if (paren != std::string::npos && count_words(match.heading.substr(paren)) > 6) {
    std::string remark = match.heading.substr(paren);
    match.heading = std::string(trim_view(match.heading.substr(0, paren)));
    match.rest = match.rest.empty() ? remark : remark + " " + match.rest;
  }
  return match;
}

std::vector<size_t> find_embedded_headings(std::string_view line) {
  struct Token {
    size_t offset;
    std::string_view text;
  };
  std::vector<Token> tokens;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t begin = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > begin) tokens.push_back({begin, line.substr(begin, i - begin)});
  }
  std::vector<size_t> offsets;
  for (size_t j = 0; j < tokens.size(); ++j) {
    if (tokens[j].text.back() != ':') continue;
    std::optional<size_t> best;
    for (size_t span = 1; span <= 9 && span <= j + 1; ++span) {
      size_t i = j + 1 - span;
      if (!starts_upper(tokens[i].text)) continue;
      size_t end = tokens[j].offset + tokens[j].text.size() - 1;  // before the colon
      if (classify(heading_words(line.substr(tokens[i].offset, end - tokens[i].offset))))
        best = tokens[i].offset;
    }
    if (best && (offsets.empty() || *best > offsets.back())) offsets.push_back(*best);
  }
  return offsets;
}

}  // namespace agendum
