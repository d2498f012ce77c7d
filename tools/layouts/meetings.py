"""Agendas and minutes in the layouts agenda systems and clerks print (samples/layouts/).

  legistar_agenda           Legistar-style agenda: letterhead, running header with the meeting's
                            date, Roman sections, lettered items with file numbers in a column
                            beside them, presenters and recommendations, a participation notice
                            printed before the business and again under public comment, a
                            calendar of later meetings after adjournment (born-digital)
  civicplus_agenda_scan     CivicPlus AgendaCenter-style agenda: numbered sections over lettered
                            items, sections with no items, a recommendation with numbered steps
                            (scanned)
  council_minutes           City council minutes: present/absent lists, "moved, seconded by",
                            roll-call votes, a resolution adopted by motion, a motion that died
                            for lack of a second (born-digital)
  board_minutes_scan        A district board's minutes: "Directors Present/Absent", "Moved by ...,
                            seconded by ...", M/S/C, tallies, "It was moved ... that Resolution
                            No. ... be adopted" (scanned)

Every name, place and item is invented; only the shapes follow what agencies publish.
"""
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

import make_samples
from make_layout_samples import write_expected


def styles(family="Sans", size=10):
    base = make_samples.Styles(family=family, size=size)
    base.center = ParagraphStyle("center", parent=base.body, alignment=TA_CENTER, spaceAfter=1)
    base.center_bold = ParagraphStyle("centerb", parent=base.center, fontName=family + "-Bold",
                                      fontSize=size + 2, leading=(size + 2) * 1.25)
    base.indent = ParagraphStyle("indent", parent=base.body, leftIndent=0.55 * inch)
    return base


def paragraphs(style, *texts):
    return [Paragraph(make_samples.xml_escape(text), style) for text in texts]


