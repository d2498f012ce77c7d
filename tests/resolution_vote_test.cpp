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

}  // namespace
}  // namespace agendum
