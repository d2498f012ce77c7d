#include "tests/support/packets.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "tests/support/command.h"

namespace agendum::testing {
namespace {

using nlohmann::json;

const char* kAgencies[] = {"City of Alder",    "City of Birchwood", "County of Cedar",
                           "City of Dunmore",  "City of Elm Grove", "Town of Fairhaven",
                           "City of Glenmont", "City of Harbor"};
const char* kLevels[] = {"Senior", "Associate", "Assistant", "Principal",
                         "Lead",   "Junior",    "Chief",     "Deputy"};
const char* kJobs[] = {"Planner",       "Civil Engineer",     "Budget Analyst",
                       "Records Clerk", "Signal Technician",  "Librarian",
                       "Accountant",    "Building Inspector", "Systems Coordinator",
                       "Arborist",      "Paralegal",          "Buyer"};
const char* kVerbs[] = {"Reviews",  "Prepares", "Coordinates", "Inspects", "Maintains",
                        "Analyzes", "Drafts",   "Schedules",   "Audits",   "Trains"};
const char* kObjects[] = {
    "permit applications",     "capital project budgets", "traffic signal timing",
    "council agenda reports",  "procurement contracts",   "library collections",
    "payroll records",         "storm drain inspections", "tree planting programs",
    "public records requests", "zoning variances",        "utility billing disputes"};
const char* kUnits[] = {"hourly", "biweekly", "monthly", "annual"};

template <size_t N>
const char* pick(const char* (&list)[N], int index) {
  return list[static_cast<size_t>(index) % N];
}

std::string sentence(int seed) {
  return std::string(pick(kVerbs, seed)) + " " + pick(kObjects, seed * 7 + 3) + " and " +
         pick(kObjects, seed * 5 + 1) + " for the " + pick(kJobs, seed * 3) + " section.";
}

json items(int seed, int count) {
  json list = json::array();
  for (int i = 0; i < count; ++i)
    list.push_back({{"text", sentence(seed + i)}, {"area", nullptr}, {"change", nullptr}});
  return list;
}

std::string date(int seed) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", 2000 + seed % 24, 1 + seed % 12,
                1 + seed % 28);
  return text;
}

// One pay range in a unit, with amounts that scale sensibly with the unit.
json pay_range(int seed, int index, const std::string& classification) {
  const std::string unit = pick(kUnits, seed + index);
  const double annual_min = 40000 + (seed * 1237 + index * 911) % 90000;
  const double factor = unit == "hourly"     ? 2080
                        : unit == "biweekly" ? 26
                        : unit == "monthly"  ? 12
                                             : 1;
  const double min = std::round(annual_min / factor * 100) / 100,
               max = std::round(annual_min * 1.3 / factor * 100) / 100;
  return {{"id", "pay-" + std::to_string(index + 1)},
          {"classification", classification},
          {"range", std::to_string(300 + index)},
          {"unit", unit},
          {"min", min},
          {"max", max},
          {"steps", json::array()},
          {"effective_date", nullptr},
          {"context", "schedule"},
          {"document", "doc-2"},
          {"text", classification + " $" + std::to_string(min) + " - $" + std::to_string(max)},
          {"pages", {2, 2}}};
}

}  // namespace

int record_count(const SyntheticCounts& counts) {
  return counts.class_specs + counts.resolutions + counts.pay_ranges + counts.agenda_items;
}

