"""Class specifications in the layouts other agencies print (samples/layouts/spec_*.pdf).

  spec_state_series_web    a state personnel board's series printed from its web page: three
                           classes in one document, a table of their codes, sections whose
                           paragraphs name the level they describe, a history table
  spec_ny_civil_service    a New York county civil-service spec: caps title, headings run into
                           their text, one list of knowledges, skills, abilities and personal
                           characteristics (and a scanned copy)
  spec_bulletin_web        a job bulletin printed from the job board: the browser's header and
                           footer, the salary line, the bulletin's labelled fields and sections
  spec_grid_header         a city spec whose header is a ruled grid of labels over values (and
                           a scanned copy)

The wording is ours; only the layouts follow what agencies publish.
"""
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

import make_samples
from make_layout_samples import write_expected

SANS = "Sans"


def styles(family=SANS, size=10):
    s = make_samples.Styles(family=family, size=size)
    s.big = ParagraphStyle("big", parent=s.body, fontName=family + "-Bold", fontSize=size + 10,
                           leading=(size + 10) * 1.2, spaceAfter=size * 0.6)
    s.section = ParagraphStyle("section", parent=s.body, fontName=family + "-Bold",
                               fontSize=size + 4, leading=(size + 4) * 1.25, spaceBefore=size * 0.6,
                               spaceAfter=size * 0.3, keepWithNext=1)
    s.level = ParagraphStyle("level", parent=s.body, fontName=family + "-Bold",
                             fontSize=size + 1, leading=(size + 1) * 1.25, spaceAfter=size * 0.25,
                             keepWithNext=1)
    return s


def story_from(blocks, st, width):
    """blocks: (kind, payload) pairs -> platypus flowables."""
    story = []
    for kind, payload in blocks:
        if kind == "big":
            story.append(Paragraph(payload, st.big))
        elif kind == "section":
            story.append(Paragraph(payload, st.section))
        elif kind == "heading":
            story.append(Paragraph(f"<b>{payload}</b>", st.heading))
        elif kind == "level":
            story.append(Paragraph(payload, st.level))
        elif kind == "para":
            story.append(Paragraph(payload, st.body))
        elif kind == "lines":
            story.append(Paragraph("<br/>".join(payload), st.body))
        elif kind == "bullets":
            for item in payload:
                story.append(Paragraph(item, st.bullet, bulletText="•"))
        elif kind == "grid":  # (rows, ruled)
            rows, ruled = payload
            bold = ParagraphStyle("gb", parent=st.cell, fontName=st.cell.fontName + "-Bold")
            cells = [[Paragraph(c, bold if r == 0 else st.cell) for c in row]
                     for r, row in enumerate(rows)]
            columns = len(rows[0])
            first = 0.46 if columns > 3 else 0.5
            widths = [width * first] + [width * (1 - first) / (columns - 1)] * (columns - 1)
            if columns == 3 and not ruled:
                widths = [width * 0.14, width * 0.14, width * 0.72]
            table = Table(cells, colWidths=widths, hAlign="LEFT")
            commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if ruled:
                commands.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            table.setStyle(TableStyle(commands))
            story.append(table)
            story.append(Spacer(1, 8))
    return story


def web_print(header, url):
    """What a browser prints around a page: date, time and page title at the top, the address
    and "n/m" at the foot."""
    def draw(canvas, number, total):
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.drawString(0.45 * inch, height - 0.35 * inch, "3/2/24, 4:15 PM")
        canvas.drawCentredString(width / 2, height - 0.35 * inch, header)
        canvas.drawString(0.45 * inch, 0.3 * inch, url)
        canvas.drawRightString(width - 0.45 * inch, 0.3 * inch, f"{number}/{total}")
        canvas.restoreState()
    return draw


def plain_pages(footer):
    def draw(canvas, number, total):
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(SANS, 8.5)
        canvas.drawString(0.9 * inch, 0.5 * inch, footer)
        canvas.drawRightString(width - 0.9 * inch, 0.5 * inch, f"Page {number} of {total}")
        canvas.restoreState()
    return draw


