// Class specifications in the layouts other agencies print (none of them is a bundled sample):
// state civil-service web prints, a state series with several classes, New York civil-service
// specs, job-bulletin web prints, grids of labels over values, and the same specs flattened or
// read by OCR. The wording is our own; only the layouts follow what agencies publish.
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/class_spec.h"
#include "pipeline/core/record_names.h"
#include "pipeline/recognize/spec_headings.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

struct Read {
  std::vector<DocumentSpan> documents;
  std::vector<ClassSpec> specs;
};

Read read(std::string_view markup) {
  CleanText text = testing::clean_from_markup(markup);
  std::vector<Diagnostic> diagnostics;
  Read out;
  out.documents = segment_packet(text, diagnostics);
  out.specs = extract_class_specs(text, out.documents, {}, diagnostics);
  return out;
}

bool has_item(const std::vector<Item>& items, std::string_view start) {
  return std::any_of(items.begin(), items.end(),
                     [&](const Item& item) { return item.text.rfind(start, 0) == 0; });
}

std::string kinds(const std::vector<DocumentSpan>& documents) {
  std::string out;
  for (const DocumentSpan& doc : documents)
    out += (out.empty() ? "" : ",") + std::string(name_of(doc.kind));
  return out;
}

// A state personnel board spec printed from its web page: the title in large type, a caption
// naming the board, labelled codes and dates, mixed-case headings, alternatives ("Either I" /
// "Or II") under Minimum Qualifications and run-in "Knowledge of:" / "Ability to:" lists.
constexpr std::string_view kStateWebPrint = R"(# Warehouse Worker (Ports Division)

**State Personnel Board Specification**

Schematic Code: QX41
Class Code: 2317
Established: 04/11/1983
Revised: 09/30/1997
Title Changed: --

**Definition**

Under supervision, to receive, store and issue materials and equipment at a port warehouse; to keep simple stock records; and to do other related work.

**Distinguishing Characteristics**

Incumbents work under close direction and do not lead the work of others.

**Typical Tasks**

Unloads trucks and checks shipments against invoices; stacks and stores materials in assigned bins; issues supplies to crews on requisition; keeps stock cards current; operates forklifts and pallet jacks.

**Minimum Qualifications**

**Either I**

Six months of experience in state service performing the duties of a Laborer.

**Or II**

One year of experience in warehouse or stockroom work.

Possession of a valid driver license of the appropriate class is required.

**Knowledge and Abilities**

Knowledge of: Methods of storing and stacking materials; safe lifting practices; simple record keeping.

Ability to: Lift and carry heavy objects; read and write English at the level required; follow oral and written directions; keep simple records.

**Special Physical Characteristics**

Strength and stamina to lift objects weighing up to 75 pounds.

Updated: 2/14/2011
)";

TEST(ClassSpecAgencies, StateWebPrint) {
  Read got = read(kStateWebPrint);
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Warehouse Worker (Ports Division)");
  EXPECT_EQ(spec.class_code, "2317");
  EXPECT_FALSE(spec.flsa);
  ASSERT_TRUE(spec.definition);
  EXPECT_EQ(spec.definition->rfind("Under supervision, to receive", 0), 0u);
  EXPECT_TRUE(spec.distinguishing_characteristics);
  // The run-in list of tasks: one item a clause.
  ASSERT_EQ(spec.duties.size(), 5u);
  EXPECT_EQ(spec.duties[0].text, "Unloads trucks and checks shipments against invoices");
  EXPECT_EQ(spec.duties[4].text, "operates forklifts and pallet jacks.");
  ASSERT_EQ(spec.knowledge.size(), 3u);
  EXPECT_EQ(spec.knowledge[1].text, "safe lifting practices");
  EXPECT_EQ(spec.abilities.size(), 4u);
  ASSERT_TRUE(spec.education_experience);
  EXPECT_NE(spec.education_experience->find("Either I"), std::string::npos);
  EXPECT_NE(spec.education_experience->find("One year of experience in warehouse"),
            std::string::npos);
  // The licence the qualifications require.
  ASSERT_EQ(spec.licenses.size(), 1u);
  EXPECT_EQ(spec.licenses[0].text.rfind("Possession of a valid driver license", 0), 0u);
  ASSERT_TRUE(spec.special_requirements);
  ASSERT_EQ(spec.dates.size(), 3u);
  EXPECT_EQ(spec.dates[0].label, "Established");
  EXPECT_EQ(spec.dates[0].date, "1983-04-11");
  EXPECT_EQ(spec.dates[1].date, "1997-09-30");
  EXPECT_EQ(spec.dates[2].label, "Updated");
  EXPECT_TRUE(spec.other_sections.empty());
}

