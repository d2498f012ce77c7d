// The agenda extractor on other agencies' agendas (real PDFs kept outside the repository).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "extractors/agenda.h"
#include "pipeline/pdf/read_pdf.h"
#include "pipeline/segment/segment.h"
#include "pipeline/text/clean.h"

namespace agendum {
namespace {

const std::string kCorpus = std::string(AGENDUM_SOURCE_DIR) + "/../shared/corpus/real/";

struct Extracted {
  std::vector<DocumentSpan> documents;
  std::optional<Agenda> agenda;
};

std::optional<Extracted> extract(const std::string& name) {
  std::string path = kCorpus + name;
  if (!std::filesystem::exists(path)) return std::nullopt;
  ReadOptions options;
  options.ocr = OcrMode::never;
  options.jobs = 1;
  Result<ReadResult> read = read_pdf(path, options);
  EXPECT_TRUE(read.ok()) << read.status().message();
  if (!read.ok()) return Extracted{};
  std::vector<Diagnostic> diagnostics;
  CleanText text = clean_pages(read.value().pages, diagnostics);
  Extracted out;
  out.documents = segment_packet(text, diagnostics);
  out.agenda = extract_agenda(text, out.documents, diagnostics);
  return out;
}

std::string numbers(const Agenda& agenda) {
  std::string out;
  for (const AgendaItem& item : agenda.items) out += (out.empty() ? "" : " ") + item.number;
  return out;
}

TEST(AgendaCorpus, CityCouncilAgendaWithLetteredConsentCalendar) {
  std::optional<Extracted> result = extract("ranchopalosverdes_ca_cc_agenda_2022-12-06.pdf");
  if (!result) GTEST_SKIP() << "corpus file not available";
  ASSERT_TRUE(result->agenda.has_value());
  const Agenda& agenda = *result->agenda;
  EXPECT_EQ(result->documents.front().kind, DocumentKind::agenda);
  EXPECT_EQ(agenda.body, "Rancho Palos Verdes City Council");
  EXPECT_EQ(agenda.meeting_type, "regular");
  EXPECT_EQ(agenda.date, "2022-12-06");
  EXPECT_EQ(agenda.time, "19:00");
  EXPECT_EQ(agenda.members.size(), 5u);
  EXPECT_NE(numbers(agenda).find("A. B. C. D. E. F. G. H."), std::string::npos) << numbers(agenda);
  for (const AgendaItem& item : agenda.items) {
    if (item.number.size() == 2 && item.number[1] == '.' &&
        std::isupper(static_cast<unsigned char>(item.number[0]))) {
      EXPECT_EQ(item.section, "CONSENT CALENDAR") << item.number;
      EXPECT_TRUE(item.recommendation.has_value()) << item.number;
    }
  }
}

TEST(AgendaCorpus, MemorandumAgendaAsATable) {
  std::optional<Extracted> result = extract("philadelphia_pa_csc_agenda_results_2021-03-17.pdf");
  if (!result) GTEST_SKIP() << "corpus file not available";
  ASSERT_TRUE(result->agenda.has_value());
  const Agenda& agenda = *result->agenda;
  EXPECT_EQ(agenda.body, "Philadelphia Civil Service Commission");
  EXPECT_EQ(agenda.date, "2021-03-17");
  EXPECT_EQ(numbers(agenda), "1. 2. 3. 4. 5. 6. 7. 8. 9. 10. 11. 12. 13. 14.");
  EXPECT_EQ(agenda.items.front().section, "CLASSIFICATION AND PAY ITEMS");
}

}  // namespace
}  // namespace agendum
