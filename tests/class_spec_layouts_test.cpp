// Class specifications in the layouts the seed packets show, each from a few real lines.
#include <gtest/gtest.h>

#include "extractors/class_spec.h"
#include "extractors/spec_header.h"
#include "pipeline/recognize/spec_headings.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

std::vector<ClassSpec> specs_from(std::string_view markup) {
  CleanText text = testing::clean_from_markup(markup);
  std::vector<Diagnostic> diagnostics;
  return extract_class_specs(text, segment_packet(text, diagnostics), {}, diagnostics);
}

size_t count_changed(const std::vector<Item>& items, Change change) {
  size_t n = 0;
  for (const Item& item : items) n += item.change == change;
  return n;
}

// Torrance, exported from the HR system: title first, labels below it, headings in caps.
constexpr std::string_view kHeaderExported =
    R"(Attachment: A) Deputy City Clerk II Class Specification

CITY CLERK II, DEPUTY

Class Code:
1125

Bargaining Unit: Torrance Professional
& Supervisory Association

CITY OF TORRANCE
Revision Date: Aug 1, 2017

SALARY RANGE

$33.29 - $46.95 Hourly
$5,770.27 - $8,138.00 Monthly

DEFINITION:

Under direction, plans, organizes and manages the Legislative and Elections Management or the Citywide Records Management sections of the City Clerk's Office; and performs related work as required.

DISTINGUISHING CHARACTERISTICS / SUPERVISION EXERCISED/RECEIVED:

This is the supervisory/senior level in the series and is distinguished from the Deputy City Clerk III in that the incumbent is primarily responsible for supervising a functional unit of the City Clerk's Office not the overall daily operation of the department.

Receives direction from the Deputy City Clerk III and the City Clerk. Exercises direct supervision over assigned office support positions.

EXAMPLES OF ESSENTIAL DUTIES:

ATTACHMENT A

The following duties represent the principal job duties; however, they are not all inclusive.

- Organizes, plans, and oversees the day-to-day operations of an assigned section;
- Assists with functions performed by line staff as necessary to maintain adequate service levels;

In addition to the duties listed above, incumbents assigned to the specific sections listed below perform the following:

Records Management

- Plans, organizes and oversees the city-wide records management program and document imaging system;
- Monitors expiration dates of ongoing documents;

Legislative & Elections

- Assists the City Clerk in the preparation and execution of municipal elections;

Examples of Other Duties

The following duties represent duties that are generally performed by this position, but are not considered to be principal job duties:

- Attends department, City Council and Commission meetings, as required;
- Performs related duties as required.

QUALIFICATION GUIDELINES:

EDUCATION AND EXPERIENCE:

Graduation from a college or university with a Bachelor's degree in Public Administration, Business Administration, or a related field.

LICENSES AND CERTIFICATIONS

Possession of a valid Class C California Driver's License and a safe driving record.

A valid Notary Public License must be obtained prior to the completion of the probationary period and maintained thereafter.

Knowledge of:

- Legal requirements of local, state and federal laws relating to records retention and destruction;
- Principles, practices and procedures of automated and manual records management, retrieval and storage including micrographics, electronic imaging, automated
<<page>>
- information retrieval systems and computer systems and software related to maintaining municipal records;
- Principles of leadership, supervision and training;

Ability to:

- Analyze, identify and correct problems in records management;
- Design and develop accurate record keeping systems;

SPECIAL REQUIREMENTS:

Work Environment

Essential duties of this classification are primarily performed in a dynamic office environment that may include frequent interruptions and/or a high level of public contact.

CAREER LADDER INFORMATION:

Experience gained in this classification may serve to meet the minimum requirements for promotion to Deputy City Clerk III.

ESTABLISHED /REVISED DATE:

Re-Titled/Revised Date: May 2015
Re-Titled/Revised Date: August 2017
Dept. Review Date: March 2023
)";