def item_row(letter, file_number, title, width, style):
    """Legistar prints an item as columns: its letter, its file number, its title in capitals."""
    cells = [Paragraph(letter, style), Paragraph(file_number, style),
             Paragraph(f"<b>{make_samples.xml_escape(title)}</b>", style)]
    table = Table([cells], colWidths=[0.45 * inch, 0.75 * inch, width - 1.2 * inch], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def title_block(s, titles, lines):
    """The centred heading of a document: its titles in bold, then lines such as its date."""
    story = paragraphs(s.center_bold, *titles) + paragraphs(s.center, *lines)
    story.append(Spacer(1, 12))
    return story


def sections(s, blocks, text_style):
    """Each (heading, lines) block as a bold heading and its lines."""
    story = []
    for heading, texts in blocks:
        story += paragraphs(s.heading, heading)
        story += paragraphs(text_style, *texts)
    return story


def build_legistar_agenda(path):
    s = styles()
    doc = make_samples.document(path, "Regular Meeting Agenda", "City Clerk")
    width = doc.width
    notice = ["1. IN PERSON - Council Chambers, 200 Orchard Avenue",
              "2. ONLINE - Join the webinar from the link on the city's meeting page",
              "3. BY PHONE - Call the number on the meeting page and enter the meeting code"]
    story = []
    story += paragraphs(s.center_bold, "City of Marlow Springs")
    story += paragraphs(s.center, "City Hall", "200 Orchard Avenue", "Marlow Springs, CA 95555")
    story.append(Spacer(1, 10))
    story += paragraphs(s.center_bold, "Regular Meeting Agenda")
    story += paragraphs(s.center, "Tuesday, March 5, 2024", "6:00 PM", "Council Chambers")
    story.append(Spacer(1, 10))
    story += paragraphs(s.center_bold, "City Council")
    story += paragraphs(s.center, "Mayor Jordan Ellery", "Mayor Pro Tem Rosa Quintana",
                        "Councilmembers Ben Aldana, Carla Whitcomb, Imani Osei")
    story.append(Spacer(1, 12))
    story += paragraphs(s.heading, "HOW TO TAKE PART")
    story += paragraphs(s.body, "Members of the public may take part in the meeting in any of "
                        "the ways below. Written comments received by 3:00 p.m. on March 4, "
                        "2024 will be posted with the agenda.")
    story += paragraphs(s.indent, *notice)
    story.append(make_samples.PageBreak())

    story += paragraphs(s.heading, "I. CALL TO ORDER", "II. PLEDGE OF ALLEGIANCE", "III. ROLL CALL",
                        "IV. PUBLIC COMMENT")
    story += paragraphs(s.body, "Comments are limited to three minutes per speaker.")
    story += paragraphs(s.indent, *notice)
    story += paragraphs(s.heading, "V. CONSENT CALENDAR")
    story += paragraphs(s.body, "The following items are routine and will be acted upon by one "
                        "motion unless a Councilmember asks that an item be heard separately.")
    consent = [
        ("a)", "24-0101", "APPROVAL OF MINUTES OF THE FEBRUARY 20, 2024 REGULAR MEETING",
         "(City Clerk Nadia Brandt)",
         "Recommendation: Staff recommends City Council approve the minutes."),
        ("b)", "24-0102", "RATIFICATION OF THE WARRANT REGISTER FOR JANUARY 2024",
         "(Finance Director Paul Vance)",
         "Recommendation: Staff recommends City Council ratify the warrant register."),
        ("c)", "24-0103", "ANNUAL REPORT OF THE PARKS AND RECREATION COMMISSION FOR 2023",
         "(Recreation Manager Lia Tran)",
         "Recommendation: Staff recommends City Council receive and file the report."),
        ("d)", "24-0104", "AWARD OF A CONTRACT FOR STREET TREE PRUNING SERVICES ON THE EAST SIDE "
         "OF THE CITY TO GREENLINE ARBOR CARE", "(Public Works Director Sam Iwata)",
         "Recommendation: Staff recommends City Council award the contract in an amount not to "
         "exceed $185,000."),
    ]
    for letter, file_number, title, presenter, recommendation in consent:
        story.append(item_row(letter, file_number, title, width, s.tight))
        story += paragraphs(s.indent, presenter, recommendation)
    story += paragraphs(s.heading, "VI. PUBLIC HEARINGS")
    story.append(item_row("a)", "24-0110", "APPEAL OF A TREE REMOVAL PERMIT AT 18 ELM COURT",
                          width, s.tight))
    story += paragraphs(s.indent, "(Community Development Director Ana Ruiz)",
                        "Recommendation: Staff recommends City Council:",
                        "1. Hold the public hearing; and",
                        "2. Adopt a resolution denying the appeal.")
    story += paragraphs(s.heading, "VII. MUNICIPAL MATTERS")
    story.append(item_row("a)", "24-0115", "DOWNTOWN PARKING STUDY UPDATE", width, s.tight))
    story += paragraphs(s.indent, "(City Manager Helen Marsh)",
                        "Recommendation: Staff recommends City Council receive the update.")
    story.append(item_row("b)", "24-0116", "APPOINTMENT OF TWO MEMBERS TO THE LIBRARY BOARD",
                          width, s.tight))
    story += paragraphs(s.indent, "(City Clerk Nadia Brandt)",
                        "Recommendation: Staff recommends City Council make the appointments.")
    story += paragraphs(s.heading, "VIII. FUTURE AGENDA ITEMS", "IX. ADJOURNMENT")
    story.append(Spacer(1, 14))
    story += paragraphs(s.heading, "FUTURE MEETINGS")
    story += paragraphs(s.tight, "March 19, 2024 - Tuesday - 6:00 PM - City Council Meeting",
                        "April 2, 2024 - Tuesday - 6:00 PM - City Council Meeting",
                        "April 16, 2024 - Tuesday - 5:00 PM - Budget Study Session")

    def furniture(canvas, number, total):
        page_width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont("Sans", 8.5)
        if number > 1:
            canvas.drawString(0.9 * inch, height - 0.55 * inch, "City Council Regular Meeting Agenda")
            canvas.drawRightString(page_width - 0.9 * inch, height - 0.55 * inch, "March 5, 2024")
        canvas.drawString(0.9 * inch, 0.5 * inch, "City of Marlow Springs")
        canvas.drawRightString(page_width - 0.9 * inch, 0.5 * inch,
                               f"Page {number} Printed on 2/28/2024")
        canvas.restoreState()

    doc.build(story, canvasmaker=make_samples.numbered_canvas(furniture))


def build_civicplus_agenda(path):
    s = styles(family="Serif", size=11)
    doc = make_samples.document(path, "Agenda", "Village Clerk")
    story = []
    story += paragraphs(s.center_bold, "AGENDA", "REGULAR MEETING OF THE BOARD OF TRUSTEES",
                        "VILLAGE OF NORTH BRANCH")
    story += paragraphs(s.center, "Monday, May 6, 2024 at 7:00 PM", "Village Hall, 12 Mill Street")
    story.append(Spacer(1, 14))
    sections = [
        ("1. CALL TO ORDER", []),
        ("2. PLEDGE OF ALLEGIANCE", []),
        ("3. ROLL CALL", []),
        ("4. PUBLIC COMMENT", []),
        ("5. CONSENT AGENDA", ["A. Approval of the April 15, 2024 Regular Meeting Minutes",
                               "B. Approval of Bills Payable in the Amount of $412,880.15",
                               "C. Treasurer's Report for March 2024"]),
        ("6. NEW BUSINESS", ["A. Ordinance 2024-09 Amending the Liquor License Classes",
                             "B. Resolution 2024-R-12 Approving a Snow Removal Agreement",
                             "C. Purchase of a Street Sweeper for the Public Works Department"]),
        ("7. REPORTS", ["A. Village Administrator", "B. Village Attorney"]),
        ("8. EXECUTIVE SESSION", []),
        ("9. ADJOURNMENT", []),
    ]
    for heading, items in sections:
        story += paragraphs(s.heading, heading)
        story += paragraphs(s.indent, *items)
        if heading.startswith("6."):
            story += paragraphs(s.indent, "Recommended Action: 1. Waive the second reading; and "
                                "2. Approve the purchase from the lowest responsible bidder.")
    doc.build(story)


def build_council_minutes(path):
    s = styles(family="Serif", size=11)
    doc = make_samples.document(path, "Minutes", "City Clerk")
    story = title_block(s, ["MINUTES OF THE REGULAR MEETING",
                            "OF THE CITY COUNCIL OF THE CITY OF CEDAR BLUFF"],
                        ["Monday, April 8, 2024", "Council Chambers, 55 Granite Way"])
    blocks = [
        ("1. CALL TO ORDER", ["Mayor Sandoval called the meeting to order at 7:00 p.m."]),
        ("2. ROLL CALL", ["Present: Councilmembers Avery, Delgado, Fitch, Mayor Pro Tem Okoro and "
                          "Mayor Sandoval", "Absent: None"]),
        ("3. PUBLIC COMMENT", ["Two residents spoke about speeding on Quarry Road."]),
        ("4. CONSENT CALENDAR", [
            "4.1 Minutes of the March 25, 2024 regular meeting",
            "4.2 Warrant register for March 2024",
            "Councilmember Delgado moved, seconded by Councilmember Fitch, to approve the "
            "Consent Calendar as presented. The motion carried by the following vote:",
            "AYES: Avery, Delgado, Fitch, Okoro, Sandoval",
            "NOES: None",
            "ABSENT: None"]),
        ("5. PUBLIC HEARINGS", [
            "5.1 Resolution setting the solid waste rates for fiscal year 2024-25",
            "The Public Works Director presented the rate study. Mayor Sandoval opened the public "
            "hearing at 7:24 p.m.; no one spoke, and the hearing was closed.",
            "Mayor Pro Tem Okoro moved, seconded by Councilmember Avery, to adopt Resolution No. "
            "2024-22 setting the solid waste rates. The motion carried by the following vote:",
            "AYES: Avery, Delgado, Okoro, Sandoval",
            "NOES: Fitch",
            "ABSENT: None"]),
        ("6. NEW BUSINESS", [
            "6.1 Request to install stop signs at Quarry Road and Birch Street",
            "Councilmember Fitch moved to direct staff to install the stop signs. The motion died "
            "for lack of a second.",
            "6.2 Agreement with the county for animal shelter services",
            "Councilmember Avery moved, seconded by Councilmember Delgado, to approve the agreement "
            "for three years. The motion carried 5-0."]),
        ("7. ADJOURNMENT", ["Mayor Sandoval adjourned the meeting at 8:05 p.m."]),
    ]
    story += sections(s, blocks, s.body)
    story.append(Spacer(1, 20))
    story += paragraphs(s.tight, "ATTEST:", "", "Mei Lin Harper, City Clerk")
    doc.build(story)


def build_board_minutes(path):
    s = styles(family="Sans", size=11)
    doc = make_samples.document(path, "Minutes", "Board Secretary")
    story = title_block(s, ["HARBOR VALLEY WATER DISTRICT", "MINUTES OF THE BOARD OF DIRECTORS"],
                        ["Special Meeting - Thursday, October 3, 2024",
                         "District Office Board Room, 80 Pier Road"])
    story += paragraphs(s.body, "Directors Present: Alvarez, Brennan, Kowalski, Oduya",
                        "Directors Absent: Petrov",
                        "Staff Present: General Manager Ruiz, Counsel Tanaka")
    blocks = [
        ("I. CALL TO ORDER", ["President Alvarez called the meeting to order at 9:02 a.m."]),
        ("II. CONSENT ITEMS", [
            "A. Approval of the minutes of September 19, 2024",
            "Moved by Director Brennan, seconded by Director Oduya, to approve the minutes as "
            "presented. Motion carried (4-0-1)."]),
        ("III. ACTION ITEMS", [
            "A. Award of the reservoir coating contract",
            "M/S/C Kowalski/Brennan to award the contract to the lowest responsive bidder. (4-0)",
            "B. Adoption of the water shortage plan",
            "It was moved by Director Oduya and seconded by Director Kowalski that Resolution No. "
            "24-112 adopting the water shortage contingency plan be adopted. Motion carried "
            "unanimously."]),
        ("IV. ADJOURNMENT", ["The meeting adjourned at 10:15 a.m."]),
    ]
    story += sections(s, blocks, s.body)
    doc.build(story)


def scan_of(born, out, pages):
    make_samples.write_scan(out, [(born, page, 0) for page in pages])


def build(out_dir):
    import tempfile
    from pathlib import Path

    out_dir = Path(out_dir)
    build_legistar_agenda(out_dir / "legistar_agenda.pdf")
    write_expected(out_dir, "legistar_agenda", [
        ["agenda", {}, {"date": "2024-03-05", "time": "18:00", "meeting_type": "regular",
                        "body": "Marlow Springs City Council", "items_min": 13,
                        "items_contains": "RATIFICATION OF THE WARRANT REGISTER FOR JANUARY 2024",
                        "location_contains": "City Hall"}],
        ["packet", {}, {"no_adopted_resolution": True, "valid": True}],
    ])
    build_council_minutes(out_dir / "council_minutes.pdf")
    write_expected(out_dir, "council_minutes", [
        ["agenda", {}, {"date": "2024-04-08", "items_min": 9, "body": "Cedar Bluff City Council",
                        "members_contains": "Avery Delgado Fitch Okoro Sandoval"}],
        ["resolution", {"number": "2024-22"},
         {"status": "adopted", "adopted_date": "2024-04-08", "ayes": 4, "noes": 1}],
        ["packet", {}, {"valid": True, "resolutions_exactly": 1,
                        "minutes_contains": "approve the Consent Calendar as presented"}],
    ])
    with tempfile.TemporaryDirectory() as scratch:
        civic = Path(scratch) / "civicplus_agenda.pdf"
        build_civicplus_agenda(civic)
        scan_of(civic, out_dir / "civicplus_agenda_scan.pdf", [1])
        board = Path(scratch) / "board_minutes.pdf"
        build_board_minutes(board)
        scan_of(board, out_dir / "board_minutes_scan.pdf", [1])
    write_expected(out_dir, "civicplus_agenda_scan", [
        ["agenda", {}, {"date": "2024-05-06", "time": "19:00", "items_min": 14,
                        "body": "North Branch Board of Trustees"}],
        ["packet", {}, {"ocr_pages_min": 1, "no_adopted_resolution": True}],
    ])
    write_expected(out_dir, "board_minutes_scan", [
        ["agenda", {}, {"date": "2024-10-03", "items_min": 4}],
        ["resolution", {"number": "24-112"}, {"status": "adopted", "adopted_date": "2024-10-03"}],
        ["packet", {}, {"ocr_pages_min": 1, "minutes_contains": "approve the minutes as presented"}],
    ])
