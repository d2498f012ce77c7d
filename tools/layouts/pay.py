"""Pay schedules and compensation studies in the layouts agencies print (samples/layouts/pay_*.pdf,
comp_study_*.pdf).

  pay_mou_appendix        a labor agreement (MOU): several pages of articles (recognition,
                          term, hours, overtime, leave, benefits with dollar amounts, a
                          grievance procedure with numbered steps), then at the back its salary
                          appendix: a grade x step table, grades as rows, Steps 1-6 as columns,
                          monthly amounts; then the classes and their grades under their own
                          centred headings
  pay_step_rows           a unit's salary schedule with one row per step and a column per unit
                          (hourly, bi-weekly, monthly, annual), the class code and title named
                          once beside its block of steps
  pay_effective_dates     an exhibit of salary ranges with a Minimum and a Maximum column under
                          each of three effective dates (and a scan of it printed in plain
                          columns)
  pay_class_plan          a classification plan (class code, title, range, FLSA) on its own
                          pages, then the bi-weekly range table (Range, Steps A-E) it points to
                          (and a scan of it printed in plain columns)
  comp_study_market       a consultant's classification and compensation study: comparator
                          agencies, then a market table of each benchmark's top monthly salary
                          at each comparator, the market median and the percent above or below
                          it (some rows with too few matches)

Every agency, class, person and amount is invented; only the shapes follow what agencies
publish.
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

import make_samples
from make_layout_samples import write_expected

SANS = "Sans"


def styles(family=SANS, size=10, ruled=True):
    """ruled: tables print with grid lines and a shaded header (False: plain columns)."""
    s = make_samples.Styles(family=family, size=size)
    s.ruled = ruled
    s.center = ParagraphStyle("center", parent=s.body, alignment=TA_CENTER, spaceAfter=2)
    s.center_bold = ParagraphStyle("centerb", parent=s.center, fontName=family + "-Bold",
                                   fontSize=size + 2, leading=(size + 2) * 1.25)
    s.num = ParagraphStyle("num", parent=s.cell, alignment=TA_RIGHT)
    s.head = ParagraphStyle("head", parent=s.cell_bold, alignment=TA_CENTER)
    return s


def money(amount, cents=True, dollar=False):
    text = f"{amount:,.2f}" if cents else f"{round(amount):,}"
    return ("$" if dollar else "") + text


def steps_of(base, count, raise_by=0.05):
    """Amounts of a step progression: each step raise_by over the one before, to the cent."""
    amounts = [round(base, 2)]
    for _ in range(count - 1):
        amounts.append(round(amounts[-1] * (1 + raise_by), 2))
    return amounts


def grid(rows, widths, s, header_rows=1, ruled=True, spans=(), shade=True):
    """A table whose first header_rows rows are bold headings and whose numeric cells sit
    right-aligned, the way spreadsheets print."""
    cells = []
    for r, row in enumerate(rows):
        line = []
        for text in row:
            if r < header_rows:
                line.append(Paragraph(text, s.head))
            elif text[:1] in "$(-0123456789" and any(ch.isdigit() for ch in text):
                line.append(Paragraph(text, s.num))
            else:
                line.append(Paragraph(text, s.cell))
        cells.append(line)
    table = Table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    ruled, shade = ruled and s.ruled, shade and s.ruled
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if shade:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.88, 0.88, 0.88)))
    commands += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(commands))
    return table


def furniture(left, right):
    def draw(canvas, number, total):
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.drawString(0.75 * inch, 0.45 * inch, left)
        canvas.drawRightString(width - 0.75 * inch, 0.45 * inch, right.format(n=number, m=total))
        canvas.restoreState()
    return draw


def paragraphs(style, *texts):
    return [Paragraph(text, style) for text in texts]


def table_with_note(table, s, note):
    """A schedule and the note printed under it (how steps advance, how amounts round)."""
    return [table, Spacer(1, 10)] + paragraphs(s.body, note)


def build_pdf(path, title, author, story, footer, margins=(0.75, 0.75, 0.75, 0.75)):
    doc = make_samples.document(path, title, author, margins=margins)
    doc.build(story(doc.width) if callable(story) else story,
              canvasmaker=make_samples.numbered_canvas(footer))


# --- 1. An MOU with its salary appendix at the back ------------------------------------------

MOU_GRADES = {grade: steps_of(3412.00 * 1.025 ** (grade - 20), 6) for grade in range(20, 31)}

MOU_ARTICLES = [
    ("ARTICLE 1 - RECOGNITION",
     ["The City of Brennan Falls (the City) recognizes the Brennan Falls Public Works and "
      "Clerical Employees' Association (the Association) as the exclusive representative of "
      "the employees in the classifications listed in Appendix B, for the purpose of meeting "
      "and conferring on wages, hours and other terms and conditions of employment.",
      "Temporary, seasonal and part-time employees working fewer than twenty hours a week are "
      "not in the bargaining unit."]),
    ("ARTICLE 2 - TERM",
     ["This Memorandum of Understanding takes effect on July 1, 2024 and remains in effect "
      "through June 30, 2027. Either party may give notice of its wish to open negotiations for "
      "a successor agreement no sooner than one hundred twenty days before it expires."]),
    ("ARTICLE 3 - MANAGEMENT RIGHTS",
     ["The City keeps every right it has not limited by this agreement, including the right to "
      "decide the services it provides, to hire, assign, transfer and lay off employees, to set "
      "standards of work and to discipline employees for just cause."]),
    ("ARTICLE 4 - SALARIES",
     ["4.1 Salary Schedule. Employees are paid by the monthly salary schedule in Appendix A. Each "
      "classification is assigned a grade in Appendix B; each grade has six steps.",
      "4.2 General Increases. The schedule in Appendix A is effective the first full pay period "
      "after July 1, 2024. It will be increased by three percent (3%) on July 1, 2025 and by two "
      "and one-half percent (2.5%) on July 1, 2026.",
      "4.3 Step Advancement. A new employee starts at Step 1 unless the City Manager approves a "
      "higher step for exceptional qualifications. An employee advances one step after each "
      "year of satisfactory service until reaching Step 6.",
      "4.4 Promotion. An employee promoted to a class in a higher grade is placed at the lowest "
      "step of the new grade that gives an increase of at least five percent."]),
    ("ARTICLE 5 - HOURS OF WORK",
     ["The normal work week is forty hours: five eight-hour days, Monday through Friday. With "
      "the agreement of the department head an employee may work a 9/80 schedule. Each employee "
      "has a paid fifteen-minute rest period in each half of the work day."]),
    ("ARTICLE 6 - OVERTIME AND CALL-BACK",
     ["6.1 Overtime. Work ordered and performed beyond forty hours in a work week is paid at one "
      "and one-half times the employee's regular rate, or taken as compensatory time at the same "
      "rate, up to a balance of eighty hours.",
      "6.2 Call-Back. An employee called back to work after leaving the work site is paid for no "
      "less than two hours at the overtime rate.",
      "6.3 Standby. An employee assigned to standby is paid $300.00 for each full week of "
      "standby duty."]),
    ("ARTICLE 7 - HOLIDAYS",
     ["The City observes twelve paid holidays a year: New Year's Day, Martin Luther King Jr. "
      "Day, Presidents' Day, Memorial Day, Juneteenth, Independence Day, Labor Day, Veterans "
      "Day, Thanksgiving Day and the day after, Christmas Day, and one floating holiday."]),
    ("ARTICLE 8 - VACATION",
     ["Full-time employees accrue vacation each pay period at the following rates:"],
     [["Years of Service", "Hours per Year"], ["0 through 4", "80"], ["5 through 9", "120"],
      ["10 through 14", "144"], ["15 or more", "168"]]),
    ("ARTICLE 9 - SICK LEAVE",
     ["Full-time employees accrue eight hours of sick leave for each month of service, without a "
      "limit. Up to forty-eight hours a year may be used for the illness of a family member. "
      "Upon retirement, unused sick leave is converted to service credit as the retirement plan "
      "allows."]),
    ("ARTICLE 10 - HEALTH AND WELFARE",
     ["10.1 Medical. The City contributes up to $1,650.00 per month toward the medical plan "
      "premium for each employee and eligible dependents. An employee who waives medical "
      "coverage with proof of other group coverage receives $350.00 per month.",
      "10.2 Dental and Vision. The City pays the full premium of the dental and vision plans for "
      "employees and their dependents.",
      "10.3 Life Insurance. The City provides term life insurance of $50,000 for each employee."]),
    ("ARTICLE 11 - UNIFORMS AND SAFETY SHOES",
     ["The City provides uniforms to employees required to wear them and reimburses up to "
      "$250.00 per fiscal year for safety shoes."]),
    ("ARTICLE 12 - GRIEVANCE PROCEDURE",
     ["12.1 Definition. A grievance is a dispute about the meaning or application of this "
      "agreement.",
      "12.2 Step 1. The employee discusses the grievance with the immediate supervisor within "
      "fifteen working days of the event. The supervisor answers within ten working days.",
      "12.3 Step 2. If not resolved, the employee may submit the grievance in writing to the "
      "department head within ten working days of the answer. The department head meets with "
      "the employee and answers in writing within ten working days.",
      "12.4 Step 3. If not resolved, the Association may appeal to the City Manager within ten "
      "working days. The City Manager's decision is given in writing within fifteen working "
      "days.",
      "12.5 Step 4. If not resolved, the Association may request advisory arbitration within "
      "thirty days. The parties share the arbitrator's fees equally."]),
    ("ARTICLE 13 - SENIORITY AND LAYOFF",
     ["Seniority is continuous full-time service in the City. In a layoff, employees are laid "
      "off in each classification in inverse order of seniority, after temporary and "
      "probationary employees. Laid-off employees keep recall rights for two years."]),
    ("ARTICLE 14 - FULL UNDERSTANDING",
     ["This agreement sets out the full understanding of the parties on the matters within the "
      "scope of representation. It may be amended only in writing signed by both parties."]),
]

MOU_CLASSES = [("Account Clerk", 20), ("Maintenance Worker I", 21), ("Office Specialist", 22),
               ("Maintenance Worker II", 23), ("Permit Technician", 25),
               ("Equipment Mechanic", 26), ("Senior Maintenance Worker", 27),
               ("Building Inspector", 29), ("Public Works Crew Leader", 30)]


def mou_story(width, ruled=True):
    s = styles(family="Serif", size=10.5, ruled=ruled)
    story = paragraphs(s.center_bold, "MEMORANDUM OF UNDERSTANDING", "between the",
                       "CITY OF BRENNAN FALLS", "and the",
                       "BRENNAN FALLS PUBLIC WORKS AND CLERICAL EMPLOYEES' ASSOCIATION")
    story += paragraphs(s.center, "July 1, 2024 through June 30, 2027")
    story.append(Spacer(1, 14))
    for article in MOU_ARTICLES:
        heading, texts = article[0], article[1]
        story += paragraphs(s.heading, heading)
        story += paragraphs(s.body, *texts)
        if len(article) > 2:
            story.append(grid(article[2], [2.0 * inch, 1.4 * inch], s))
            story.append(Spacer(1, 8))
    story += paragraphs(s.heading, "SIGNATURES")
    story += paragraphs(s.body, "For the City: Dana Whitcombe, City Manager",
                        "For the Association: Luis Ferrante, President")
    story.append(PageBreak())
    story += paragraphs(s.center_bold, "APPENDIX A", "MONTHLY SALARY SCHEDULE")
    story += paragraphs(s.center, "Effective July 6, 2024")
    story.append(Spacer(1, 8))
    rows = [["Grade"] + [f"Step {n}" for n in range(1, 7)]]
    for grade, amounts in MOU_GRADES.items():
        rows.append([str(grade)] + [money(a) for a in amounts])
    story += table_with_note(grid(rows, [0.8 * inch] + [(width - 0.8 * inch) / 6] * 6, s), s,
                             "Hourly equivalents are the monthly amount times twelve, divided by "
                             "2,080.")
    story.append(Spacer(1, 10))
    story += paragraphs(s.center_bold, "APPENDIX B", "CLASSIFICATIONS AND GRADES")
    rows = [["Classification", "Grade"]] + [[name, str(grade)] for name, grade in MOU_CLASSES]
    story.append(grid(rows, [3.2 * inch, 0.9 * inch], s))
    return story


def mou_checks():
    checks = []
    for grade in (20, 24, 30):
        amounts = MOU_GRADES[grade]
        checks.append(["pay_range", {"range": str(grade)},
                       {"min": amounts[0], "max": amounts[-1], "steps": 6, "unit": "monthly",
                        "effective_date": "2024-07-06"}])
    amounts = MOU_GRADES[26]
    checks.append(["pay_range", {"classification": "Equipment Mechanic"},
                   {"range": "26", "min": amounts[0], "max": amounts[-1], "unit": "monthly"}])
    checks.append(["packet", {}, {"valid": True}])
    return checks


# --- 2. One row per step, a column per unit ---------------------------------------------------

STEP_CLASSES = [("3104", "Custodian", 19.10), ("3120", "Groundskeeper", 20.35),
                ("3215", "Water Utility Worker", 23.48), ("3230", "Equipment Mechanic", 26.02),
                ("3310", "Traffic Signal Technician", 29.87)]
HOURS_PER_YEAR = 2080


def unit_amounts(hourly):
    return [hourly, hourly * 80, hourly * HOURS_PER_YEAR / 12, hourly * HOURS_PER_YEAR]


def step_rows_story(width):
    s = styles(size=10)
    story = paragraphs(s.center_bold, "KESTREL VALLEY WATER AND PARKS DISTRICT",
                       "Salary Schedule - Field Operations Unit")
    story += paragraphs(s.center, "Effective January 4, 2025",
                        "Approved by the Board of Directors, December 12, 2024")
    story.append(Spacer(1, 8))
    rows = [["Class Code", "Classification", "Step", "Hourly", "Bi-Weekly", "Monthly", "Annual"]]
    spans = []
    for code, title, base in STEP_CLASSES:
        first = len(rows)
        for n, hourly in enumerate(steps_of(base, 5), start=1):
            rows.append([code if n == 1 else "", title if n == 1 else "", str(n)]
                        + [money(a) for a in unit_amounts(hourly)])
        spans += [((0, first), (0, first + 4)), ((1, first), (1, first + 4))]
    widths = [0.75 * inch, 1.85 * inch, 0.5 * inch]
    widths += [(width - sum(widths)) / 4] * 4
    return story + table_with_note(
        grid(rows, widths, s, spans=spans), s,
        "Step increases are granted on the employee's anniversary date upon a satisfactory "
        "performance evaluation. Bi-weekly amounts are based on 80 hours; annual amounts on "
        "2,080 hours.")


def step_rows_checks():
    checks = []
    for code, title, base in (STEP_CLASSES[0], STEP_CLASSES[3], STEP_CLASSES[4]):
        hourly = steps_of(base, 5)
        for unit, factor in (("hourly", 1), ("biweekly", 80), ("monthly", HOURS_PER_YEAR / 12),
                             ("annual", HOURS_PER_YEAR)):
            if unit in ("biweekly", "monthly") and title != "Equipment Mechanic":
                continue
            checks.append(["pay_range", {"classification_contains": title, "unit": unit},
                           {"min": round(hourly[0] * factor, 2), "max": round(hourly[-1] * factor, 2),
                            "steps": 5, "effective_date": "2025-01-04"}])
    return checks


# --- 3. Rates by effective date ---------------------------------------------------------------

DATED_CLASSES = [("Accountant", 68_640, 88_920), ("Assistant Planner", 64_272, 83_244),
                 ("Code Enforcement Officer", 58_656, 75_972),
                 ("Information Systems Analyst", 79_380, 102_816),
                 ("Recreation Supervisor", 66_012, 85_500), ("Senior Civil Engineer", 112_380, 145_560),
                 ("Senior Librarian", 70_728, 91_608)]
DATES = [("7/1/2024", "2024-07-01", 1.0), ("7/1/2025", "2025-07-01", 1.03),
         ("7/1/2026", "2026-07-01", 1.03 * 1.025)]


def dated_story(width, ruled=True):
    s = styles(size=10, ruled=ruled)
    story = paragraphs(s.center_bold, "EXHIBIT B", "SALARY RANGES - MID-MANAGEMENT AND "
                                                   "PROFESSIONAL EMPLOYEES")
    story += paragraphs(s.center, "Town of Osprey Point - Annual Salary Ranges")
    story.append(Spacer(1, 8))
    rows = [["Classification"] + sum([[f"Effective {d}", ""] for d, _, _ in DATES], []),
            [""] + ["Minimum", "Maximum"] * len(DATES)]
    for title, low, high in DATED_CLASSES:
        row = [title]
        for _, _, factor in DATES:
            row += [money(low * factor, cents=False, dollar=True),
                    money(high * factor, cents=False, dollar=True)]
        rows.append(row)
    spans = [((1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(DATES))] + [((0, 0), (0, 1))]
    first = 2.1 * inch
    return story + table_with_note(
        grid(rows, [first] + [(width - first) / 6] * 6, s, header_rows=2, spans=spans), s,
        "Ranges increase three percent on July 1, 2025 and two and one-half percent on July 1, "
        "2026, as Section 5 of the resolution provides. Amounts are rounded to the nearest "
        "dollar.")


def dated_checks():
    checks = []
    for title, low, high in (DATED_CLASSES[0], DATED_CLASSES[3], DATED_CLASSES[5]):
        for printed, iso, factor in DATES:
            match = {"classification": title}
            if iso != DATES[0][1]:
                match["effective_date"] = iso
            checks.append(["pay_range", match,
                           {"min": round(low * factor), "max": round(high * factor),
                            "unit": "annual", "effective_date": iso}])
    return checks


# --- 4. A classification plan linked to its range table ---------------------------------------

PLAN = [("1010", "Office Assistant", "22", "Non-Exempt"), ("1012", "Administrative Clerk", "25", "Non-Exempt"),
        ("1020", "Administrative Secretary", "28", "Non-Exempt"),
        ("2105", "Accounting Technician", "30", "Non-Exempt"), ("2110", "Accountant", "38", "Exempt"),
        ("3301", "Building Inspector I", "34", "Non-Exempt"),
        ("3302", "Building Inspector II", "37", "Non-Exempt"),
        ("4410", "Code Enforcement Officer", "33", "Non-Exempt"),
        ("5120", "Engineering Technician", "35", "Non-Exempt"), ("5130", "Associate Engineer", "44", "Exempt"),
        ("6015", "Librarian", "36", "Exempt"), ("7200", "Recreation Coordinator", "31", "Non-Exempt")]
PLAN_RANGES = {r: steps_of(1650.00 * 1.025 ** (r - 20), 5) for r in range(20, 47)}


def plan_story(width, ruled=True):
    s = styles(size=10, ruled=ruled)
    story = paragraphs(s.center_bold, "CITY OF LARKSPUR HEIGHTS", "CLASSIFICATION PLAN")
    story += paragraphs(s.center, "Adopted by Resolution No. 2024-31; effective July 1, 2024")
    story.append(Spacer(1, 8))
    story += paragraphs(s.body, "Each classification below is paid within the salary range "
                                "shown. The amounts of each range are in the Bi-Weekly Salary "
                                "Range Table that follows.")
    rows = [["Class Code", "Classification Title", "Salary Range", "FLSA Status"]]
    rows += [list(entry) for entry in PLAN]
    story.append(grid(rows, [0.9 * inch, 3.0 * inch, 1.0 * inch, 1.1 * inch], s))
    story.append(PageBreak())
    story += paragraphs(s.center_bold, "BI-WEEKLY SALARY RANGE TABLE")
    story += paragraphs(s.center, "Effective July 1, 2024")
    story.append(Spacer(1, 8))
    rows = [["Range", "Step A", "Step B", "Step C", "Step D", "Step E"]]
    for r, amounts in PLAN_RANGES.items():
        rows.append([str(r)] + [money(a) for a in amounts])
    story.append(grid(rows, [0.9 * inch] + [1.05 * inch] * 5, s))
    return story


def plan_checks():
    checks = []
    for code, title, rng, _ in (PLAN[0], PLAN[4], PLAN[7], PLAN[9]):
        amounts = PLAN_RANGES[int(rng)]
        checks.append(["pay_range", {"classification": title},
                       {"range": rng, "min": amounts[0], "max": amounts[-1], "steps": 5,
                        "unit": "biweekly", "effective_date": "2024-07-01"}])
    amounts = PLAN_RANGES[41]
    checks.append(["pay_range", {"range": "41"},
                   {"min": amounts[0], "max": amounts[-1], "steps": 5, "unit": "biweekly"}])
    return checks


# --- 6. A compensation study's market table ---------------------------------------------------

COMPARATORS = ["Ashby", "Bellport", "Cordova", "Delmont", "Eastlake", "Fairview"]
# Classification, the Town's top monthly salary, each comparator's (None: no match).
MARKET = [
    ("Accountant", 8015, [8240, 7990, 8410, 7875, None, 8330]),
    ("Assistant Planner", 7120, [7450, 7610, None, 7380, 7525, 7290]),
    ("Building Inspector II", 7905, [7660, 7820, 7710, 7985, 7595, None]),
    ("Code Enforcement Officer", 6540, [6975, 7110, 6890, None, 7045, 7240]),
    ("Equipment Mechanic", 6880, [6720, 6655, 6810, 6905, 6590, 6770]),
    ("Executive Assistant", 6610, [None, 6980, None, 6725, None, None]),
    ("Maintenance Worker II", 5690, [5820, 5775, 5945, 5610, 5880, 5710]),
    ("Recreation Coordinator", 6025, [6310, None, 6440, 6190, 6275, 6350]),
    ("Senior Civil Engineer", 12150, [12480, 12925, 12310, 12700, None, 12615]),
]
LEAST_MATCHES = 3


def median(values):
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def market_rows():
    """(classification, town, amounts, median or None, percent or None) per benchmark."""
    rows = []
    for title, town, amounts in MARKET:
        found = [a for a in amounts if a is not None]
        if len(found) < LEAST_MATCHES:
            rows.append((title, town, amounts, None, None))
            continue
        market = median(found)
        rows.append((title, town, amounts, market, round((town - market) / market * 100, 1)))
    return rows


def percent(value):
    return f"{value:.1f}%" if value >= 0 else f"({-value:.1f}%)"


def study_story(width):
    s = styles(size=9.5)
    story = paragraphs(s.center_bold, "TOWN OF WEXLEY", "CLASSIFICATION AND COMPENSATION STUDY",
                       "Final Report")
    story += paragraphs(s.center, "Prepared by Northgate Public Sector Consulting, LLC",
                        "March 2025")
    story.append(Spacer(1, 12))
    story += paragraphs(s.heading, "1. Introduction")
    story += paragraphs(s.body,
                        "The Town engaged Northgate Public Sector Consulting to review its "
                        "classification plan and to compare the pay of its employees with the "
                        "pay that similar public agencies offer for similar work. This report "
                        "presents the results of the market survey and our recommendations.")
    story += paragraphs(s.heading, "2. Comparator Agencies")
    story += paragraphs(s.body,
                        "With the Town's staff we chose six comparator agencies of similar "
                        "population, budget and services within forty miles of the Town: "
                        + ", ".join(COMPARATORS[:-1]) + " and " + COMPARATORS[-1] + ".")
    story += paragraphs(s.heading, "3. Methodology")
    story += paragraphs(s.body,
                        "For each benchmark classification we matched the comparators' classes "
                        "whose duties and requirements are at least seventy percent alike, and "
                        "collected the top step of each matched class's monthly salary range. "
                        "Where fewer than three agencies had a match, the market is not "
                        f"reported. Positive percentages mean the Town pays above the market "
                        "median; figures in parentheses mean it pays below.")
    story.append(PageBreak())
    story += paragraphs(s.heading, "4. Market Survey Results")
    story += paragraphs(s.body, "Table 1. Top Monthly Salary Comparison")
    header = ["Classification", "Town of Wexley"] + COMPARATORS + ["Market Median",
                                                                   "% Above / (Below) Market"]
    rows = [header]
    spans = []  # too few matches: one note across the median and the percentage
    for title, town, amounts, market, pct in market_rows():
        row = [title, money(town, cents=False, dollar=True)]
        row += ["N/A" if a is None else money(a, cents=False, dollar=True) for a in amounts]
        if market is None:
            row += ["Insufficient Data", ""]
            spans.append(((len(header) - 2, len(rows)), (len(header) - 1, len(rows))))
        else:
            row += [money(market, cents=False, dollar=True), percent(pct)]
        rows.append(row)
    first = 1.75 * inch
    story.append(grid(rows, [first] + [(width - first) / 9] * 9, s, shade=False, spans=spans))
    story.append(Spacer(1, 10))
    story += paragraphs(s.heading, "5. Recommendations")
    story += paragraphs(s.body,
                        "Classifications more than five percent below the market median should "
                        "be moved to the range nearest the median. Classifications within five "
                        "percent of the median are competitive and need no adjustment. We "
                        "recommend the Town repeat the survey every three years.")
    return story


def study_checks():
    checks = []
    for title, _, _, market, pct in market_rows():
        if title in ("Accountant", "Code Enforcement Officer", "Equipment Mechanic",
                     "Senior Civil Engineer"):
            checks.append(["market_comparison", {"classification": title},
                           {"measure": "base_salary", "percent_vs_market": pct, "note": None}])
        if market is None:
            checks.append(["market_comparison", {"classification": title},
                           {"percent_vs_market": None, "note": "Insufficient Data"}])
    checks.append(["packet", {}, {"valid": True}])
    return checks


def scanned_plain_print(out_dir, name, title, author, story, footer, checks, margins):
    """A copier scan of the schedule as printed in plain columns (no grid lines or shaded
    header: how many agencies print, and what OCR reads at all)."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        plain = Path(scratch) / f"{name}.pdf"
        build_pdf(plain, title, author, lambda width: story(width, ruled=False), footer, margins)
        make_samples.write_scan(out_dir / f"{name}_scan.pdf",
                                [(plain, n, 0) for n in range(1, make_samples.page_count(plain) + 1)])
    write_expected(out_dir, f"{name}_scan", checks + [["packet", {}, {"ocr_pages_min": 1}]])