TEST(ClassSpecLayouts, HeaderExportedTorrance) {
  auto specs = specs_from(kHeaderExported);
  ASSERT_EQ(specs.size(), 1u);
  const ClassSpec& spec = specs[0];
  EXPECT_EQ(spec.id, "spec-1");
  EXPECT_EQ(spec.title, "Deputy City Clerk II");
  EXPECT_EQ(spec.title_as_printed, "CITY CLERK II, DEPUTY");
  EXPECT_EQ(spec.class_code, "1125");
  EXPECT_EQ(spec.bargaining_unit, "Torrance Professional & Supervisory Association");
  EXPECT_EQ(spec.jurisdiction, "City of Torrance");
  ASSERT_TRUE(spec.definition);
  EXPECT_EQ(spec.definition->rfind("Under direction, plans", 0), 0u);
  ASSERT_TRUE(spec.distinguishing_characteristics);
  EXPECT_NE(spec.distinguishing_characteristics->find("supervisory/senior level"),
            std::string::npos);
  EXPECT_EQ(spec.supervision_received,
            "Receives direction from the Deputy City Clerk III and the City Clerk.");
  EXPECT_EQ(spec.supervision_exercised,
            "Exercises direct supervision over assigned office support positions.");

  ASSERT_EQ(spec.duties.size(), 5u);
  EXPECT_EQ(spec.duties[0].text,
            "Organizes, plans, and oversees the day-to-day operations of an assigned section;");
  EXPECT_FALSE(spec.duties[0].area);
  EXPECT_EQ(spec.duties[2].area, "Records Management");
  EXPECT_EQ(spec.duties[3].area, "Records Management");
  EXPECT_EQ(spec.duties[4].area, "Legislative & Elections");
  EXPECT_EQ(spec.other_duties.size(), 2u);

  // The page break split one item and left a marker on its second half.
  ASSERT_EQ(spec.knowledge.size(), 3u);
  EXPECT_NE(spec.knowledge[1].text.find("automated information retrieval systems"),
            std::string::npos);
  EXPECT_EQ(spec.abilities.size(), 2u);
  ASSERT_EQ(spec.licenses.size(), 2u);
  EXPECT_EQ(spec.licenses[1].text.rfind("A valid Notary Public License", 0), 0u);
  ASSERT_TRUE(spec.education_experience);
  ASSERT_TRUE(spec.special_requirements);
  EXPECT_EQ(spec.special_requirements->rfind("Work Environment\nEssential duties", 0), 0u);
  ASSERT_TRUE(spec.career_ladder);
  EXPECT_EQ(spec.career_ladder->find("Re-Titled"), std::string::npos);

  ASSERT_EQ(spec.dates.size(), 4u);
  EXPECT_EQ(spec.dates[0].label, "Revision Date");
  EXPECT_EQ(spec.dates[0].text, "Aug 1, 2017");
  EXPECT_EQ(spec.dates[1].label, "Re-Titled/Revised Date");
  EXPECT_EQ(spec.dates[3].label, "Dept. Review Date");
  EXPECT_EQ(spec.dates[3].text, "March 2023");
  EXPECT_FALSE(spec.status);  // nothing says proposed or revised, and nothing is struck
}

// Torrance, a Word draft with redlines: title alone above mixed headings, struck items.
constexpr std::string_view kWordDraftRedlined =
    R"(Attachment: A) Administrative Assistant Class Specification (Pending Approval of April 11, 2023 Council Item)

ADMINISTRATIVE ASSISTANT

DEFINITION

Under general supervision, performs a variety of advanced clerical and routine administrative work of a general or specialized nature in support of the operations of an assigned division or departmental function.

SUPERVISION EXERCISED/ RECEIVED:

Receives general supervision from a Senior Administrative Assistant, Supervising Administrative Assistant or a designated manager; incumbents may provide training and/or direction to less experienced office support staff.

EXAMPLES OF ESSENTIAL DUTIES

The following duties represent the principal job duties; however they may vary depending upon actual assignment and are not all-inclusive.

- Processes various forms such as time and leave records; personnel forms, purchase requisitions, invoices and other forms specific to the operations of assigned work unit.

- Opens, sorts, and distributes incoming and outgoing mail.

Examples of Other Duties

- Attends division and department meetings as required.

QUALIFICATION GUIDELINES

Knowledge of:

- Telephone etiquette and principles of effective public relations;
- ~~Proper written and spoken English including spelling, grammar and punctuation;~~
- ~~Business math principles and the arithmetic of~~
business correspondence;
- English usage, spelling, grammar, syntax and punctuation and business math;

Ability to:

- Accurately type a variety of documents from printed materials, rough draft and/or as dictated and independently prepare correspondence and memorandum from brief instructions;
- ~~Spell correctly, use proper English and accurately make basic arithmetic calculations;~~
- **Proofread and detect errors in typing, spelling, syntax and punctuation;**
- Establish and maintain effective working relationships with those contacted in the course of work ~~subordinates, coworkers, management~~

LICENSE/CERTIFICATION REQUIRED

Possession of a valid California Class C Driver License and safe driving record may be required for assignment to some positions in the classification.
)";