def build_pdf(path, title, blocks, furniture, margins=(0.75, 0.75, 0.7, 0.7), st=None):
    st = st or styles()
    doc = make_samples.document(path, title, "Human Resources", margins=margins)
    doc.build(story_from(blocks, st, doc.width), canvasmaker=make_samples.numbered_canvas(furniture))


# ---------------------------------------------------------------------------------------------

STATE_SERIES = [
    ("big", "Laboratory Assistant Series"),
    ("section", "State Human Resources Board Specification"),
    ("para", "Series established March 3, 1986"),
    ("section", "Scope"),
    ("para", "This series describes three classes that prepare samples, keep laboratory "
             "equipment in working order and perform routine tests in state laboratories, and "
             "do other related work."),
    ("para", "Laboratory Assistant Series Specification - Class Titles and Codes"),
    ("grid", ([["Schem Code", "Class Code", "Class"],
               ["LB10", "3310", "Laboratory Assistant"],
               ["LB20", "3312", "Laboratory Technician"],
               ["LB30", "3315", "Senior Laboratory Technician"]], False)),
    ("section", "Factors Affecting Position Allocation"),
    ("para", "Complexity of the tests performed, independence of action and responsibility "
             "for the work of others."),
    ("section", "Definition of Levels"),
    ("level", "All Levels:"),
    ("para", "Incumbents may be required to work evenings, weekends and holidays."),
    ("level", "Laboratory Assistant"),
    ("para", "This is the entry level. Under close supervision, incumbents wash glassware, "
             "label and log incoming samples and restock supplies."),
    ("level", "Laboratory Technician"),
    ("para", "This is the journey level. Under general supervision, incumbents perform "
             "standard chemical and microbiological tests and record the results."),
    ("level", "Senior Laboratory Technician"),
    ("para", "Under direction, incumbents lead a small group of technicians, review their "
             "results and calibrate the laboratory's instruments."),
    ("section", "Typical Tasks"),
    ("level", "Laboratory Assistant"),
    ("para", "Washes and sterilizes glassware; logs and labels incoming samples; prepares "
             "simple media and reagents from written formulas; restocks benches and storerooms; "
             "disposes of waste according to safety rules."),
    ("level", "Laboratory Technician"),
    ("para", "Performs titrations, plate counts and other standard tests; records results in "
             "the laboratory information system; maintains balances, incubators and autoclaves; "
             "prepares quality control samples."),
    ("level", "Senior Laboratory Technician"),
    ("para", "Assigns and checks the work of technicians; calibrates instruments and keeps "
             "calibration logs; trains new staff in test methods; orders supplies and equipment."),
    ("section", "Minimum Qualifications"),
    ("level", "Laboratory Assistant"),
    ("para", "Education equivalent to graduation from high school."),
    ("level", "Laboratory Technician"),
    ("level", "Either I"),
    ("para", "One year of experience in state service as a Laboratory Assistant."),
    ("level", "Or II"),
    ("para", "Completion of thirty semester units in chemistry or biology."),
    ("level", "Senior Laboratory Technician"),
    ("para", "Two years of experience as a Laboratory Technician. Possession of a valid "
             "Laboratory Safety Officer certificate is required."),
    ("section", "Knowledge and Abilities"),
    ("level", "All Levels:"),
    ("para", "Knowledge of: Laboratory safety rules; handling of hazardous materials; basic "
             "arithmetic and metric measures."),
    ("para", "Ability to: Follow written procedures exactly; keep neat and accurate records; "
             "work safely with chemicals."),
    ("level", "Senior Laboratory Technician"),
    ("para", "Knowledge of: Principles of instrument calibration; methods of training; quality "
             "control procedures."),
    ("para", "Ability to: Plan and review the work of others; explain test methods clearly; "
             "detect errors in test results."),
    ("section", "Class History"),
    ("grid", ([["Class", "Date Established", "Date Revised", "Title Changed"],
               ["Laboratory Assistant", "03/03/1986", "10/21/2009", "--"],
               ["Laboratory Technician", "03/03/1986", "10/21/2009", "--"],
               ["Senior Laboratory Technician", "06/15/1994", "10/21/2009", "--"]], False)),
]