// A state series: three classes in one document, a table of their codes, sections whose
// paragraphs name the level they describe, and a history table dating each class.
constexpr std::string_view kStateSeries = R"(# Park Maintenance Series

**State Personnel Board Specification**

Series established May 1, 1990

**Scope**

The classes in this series maintain grounds, trails and facilities in state parks and do other related work.

Park Maintenance Series Specification - Class Titles and Codes

**Schem Code	Class Code	Class**
PK10	2210	Park Maintenance Worker I
PK20	2211	Park Maintenance Worker II
PK30	2212	Park Maintenance Supervisor

**Definition of Levels**

**All Levels:**

May be assigned to remote units and rotating shifts.

**Park Maintenance Worker I**

This is the entry level. Under close supervision, incumbents learn to mow, prune and clean park grounds.

**Park Maintenance Worker II**

This is the journey level. Under general supervision, incumbents repair trails, fences and restrooms.

**Park Maintenance Supervisor**

Under direction, plans and supervises the work of a maintenance crew.

**Typical Tasks**

**Park Maintenance Worker (Various Levels)**

Mows lawns; prunes shrubs; empties refuse containers; cleans restrooms and picnic areas.

**Park Maintenance Supervisor**

Assigns and inspects the work of crews; orders supplies; trains new workers; prepares time reports.

**Minimum Qualifications**

**All Levels:**

Possession of a valid driver license.

**Park Maintenance Worker II**

One year of experience as a Park Maintenance Worker I.

**Park Maintenance Supervisor**

Two years of experience as a Park Maintenance Worker II.

**Knowledge and Abilities**

**All Levels:**

Knowledge of: Hand and power tools; safe work practices; basic landscaping methods.

**Park Maintenance Supervisor**

Ability to: Plan and schedule work; train and evaluate staff; keep records; write clear reports.

**Class History**

**Class	Date Established	Date Revised	Title Changed**
Park Maintenance Worker I	05/01/1990	08/15/2006	--
Park Maintenance Worker II	05/01/1990	08/15/2006	--
Park Maintenance Supervisor	07/01/1992	--	--
)";