TEST(ClassSpecLayouts, WordDraftWithRedlines) {
  auto specs = specs_from(kWordDraftRedlined);
  ASSERT_EQ(specs.size(), 1u);
  const ClassSpec& spec = specs[0];
  EXPECT_EQ(spec.title, "Administrative Assistant");
  EXPECT_EQ(spec.status, SpecStatus::revised);  // redlines present
  EXPECT_EQ(spec.duties.size(), 2u);
  EXPECT_EQ(spec.other_duties.size(), 1u);
  ASSERT_EQ(spec.knowledge.size(), 4u);
  EXPECT_EQ(spec.knowledge[1].change, Change::deleted);
  EXPECT_EQ(spec.knowledge[1].text,
            "Proper written and spoken English including spelling, grammar and punctuation;");
  EXPECT_EQ(count_changed(spec.knowledge, Change::deleted), 2u);
  // A struck sentence's second line that escaped the strike stays with it.
  EXPECT_EQ(spec.knowledge[2].text,
            "Business math principles and the arithmetic of business correspondence;");
  ASSERT_EQ(spec.abilities.size(), 4u);
  EXPECT_EQ(spec.abilities[1].change, Change::deleted);
  EXPECT_EQ(spec.abilities[2].change, Change::inserted);
  EXPECT_EQ(spec.abilities[2].text,
            "Proofread and detect errors in typing, spelling, syntax and punctuation;");
  // Inline deletion: dropped from the accepted text, kept beside it.
  EXPECT_EQ(spec.abilities[3].text,
            "Establish and maintain effective working relationships with those contacted in the "
            "course of work");
  ASSERT_EQ(spec.abilities[3].deleted.size(), 1u);
  EXPECT_EQ(spec.abilities[3].deleted[0], "subordinates, coworkers, management");
  EXPECT_FALSE(spec.abilities[3].change);
  ASSERT_EQ(spec.licenses.size(), 1u);
  EXPECT_TRUE(spec.supervision_received);
}

// Struck text stays out of accepted text sections too.
TEST(ClassSpecLayouts, StruckParagraphNeverInAcceptedText) {
  auto specs = specs_from(R"(DEPUTY CITY ATTORNEY II

Definition

Under general direction, performs a wide variety of duties involving infractions and misdemeanors, civil litigation, general municipal practice.

Supervision Exercised/Received

~~The Deputy City Attorney II will typically be working under the supervision of a Deputy City Attorney III or an Assistant City Attorney.~~

Receives general direction from the Assistant City Attorney or Deputy City Attorney III; may serve as a lead and provide training to professional and support staff.

Examples of Essential Duties

- May lead and direct the work of ~~clerical employees~~ professional and support staff, making detailed work assignments.

Special Requirements

~~Active membership in the State Bar of California is required.~~

Requires the ability to exert a small amount of physical effort in sedentary to light work.
)");
  ASSERT_EQ(specs.size(), 1u);
  const ClassSpec& spec = specs[0];
  ASSERT_TRUE(spec.supervision_received);
  EXPECT_EQ(spec.supervision_received->find("typically be working"), std::string::npos);
  ASSERT_TRUE(spec.special_requirements);
  EXPECT_EQ(*spec.special_requirements,
            "Requires the ability to exert a small amount of physical effort in sedentary to light "
            "work.");
  ASSERT_EQ(spec.duties.size(), 1u);
  EXPECT_EQ(spec.duties[0].text,
            "May lead and direct the work of professional and support staff, making detailed work "
            "assignments.");
  EXPECT_EQ(spec.duties[0].deleted, std::vector<std::string>{"clerical employees"});
}

// Torrance Word draft with a fused heading and title-case headings with colons.
TEST(ClassSpecLayouts, FusedHeadingSplits) {
  auto specs = specs_from(R"(LEAD RANGER

Definition:

Under general supervision of the Ranger Supervisor, proactively enforces public park rules as well as compliance with laws pertaining to dogs and other animals.

Examples of Essential Duties:

- Responds to service requests; maintains daily log of activities; completes other reports as directed.
- Reviews daily public reporting on animal control issues.

Qualification Guidelines**Knowledge of:**

- General principles and practices of park security.
- Report writing techniques.

Ability to:

- Ride a bike.

Licenses and Certificates

Must possess and maintain a Class C California Driver's License.

Career Ladder Information:

Experience gained in this classification may serve to meet the minimum requirements for promotion to Ranger Supervisor.
)");
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].title, "Lead Ranger");
  EXPECT_EQ(specs[0].knowledge.size(), 2u);
  EXPECT_EQ(specs[0].abilities.size(), 1u);
  EXPECT_EQ(specs[0].duties.size(), 2u);
  EXPECT_TRUE(specs[0].other_sections.empty());
}

// Duty areas printed as bold labels inside the item ("**Park Services:** Leads, ...").
TEST(ClassSpecLayouts, InlineBoldAreaLabel) {
  auto specs = specs_from(R"(MAINTENANCE WORKER, LEAD

DEFINITION:

Under general supervision, assists, leads, instructs, directs and monitors the work of a small crew.

EXAMPLES OF ESSENTIAL DUTIES:

- **Park Services:** Leads, instructs, assists, and ensures the safety of a small crew engaged in the care and maintenance of landscape activities.
- **Streetscape:** Leads, instructs, assists, and ensures the safety of a small crew engaged in the care and maintenance of landscape and trees.

Knowledge of:

- Methods, materials, tools and equipment used in the maintenance of parks;
)");
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].title, "Lead Maintenance Worker");
  ASSERT_EQ(specs[0].duties.size(), 2u);
  EXPECT_EQ(specs[0].duties[0].area, "Park Services");
  EXPECT_EQ(specs[0].duties[0].text.rfind("Leads, instructs", 0), 0u);
  EXPECT_EQ(specs[0].duties[1].area, "Streetscape");
  EXPECT_FALSE(specs[0].duties[0].change);  // bold labels are not insertions in a clean spec
}

