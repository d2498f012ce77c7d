// Minutes records end to end through the agendum command: the two sets of minutes in the
// Diamond Bar sample packet, and the council minutes written in samples/layouts/.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "schemas/validate.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

using nlohmann::json;
using testing::run_agendum;
using testing::source_path;

json extract(const std::string& relative) {
  testing::CommandResult result = run_agendum("extract " + source_path(relative));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  json packet = json::parse(result.out, nullptr, false);
  EXPECT_FALSE(packet.is_discarded());
  EXPECT_EQ(validate_packet(packet), std::vector<std::string>{});
  return packet;
}

std::vector<std::string> names(const json& list) { return list.get<std::vector<std::string>>(); }

TEST(MinutesSamples, DiamondBarPacketMinutes) {
  json packet = extract("samples/diamondbar_packet.pdf");
  // The study session's minutes and the regular meeting's, both of May 19, 2020.
  ASSERT_EQ(packet["minutes"].size(), 2u);
  const json& study = packet["minutes"][0];
  EXPECT_EQ(study["meeting_type"], "study session");
  EXPECT_EQ(study["date"], "2020-05-19");
  const json& regular = packet["minutes"][1];
  EXPECT_EQ(regular["meeting_type"], "regular");
  EXPECT_EQ(regular["date"], "2020-05-19");
  EXPECT_EQ(regular["body"], "Diamond Bar City Council");
  EXPECT_EQ(names(regular["present"]),
            (std::vector<std::string>{"Andrew Chou", "Ruth Low", "Jennifer \u201cFred\u201d Mahlke",
                                      "Nancy Lyons", "Steve Tye"}));
  ASSERT_EQ(regular["motions"].size(), 2u);
  const json& consent = regular["motions"][0];
  EXPECT_EQ(consent["moved_by"], "Lyons");
  EXPECT_EQ(consent["seconded_by"], "Mahlke");
  EXPECT_EQ(consent["text"], "approve the Consent Calendar as presented.");
  EXPECT_EQ(consent["result"], "carried");
  EXPECT_EQ(consent["item"], "3.");
  EXPECT_EQ(consent["vote"]["ayes"].size(), 5u);
  const json& hearing = regular["motions"][1];
  EXPECT_EQ(hearing["moved_by"], "Malke");
  EXPECT_EQ(hearing["seconded_by"], "Low");
  EXPECT_EQ(hearing["resolution"], "2020-13");
  EXPECT_EQ(hearing["item"], "4.1");
  EXPECT_EQ(hearing["vote"]["noes"].size(), 0u);
  // The packet has its own agenda (June 2), so the minutes do not stand in for it.
  EXPECT_EQ(packet["agenda"]["date"], "2020-06-02");
}

TEST(MinutesSamples, CouncilMinutesLayout) {
  json packet = extract("samples/layouts/council_minutes.pdf");
  ASSERT_EQ(packet["minutes"].size(), 1u);
  const json& minutes = packet["minutes"][0];
  EXPECT_EQ(minutes["body"], "Cedar Bluff City Council");
  EXPECT_EQ(minutes["date"], "2024-04-08");
  EXPECT_EQ(minutes["location"], "Council Chambers, 55 Granite Way");
  EXPECT_EQ(names(minutes["present"]),
            (std::vector<std::string>{"Avery", "Delgado", "Fitch", "Okoro", "Sandoval"}));
  EXPECT_TRUE(minutes["absent"].empty());
  ASSERT_EQ(minutes["motions"].size(), 4u);
  EXPECT_EQ(minutes["motions"][0]["item"], "4.");  // it names the Consent Calendar
  EXPECT_EQ(minutes["motions"][1]["resolution"], "2024-22");
  EXPECT_EQ(names(minutes["motions"][1]["vote"]["noes"]), std::vector<std::string>{"Fitch"});
  // "The motion died for lack of a second."
  EXPECT_EQ(minutes["motions"][2]["moved_by"], "Fitch");
  EXPECT_TRUE(minutes["motions"][2]["seconded_by"].is_null());
  EXPECT_EQ(minutes["motions"][2]["result"], "failed");
  EXPECT_EQ(minutes["motions"][3]["vote"]["ayes_count"], 5);
}

}  // namespace
}  // namespace agendum