TEST(ClassSpecAgencies, StateSeriesGivesOneRecordPerClass) {
  Read got = read(kStateSeries);
  ASSERT_EQ(kinds(got.documents), "class_spec");
  EXPECT_EQ(got.documents[0].title, "Park Maintenance Series");
  ASSERT_EQ(got.specs.size(), 3u);
  const ClassSpec& first = got.specs[0];
  const ClassSpec& second = got.specs[1];
  const ClassSpec& supervisor = got.specs[2];
  EXPECT_EQ(first.title, "Park Maintenance Worker I");
  EXPECT_EQ(first.class_code, "2210");
  EXPECT_EQ(second.class_code, "2211");
  EXPECT_EQ(supervisor.title, "Park Maintenance Supervisor");
  EXPECT_EQ(supervisor.class_code, "2212");
  // Each level reads the paragraphs under its own name, and those for all levels.
  ASSERT_TRUE(first.definition && second.definition && supervisor.definition);
  EXPECT_NE(first.definition->find("entry level"), std::string::npos);
  EXPECT_EQ(first.definition->find("journey level"), std::string::npos);
  EXPECT_NE(first.definition->find("remote units"), std::string::npos);
  EXPECT_NE(supervisor.definition->find("plans and supervises"), std::string::npos);
  EXPECT_EQ(supervisor.definition->find("entry level"), std::string::npos);
  // "(Various Levels)" names both workers.
  EXPECT_TRUE(has_item(first.duties, "Mows lawns"));
  EXPECT_TRUE(has_item(second.duties, "Mows lawns"));
  EXPECT_FALSE(has_item(supervisor.duties, "Mows lawns"));
  EXPECT_TRUE(has_item(supervisor.duties, "Assigns and inspects"));
  EXPECT_EQ(first.licenses.size(), 1u);
  EXPECT_EQ(supervisor.licenses.size(), 1u);
  ASSERT_TRUE(second.education_experience);
  EXPECT_NE(second.education_experience->find("One year"), std::string::npos);
  EXPECT_EQ(second.education_experience->find("Two years"), std::string::npos);
  EXPECT_EQ(first.knowledge.size(), 3u);
  EXPECT_TRUE(first.abilities.empty());
  EXPECT_EQ(supervisor.abilities.size(), 4u);
  // The series' tables are no section text.
  ASSERT_TRUE(first.definition);
  EXPECT_EQ(first.definition->find("PK10"), std::string::npos);
  // The history table dates each class.
  ASSERT_EQ(supervisor.dates.size(), 1u);
  EXPECT_EQ(supervisor.dates[0].label, "Date Established");
  EXPECT_EQ(supervisor.dates[0].date, "1992-07-01");
  EXPECT_EQ(first.dates.size(), 2u);
  for (const ClassSpec& spec : got.specs) EXPECT_FALSE(spec.duplicate_of) << spec.title;
}

// A New York civil-service spec: caps title under the county, headings run into their text,
// one list of knowledges, skills, abilities and personal characteristics.
constexpr std::string_view kNewYorkCivilService = R"(COUNTY OF ELMWOOD

SENIOR PAYROLL CLERK

Jurisdictional Class: Competitive

DISTINGUISHING FEATURES OF THE CLASS: This is responsible clerical work in the preparation of county payrolls. The incumbent checks the work of other clerks and resolves routine pay questions. Supervision is exercised over one or two clerks. Does related work as required.

TYPICAL WORK ACTIVITIES: (Illustrative only)

Reviews time records for completeness and accuracy;
Computes gross pay, deductions and net pay for hourly and salaried employees;
Answers questions from employees about their pay and leave balances;
Prepares periodic reports of payroll costs.

FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS: Thorough knowledge of payroll procedures and terminology; good knowledge of office practices; working knowledge of spreadsheet software; skill in the use of a calculator; ability to compute figures accurately; ability to maintain confidential records; tact; courtesy; physical condition commensurate with the demands of the position.

MINIMUM QUALIFICATIONS: Either:

(a) Graduation from high school and two years of clerical experience, one of which must have involved payroll work; or

(b) An equivalent combination of training and experience as defined by the limits of (a) above.

Adopted: 06/12/2008
Revised: 03/04/2019
)";

TEST(ClassSpecAgencies, NewYorkCivilService) {
  Read got = read(kNewYorkCivilService);
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Senior Payroll Clerk");
  EXPECT_EQ(spec.jurisdiction, "County of Elmwood");
  ASSERT_TRUE(spec.distinguishing_characteristics);
  EXPECT_EQ(spec.distinguishing_characteristics->rfind("This is responsible clerical work", 0), 0u);
  ASSERT_EQ(spec.duties.size(), 4u);
  EXPECT_EQ(spec.duties[0].text, "Reviews time records for completeness and accuracy;");
  // The one list sorted by how each item begins.
  ASSERT_EQ(spec.knowledge.size(), 3u);
  EXPECT_EQ(spec.knowledge[1].text, "good knowledge of office practices");
  ASSERT_EQ(spec.skills.size(), 1u);
  ASSERT_EQ(spec.abilities.size(), 2u);
  ASSERT_EQ(spec.other_sections.size(), 1u);
  EXPECT_EQ(spec.other_sections[0].text.rfind("tact; courtesy", 0), 0u);
  ASSERT_TRUE(spec.education_experience);
  EXPECT_NE(spec.education_experience->find("two years of clerical experience"), std::string::npos);
  ASSERT_EQ(spec.dates.size(), 2u);
  EXPECT_EQ(spec.dates[1].date, "2019-03-04");
}