// Carson, Exhibit A of a resolution: labels first, title last, numbered and struck duties.
constexpr std::string_view kCarsonExhibit = R"(RESOLUTION NO. 19-110

Section 2. The new classification specifications for **SYSTEMS COORDINATOR**, attached hereto as Exhibit A, assigned to the AMERICAN FEDERATION OF STATE, COUNTY AND MUNICIPAL EMPLOYEES (AFSCME), Local 809, is hereby adopted.

By: _____
City Clerk

CITY OF CARSON

City Council Reso. No:

08-065XX-XXX

Class Specification

Bargaining Unit:

AFSCME

FLSA: Non-Exempt

~~DIVISION SECRETARY – INFORMATION TECHNOLOGY~~
SYSTEMS COORDINATOR

Job Summary:

Under general supervision, provides secretarial support work in the Management Information Services division; receives and coordinates or responds to city employees' IT requests for a variety of computer related services.

Essential Duties and Responsibilities:

(These functions are representative and may not be present in all positions in the class.)

- ~~1. Responds to inquiries from city staff regarding the basic functions of software programs including, but not limited to, MS Word and Excel; conducts systems training as necessary.~~
1. Coordinates and prioritizes the referral of IT service requests to Computer Support Technicians & Interns utilizing internal Service Request system for IT staff.
2. First line IT support; screens and answers all IT requests via website, email, walkups, or phone calls.
- ~~7-14.~~ Performs a variety of word processing and general clerical tasks in support of the ~~MISIT~~ Manager, ~~IT~~ and ~~GIS~~ staff.

Qualification Guidelines:

A typical way to obtain the requisite qualifications to perform the duties of this class is as follows:

Education and/or Experience:

~~High school diploma or GED~~ 4 Year College Degree and ~~three and a half (3 1/2)~~ five (5) years of increasingly responsible full-time paid experience.

Knowledge of:

- ~~ITIL Principles~~
- Modern office procedures, methods, and equipment.

Skill and/or Ability to:

- ~~Type at a speed of 60 net words per minute.~~
 - Proofread own work and the work of others.

License and Certificate:

Possession of a valid California Class C driver's license.

Physical Requirements and Working Conditions:

Employee accommodations for physical or mental disabilities will be considered on a case-by-case basis. Positions in this class normally:

- Require talking, hearing, and vision (which may be corrected) to read small print.
)";

TEST(ClassSpecLayouts, CarsonExhibitRedlined) {
  auto specs = specs_from(kCarsonExhibit);
  ASSERT_EQ(specs.size(), 1u);
  const ClassSpec& spec = specs[0];
  EXPECT_EQ(spec.title, "Systems Coordinator");
  EXPECT_EQ(spec.jurisdiction, "City of Carson");
  EXPECT_EQ(spec.bargaining_unit, "AFSCME");
  EXPECT_EQ(spec.flsa, Flsa::non_exempt);
  EXPECT_EQ(spec.status, SpecStatus::revised);
  ASSERT_TRUE(spec.definition);
  EXPECT_EQ(spec.definition->rfind("Under general supervision, provides", 0), 0u);
  ASSERT_EQ(spec.duties.size(), 4u);
  EXPECT_EQ(spec.duties[0].change, Change::deleted);
  EXPECT_EQ(spec.duties[0].text.rfind("Responds to inquiries", 0), 0u);
  EXPECT_EQ(spec.duties[1].text.rfind("Coordinates and prioritizes", 0), 0u);
  EXPECT_EQ(spec.duties[3].text,
            "Performs a variety of word processing and general clerical tasks in support of the "
            "Manager, and staff.");
  EXPECT_EQ(spec.duties[3].deleted, (std::vector<std::string>{"7-14.", "MISIT", "IT", "GIS"}));
  ASSERT_TRUE(spec.education_experience);
  EXPECT_EQ(spec.education_experience->find("High school"), std::string::npos);
  EXPECT_EQ(spec.knowledge.size(), 2u);
  ASSERT_EQ(spec.abilities.size(), 2u);
  EXPECT_EQ(spec.abilities[0].change, Change::deleted);
  EXPECT_EQ(spec.licenses.size(), 1u);
  ASSERT_TRUE(spec.special_requirements);
  EXPECT_NE(spec.special_requirements->find("read small print"), std::string::npos);
  ASSERT_EQ(spec.other_sections.size(), 1u);
  EXPECT_EQ(spec.other_sections[0].heading, "Qualification Guidelines");
}

