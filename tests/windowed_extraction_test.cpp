// A long packet extracted a window at a time is the packet extracted whole: the bundled
// packets longer than a window, and a packet of several samples glued together, give the
// same JSON, byte for byte, through extract_packet_into (windows, PacketWriter) as through
// extract_packet (one pass, packet_to_json).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "pipeline/export/packet_json.h"
#include "pipeline/export/packet_writer.h"
#include "pipeline/run/run.h"
#include "pipeline/run/windows.h"
#include "tests/support/command.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

ReadOptions text_layer_only() {
  ReadOptions options;
  options.ocr = OcrMode::never;
  options.jobs = 1;
  return options;
}

std::string whole(const std::string& pdf) {
  Result<Extraction> extraction = extract_packet(pdf, text_layer_only());
  EXPECT_TRUE(extraction.ok()) << extraction.status().message();
  return packet_to_json(extraction.value().packet).dump(2) + "\n";
}

std::string windowed(const std::string& pdf, const WindowOptions& windows) {
  PacketWriter writer;
  Result<WrittenPacket> written =
      extract_packet_into(pdf, text_layer_only(), writer, "", {}, windows);
  EXPECT_TRUE(written.ok()) << written.status().message();
  std::ostringstream out;
  Status finished = writer.finish(written.value().source, out);
  EXPECT_TRUE(finished.ok()) << finished.message();
  return out.str();
}

// The bundled packets are under the whole-packet threshold: the writer path prints what
// packet_to_json prints.
TEST(WindowedExtraction, PacketsUnderTheThresholdComeOutAsWhole) {
  for (const char* sample : {"samples/diamondbar_packet.pdf", "samples/torrance_packet.pdf"}) {
    const std::string pdf = testing::source_path(sample);
    EXPECT_EQ(windowed(pdf, {}), whole(pdf)) << sample;
  }
}

// The bundled agenda packets in windows of 12 pages: the agenda is on the first pages and the
// staff reports its items name run on through later windows. Every item names the same
// document as in one pass (and the packets come out the same whole).
TEST(WindowedExtraction, AgendaItemsNameDocumentsOfLaterWindows) {
  for (const char* sample : {"samples/diamondbar_packet.pdf", "samples/torrance_packet.pdf"}) {
    const std::string pdf = testing::source_path(sample);
    WindowOptions small;
    small.whole_packet_pages = 8;
    small.window_pages = 12;
    const nlohmann::json in_windows = nlohmann::json::parse(windowed(pdf, small));
    const nlohmann::json in_one_pass = nlohmann::json::parse(whole(pdf));
    size_t linked_beyond_first_window = 0;
    for (const nlohmann::json& item : in_one_pass["agenda"]["items"]) {
      if (!item["document"].is_string()) continue;
      for (const nlohmann::json& document : in_one_pass["documents"])
        if (document["id"] == item["document"] && document["pages"][0].get<int>() > 12)
          ++linked_beyond_first_window;
    }
    EXPECT_GE(linked_beyond_first_window, 5u) << sample;
    EXPECT_EQ(in_windows["agenda"], in_one_pass["agenda"]) << sample;
    EXPECT_EQ(in_windows["documents"], in_one_pass["documents"]) << sample;
  }
}

// Resolutions linked across windows of 4 pages, as one pass links them: minutes (pages 1-2)
// adopt Resolution No. 2024-17 by roll call and a report (page 3) cites No. 2019-05; both are
// printed pages later (5 and 7). One record each, in the print's place: 2024-17 with the
// minutes' vote and date, 2019-05 printed, not a "referenced" record beside it.
TEST(WindowedExtraction, ResolutionsLinkAcrossWindows) {
  const std::string packet = R"(CITY OF ALDER CREEK
MINUTES OF THE CITY COUNCIL
REGULAR MEETING MARCH 4, 2024
CALL TO ORDER: Mayor Ruiz called the Regular City Council meeting to order at 7:00 p.m.
<<page>>
C/Okafor moved, C/Lind seconded, to adopt Resolution No. 2024-17, approving the revised salary schedule.
Motion carried by the following Roll Call vote: AYES: COUNCIL MEMBERS: Lind, Okafor, Park, Ruiz
NOES: COUNCIL MEMBERS: None ABSENT: COUNCIL MEMBERS: None
ADJOURNMENT: Mayor Ruiz adjourned the meeting at 8:10 p.m.
<<page>>
STAFF REPORT
TO: Honorable Mayor and Members of the City Council
FROM: Director of Human Resources
SUBJECT: Revised Salary Schedule
The Council set the current schedule by Resolution No. 2019-05 in January 2019.
<<page>>
The schedule below replaces it from July 1, 2024.
<<page>>
RESOLUTION NO. 2024-17
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ALDER CREEK APPROVING A REVISED SALARY SCHEDULE
WHEREAS, the City last revised its salary schedule in 2019.
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Alder Creek as follows:
Section 1. The revised salary schedule is approved.
<<page>>
PASSED, APPROVED AND ADOPTED this 4th day of March, 2024.
<<page>>
RESOLUTION NO. 2019-05
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ALDER CREEK ADOPTING A SALARY SCHEDULE
WHEREAS, the City adopts a salary schedule each year.
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Alder Creek as follows:
Section 1. The salary schedule is adopted.
<<page>>
PASSED, APPROVED AND ADOPTED this 15th day of January, 2019.
)";
  Extraction whole_packet = extract_from_pages(testing::pages_from_markup(packet), {});
  PacketWriter writer;
  WindowedExtraction windows(writer, 4, 1);
  windows.add(testing::pages_from_markup(packet), {});
  windows.finish();
  SourceInfo source;
  source.file = "alder_creek.pdf";
  source.sha256 = std::string(64, '0');
  source.pages = 7;
  std::ostringstream out;
  Status finished = writer.finish(source, out);
  ASSERT_TRUE(finished.ok()) << finished.message();
  const nlohmann::json in_windows = nlohmann::json::parse(out.str());
  const nlohmann::json in_one_pass = packet_to_json(whole_packet.packet);
  EXPECT_EQ(in_windows["resolutions"], in_one_pass["resolutions"]);
  ASSERT_EQ(in_windows["resolutions"].size(), 2u) << in_windows["resolutions"].dump(1);
  const nlohmann::json& adopted = in_windows["resolutions"][0];
  EXPECT_EQ(adopted["number"], "2024-17");
  EXPECT_EQ(adopted["status"], "adopted");
  EXPECT_EQ(adopted["adopted_date"], "2024-03-04");
  EXPECT_EQ(adopted["vote"]["ayes"].size(), 4u);
  EXPECT_EQ(adopted["pages"][0], 5);
  EXPECT_EQ(in_windows["resolutions"][1]["number"], "2019-05");
  EXPECT_NE(in_windows["resolutions"][1]["status"], "referenced");
}