STATE_SERIES_CHECKS = [
    ["class_spec", {"title": "Laboratory Assistant"},
     {"class_code": "3310", "flsa": None, "salary_count": 0,
      "duties_contains": "logs and labels incoming samples",
      "definition_contains": "This is the entry level",
      "education_experience_contains": "graduation from high school",
      "knowledge_contains": "Laboratory safety rules",
      "dates_contains": "03/03/1986"}],
    ["class_spec", {"title": "Laboratory Technician"},
     {"class_code": "3312", "duties_contains": "Performs titrations, plate counts",
      "education_experience_contains": "thirty semester units"}],
    ["class_spec", {"title": "Senior Laboratory Technician"},
     {"class_code": "3315", "duties_contains": "calibrates instruments and keeps calibration logs",
      "licenses_contains": "Laboratory Safety Officer certificate",
      "abilities_contains": "detect errors in test results",
      "dates_contains": "06/15/1994"}],
    ["packet", {}, {"documents_min": 1}],
]

NY_SPEC = [
    ("lines", ["<b>COUNTY OF WESTBROOK</b>", "<b>DEPARTMENT OF CIVIL SERVICE</b>"]),
    ("heading", "SENIOR BUILDING INSPECTOR"),
    ("lines", ["Jurisdictional Class: Competitive", "Class Code: 0417"]),
    ("para", "<b>DISTINGUISHING FEATURES OF THE CLASS:</b> This is technical work in the "
             "inspection of buildings under construction or alteration to secure compliance "
             "with the state building code and local ordinances. The incumbent inspects the "
             "more complex projects and reviews the reports of other inspectors. Work is "
             "performed under the general direction of the Code Enforcement Officer. "
             "Supervision is exercised over Building Inspectors. Does related work as required."),
    ("para", "<b>TYPICAL WORK ACTIVITIES:</b> (Illustrative only)"),
    ("lines", ["Inspects footings, framing, plumbing and electrical work at each stage of "
               "construction;",
               "Reviews plans and specifications for compliance with the building code;",
               "Investigates complaints of unsafe structures and issues stop-work orders;",
               "Checks and countersigns the inspection reports of Building Inspectors;",
               "Testifies at hearings of the zoning board of appeals."]),
    ("para", "<b>FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL "
             "CHARACTERISTICS:</b> Thorough knowledge of the state building code; good "
             "knowledge of building construction methods and materials; working knowledge of "
             "fire prevention practices; skill in reading plans and blueprints; ability to "
             "detect defects in construction; ability to prepare clear written reports; "
             "ability to deal firmly and courteously with contractors; good judgment; physical "
             "condition commensurate with the demands of the position."),
    ("para", "<b>MINIMUM QUALIFICATIONS:</b> Either:"),
    ("lines", ["(a) Graduation from a regionally accredited college with an associate degree "
               "in construction technology and three years of experience in building "
               "inspection; or",
               "(b) Graduation from high school and five years of experience in building "
               "construction, two of which must have been in building inspection; or",
               "(c) An equivalent combination of training and experience as defined by the "
               "limits of (a) and (b) above."]),
    ("para", "<b>SPECIAL REQUIREMENT:</b> Possession of a valid state Code Enforcement "
             "Official certificate at the time of appointment."),
    ("lines", ["Adopted: 04/10/2001", "Revised: 11/14/2017"]),
]

NY_CHECKS = [
    ["class_spec", {"title": "Senior Building Inspector"},
     {"class_code": "0417", "jurisdiction": "County of Westbrook",
      "distinguishing_characteristics_contains": "inspection of buildings under construction",
      "duties_contains": "Reviews plans and specifications",
      "knowledge_contains": "state building code",
      "skills_contains": "reading plans and blueprints",
      "abilities_contains": "prepare clear written reports",
      "education_experience_contains": "five years of experience in building construction",
      "special_requirements_contains": "Code Enforcement Official certificate",
      "dates_contains": "11/14/2017"}],
]