// Job bulletins and archive viewers flatten a spec onto one line; the consultant template
// names its sections differently.
TEST(ClassSpecLayouts, FlattenedConsultantTemplate) {
  auto specs = specs_from(
      "ACCOUNTING TECHNICIAN Definition: Under general supervision, performs a variety of "
      "paraprofessional accounting duties in the Finance Department; and performs related work "
      "as required. Supervision Received and Exercised: Receives general supervision from the "
      "Finance Manager. Exercises no supervision of staff. Class Characteristics: This is the "
      "journey-level class in the accounting series. Examples of Typical Job Functions: "
      "• Reconciles bank statements and general ledger accounts. • Prepares journal entries "
      "and supporting schedules. • Processes accounts payable and receivable. Qualifications: "
      "Knowledge of: • Principles and practices of governmental accounting. Ability to: "
      "• Maintain accurate financial records. Physical Demands: Mobility to work in a standard "
      "office setting and use standard office equipment. Environmental Elements: Employees work "
      "in an office environment with moderate noise levels.\n");
  ASSERT_EQ(specs.size(), 1u);
  const ClassSpec& spec = specs[0];
  EXPECT_EQ(spec.title, "Accounting Technician");
  EXPECT_TRUE(spec.definition);
  EXPECT_EQ(spec.supervision_received, "Receives general supervision from the Finance Manager.");
  EXPECT_EQ(spec.supervision_exercised, "Exercises no supervision of staff.");
  EXPECT_TRUE(spec.distinguishing_characteristics);
  ASSERT_EQ(spec.duties.size(), 3u);
  EXPECT_EQ(spec.duties[1].text, "Prepares journal entries and supporting schedules.");
  EXPECT_EQ(spec.knowledge.size(), 1u);
  EXPECT_EQ(spec.abilities.size(), 1u);
  ASSERT_TRUE(spec.special_requirements);
  EXPECT_NE(spec.special_requirements->find("moderate noise"), std::string::npos);
}

// A consultant's report explaining the template's sections is no spec: no title block.
TEST(ClassSpecLayouts, TemplateDescriptionIsNotASpec) {
  auto specs = specs_from(
      "Working titles should be authorized by Human Resources to ensure consistency within the "
      "City. Definition: This provides a capsule description of the classification and should "
      "give an indication of the type of supervision received, the scope and level of the work, "
      "and any unusual or unique factors. supervision Received and Exercised: This section "
      "specifies which class or classes provide supervision to the classification being "
      "described. Class Characteristics: This can be considered the editorial section of the "
      "description. Examples of Typical Job Functions: This section provides a list of the major "
      "and typical duties. Physical Demands: This section identifies the basic physical "
      "abilities required for performance of the work.\n");
  EXPECT_TRUE(specs.empty());
}

// A staff report quoting the Knowledge of / Ability to lists of a spec is not a spec.
TEST(ClassSpecLayouts, StaffReportQuotingSpecListsIsNotASpec) {
  auto specs = specs_from(R"(SUBJECT: APPROVE THE EXAMINATION FOR STOREKEEPER

RECOMMENDATION:

Recommendation of the Human Resources Director that your Honorable Body approve conducting the Storekeeper examination.

BACKGROUND/ANALYSIS:

The examination will be based upon the Knowledge and Abilities listed in the Qualification Guidelines section of attached Class Specification:

Knowledge of:

- Methods and procedures of warehousing and inventory control;

Ability to:

- Maintain accurate inventory records;

Respectfully submitted,
)");
  EXPECT_TRUE(specs.empty());
}

// The same spec attached twice is one class printed twice; a revised and an existing version
// of one class are two records whose status the attachment list gives.
TEST(ClassSpecLayouts, DuplicatesAndVersions) {
  std::string revised = R"(DEPUTY CITY ATTORNEY II

Definition

Under general direction, performs a wide variety of duties involving infractions and misdemeanors.

Examples of Essential Duties

- Marshals facts, conducts legal research and analyzes applicable legal issues.
- May train other staff members in a variety of areas.

Knowledge of

- Substantive law, procedures and rules of evidence;
)";
  std::string existing = R"(ATTORNEY II, DEPUTY CITY

Class Code:
1411

DEFINITION:

Under general direction, performs a wide variety of duties involving infractions and misdemeanors.

EXAMPLES OF ESSENTIAL DUTIES:

- Marshals facts, conducts legal research and analyzes applicable legal issues;

Knowledge of

- Substantive law, procedures and rules of evidence;
)";
  std::string report = R"(Attachment A) Revised Class Specification Deputy City Attorney II
 B) Existing Class Specification Deputy City Attorney II
 C) Organizational Chart of the City Attorney's Office

)";
  auto specs = specs_from(report + revised + "\n" + existing + "\n" +
                          "Honorable Chair and Members\n\n" + revised);
  ASSERT_EQ(specs.size(), 3u);
  EXPECT_EQ(specs[0].title, "Deputy City Attorney II");
  EXPECT_EQ(specs[1].title, "Deputy City Attorney II");
  EXPECT_EQ(specs[0].status, SpecStatus::revised);
  EXPECT_EQ(specs[1].status, SpecStatus::existing);
  EXPECT_EQ(specs[1].class_code, "1411");
  EXPECT_FALSE(specs[0].duplicate_of);
  EXPECT_FALSE(specs[1].duplicate_of);
  EXPECT_EQ(specs[2].duplicate_of, "spec-1");
  EXPECT_EQ(specs[0].duties.size(), 2u);
}