// A job bulletin printed from its web page: the browser's header and footer on every page,
// the title in large type over the salary and the bulletin's labelled fields, and the
// bulletin's sections (Description, Example of Duties, Minimum Qualifications, Supplemental
// Information).
constexpr std::string_view kBulletinWebPrint = R"(1/12/24, 9:05 AM	Job Bulletin
# Water Quality Technician

$58,240.00 - $74,360.00 Annually

Location: Riverbend, CA
Job Type: Full-Time
Job Number: 2024-0031
Department: Public Works
Opening Date: 01/05/2024
Closing Date: 1/26/2024 5:00 PM Pacific

**Description**

Under general supervision, collects water samples and performs laboratory tests to ensure that the city's drinking water meets state and federal standards.

**Example of Duties**

- Collects water samples from wells, reservoirs and the distribution system.
- Performs bacteriological and chemical analyses in the laboratory.
- Calibrates and maintains laboratory instruments.
https://www.governmentjobs.com/careers/riverbend/jobs/print/4321	1/2
<<page>>
1/12/24, 9:05 AM	Job Bulletin
- Records results and prepares compliance reports.

**Minimum Qualifications**

Education: An associate degree in chemistry, biology or a closely related field.

Experience: One year of experience in a water or wastewater laboratory.

License: Possession of a valid Class C driver license and a Grade T2 Water Treatment Operator certificate.

**Supplemental Information**

Candidates who pass the screening will be invited to an oral interview.
https://www.governmentjobs.com/careers/riverbend/jobs/print/4321	2/2
)";

TEST(ClassSpecAgencies, JobBulletinWebPrint) {
  Read got = read(kBulletinWebPrint);
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Water Quality Technician");
  EXPECT_FALSE(spec.class_code);  // a bulletin's job number is no class code
  ASSERT_TRUE(spec.definition);
  EXPECT_EQ(spec.definition->rfind("Under general supervision, collects", 0), 0u);
  ASSERT_EQ(spec.duties.size(), 4u);
  EXPECT_EQ(spec.duties[3].text, "Records results and prepares compliance reports.");
  ASSERT_TRUE(spec.education_experience);
  EXPECT_NE(spec.education_experience->find("associate degree"), std::string::npos);
  EXPECT_NE(spec.education_experience->find("One year of experience"), std::string::npos);
  ASSERT_EQ(spec.licenses.size(), 1u);
  ASSERT_EQ(spec.other_sections.size(), 1u);
  EXPECT_EQ(spec.other_sections[0].heading, "Supplemental Information");
  EXPECT_EQ(spec.other_sections[0].text.find("governmentjobs"), std::string::npos);
  bool closing = std::any_of(spec.dates.begin(), spec.dates.end(),
                             [](const SpecDate& date) { return date.label == "Closing Date"; });
  EXPECT_TRUE(closing);
}

// Printed without type sizes (a plain-text print, a scan's OCR): the bulletin's title is the
// line over its salary.
TEST(ClassSpecAgencies, JobBulletinTitleOverTheSalaryLine) {
  std::string markup(kBulletinWebPrint);
  markup.replace(markup.find("# Water"), 2, "");
  Read got = read(markup);
  ASSERT_EQ(got.specs.size(), 1u);
  EXPECT_EQ(got.specs[0].title, "Water Quality Technician");
  EXPECT_EQ(got.documents[0].title, "Water Quality Technician");
}

