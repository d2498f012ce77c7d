// parse_vote_block() on roll calls as printed under resolutions and recorded in minutes.
#include <gtest/gtest.h>

#include "extractors/vote.h"

namespace agendum {
namespace {

using Names = std::vector<std::string>;

TEST(ParseVoteBlock, MinutesRollCallOnOneLine) {
  std::string text =
      "Motion carried by the following Roll Call vote: AYES: COUNCIL MEMBERS: Chou, Low, Mahlke, "
      "MPT/Lyons, "
      "M/Tye NOES: COUNCIL MEMBERS: None ABSENT: COUNCIL MEMBERS: None 5. COUNCIL CONSIDERATION: "
      "NONE";
  std::optional<VoteBlock> block = parse_vote_block(text);
  ASSERT_TRUE(block);
  ASSERT_TRUE(block->vote);
  EXPECT_EQ(block->vote->ayes, (Names{"Chou", "Low", "Mahlke", "Lyons", "Tye"}));
  EXPECT_EQ(block->vote->noes, Names{});
  EXPECT_EQ(block->vote->absent, Names{});
  EXPECT_FALSE(block->vote->ayes_count);
  EXPECT_EQ(text.substr(block->begin, 5), "AYES:");
  EXPECT_EQ(text.substr(block->end), " 5. COUNCIL CONSIDERATION: NONE");
}

TEST(ParseVoteBlock, BlankTemplateHasNoVote) {
  // Carson 19-110's certification: the labels are printed, the names are not yet.
  std::optional<VoteBlock> block = parse_vote_block(
      "AYES: COUNCIL MEMBERS:\nNOES: COUNCIL MEMBERS:\nABSTAIN: COUNCIL MEMBERS:\nABSENT: COUNCIL "
      "MEMBERS:\n"
      "By: _____\nCity Clerk");
  ASSERT_TRUE(block);
  EXPECT_TRUE(block->blank);
  EXPECT_FALSE(block->vote);
}

TEST(ParseVoteBlock, FlattenedBlankTemplateNeverTakesALabelForAName) {
  std::optional<VoteBlock> block = parse_vote_block(
      "by the following vote: AYES: COUNCIL MEMBERS: NOES: COUNCIL MEMBERS: ABSENT: COUNCIL "
      "MEMBERS: ABSTAIN: "
      "COUNCIL MEMBERS: ________________________________ Kristina Santana, City Clerk");
  ASSERT_TRUE(block);
  EXPECT_TRUE(block->blank);
  EXPECT_FALSE(block->vote);
}

TEST(ParseVoteBlock, NamesAcrossLinesAndAPageStamp) {
  std::optional<VoteBlock> block = parse_vote_block(
      "AYES: COUNCIL MEMBERS: Chou, Low,\nMahlke, 3.1.b Packet Pg. 23 Mayor Pro Tem Lyons, and "
      "Mayor Tye\n"
      "NOES: COUNCIL MEMBERS: None\nABSTAIN: COUNCIL MEMBERS: None\nABSENT: COUNCIL MEMBERS: None\n"
      "ATTEST:\nKristina Santana, City Clerk");
  ASSERT_TRUE(block && block->vote);
  EXPECT_EQ(block->vote->ayes, (Names{"Chou", "Low", "Mahlke", "Lyons", "Tye"}));
  EXPECT_EQ(block->vote->abstain, Names{});
}

TEST(ParseVoteBlock, CountWithNamesAndOcrMemberWord) {
  std::optional<VoteBlock> block = parse_vote_block(
      "AYES: 4 Council Members: Gatto, Gray, Mandelbaum, Westergaard\nNOES: 1 Council Members: "
      "Boesen\n"
      "ABSTENTIONS: None\nABSENT: None");
  ASSERT_TRUE(block && block->vote);
  EXPECT_EQ(block->vote->ayes_count, 4);
  EXPECT_EQ(block->vote->ayes, (Names{"Gatto", "Gray", "Mandelbaum", "Westergaard"}));
  EXPECT_EQ(block->vote->noes, Names{"Boesen"});
  EXPECT_EQ(block->vote->noes_count, 1);

  std::optional<VoteBlock> ocr =
      parse_vote_block("A YES Councllmembers Gatto, Gray and Voss\nNOES Councllmembers None");
  ASSERT_TRUE(ocr && ocr->vote);
  EXPECT_EQ(ocr->vote->ayes, (Names{"Gatto", "Gray", "Voss"}));
}

TEST(ParseVoteBlock, CountWithoutNamesAndHandwritingNoise) {
  // A board resolution with the vote written in by hand: only the count survives.
  std::optional<VoteBlock> block = parse_vote_block(
      "by the following vote:\nA-no\\o._1. Brown) Do._-.J1s) t-ter 1\nAYES 5 A-no\\o._1. "
      "t--e:--h;.D'1 rr1--\nNOES\nABSENT\n"
      "ABSTAIN\nRECUSAL\nKarina Talamantes, Board President David W. Gordon, Board Secretary");
  ASSERT_TRUE(block && block->vote);
  EXPECT_EQ(block->vote->ayes_count, 5);
  EXPECT_EQ(block->vote->ayes, Names{});
  EXPECT_EQ(block->vote->noes, Names{});
  EXPECT_EQ(block->vote->abstain, Names{});
}

TEST(ParseVoteBlock, RollCallTableHeaderIsNeitherAVoteNorABlankTemplate) {
  std::optional<VoteBlock> block = parse_vote_block(
      "COUNCIL ACTION | YEAS | NAYS | PASS | ABSENT CERTIFICATE\nCOWNIE wv\nBOESEN xz I, P. Kay");
  ASSERT_TRUE(block);
  EXPECT_FALSE(block->vote);
  EXPECT_FALSE(block->blank);
}

TEST(ParseVoteBlock, AbsentAndNotVoting) {
  std::optional<VoteBlock> block = parse_vote_block(
      "AYES: Supervisors Serna, Kennedy, Nottoli\nNOES: None\nABSENT AND NOT VOTING: Supervisor "
      "Frost");
  ASSERT_TRUE(block && block->vote);
  EXPECT_EQ(block->vote->ayes, (Names{"Serna", "Kennedy", "Nottoli"}));
  EXPECT_EQ(block->vote->absent, Names{"Frost"});
}

TEST(ParseVoteBlock, ProseIsNotAVote) {
  EXPECT_FALSE(
      parse_vote_block("The Council Member was absent from the meeting; the ayes have it."));
  EXPECT_FALSE(parse_vote_block(""));
}

TEST(StripRolePrefix, Prefixes) {
  EXPECT_EQ(strip_role_prefix("MPT/Lyons"), "Lyons");
  EXPECT_EQ(strip_role_prefix("M/Tye"), "Tye");
  EXPECT_EQ(strip_role_prefix("Mayor Pro Tem Nancy Lyons"), "Nancy Lyons");
  EXPECT_EQ(strip_role_prefix("Council Member Ruth Low"), "Ruth Low");
  EXPECT_EQ(strip_role_prefix("Councilmember Chou"), "Chou");
  EXPECT_EQ(strip_role_prefix("Mayor Steve Tye"), "Steve Tye");
  EXPECT_EQ(strip_role_prefix("David W."), "David W.");
  EXPECT_EQ(strip_role_prefix("Mahlke"), "Mahlke");
}

TEST(ParseVoteTally, CountsWithoutNames) {
  auto counts = [](std::string_view text) {
    std::optional<VoteBlock> block = parse_vote_tally(text);
    if (!block || !block->vote) return std::string("none");
    const Vote& vote = *block->vote;
    auto shown = [](std::optional<int> count) { return count ? std::to_string(*count) : "-"; };
    return shown(vote.ayes_count) + "/" + shown(vote.noes_count) + "/" + shown(vote.absent_count);
  };
  EXPECT_EQ(counts("Passed at the April 8, 2024 City Council Meeting (4-1 vote)"), "4/1/-");
  EXPECT_EQ(counts("adopted by a vote of 5-0"), "5/0/-");
  EXPECT_EQ(counts("approved on a 4 to 1 vote of the Board"), "4/1/-");
  EXPECT_EQ(counts("The motion carried 3-2-1."), "3/2/1");
  EXPECT_EQ(counts("ADOPTED unanimously (5-0) by the Commission"), "5/0/-");
  // A unanimous vote has no noes; how many voted aye it does not say.
  EXPECT_EQ(counts("Passed unanimously by the City Council on May 2, 2022"), "-/0/-");
  // Dates and ranges are not tallies.
  EXPECT_EQ(counts("adopted 5-14-2019 at the regular meeting"), "none");
  EXPECT_EQ(counts("Fiscal Year 2018-19 budget, range 4-12"), "none");
  std::string text = "Passed at the June 1 meeting (4-1 vote) and signed";
  std::optional<VoteBlock> block = parse_vote_tally(text);
  ASSERT_TRUE(block);
  EXPECT_EQ(text.substr(block->begin, block->end - block->begin), "4-1 vote");
}

TEST(ParseVoteBlock, OcrDigitsInLabels) {
  std::optional<VoteBlock> block =
      parse_vote_block("AYE5: Councilrnembers Lund, Okafor\nN0ES: None\nABSENT: Hart");
  ASSERT_TRUE(block);
  ASSERT_TRUE(block->vote);
  EXPECT_EQ(block->vote->ayes, (Names{"Lund", "Okafor"}));
  EXPECT_EQ(block->vote->noes, Names{});
  EXPECT_EQ(block->vote->absent, Names{"Hart"});
}

}  // namespace
}  // namespace agendum