// Pay ranges inside the spec's lines are its salary; others are not.
TEST(ClassSpecLayouts, SalaryFromPacketPayRanges) {
  CleanText text = testing::clean_from_markup(kHeaderExported);
  PayRange inside;
  inside.id = "pay-1";
  inside.lines = {10, 11};
  PayRange outside;
  outside.id = "pay-2";
  outside.lines = {0, 1};
  std::vector<Diagnostic> diagnostics;
  auto specs =
      extract_class_specs(text, segment_packet(text, diagnostics), {inside, outside}, diagnostics);
  ASSERT_EQ(specs.size(), 1u);
  ASSERT_EQ(specs[0].salary.size(), 1u);
  EXPECT_EQ(specs[0].salary[0].id, "pay-1");
}

// Los Angeles describes some classes by competencies instead of duties.
TEST(ClassSpecLayouts, CompetencyModel) {
  auto specs = specs_from(R"(**COMPETENCY MODEL FOR
DIRECTOR OF SYSTEMS
CLASS CODE 9375**

The following competencies have been identified as those that best separate superior from satisfactory job performance in the class of **DIRECTOR OF SYSTEMS**.

- 3. Judgment and Decision Making
- 21. Technology Application

3. JUDGMENT AND DECISION MAKING – Accurately assesses situations, seeks new information if necessary, and applies all available information to reach sound conclusions/formulate effective response.

Level of Competency Required by Job:

Level 1: Training and guidelines needed to respond to immediate situations within very specific function are provided (or supervisor available to assist).

Level 2: General information and guidance to assist in responding to a variety of situations across a range of circumstances are provided.

**Level 3: Little guidance available for responding to a wide range of complex situations with far-reaching and/or enduring consequences.**

Examples of Behavioral Indicators:

- Effectively responds to atypical situations.
- Asks questions or otherwise obtains additional relevant information to make a decision.
- Considers impact of decisions on all affected parties.

Performance Levels:

Satisfactory

Correctly assesses routine and unusual situations and reaches appropriate conclusions for actions needed.

21. TECHNOLOGY APPLICATION – Correctly applies technology as required on the job; conceptualizes improvements in work through introducing and/or enhancing use of technology.

Level 1: Expert in the use of technology required for own job.

Examples of Behavioral Indicators:

- Demonstrates mastery of technical applications required for current work.
)");
  ASSERT_EQ(specs.size(), 1u);
  const ClassSpec& spec = specs[0];
  EXPECT_EQ(spec.title, "Director of Systems");
  EXPECT_EQ(spec.class_code, "9375");
  ASSERT_EQ(spec.competencies.size(), 2u);
  EXPECT_EQ(spec.competencies[0].number, "3");
  EXPECT_EQ(spec.competencies[0].name, "Judgment and Decision Making");
  EXPECT_EQ(spec.competencies[0].level, "3");
  ASSERT_EQ(spec.competencies[0].indicators.size(), 3u);
  EXPECT_EQ(spec.competencies[0].indicators[2],
            "Considers impact of decisions on all affected parties.");
  EXPECT_EQ(spec.competencies[1].name, "Technology Application");
  EXPECT_FALSE(spec.competencies[1].level);
  EXPECT_EQ(spec.competencies[1].indicators.size(), 1u);
}

// A long title wraps onto a second line.
TEST(ClassSpecLayouts, WrappedTitle) {
  auto specs = specs_from(R"(INFORMATION TECHNOLOGY MANAGER –
APPLICATIONS AND ANALYTICS

Definition

Under direction, plans, organizes, and manages the activities of the Applications and Analytics Division.

Examples of Essential Duties

- Plans, directs and coordinates the work of the division.

Knowledge of:

- Principles of supervision, training and performance evaluation.
)");
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].title_as_printed,
            "INFORMATION TECHNOLOGY MANAGER – APPLICATIONS AND ANALYTICS");
  EXPECT_EQ(specs[0].title, "Information Technology Manager – Applications and Analytics");
}