BULLETIN = [
    ("big", "Recreation Program Coordinator"),
    ("lines", ["<b>$61,152.00 - $78,048.00 Annually</b>"]),
    ("lines", ["Location: Cedar Falls, OR", "Job Type: Full-Time", "Job Number: 2024-00117",
               "Department: Parks and Recreation", "Opening Date: 02/01/2024",
               "Closing Date: 2/23/2024 5:00 PM Pacific"]),
    ("section", "Description"),
    ("para", "Under general supervision, plans, organizes and runs recreation programs for "
             "youth and adults at the city's community centers, and supervises part-time "
             "recreation leaders."),
    ("section", "Example of Duties"),
    ("bullets", ["Plans seasonal classes, camps and special events and prepares their budgets.",
                 "Hires, trains and schedules part-time recreation leaders.",
                 "Registers participants and answers questions from the public.",
                 "Inspects program sites and equipment for safety.",
                 "Prepares brochures, flyers and web announcements.",
                 "Keeps attendance and revenue records and prepares monthly reports.",
                 "Works with schools and community groups to share facilities.",
                 "Responds to incidents and completes accident reports.",
                 "Evaluates programs through participant surveys and recommends changes.",
                 "Orders supplies and equipment within the approved budget.",
                 "Recruits and coordinates volunteers for special events."]),
    ("section", "Minimum Qualifications"),
    ("para", "Education: A bachelor's degree in recreation, physical education or a closely "
             "related field."),
    ("para", "Experience: Two years of experience organizing recreation programs, including "
             "the lead direction of staff."),
    ("para", "License: Possession of a valid Oregon driver license and current First Aid and "
             "CPR certificates within six months of hire."),
    ("section", "Supplemental Information"),
    ("para", "Candidates whose applications best match the needs of the department will be "
             "invited to a panel interview. The city participates in E-Verify."),
    ("para", "The eligible list established from this recruitment may be used to fill future "
             "vacancies for up to one year."),
    ("para", "Applicants must complete every section of the application; a resume does not "
             "replace it. Incomplete applications will not be considered. Candidates who need an "
             "accommodation in the selection process should contact Human Resources before the "
             "closing date."),
    ("section", "Benefits"),
    ("para", "The city offers medical, dental and vision plans for employees and their "
             "dependents, a retirement plan through the state retirement system, eleven paid "
             "holidays, vacation and sick leave that accrue from the first month, life "
             "insurance, an employee assistance program and tuition reimbursement for approved "
             "courses."),
    ("para", "Employees in this class are represented by the city's general employees' "
             "association and receive the pay and benefits its agreement provides."),
]

BULLETIN_CHECKS = [
    ["class_spec", {"title": "Recreation Program Coordinator"},
     {"class_code": None, "flsa": None, "salary_count": 1,
      "definition_contains": "plans, organizes and runs recreation programs",
      "duties_contains": "Hires, trains and schedules part-time recreation leaders",
      "education_experience_contains": "bachelor's degree in recreation",
      "licenses_contains": "valid Oregon driver license",
      "dates_contains": "02/01/2024"}],
    ["pay_range", {"classification": "Recreation Program Coordinator", "unit": "annual"},
     {"min": 61152.0, "max": 78048.0}],
]