// A header printed as a grid: a row of labels over a row of values.
TEST(ClassSpecAgencies, HeaderGridOfLabelsOverValues) {
  Read got = read(R"(CITY OF LAKEVIEW

**Class Title	Class Code	Pay Grade	FLSA**
Senior Accountant	2231	28	Exempt

**DEFINITION**

Under general direction, performs professional accounting work and leads accounting staff.

**ESSENTIAL DUTIES**

- Prepares the annual financial statements.
- Reconciles general ledger accounts.

**KNOWLEDGE, SKILLS AND ABILITIES**

Knowledge of:

- Governmental accounting standards.

Ability to:

- Analyze financial data.
)");
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Senior Accountant");
  EXPECT_EQ(spec.class_code, "2231");
  EXPECT_EQ(spec.flsa, Flsa::exempt);
  EXPECT_EQ(spec.jurisdiction, "City of Lakeview");
  EXPECT_EQ(spec.duties.size(), 2u);
  EXPECT_EQ(spec.knowledge.size(), 1u);
  EXPECT_EQ(spec.abilities.size(), 1u);
  EXPECT_EQ(got.documents[0].title, "Senior Accountant");
}

// A two-column header the layout joined into one line: the title and its code.
TEST(ClassSpecAgencies, TitleAndCodeJoinedOnOneLine) {
  Read got = read(R"(Attachment A

PARKS MAINTENANCE WORKER II Class Code: 6120
Bargaining Unit: General Employees

DEFINITION:

Under general supervision, performs skilled park maintenance work.

EXAMPLES OF ESSENTIAL DUTIES:

- Repairs irrigation systems.
)");
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  EXPECT_EQ(got.specs[0].title, "Parks Maintenance Worker II");
  EXPECT_EQ(got.specs[0].class_code, "6120");
  EXPECT_EQ(got.specs[0].bargaining_unit, "General Employees");
}

// A title printed under its label, and a spec that opens with a statement of duties.
TEST(ClassSpecAgencies, LabelledTitleAndStatementOfDuties) {
  Read got = read(R"(Board of Water Commissioners
Class Title: Senior Meter Reader
Classification: Non-Exempt
Salary Grade: 14

GENERAL STATEMENT OF DUTIES: Reads water meters on an assigned route and leads other meter readers.

ILLUSTRATIVE EXAMPLES OF WORK:

- Reads and records meter registers.
- Reports leaks and damaged meters.

REQUIRED KNOWLEDGE, SKILLS AND ABILITIES: Good knowledge of the service area; ability to read meters accurately.

ACCEPTABLE EXPERIENCE AND TRAINING: One year of experience as a Meter Reader.
)");
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Senior Meter Reader");
  ASSERT_TRUE(spec.definition);
  EXPECT_EQ(spec.definition->rfind("Reads water meters", 0), 0u);
  EXPECT_EQ(spec.duties.size(), 2u);
  EXPECT_EQ(spec.knowledge.size(), 1u);
  EXPECT_EQ(spec.abilities.size(), 1u);
  EXPECT_TRUE(spec.education_experience);
  EXPECT_EQ(match_heading("Supervisory Responsibilities")->field, SpecField::supervision_exercised);
  EXPECT_EQ(match_heading("EMPLOYMENT STANDARDS")->field, SpecField::qualifications);
  EXPECT_EQ(match_heading("Position Overview")->field, SpecField::definition);
  EXPECT_EQ(match_heading("Physical and Mental Requirements")->field,
            SpecField::special_requirements);
}