// A document the segmenter calls a class spec may open on its duties.
TEST(ClassSpecLayouts, SpecDocumentWithoutDefinitionHeading) {
  CleanText text = testing::clean_from_markup(R"(STOREKEEPER

ESSENTIAL FUNCTIONS:

- Receives, checks, stores and issues materials and supplies;
- Maintains inventory records;

Knowledge of:

- Methods and procedures of warehousing and inventory control;

Ability to:

- Maintain accurate inventory records;
)");
  DocumentSpan document;
  document.id = "doc-4";
  document.kind = DocumentKind::class_spec;
  document.pages = {1, 1};
  document.lines = {0, text.lines.size()};
  std::vector<Diagnostic> diagnostics;
  auto specs = extract_class_specs(text, {document}, {}, diagnostics);
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].title, "Storekeeper");
  EXPECT_EQ(display_title("WELDER, R, SENIOR"), "Senior Welder");
  EXPECT_EQ(display_title("CLERK, V, SENIOR"), "Clerk, V, Senior");  // a roman numeral stays
  EXPECT_EQ(specs[0].document, "doc-4");
  EXPECT_EQ(specs[0].duties.size(), 2u);
  EXPECT_TRUE(diagnostics.empty());
  // The extractor reads only what segmentation calls a class spec.
  document.kind = DocumentKind::staff_report;
  EXPECT_TRUE(extract_class_specs(text, {document}, {}, diagnostics).empty());
}

// What OCR does to a spec: a split initial in the title, bullets read as "¢", and only the
// first page scanned (the labelled header vouches for it).
TEST(ClassSpecLayouts, OcrDamage) {
  auto specs = specs_from(R"(s TOREKEEPER	Class Code: 1152

CITY OF TORRANCE
Revision Date: Sep 1, 2017

DEFINITION:

Under general supervision receives, checks, stores, issues, and maintains inventories of equipment, materials and supplies.

EXAMPLES OF ESSENTIAL DUTIES:

* Receive, inspect and accept a variety of materials, equipment and supplies delivered to a City department;
¢ Fills out appropriate inventory control records and places material in appropriate storage shelf or bin;
¢ Issues requisitioned material or supplies to department personnel and maintains inventory records in accordance with
established policy and procedures;
)");
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].title, "Storekeeper");
  EXPECT_EQ(display_title("WELDER, R, SENIOR"), "Senior Welder");
  EXPECT_EQ(display_title("CLERK, V, SENIOR"), "Clerk, V, Senior");  // a roman numeral stays
  EXPECT_EQ(specs[0].class_code, "1152");
  ASSERT_EQ(specs[0].duties.size(), 3u);
  EXPECT_EQ(specs[0].duties[1].text.rfind("Fills out", 0), 0u);
  EXPECT_NE(specs[0].duties[2].text.find("in accordance with established policy"),
            std::string::npos);
  // Without the labelled header, two sections under a caps line are not enough.
  EXPECT_TRUE(specs_from(R"(STOREKEEPER

DEFINITION:

Under general supervision receives, checks, stores, issues, and maintains inventories.

EXAMPLES OF ESSENTIAL DUTIES:

- Fills out appropriate inventory control records;
)")
                  .empty());
}

// Status from the report a spec is attached to and from its own caption.
TEST(ClassSpecLayouts, StatusFromReportAndCaption) {
  std::string spec_body = R"(
DEFINITION:

Under general supervision, performs a variety of routine clerical work.

EXAMPLES OF ESSENTIAL DUTIES:

- Sorts, codes, files, tracks, locates and maintains a variety of logs, records and documents.

Knowledge of:

- Standard office procedures and practices;
)";
  auto revised = specs_from(
      "The City Clerk requested that staff revise the class specification to reflect the "
      "duties of the position.\n\nOFFICE ASSISTANT\n" +
      spec_body);
  ASSERT_EQ(revised.size(), 1u);
  EXPECT_EQ(revised[0].status, SpecStatus::revised);

  auto draft = specs_from("DRAFT\nOFFICE ASSISTANT\n" + spec_body);
  ASSERT_EQ(draft.size(), 1u);
  EXPECT_EQ(draft[0].status, SpecStatus::proposed);

  auto adopted = specs_from(
      "Section 2. The new classification specification for OFFICE ASSISTANT, attached hereto as "
      "Exhibit A, is hereby adopted.\n\nOFFICE ASSISTANT\n" +
      spec_body);
  ASSERT_EQ(adopted.size(), 1u);
  EXPECT_EQ(adopted[0].status, SpecStatus::adopted);

  auto plain = specs_from("OFFICE ASSISTANT\n" + spec_body);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_FALSE(plain[0].status);
}