nlohmann::json without_cross_window_spec_links(nlohmann::json packet) {
  for (nlohmann::json& spec : packet["class_specs"]) {
    spec.erase("duplicate_of");
    spec.erase("status");
  }
  return packet;
}

// Windows of 16 pages over a packet of five packets glued together (resolutions with pay
// ranges, a resolution printed twice, class specs, a competency model, redlines): documents
// carried and cut at window ends. Every record is the same as in one pass, except the links a
// window cannot see: a class spec's duplicate_of and its status when they come from another
// window's spec or caption.
TEST(WindowedExtraction, WindowsOverGluedSamplesGiveTheSameRecords) {
  const std::string glued = ::testing::TempDir() + "windowed_glued.pdf";
  std::string command = "pdfunite";
  for (const char* sample : {"samples/carson_19-110.pdf", "samples/la_director_systems.pdf",
                             "samples/mixed_carson_torrance.pdf", "samples/carson_19-110.pdf",
                             "samples/la_director_systems.pdf"})
    command += " " + testing::source_path(sample);
  command += " " + glued;
  ASSERT_EQ(std::system(command.c_str()), 0);
  WindowOptions small;
  small.whole_packet_pages = 8;
  small.window_pages = 16;
  const nlohmann::json in_windows = nlohmann::json::parse(windowed(glued, small));
  const nlohmann::json in_one_pass = nlohmann::json::parse(whole(glued));
  std::remove(glued.c_str());
  ASSERT_EQ(in_windows["pages"].size(), 43u);
  for (const char* section : {"agenda", "documents", "pages", "pay_ranges", "resolutions",
                              "minutes", "market_comparisons", "diagnostics", "source"})
    EXPECT_EQ(in_windows[section], in_one_pass[section]) << section;
  // 19-110, printed twice, and the two resolutions it cites
  EXPECT_EQ(in_windows["resolutions"].size(), 3u);
  EXPECT_EQ(without_cross_window_spec_links(in_windows)["class_specs"],
            without_cross_window_spec_links(in_one_pass)["class_specs"]);
}

// The repeated real agenda (../shared): one agenda document over every window, cut at each,
// its items joined into one agenda up to its ADJOURNMENT: the one-pass packet, also in 8-page
// windows.
TEST(WindowedExtraction, AnAgendaOverManyWindowsComesOutAsWhole) {
  const std::string corpus = testing::corpus_dir();
  if (corpus.empty()) GTEST_SKIP() << "../shared/corpus is not here";
  const std::string agenda = corpus + "/ranchopalosverdes_ca_cc_agenda_2022-12-06.pdf";
  const std::string glued = ::testing::TempDir() + "windowed_agenda.pdf";
  std::string command = "pdfunite";
  for (int copy = 0; copy < 6; ++copy) command += " " + agenda;
  command += " " + glued;
  ASSERT_EQ(std::system(command.c_str()), 0);
  WindowOptions small;
  small.whole_packet_pages = 8;
  small.window_pages = 8;
  const std::string in_windows = windowed(glued, small);
  const std::string in_one_pass = whole(glued);
  std::remove(glued.c_str());
  // The agenda's outline ends at the first copy's ADJOURNMENT, whose item holds its own page
  // either way. One pass lets the agenda document run on to the packet's end; the windows stop
  // at the page the adjournment is printed on. Everything else is byte for byte the same.
  auto without_run_on = [](const std::string& text) {
    nlohmann::json packet = nlohmann::json::parse(text);
    packet["agenda"].erase("pages");
    EXPECT_EQ(packet["agenda"]["items"].back()["title"], "ADJOURNMENT");
    return packet.dump(2);
  };
  EXPECT_EQ(without_run_on(in_windows), without_run_on(in_one_pass));
}

}  // namespace
}  // namespace agendum