json synthetic_packet(int seed, const SyntheticCounts& counts) {
  char sha[65];
  std::snprintf(sha, sizeof sha, "%064x", seed + 1);
  const std::string agency = pick(kAgencies, seed);
  json packet = {{"schema", "agendum/packet/v1"},
                 {"source",
                  {{"file", "synthetic-" + std::to_string(seed) + ".pdf"},
                   {"sha256", sha},
                   {"bytes", 1000 + seed},
                   {"pages", 20},
                   {"producer", nullptr},
                   {"title", nullptr}}},
                 {"pages", json::array()},
                 {"documents", json::array()},
                 {"agenda", nullptr},
                 {"resolutions", json::array()},
                 {"class_specs", json::array()},
                 {"pay_ranges", json::array()},
                 {"diagnostics", json::array()}};
  for (int page = 1; page <= 20; ++page)
    packet["pages"].push_back({{"page", page},
                               {"method", "text"},
                               {"quality", 0.95},
                               {"chars", 1800},
                               {"ocr_confidence", nullptr},
                               {"rotation", 0}});
  packet["documents"].push_back(
      {{"id", "doc-1"}, {"kind", "agenda"}, {"title", "Agenda"}, {"pages", {1, 1}}});
  packet["documents"].push_back(
      {{"id", "doc-2"}, {"kind", "class_spec"}, {"title", nullptr}, {"pages", {2, 20}}});
  for (int i = 0; i < counts.class_specs; ++i) {
    const int n = seed * 13 + i;
    const std::string title = std::string(pick(kLevels, n)) + " " + pick(kJobs, n / 3);
    packet["class_specs"].push_back(
        {{"id", "spec-" + std::to_string(i + 1)},
         {"title", title},
         {"title_as_printed", title},
         {"jurisdiction", agency},
         {"class_code", std::to_string(1000 + n % 9000)},
         {"bargaining_unit", nullptr},
         {"flsa", "exempt"},
         {"status", nullptr},
         {"salary", json::array({pay_range(seed, i, title)})},
         {"definition", "Under general direction, " + sentence(n)},
         {"distinguishing_characteristics", nullptr},
         {"supervision_received", nullptr},
         {"supervision_exercised", nullptr},
         {"duties", items(n, 6)},
         {"other_duties", json::array()},
         {"knowledge", items(n + 50, 4)},
         {"skills", json::array()},
         {"abilities", items(n + 90, 3)},
         {"education_experience", "Graduation from college and two years of experience."},
         {"licenses", json::array()},
         {"special_requirements", nullptr},
         {"career_ladder", nullptr},
         {"dates", json::array({{{"label", "Revised"}, {"date", date(n)}, {"text", date(n)}}})},
         {"other_sections", json::array()},
         {"competencies", json::array()},
         {"duplicate_of", nullptr},
         {"document", "doc-2"},
         {"pages", {2 + i, 2 + i}}});
  }
  for (int i = 0; i < counts.pay_ranges; ++i)
    packet["pay_ranges"].push_back(
        pay_range(seed, i, std::string(pick(kLevels, seed + i)) + " " + pick(kJobs, seed * 2 + i)));
  for (int i = 0; i < counts.resolutions; ++i) {
    const int n = seed * 17 + i;
    packet["resolutions"].push_back(
        {{"id", "res-" + std::to_string(i + 1)},
         {"number", std::to_string(2000 + n % 24) + "-" + std::to_string(10 + i)},
         {"jurisdiction", agency},
         {"body", "City Council"},
         {"title", "A RESOLUTION OF THE CITY COUNCIL APPROVING " + std::string(pick(kObjects, n))},
         {"status", "adopted"},
         {"recitals",
          json::array({"WHEREAS, the City " + sentence(n), "WHEREAS, staff " + sentence(n + 1)})},
         {"sections", json::array({{{"number", "1"},
                                    {"text", "The Council approves " +
                                                 std::string(pick(kObjects, n + 2)) + "."}}})},
         {"adopted_date", date(n)},
         {"vote", nullptr},
         {"signatories", json::array()},
         {"references", json::array()},
         {"pay_ranges", json::array()},
         {"pages", {10 + i, 11 + i}}});
  }
  if (counts.agenda_items > 0) {
    json agenda = {{"body", agency + " City Council"},
                   {"meeting_type", "regular"},
                   {"date", date(seed)},
                   {"time", "18:00"},
                   {"location", nullptr},
                   {"members", json::array()},
                   {"items", json::array()},
                   {"pages", {1, 1}}};
    for (int i = 0; i < counts.agenda_items; ++i)
      agenda["items"].push_back(
          {{"number", std::to_string(i + 1)},
           {"section", "CONSENT CALENDAR"},
           {"title", "Approve " + std::string(pick(kObjects, seed + i))},
           {"recommendation", "Staff recommends that the Council approve the item."},
           {"document", nullptr}});
    packet["agenda"] = agenda;
  }
  return packet;
}

std::filesystem::path write_packet(const std::filesystem::path& folder, const json& packet) {
  std::filesystem::create_directories(folder / "packets");
  std::filesystem::path path =
      folder / "packets" / (packet["source"]["sha256"].get<std::string>() + ".json");
  std::ofstream(path, std::ios::binary) << packet.dump(2);
  return path;
}

TempFolder::TempFolder(const std::string& name)
    : path_(std::filesystem::temp_directory_path() /
            ("agendum-" + name + "-" + std::to_string(getpid()))) {
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempFolder::~TempFolder() {
  std::error_code error;
  std::filesystem::remove_all(path_, error);
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const SampleOutputs& sample_outputs() {
  static const SampleOutputs outputs = [] {
    SampleOutputs made;
    made.temp = std::make_unique<TempFolder>("sample-outputs");
    made.folder = made.temp->path();
    std::ofstream records(made.folder / "records.jsonl", std::ios::binary);
    for (const char* sample :
         {"carson_19-110", "la_director_systems", "diamondbar_packet", "torrance_packet"}) {
      const std::filesystem::path extracted = made.folder / (std::string(sample) + ".extracted");
      run_agendum("extract " + source_path(std::string("samples/") + sample + ".pdf") + " -o " +
                  extracted.string());
      json packet = json::parse(read_text(extracted), nullptr, false);
      std::filesystem::remove(extracted);
      if (packet.is_discarded()) continue;
      write_packet(made.folder, packet);
      const std::string sha = packet["source"]["sha256"], file = packet["source"]["file"];
      auto line = [&](const char* kind, json record) {
        record["kind"] = kind;
        record["packet"] = sha;
        record["file"] = file;
        records << record.dump() << "\n";
      };
      for (const json& spec : packet["class_specs"]) line("class_spec", spec);
      for (const json& resolution : packet["resolutions"]) line("resolution", resolution);
      for (const json& pay : packet["pay_ranges"]) line("pay_range", pay);
      if (packet["agenda"].is_object()) line("agenda", packet["agenda"]);
      made.packets.push_back(std::move(packet));
    }
    return made;
  }();
  return outputs;
}

}  // namespace agendum::testing