// A spec ends where the segmenter starts the next spec's document, even above its title.
TEST(ClassSpecLayouts, EndsAtTheNextSpecsDocument) {
  CleanText text = testing::clean_from_markup(R"(SYSTEMS COORDINATOR

Job Summary:

Under general supervision, provides secretarial support work in the Management Information Services division.

Essential Duties and Responsibilities:

- Screens visitors and telephone calls.

Knowledge of:

- Modern office procedures, methods, and equipment.
<<page>>
City of Torrance | Civil Service Commission Regular Meeting April 10, 2023
WELDER, SENIOR

DEFINITION:

Under direction, performs a range of routine to complex/highly skilled repairs and fabrication.

EXAMPLES OF ESSENTIAL DUTIES:

- Fabricates parts and weldments;

Knowledge of

- Basic drafting skills;
)");
  size_t page_two = 0;
  while (text.lines[page_two].page == 1) ++page_two;
  DocumentSpan first{
      "doc-1",     DocumentKind::class_spec, std::nullopt, {1, 1}, {0, page_two}, std::nullopt,
      std::nullopt};
  DocumentSpan second{"doc-2",     DocumentKind::class_spec,      std::nullopt,
                      {2, 2},      {page_two, text.lines.size()}, std::nullopt,
                      std::nullopt};
  std::vector<Diagnostic> diagnostics;
  auto specs = extract_class_specs(text, {first, second}, {}, diagnostics);
  ASSERT_EQ(specs.size(), 2u);
  EXPECT_EQ(specs[0].pages.last, 1);
  EXPECT_EQ(specs[0].document, "doc-1");
  EXPECT_EQ(specs[1].document, "doc-2");
  EXPECT_EQ(specs[1].title, "Senior Welder");
}

TEST(ClassSpecHeadings, LicenseSpellings) {
  for (std::string_view heading :
       {"LICENSE/CERTIFICATION REQUIRED", "LICENSES AND CERTIFICATIONS",
        "License and/or Certificates", "Licenses and Certificates",
        "License and/or Certificates:", "License or Certificate", "License or Certificates",
        "License and/or Certificate", "License and Certificate:"}) {
    auto match = match_heading(heading);
    ASSERT_TRUE(match) << heading;
    EXPECT_EQ(match->field, SpecField::licenses) << heading;
  }
}

TEST(ClassSpecHeadings, FieldsByKeywords) {
  EXPECT_EQ(match_heading("Examples of Other Duties")->field, SpecField::other_duties);
  EXPECT_EQ(match_heading("EXAMPLES OF ESSENTIAL DUTIES:")->field, SpecField::duties);
  EXPECT_EQ(match_heading("Essential Duties and Responsibilities:")->field, SpecField::duties);
  EXPECT_EQ(match_heading("TYPICAL EXAMPLES OF WORK (ILLUSTRATIVE ONLY")->field, SpecField::duties);
  EXPECT_EQ(match_heading("Job Summary:")->field, SpecField::definition);
  EXPECT_EQ(match_heading("GENERAL DEFINITION")->field, SpecField::definition);
  EXPECT_EQ(match_heading("Class Characteristics")->field, SpecField::distinguishing);
  EXPECT_EQ(match_heading("Supervision Received and Exercised")->field, SpecField::supervision);
  EXPECT_EQ(match_heading("Skill and/or Ability to:")->field, SpecField::abilities);
  EXPECT_EQ(match_heading("SKILL IN:")->field, SpecField::skills);
  EXPECT_EQ(match_heading("Physical Demands")->field, SpecField::special_requirements);
  EXPECT_EQ(match_heading("Environmental Elements")->field, SpecField::special_requirements);
  EXPECT_EQ(match_heading("CAREER LADDER INFORMATION:")->field, SpecField::career_ladder);
  EXPECT_EQ(match_heading("CLASS CONCEPT")->field, SpecField::definition);
  EXPECT_EQ(match_heading("Purpose of Classification")->field, SpecField::definition);
  EXPECT_EQ(match_heading("ESSENTIAL JOB FUNCTIONS")->field, SpecField::duties);
  EXPECT_EQ(match_heading("Marginal Functions")->field, SpecField::other_duties);
  EXPECT_EQ(match_heading("EXPERIENCE AND TRAINING GUIDELINES")->field,
            SpecField::education_experience);
  EXPECT_EQ(match_heading("LICENSES, REGISTRATIONS, AND/OR CERTIFICATES")->field,
            SpecField::licenses);
  auto reports = match_heading("Reports To: Public Works Director");
  ASSERT_TRUE(reports);
  EXPECT_EQ(reports->field, SpecField::supervision_received);
  EXPECT_EQ(reports->rest, "Public Works Director");
  EXPECT_EQ(match_heading("Qualification GuidelinesKnowledge of:")->field, SpecField::knowledge);
  auto inline_body = match_heading("Definition: Under general supervision, performs work.");
  ASSERT_TRUE(inline_body);
  EXPECT_EQ(inline_body->heading, "Definition");
  EXPECT_EQ(inline_body->rest, "Under general supervision, performs work.");
  // Prose that mentions duties, area labels and title lines are not headings.
  EXPECT_FALSE(match_heading("Performs related duties as required."));
  EXPECT_FALSE(match_heading("Records Management"));
  EXPECT_FALSE(match_heading("SALARY RANGE"));
  EXPECT_FALSE(match_heading("basic clerical practices"));
  EXPECT_FALSE(match_heading("Definition Under general supervision"));
}

}  // namespace
}  // namespace agendum