GRID_SPEC = [
    ("lines", ["<b>CITY OF HARBOR VIEW</b>", "Human Resources Department"]),
    ("grid", ([["Class Title", "Class Code", "Pay Grade", "FLSA"],
               ["Senior Accountant", "2231", "28", "Exempt"]], True)),
    ("heading", "DEFINITION"),
    ("para", "Under general direction, performs professional accounting work in the Finance "
             "Department, prepares the city's financial statements and leads accounting staff."),
    ("heading", "SUPERVISION RECEIVED AND EXERCISED"),
    ("para", "Receives general direction from the Finance Manager. Exercises lead direction "
             "over Accountants and Accounting Technicians."),
    ("heading", "ESSENTIAL DUTIES AND RESPONSIBILITIES"),
    ("bullets", ["Prepares the annual comprehensive financial report and schedules for the "
                 "external auditors.",
                 "Reconciles general ledger, bank and fund accounts each month.",
                 "Reviews journal entries prepared by other staff.",
                 "Prepares grant reports and tracks grant expenditures.",
                 "Maintains fixed asset records and depreciation schedules."]),
    ("heading", "KNOWLEDGE, SKILLS AND ABILITIES"),
    ("para", "<b>Knowledge of:</b>"),
    ("bullets", ["Generally accepted accounting principles for governments.",
                 "Fund accounting and municipal budgeting."]),
    ("para", "<b>Ability to:</b>"),
    ("bullets", ["Analyze and reconcile complex financial records.",
                 "Explain accounting matters clearly to non-accountants."]),
    ("heading", "EDUCATION AND EXPERIENCE"),
    ("para", "A bachelor's degree in accounting or finance and four years of professional "
             "accounting experience, preferably in local government."),
    ("heading", "LICENSES AND CERTIFICATIONS"),
    ("para", "Possession of a Certified Public Accountant license is desirable."),
    ("heading", "PHYSICAL DEMANDS"),
    ("para", "Work is performed in an office setting with frequent use of a computer."),
    ("lines", ["Established: 06/2015", "Revised: 02/2022"]),
]

GRID_CHECKS = [
    ["class_spec", {"title": "Senior Accountant"},
     {"class_code": "2231", "flsa": "exempt", "jurisdiction": "City of Harbor View",
      "definition_contains": "performs professional accounting work",
      "supervision_received_contains": "Finance Manager",
      "duties_contains": "Reconciles general ledger, bank and fund accounts",
      "knowledge_contains": "Fund accounting and municipal budgeting",
      "abilities_contains": "Analyze and reconcile complex financial records",
      "education_experience_contains": "four years of professional accounting experience",
      "licenses_contains": "Certified Public Accountant",
      "special_requirements_contains": "office setting"}],
]


def build(out_dir):
    series = out_dir / "spec_state_series_web.pdf"
    build_pdf(series, "Laboratory Assistant Series",
              STATE_SERIES, web_print("Laboratory Assistant Series - Specification",
                                      "https://hr.state.example.gov/specs/series/3310.htm"),
              margins=(0.6, 0.6, 0.6, 0.6))
    write_expected(out_dir, series.stem, STATE_SERIES_CHECKS)

    ny = out_dir / "spec_ny_civil_service.pdf"
    build_pdf(ny, "Senior Building Inspector", NY_SPEC, plain_pages("Westbrook County Civil Service"),
              st=styles(family="Serif", size=11))
    write_expected(out_dir, ny.stem, NY_CHECKS)
    make_samples.write_scan(out_dir / "spec_ny_civil_service_scan.pdf",
                            [(ny, n, 0) for n in range(1, make_samples.page_count(ny) + 1)])
    write_expected(out_dir, "spec_ny_civil_service_scan", NY_CHECKS)

    bulletin = out_dir / "spec_bulletin_web.pdf"
    build_pdf(bulletin, "Job Bulletin", BULLETIN,
              web_print("Job Bulletin", "https://www.governmentjobs.com/careers/cedarfalls/jobs/"
                                        "newprint/4417"),
              margins=(0.6, 0.6, 0.6, 0.6), st=styles(size=12))
    write_expected(out_dir, bulletin.stem, BULLETIN_CHECKS)

    grid = out_dir / "spec_grid_header.pdf"
    build_pdf(grid, "Senior Accountant", GRID_SPEC, plain_pages("City of Harbor View"))
    write_expected(out_dir, grid.stem, GRID_CHECKS)
    make_samples.write_scan(out_dir / "spec_grid_header_scan.pdf",
                            [(grid, n, 0) for n in range(1, make_samples.page_count(grid) + 1)])
    write_expected(out_dir, "spec_grid_header_scan", GRID_CHECKS)