// A header printed as a two-column box: each label left of its value.
TEST(ClassSpecAgencies, HeaderBoxOfLabelCells) {
  Read got = read(R"(**Class Title**	Equipment Mechanic
**Class Code**	4410
**FLSA Status**	Non-Exempt
**Bargaining Unit**	Operating Engineers

**JOB SUMMARY**

Under supervision, repairs and maintains the city's fleet of light and heavy equipment.

**ESSENTIAL FUNCTIONS**

- Diagnoses engine, brake and hydraulic failures.
- Performs scheduled preventive maintenance.

**MINIMUM QUALIFICATIONS**

Three years of experience repairing heavy equipment.
)");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Equipment Mechanic");
  EXPECT_EQ(spec.class_code, "4410");
  EXPECT_EQ(spec.flsa, Flsa::non_exempt);
  EXPECT_EQ(spec.bargaining_unit, "Operating Engineers");
  EXPECT_EQ(spec.duties.size(), 2u);
  ASSERT_TRUE(spec.education_experience);
}

// A university's web-printed spec: the code before the title, FLSA in a sentence, the
// collective bargaining unit under its abbreviation.
TEST(ClassSpecAgencies, CodeBeforeTitleWebPrint) {
  Read got = read(R"(# 5120 - Library Services Specialist

Job Family: Library Services
Pay Plan: USPS
This position is FLSA Exempt
CBU Code: 22B, Clerical Unit of the Public Employees Council

**Description:**

Plans and coordinates circulation and interlibrary loan services for a branch library.

**Education/Experience:**

A bachelor's degree and two years of library experience.

**Recommended Competencies:**

Service Orientation - Ability to respond to patrons courteously.
)");
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Library Services Specialist");
  EXPECT_EQ(spec.class_code, "5120");
  EXPECT_EQ(spec.flsa, Flsa::exempt);
  ASSERT_TRUE(spec.bargaining_unit);
  EXPECT_NE(spec.bargaining_unit->find("Clerical Unit"), std::string::npos);
  ASSERT_TRUE(spec.education_experience);
  EXPECT_EQ(spec.education_experience->rfind("A bachelor's degree", 0), 0u);
  ASSERT_EQ(spec.other_sections.size(), 1u);
  EXPECT_EQ(spec.other_sections[0].heading, "Recommended Competencies");
}

// OCR and narrow columns wrap a long heading: its last word and colon open the next line.
TEST(ClassSpecAgencies, HeadingWrappedOntoTheNextLine) {
  std::string markup(kNewYorkCivilService);
  const std::string one_line =
      "FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS:";
  markup.replace(markup.find(one_line), one_line.size(),
                 "FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL\nCHARACTERISTICS:");
  Read got = read(markup);
  ASSERT_EQ(got.specs.size(), 1u);
  EXPECT_EQ(got.specs[0].knowledge.size(), 3u);
  EXPECT_EQ(got.specs[0].abilities.size(), 2u);
  ASSERT_EQ(got.specs[0].other_sections.size(), 1u);
  EXPECT_EQ(got.specs[0].other_sections[0].heading,
            "FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS");
}

// The New York spec with its body's line breaks lost (archive viewers keep the short lines
// of a header and run the rest together): headings found inside the one long line.
TEST(ClassSpecAgencies, FlattenedNewYorkSpec) {
  std::string_view printed = kNewYorkCivilService;
  size_t features = printed.find("DISTINGUISHING");
  std::string markup(printed.substr(0, features));
  for (char c : printed.substr(features)) markup.push_back(c == '\n' ? ' ' : c);
  markup += "\n";
  Read got = read(markup);
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Senior Payroll Clerk");
  EXPECT_TRUE(spec.distinguishing_characteristics);
  EXPECT_EQ(spec.knowledge.size(), 3u);
  EXPECT_EQ(spec.abilities.size(), 2u);
  ASSERT_TRUE(spec.education_experience);
  EXPECT_NE(spec.education_experience->find("Graduation from high school"), std::string::npos);
}

