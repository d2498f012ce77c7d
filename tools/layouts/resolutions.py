"""Resolutions and ordinances in layouts the seed packets do not have (our own wording):

- resolution_board_resolved: a water district board's resolution: "RESOLVED, that" clauses,
  an adoption sentence with counted ayes and nays, names typed under signature lines.
- resolution_number_below: a small town's fee resolution: the heading typed in mixed case
  with its number on the next line, no recitals, a fee table, and a one-line adoption with
  its tally at the foot.
- resolution_running_text: a council resolution whose text layer kept no line breaks of its
  own: the whole resolution is one paragraph, its WHEREAS, sections, adoption clause and roll
  call found mid-line.
- resolution_typed_scan: an old typewritten county resolution, photocopied (image only).
- ordinance_noise: an ordinance (a document of its own kind, no resolution record) that cites
  the resolution setting its fees.
"""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

import make_samples
from make_layout_samples import write_expected


def styles(family="Serif", size=11):
    body = ParagraphStyle("body", fontName=family, fontSize=size, leading=size * 1.35,
                          spaceAfter=size * 0.8, alignment=TA_JUSTIFY)
    return {
        "body": body,
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=body, fontName=family + "-Bold",
                                  alignment=TA_CENTER, fontSize=size + 1, spaceAfter=size * 0.5),
        "left": ParagraphStyle("left", parent=body, alignment=0, spaceAfter=0),
    }


