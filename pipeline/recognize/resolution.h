// Resolutions and ordinances as segmentation and the resolution extractor both read them: the
// words an enactment is made of, as patterns, in one place. A resolution opens with a
// "RESOLUTION NO." heading, recites (WHEREAS ...), resolves (NOW, THEREFORE, BE IT RESOLVED),
// sets out sections and closes with an adoption clause, a vote and signatures; an ordinance
// ordains (DOES ORDAIN) instead of resolving.
//
// Every keyword is matched as OCR prints it too (cues.h, ocr_tolerant: "RES0LUTION",
// "WHEREA S", "VVHEREAS"), and the patterns are found anywhere in a line, so text whose line
// breaks were lost still shows its structure. Patterns have no capturing groups unless said.
#pragma once

#include <re2/re2.h>

#include <string>

namespace agendum {

// The word "RESOLUTION" as printed or OCR'd ("RESOLUHON", "Reso1ution"), for use inside
// other patterns; "ORDINANCE" likewise.
const std::string& resolution_word();
const std::string& ordinance_word();

// "WHEREAS", "Whereas", "WHEREA S". Prose also says "whereas"; a recital opens with a capital.
const RE2& whereas_pattern();

// Where recitals give way to what the body resolves: "NOW, THEREFORE, BE IT RESOLVED",
// "NOW THEREFORE, THE CITY COUNCIL ... RESOLVES", "BE IT RESOLVED", "RESOLVED, that".
const RE2& operative_pattern();

// The words only a resolution's operative part says: "BE IT RESOLVED", "RESOLVED, that",
// "RESOLVES AS FOLLOWS", "hereby resolves". "NOW, THEREFORE" alone is not among them: an
// agreement ("the parties agree as follows") and an ordinance say it too.
const RE2& resolves_pattern();

// "DOES ORDAIN", "BE IT ORDAINED", "ORDAINS AS FOLLOWS".
const RE2& ordains_pattern();

// The adoption clause in its set forms: "PASSED, APPROVED AND ADOPTED this 10th day of ...",
// "Approved and adopted at a regular meeting", "ADOPTED: August 26, 1985", "ADOPTED this ...".
const RE2& adoption_pattern();

// An adoption told in a sentence that opens with its verb: "Passed at the April 8, 2024 City
// Council Meeting (4-1 vote)", "Adopted by the City Council on May 5, 2020", "Approved by
// the City of Elm Grove this 9th day of July 1984". It adopts only when a date follows.
const RE2& adoption_sentence_pattern();

}  // namespace agendum