// The state web print with its line breaks lost after the title block.
TEST(ClassSpecAgencies, FlattenedStateSpec) {
  Read got = read(
      "# Warehouse Worker (Ports Division)\n"
      "Class Code: 2317\n"
      "Definition: Under supervision, to receive, store and issue materials and equipment at a "
      "port warehouse; and to do other related work. Typical Tasks: Unloads trucks and checks "
      "shipments against invoices; stacks and stores materials in assigned bins; issues "
      "supplies to crews on requisition; keeps stock cards current. Minimum Qualifications: One "
      "year of experience in warehouse or stockroom work. Knowledge of: Methods of storing "
      "materials; safe lifting practices; simple record keeping. Ability to: Lift and carry "
      "heavy objects; follow oral and written directions; keep simple records.\n");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Warehouse Worker (Ports Division)");
  EXPECT_EQ(spec.class_code, "2317");
  EXPECT_EQ(spec.duties.size(), 4u);
  EXPECT_EQ(spec.knowledge.size(), 3u);
  EXPECT_EQ(spec.abilities.size(), 3u);
  EXPECT_TRUE(spec.education_experience);
}

// What OCR makes of a spec: I read for l, 0 for o, 1 for l, rn for m, words split.
TEST(ClassSpecAgencies, OcrNoisyHeadingsAndLabels) {
  Read got = read(R"(SENIOR ACCOUNTANT

CIass Code: 22l1
FLSA: Exernpt

DEFlNITION:

Under general direction, performs professional accounting work.

EXARNPLES 0F ESSENTIAL DUTIES:

- Prepares the annual financial statements.
- Reconciles general ledger accounts.

Know1edge of:

- Governmental accounting standards.

Abi lity to:

- Analyze financial data.

LICENSES AND CERTIFICATI0NS

Possession of a valid driver license.
)");
  ASSERT_EQ(kinds(got.documents), "class_spec");
  ASSERT_EQ(got.specs.size(), 1u);
  const ClassSpec& spec = got.specs[0];
  EXPECT_EQ(spec.title, "Senior Accountant");
  EXPECT_EQ(spec.class_code, "2211");
  EXPECT_EQ(spec.flsa, Flsa::exempt);
  EXPECT_TRUE(spec.definition);
  EXPECT_EQ(spec.duties.size(), 2u);
  EXPECT_EQ(spec.knowledge.size(), 1u);
  EXPECT_EQ(spec.abilities.size(), 1u);
  EXPECT_EQ(spec.licenses.size(), 1u);
}

TEST(ClassSpecAgencies, HeadingsOfOtherAgencies) {
  EXPECT_EQ(match_heading("DISTINGUISHING FEATURES OF THE CLASS:")->field,
            SpecField::distinguishing);
  EXPECT_EQ(match_heading("TYPICAL WORK ACTIVITIES")->field, SpecField::duties);
  EXPECT_EQ(match_heading("Typical Tasks")->field, SpecField::duties);
  EXPECT_EQ(match_heading("Example of Duties")->field, SpecField::duties);
  EXPECT_EQ(match_heading("Description")->field, SpecField::definition);
  EXPECT_EQ(match_heading("Definition of Series")->field, SpecField::definition);
  EXPECT_EQ(match_heading("Minimum Qualifications")->field, SpecField::education_experience);
  EXPECT_EQ(match_heading("FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL "
                          "CHARACTERISTICS")
                ->field,
            SpecField::knowledge_skills_abilities);
  EXPECT_EQ(match_heading("Special Personal Characteristics")->field,
            SpecField::special_requirements);
  EXPECT_EQ(match_heading("Class History")->field, SpecField::dates);
  // A document's name is no section of it.
  EXPECT_FALSE(match_heading("Job Description"));
  // OCR's misreadings are mended only into heading words.
  EXPECT_EQ(match_heading("EXAMPLES 0F DUTlES")->field, SpecField::duties);
  EXPECT_EQ(match_heading("Know ledge of:")->field, SpecField::knowledge);
  EXPECT_FALSE(match_heading("Either I"));
  EXPECT_FALSE(match_heading("Supplemental Information"));
}

}  // namespace
}  // namespace agendum