def signature_block(signers, style):
    """Names typed under signature lines, the role under each name, side by side."""
    rows = [["_" * 30] * len(signers), [name for name, _ in signers], [role for _, role in signers]]
    cells = [[Paragraph(text, style) for text in row] for row in rows]
    table = Table(cells, colWidths=[3.1 * inch] * len(signers), hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def build_board_resolved(out_dir):
    name = "resolution_board_resolved"
    s = styles("Sans", 10.5)
    doc = make_samples.document(out_dir / f"{name}.pdf", "Resolution No. 21-08",
                                "Maple Valley Water District")
    story = [
        Paragraph("MAPLE VALLEY WATER DISTRICT", s["heading"]),
        Paragraph("RESOLUTION NO. 21-08", s["heading"]),
        Paragraph("AUTHORIZING THE GENERAL MANAGER TO REPLACE THE NORTH RESERVOIR ROOF AND "
                  "TO AMEND THE CAPITAL BUDGET", s["heading"]),
        Spacer(1, 8),
        Paragraph("RESOLVED, that the Board of Directors of the Maple Valley Water District "
                  "authorizes the General Manager to award a contract for the replacement of "
                  "the North Reservoir roof to the lowest responsible bidder, in an amount not "
                  "to exceed $412,000; and", s["body"]),
        Paragraph("RESOLVED FURTHER, that the capital budget for the fiscal year 2020-21 is "
                  "amended to move $412,000 from the Reserve for Capital Replacement to the "
                  "North Reservoir project; and", s["body"]),
        Paragraph("RESOLVED FURTHER, that the General Manager report the cost of the work to "
                  "the Board at its first regular meeting after the work is accepted.", s["body"]),
        Spacer(1, 6),
        Paragraph("Adopted by the Board of Directors of the Maple Valley Water District on "
                  "March 3, 2021, by the following vote:", s["body"]),
        Paragraph("Ayes: 4 &nbsp;&nbsp;&nbsp; Nays: 1 &nbsp;&nbsp;&nbsp; Absent: 0", s["left"]),
        Spacer(1, 30),
        signature_block([("Dana Whitfield", "President of the Board")], s["left"]),
        Spacer(1, 24),
        Paragraph("ATTEST:", s["left"]),
        Spacer(1, 24),
        signature_block([("Lee Marchetti", "Secretary of the Board")], s["left"]),
    ]
    doc.build(story)
    write_expected(out_dir, name, [
        ["resolution", {"number": "21-08"},
         {"adopted_date": "2021-03-03", "ayes": 4, "noes": 1, "absent": 0, "recitals": 0,
          "status": "adopted", "signatory": "Whitfield",
          "title_contains": "North Reservoir Roof"}],
        ["packet", {}, {"resolutions_exactly": 1}],
    ])


def build_number_below(out_dir):
    name = "resolution_number_below"
    s = styles("Serif", 11)
    doc = make_samples.document(out_dir / f"{name}.pdf", "Resolution 2023-17", "Town of Pine Hollow")
    fees = [["Shelter", "Seats", "Fee per day"],
            ["Shelter A (Alder Park)", "40", "$35"],
            ["Shelter B (Alder Park)", "80", "$60"],
            ["Pavilion (Commons)", "150", "$140"]]
    table = make_samples.ruled_table(fees, make_samples.Styles("Serif", 11), 5.5 * inch)
    story = [
        Paragraph("Resolution No", s["left"]),
        Spacer(1, 6),
        Paragraph("2023 - 17", s["left"]),
        Spacer(1, 14),
        Paragraph("A resolution setting the fees for picnic shelter reservations in the parks "
                  "of the Town. This resolution replaces the shelter fees set by resolution "
                  "2019-04. The fees below take effect July 1, 2023.", s["body"]),
        table,
        Spacer(1, 14),
        Paragraph("A reservation cancelled fourteen days or more before its date is refunded in "
                  "full; later cancellations are not refunded.", s["body"]),
        Spacer(1, 14),
        Paragraph("Adopted at the June 12, 2023 Town of Pine Hollow Council Meeting (3-2 vote)",
                  s["left"]),
    ]
    doc.build(story)
    write_expected(out_dir, name, [
        ["resolution", {"number": "2023-17"},
         {"adopted_date": "2023-06-12", "ayes": 3, "noes": 2, "recitals": 0, "status": "adopted"}],
        ["packet", {}, {"resolutions_exactly": 1, "mentions_resolution": "2019-04"}],
    ])


RUNNING_TEXT = (
    "RESOLUTION NO. 2022-31 A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF LAKE ARBOR "
    "APPROVING A LEASE OF THE OLD FIRE STATION TO THE LAKE ARBOR HISTORICAL SOCIETY WHEREAS, "
    "the City owns the former fire station at 40 Birch Street, which has stood empty since the "
    "new station opened; and WHEREAS, the Lake Arbor Historical Society has asked to lease the "
    "building for a museum of the town's history and has raised the funds to repair its roof; "
    "and WHEREAS, the lease keeps the building in public use and costs the City nothing; NOW, "
    "THEREFORE, BE IT RESOLVED by the City Council of the City of Lake Arbor as follows: "
    "Section 1. The lease attached as Exhibit A is approved. Section 2. The City Manager is "
    "authorized to sign the lease and any amendment that does not change its rent or term. "
    "Section 3. This resolution takes effect on its adoption. PASSED, APPROVED AND ADOPTED this "
    "8th day of March, 2022, by the following vote: AYES: Council Members Ortiz, Brandt, Sato, "
    "Nguyen NOES: None ABSENT: Council Member Hale ABSTAIN: None Jane Ortiz, Mayor ATTEST: "
    "Paul Brandt, City Clerk"
)


def build_running_text(out_dir):
    name = "resolution_running_text"
    s = styles("Serif", 11)
    doc = make_samples.document(out_dir / f"{name}.pdf", "Resolution No. 2022-31", "City of Lake Arbor")
    doc.build([Paragraph(RUNNING_TEXT, s["body"])])
    write_expected(out_dir, name, [
        ["resolution", {"number": "2022-31"},
         {"adopted_date": "2022-03-08", "recitals": 3, "ayes": 4, "noes": 0,
          "absent": 1, "signatory": "Ortiz", "jurisdiction": "City of Lake Arbor",
          "body": "City Council", "status": "adopted"}],
        ["packet", {}, {"resolutions_exactly": 1}],
    ])


def build_typed_scan(out_dir):
    name = "resolution_typed_scan"
    s = styles("Sans", 12.5)
    mono = ParagraphStyle("mono", parent=s["body"], fontName="DejaVu", fontSize=12.5,
                          leading=19, alignment=0)
    center = ParagraphStyle("monoc", parent=mono, alignment=TA_CENTER)
    source = out_dir / f"{name}_source.pdf"
    doc = make_samples.document(source, "Resolution No. 118", "County of Elk Ridge")
    story = [
        Paragraph("RESOLUTION NO. 118", center),
        Paragraph("A RESOLUTION OF THE BOARD OF COMMISSIONERS OF THE COUNTY OF ELK RIDGE "
                  "DEDICATING THE LOT AT MAIN AND THIRD STREETS TO PUBLIC PARKING", center),
        Spacer(1, 10),
        Paragraph("WHEREAS, the County owns the lot at the corner of Main and Third Streets, "
                  "bought for a road yard that was never built; and", mono),
        Paragraph("WHEREAS, the merchants of Main Street have asked that the lot be opened for "
                  "parking, now, therefore,", mono),
        Paragraph("BE IT RESOLVED by the Board of Commissioners of the County of Elk Ridge that "
                  "the lot is dedicated to public parking, free of charge, from six in the "
                  "morning until midnight.", mono),
        Spacer(1, 10),
        Paragraph("Approved by the Board of Commissioners this 14th day of March 1979.", mono),
        Spacer(1, 28),
        Paragraph("______________________________", mono),
        Paragraph("Walter Brody", mono),
        Paragraph("Chairman", mono),
    ]
    doc.build(story)
    make_samples.write_scan(out_dir / f"{name}.pdf", [(source, 1, 0)])
    source.unlink()
    write_expected(out_dir, name, [
        ["resolution", {"number": "118"},
         {"adopted_date": "1979-03-14", "recitals": 2, "status": "adopted", "signatory": "Brody"}],
        ["packet", {}, {"ocr_pages_min": 1, "resolutions_exactly": 1}],
    ])


def build_ordinance(out_dir):
    name = "ordinance_noise"
    s = styles("Serif", 11)
    doc = make_samples.document(out_dir / f"{name}.pdf", "Ordinance No. 1187", "City of Lake Arbor")
    story = [
        Paragraph("ORDINANCE NO. 1187", s["heading"]),
        Paragraph("AN ORDINANCE OF THE CITY OF LAKE ARBOR AMENDING CHAPTER 9.04 OF THE LAKE ARBOR "
                  "MUNICIPAL CODE ON NOISE", s["heading"]),
        Spacer(1, 8),
        Paragraph("WHEREAS, the City Council set quiet hours and the fees for noise permits by "
                  "Resolution No. 2015-22; and", s["body"]),
        Paragraph("WHEREAS, residents have asked that quiet hours hold on weekends as well;",
                  s["body"]),
        Paragraph("NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF LAKE ARBOR DOES ORDAIN AS "
                  "FOLLOWS:", s["body"]),
        Paragraph("Section 1. Section 9.04.020 of the Municipal Code is amended to set quiet "
                  "hours from ten in the evening to seven in the morning on every day of the "
                  "week.", s["body"]),
        Paragraph("Section 2. Permits for work in quiet hours are issued for the fees Resolution "
                  "No. 2015-22 sets.", s["body"]),
        Paragraph("Section 3. This ordinance takes effect thirty days after its adoption.",
                  s["body"]),
        Paragraph("PASSED, APPROVED AND ADOPTED this 2nd day of August, 2022.", s["body"]),
    ]
    doc.build(story)
    write_expected(out_dir, name, [
        ["packet", {}, {"resolutions_exactly": 0, "mentions_resolution": "2015-22",
                        "documents_min": 1}],
    ])


def build(out_dir):
    build_board_resolved(out_dir)
    build_number_below(out_dir)
    build_running_text(out_dir)
    build_typed_scan(out_dir)
    build_ordinance(out_dir)