def build(out_dir):
    out_dir = Path(out_dir)
    mou = ("pay_mou_appendix", "Memorandum of Understanding", "City of Brennan Falls", mou_story,
           furniture("City of Brennan Falls - PWCEA MOU 2024-2027", "Page {n} of {m}"),
           mou_checks(), (1.0, 1.0, 0.9, 0.9))
    dated = ("pay_effective_dates", "Exhibit B - Salary Ranges", "Town of Osprey Point",
             dated_story, furniture("Town of Osprey Point", "Exhibit B - Page {n}"),
             dated_checks(), (0.6, 0.6, 0.75, 0.75))
    plan = ("pay_class_plan", "Classification Plan", "City of Larkspur Heights", plan_story,
            furniture("City of Larkspur Heights - Classification Plan", "Page {n} of {m}"),
            plan_checks(), (0.75, 0.75, 0.75, 0.75))
    for name, title, author, story, footer, checks, margins in (mou, dated, plan):
        build_pdf(out_dir / f"{name}.pdf", title, author, story, footer, margins)
        write_expected(out_dir, name, checks)
    # The MOU has no scanned copy: see samples/layouts/README.md, "Scanned pay samples".
    for name, title, author, story, footer, checks, margins in (dated, plan):
        scanned_plain_print(out_dir, name, title, author, story, footer, checks, margins)

    steps = out_dir / "pay_step_rows.pdf"
    build_pdf(steps, "Salary Schedule", "Kestrel Valley Water and Parks District",
              step_rows_story, furniture("Field Operations Unit Salary Schedule", "{n}"),
              margins=(0.6, 0.6, 0.7, 0.7))
    write_expected(out_dir, steps.stem, step_rows_checks())
    # No scanned copy: see samples/layouts/README.md, "Scanned pay samples".

    study = out_dir / "comp_study_market.pdf"
    build_pdf(study, "Classification and Compensation Study", "Northgate Public Sector Consulting",
              study_story, furniture("Town of Wexley Classification and Compensation Study",
                                     "{n}"),
              margins=(0.5, 0.5, 0.75, 0.75))
    write_expected(out_dir, study.stem, study_checks())
