#!/usr/bin/python3
"""Rebuilds the sample agenda packets in samples/ from the seed texts in samples/seeds/.

The seeds are text renderings of five real packets (markdown-ish: `**bold**`, `~~struck~~`,
tab-separated tables). Agencies publish these as PDFs of three kinds, and agendum must read
all three, so this script produces each kind:

  born-digital  typeset with real fonts: bold headings, bullets, ruled tables, redlines drawn
                as a strike-through line over the deleted words, running headers and
                "Page N of M" footers, Agenda Quick style "Packet Pg. N" stamps, a two-column
                page; page counts close to the originals.
  scanned       image-only pages: born-digital pages rasterised at 200 dpi and degraded the
                way a copier degrades them (skew, noise, blur, JPEG artifacts, one page fed
                sideways or upside down).
  mixed         born-digital pages followed by scanned pages, as clerks assemble packets.

Run with Debian's python (reportlab, PIL and numpy from apt):
    /usr/bin/python3 tools/make_samples.py
Output is byte-for-byte reproducible: fixed random seeds, fixed dates, reportlab invariant
mode. Needs pdftoppm and pdfunite (poppler-utils).
"""

import hashlib
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepInFrame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
OUT = ROOT / "samples"

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]


def register_fonts():
    faces = {
        "Serif": "LiberationSerif-Regular.ttf", "Serif-Bold": "LiberationSerif-Bold.ttf",
        "Serif-Italic": "LiberationSerif-Italic.ttf", "Serif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
        "Sans": "LiberationSans-Regular.ttf", "Sans-Bold": "LiberationSans-Bold.ttf",
        "Sans-Italic": "LiberationSans-Italic.ttf", "Sans-BoldItalic": "LiberationSans-BoldItalic.ttf",
        "DejaVu": "DejaVuSans.ttf", "DejaVu-Bold": "DejaVuSans-Bold.ttf",
        "DejaVu-Italic": "DejaVuSans-Oblique.ttf", "DejaVu-BoldItalic": "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in faces.items():
        path = next((d / file for d in FONT_DIRS if (d / file).exists()), None)
        if path is None:
            sys.exit(f"missing font {file}: apt-get install fonts-liberation fonts-dejavu-core")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for family in ("Serif", "Sans", "DejaVu"):
        pdfmetrics.registerFontFamily(family, normal=family, bold=family + "-Bold",
                                      italic=family + "-Italic", boldItalic=family + "-BoldItalic")


# ---------------------------------------------------------------------------------------------
# Seed markup -> reportlab paragraph markup

def unescape(text):
    # The renderings escape markdown punctuation ("\$33.29"); the printed page has none.
    return re.sub(r"\\(.)", r"\1", text)


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class InlineState:
    """Bold and struck runs may span lines (a bold heading of two lines), so the open/closed
    state is carried from one line to the next."""

    def __init__(self):
        self.bold = False
        self.strike = False

    def line_to_xml(self, raw):
        parts = re.split(r"(\*\*|~~)", unescape(raw))
        out = []
        if self.bold:
            out.append("<b>")
        if self.strike:
            out.append("<strike>")
        for part in parts:
            if part == "**":
                out.append("</b>" if self.bold else "<b>")
                self.bold = not self.bold
            elif part == "~~":
                out.append("</strike>" if self.strike else "<strike>")
                self.strike = not self.strike
            else:
                out.append(xml_escape(part))
        if self.strike:
            out.append("</strike>")
        if self.bold:
            out.append("</b>")
        return "".join(out)


def plain(raw):
    return unescape(raw).replace("**", "").replace("~~", "").strip()


def looks_like_heading(text):
    """Short lines in capitals, or short labels ending in a colon, are set bold as the
    originals set them ("DEFINITION:", "Examples of Essential Duties")."""
    if not text or len(text) > 75 or "\t" in text:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper > 0.85:
        return True
    words = text.rstrip(":").split()
    if text.endswith(":") and len(words) <= 7:
        return True
    heading_words = ("Definition", "Distinguishing Characteristics", "Supervision Exercised",
                     "Examples of", "Qualification Guidelines", "Knowledge of", "Ability to",
                     "Education and", "License", "Special Requirements", "Career Ladder",
                     "Physical Requirements", "Work Environment", "Essential Duties")
    return len(words) <= 6 and any(text.startswith(w) for w in heading_words)


class Styles:
    def __init__(self, family="Serif", size=10.5, leading=None):
        leading = leading or size * 1.22
        self.body = ParagraphStyle("body", fontName=family, fontSize=size, leading=leading,
                                   spaceAfter=size * 0.55)
        self.tight = ParagraphStyle("tight", parent=self.body, spaceAfter=0)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=family + "-Bold",
                                      spaceBefore=size * 0.5, spaceAfter=size * 0.35, keepWithNext=1)
        self.title = ParagraphStyle("title", parent=self.heading, fontSize=size + 3,
                                    leading=(size + 3) * 1.2, alignment=TA_CENTER, spaceAfter=size)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=22, bulletIndent=8,
                                     spaceAfter=size * 0.25)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=size - 1.5,
                                   leading=(size - 1.5) * 1.18, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=family + "-Bold")


def ruled_table(rows, styles, width, header=True):
    """Tab-separated rows drawn as a ruled table, the way Word and Excel exhibits print."""
    columns = max(len(r) for r in rows)
    rows = [r + [""] * (columns - len(r)) for r in rows]
    longest = [max(len(r[c]) for r in rows) for c in range(columns)]
    weights = [min(max(n, 4), 60) for n in longest]
    widths = [width * w / sum(weights) for w in weights]
    cells = []
    for i, row in enumerate(rows):
        style = styles.cell_bold if header and i == 0 else styles.cell
        cells.append([Paragraph(text, style) for text in row])
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)))
    table.setStyle(TableStyle(commands))
    return table


def flowables_from_markup(text, styles, width, page_break_before=lambda lines, i: False,
                          title_line=lambda lines, i: False):
    """Turns a seed rendering into platypus flowables: headings bold, `- ` lines bulleted,
    tab rows as ruled tables, other lines kept as the document broke them."""
    lines = text.split("\n")
    state = InlineState()
    story = []
    paragraph = []
    table_rows = []

    def flush_paragraph():
        if paragraph:
            story.append(Paragraph("<br/>".join(paragraph), styles.body))
            paragraph.clear()

    def flush_table():
        if table_rows:
            story.append(ruled_table(list(table_rows), styles, width))
            story.append(Spacer(1, 6))
            table_rows.clear()

    for i, raw in enumerate(lines):
        xml = state.line_to_xml(raw)
        stripped = plain(raw)
        if "\t" in raw and stripped:
            flush_paragraph()
            table_rows.append([InlineState().line_to_xml(c).strip() for c in raw.split("\t")])
            continue
        flush_table()
        if not stripped:
            flush_paragraph()
            continue
        if page_break_before(lines, i):
            flush_paragraph()
            story.append(PageBreak())
        if title_line(lines, i):
            flush_paragraph()
            story.append(Paragraph(xml, styles.title))
        elif re.match(r"^\s*- ", raw):
            flush_paragraph()
            story.append(Paragraph(re.sub(r"^\s*-\s", "", xml, count=1), styles.bullet, bulletText="•"))
        elif looks_like_heading(stripped) and not paragraph:
            story.append(Paragraph(xml if "<b>" in xml else f"<b>{xml}</b>", styles.heading))
        else:
            paragraph.append(xml.strip())
    flush_paragraph()
    flush_table()
    return story


# ---------------------------------------------------------------------------------------------
# Page furniture

def numbered_canvas(furniture):
    """A canvas that holds every page until the end so each footer can say "Page N of M"."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for number, saved in enumerate(self._saved_pages, start=1):
                self.__dict__.update(saved)
                furniture(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def document(path, title, author, margins=(0.9, 0.9, 0.9, 0.9), two_column=False):
    left, right, top, bottom = (m * inch for m in margins)
    doc = BaseDocTemplate(str(path), pagesize=letter, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom, title=title, author=author,
                          creator="Microsoft Word", producer="agendum sample generator",
                          invariant=1)
    one = Frame(left, bottom, doc.width, doc.height, id="one")
    templates = [PageTemplate(id="one", frames=[one])]
    if two_column:
        gap = 0.3 * inch
        col = (doc.width - gap) / 2
        templates.append(PageTemplate(id="two", frames=[
            Frame(left, bottom, col, doc.height, id="left"),
            Frame(left + col + gap, bottom, col, doc.height, id="right")]))
    doc.addPageTemplates(templates)
    return doc


def running_furniture(header_left, header_right, footer_left, family="Serif", skip_first=False):
    def draw(canvas, number, total):
        width, height = canvas._pagesize
        canvas.saveState()
        if not (skip_first and number == 1):
            canvas.setFont(family, 8.5)
            canvas.drawString(0.9 * inch, height - 0.55 * inch, header_left)
            canvas.drawRightString(width - 0.9 * inch, height - 0.55 * inch, header_right)
            canvas.setLineWidth(0.5)
            canvas.line(0.9 * inch, height - 0.6 * inch, width - 0.9 * inch, height - 0.6 * inch)
        canvas.setFont(family, 8.5)
        canvas.drawString(0.9 * inch, 0.5 * inch, footer_left)
        canvas.drawRightString(width - 0.9 * inch, 0.5 * inch, f"Page {number} of {total}")
        canvas.restoreState()
    return draw


# ---------------------------------------------------------------------------------------------
# Torrance: agenda, staff reports and class specifications (born-digital, full packet)

def spec_header_table(title, left_lines, right_lines, styles, width):
    """NEOGOV-style exported header: title and agency on the left, class code and bargaining
    unit on the right, inside a ruled box."""
    left = [Paragraph(f"<b>{xml_escape(title)}</b>", ParagraphStyle("h", parent=styles.heading, fontSize=13,
                                                                    leading=16))]
    left += [Paragraph(xml_escape(l), styles.tight) for l in left_lines]
    right = [Paragraph(xml_escape(l), styles.tight) for l in right_lines]
    table = Table([[left, right]], colWidths=[width * 0.55, width * 0.45])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                               ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def torrance_story(text, styles, width):
    lines = text.split("\n")

    def next_nonblank(i, n=4):
        out = []
        for line in lines[i + 1:]:
            if plain(line):
                out.append(plain(line))
            if len(out) == n:
                break
        return out

    def is_spec_title(ls, i):
        s = plain(ls[i])
        if not s or len(s) > 80 or s.startswith(("Attachment", "ATTACHMENT", "SUBJECT")):
            return False
        after = next_nonblank(i, 2)
        return bool(after) and re.match(r"(Class Code:|DEFINITION|Definition)", after[0]) is not None

    def breaks(ls, i):
        s = plain(ls[i])
        if s.startswith(("Honorable Chair and Members", "Council Meeting of")):
            return True
        if is_spec_title(ls, i):
            return True
        if s == "CITY OF TORRANCE" and next_nonblank(i, 1) and "Organizational Chart" in next_nonblank(i, 1)[0]:
            return True
        return s.startswith("POLICY OF THE CIVIL SERVICE COMMISSION") or s == "Torrance Municipal Code"

    # Exported spec headers (title, Class Code:, code, Bargaining Unit: ..., CITY OF TORRANCE,
    # dates, up to SALARY RANGE) become one boxed header; the rest flows normally.
    story = []
    chunk = []
    i = 0
    while i < len(lines):
        s = plain(lines[i])
        ahead = next_nonblank(i, 1)
        if s and ahead and ahead[0] == "Class Code:" and is_spec_title(lines, i):
            if chunk:
                story += flowables_from_markup("\n".join(chunk), styles, width, breaks, is_spec_title)
                chunk = []
            j = i + 1
            header = []
            while j < len(lines) and plain(lines[j]) != "SALARY RANGE":
                if plain(lines[j]):
                    header.append(plain(lines[j]))
                j += 1
            right, left = [], []
            k = 0
            while k < len(header):
                h = header[k]
                if h == "Class Code:" and k + 1 < len(header) and re.fullmatch(r"\d{3,5}", header[k + 1]):
                    right.append(f"Class Code: {header[k + 1]}")
                    k += 2
                    continue
                if h.startswith("Bargaining Unit:"):
                    unit = h
                    while k + 1 < len(header) and not header[k + 1].startswith(("CITY OF", "Revision", "Established", "Class Code")):
                        unit += " " + header[k + 1]
                        k += 1
                    right.append(unit)
                elif h == "Class Code:":
                    right.append(h)
                else:
                    left.append(h)
                k += 1
            story.append(PageBreak())
            story.append(spec_header_table(s, left, right, styles, width))
            story.append(Spacer(1, 8))
            i = j
            continue
        chunk.append(lines[i])
        i += 1
    if chunk:
        story += flowables_from_markup("\n".join(chunk), styles, width, breaks, is_spec_title)
    return story


def build_torrance(path):
    text = (SEEDS / "torrance_csc_2023-04-10.txt").read_text(encoding="utf-8")
    doc = document(path, "Civil Service Commission Agenda - April 10, 2023", "City of Torrance",
                   margins=(0.75, 0.75, 0.8, 0.75))
    styles = Styles("Serif", size=9.2, leading=10.6)
    story = torrance_story(text, styles, doc.width)
    furniture = running_furniture("City of Torrance  |  Civil Service Commission",
                                  "Regular Meeting  April 10, 2023", "Agenda Packet")
    doc.build(story, canvasmaker=numbered_canvas(furniture))


# ---------------------------------------------------------------------------------------------
# Carson: Resolution 19-110 with its redlined Exhibit A (born-digital)

def build_carson(path):
    text = (SEEDS / "carson_reso_19-110.txt").read_text(encoding="utf-8")
    doc = document(path, "Resolution No. 19-110", "City of Carson", margins=(1.0, 1.0, 1.0, 0.9))
    styles = Styles("Serif", size=11.5)

    def breaks(lines, i):
        s = plain(lines[i])
        return s == "STATE OF CALIFORNIA)" or (s == "CITY OF CARSON" and i > 40)

    def title(lines, i):
        return plain(lines[i]).startswith("RESOLUTION NO.") and i < 5

    story = flowables_from_markup(text, styles, doc.width, breaks, title)
    furniture = running_furniture("City of Carson", "Resolution No. 19-110", "", skip_first=True)
    doc.build(story, canvasmaker=numbered_canvas(furniture))


# ---------------------------------------------------------------------------------------------
# Los Angeles: Director of Systems competency model (born-digital, sans-serif)

def build_los_angeles(path):
    text = (SEEDS / "la_director_of_systems_9375.txt").read_text(encoding="utf-8")
    doc = document(path, "Competency Model for Director of Systems", "City of Los Angeles Personnel Department",
                   margins=(1.0, 1.0, 1.0, 0.9))
    styles = Styles("DejaVu", size=10)

    def breaks(lines, i):
        # Each competency starts on its own page, as the Personnel Department prints them.
        return re.match(r"^\d+\. [A-Z][A-Z ,&/-]+ [–-] ", plain(lines[i])) is not None

    story = flowables_from_markup(text, styles, doc.width, breaks)
    furniture = running_furniture("City of Los Angeles  Personnel Department",
                                  "Director of Systems  9375", "Competency Model", family="DejaVu")
    doc.build(story, canvasmaker=numbered_canvas(furniture))


# ---------------------------------------------------------------------------------------------
# Flattened seeds (Seal Beach, Diamond Bar): the archive's viewer joined every line, so
# paragraphs are restored at the boundaries a reader sees.

VIEWER_PREFIX = re.compile(r"^Loading\.\.\.\s*HomeMy WebLinkAbout\S*\s*")

REFLOW_BREAKS = re.compile(
    r"\s+(?=(?:RESOLUTION NO\. \d|WHEREAS,|NOW, THEREFORE|Section \d+\.|SECTION \d+\.|AYES:|NOES:|"
    r"ABSENT:|ABSTAIN(?:ED)?:|PASSED, APPROVED|ATTEST:|APPROVED AS TO FORM|RECOMMENDED ACTION:|"
    r"RECOMMENDATION:|FINANCIAL IMPACT:|FISCAL IMPACT:|BACKGROUND:|DISCUSSION:|ANALYSIS:|"
    r"SUMMARY OF REQUEST:|PREPARED BY:|REVIEWED BY:|Attachments?:|Agenda #:|Meeting Date:|"
    r"TO:|FROM:|SUBJECT:|TITLE:|DATE:|THRU:|RULE [IVXL]+ |MOVED BY|Motion by|CALL TO ORDER:|"
    r"PLEDGE OF ALLEGIANCE:|INVOCATION:|ROLL CALL:|APPROVAL OF AGENDA:|STRATEGIC GOAL:|LEGAL REVIEW:|"
    r"\d{1,2}\.\d{1,2}(?:\.[a-z])? [A-Z][A-Z]|\d{1,2}\. [A-Z][A-Z]|• ))")

HEADING_START = re.compile(r"^([A-Z]+ \d{1,2}, \d{4} PAGE \d+$|RESOLUTION NO\.|RULE [IVXL]+ |[A-Z][A-Z /&]{3,}:|\d{1,2}\.\d{1,2}(\.[a-z])? [A-Z][A-Z]|\d{1,2}\. [A-Z][A-Z])")


def reflow(text, max_sentences=5):
    # Running heads of multi-page minutes and agendas ("MAY 19, 2020 PAGE 10") are lines of their own.
    text = re.sub(r"\s*([A-Z]+ \d{1,2}, \d{4} PAGE \d+)\s+", r"\n\1\n", text)
    # Signature lines stand alone, with the signer's name and title under them.
    text = re.sub(r"\s*(_{5,})\s*", r"\n\1\n", text)
    pieces = [p.strip() for chunk in text.split("\n") for p in REFLOW_BREAKS.split(chunk) if p.strip()]
    paragraphs = []
    for piece in pieces:
        # Long runs without a boundary are split every few sentences so pages read as prose.
        sentences = re.split(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z])", piece)
        for k in range(0, len(sentences), max_sentences):
            paragraphs.append(" ".join(sentences[k:k + max_sentences]))
    return paragraphs


def paragraph_flowables(paragraphs, styles):
    story = []
    for p in paragraphs:
        xml = xml_escape(unescape(p))
        if p.startswith("• "):
            story.append(Paragraph(xml[2:], styles.bullet, bulletText="•"))
        elif HEADING_START.match(p):
            head, _, rest = xml.partition(":") if re.match(r"^[A-Z][A-Z /&]{3,}:", p) else (xml, "", "")
            if rest or _:
                story.append(Paragraph(f"<b>{head}:</b>{rest}", styles.body))
            else:
                words = xml.split(" ")
                # Bold the leading heading words in capitals ("3.5 APPROVE ...", "RULE XVI REPORTS").
                n = 0
                while n < len(words) and (re.fullmatch(r"[A-Z0-9.,#&/()–-]+", words[n]) or n == 0):
                    n += 1
                story.append(Paragraph(f"<b>{' '.join(words[:n])}</b> {' '.join(words[n:])}", styles.body))
        else:
            story.append(Paragraph(xml, styles.body))
    return story


# Agenda Quick stamps at the foot of every attachment page: "3.5.a Packet Pg. 68".
STAMP = re.compile(r"\s*(\d{1,2}\.\d{1,2}(?:\.[a-z])?)\s*Packet Pg\. (\d{1,3})\b\s*")

# Packet pages left out of the sample: the middle of the 87-page personnel rules redline. Its
# first and last pages stay, so the attachment boundary and its stamps are kept.
DIAMOND_BAR_DROPPED = range(76, 149)


def diamond_bar_pages(text):
    """Splits the flattened packet at its page stamps: [(stamps, text)], one per packet page.
    A page whose text is empty carried only a stamp (an image page in the original) and
    pages stamped twice (a staff report reprinted inside an attachment) keep both stamps."""
    text = VIEWER_PREFIX.sub("", text)
    pages = []
    position = 0
    for match in STAMP.finditer(text):
        body = text[position:match.start()].strip()
        stamp = (match.group(1), int(match.group(2)))
        if not body and pages and len(pages[-1][0]) == 1 and stamp[1] != pages[-1][0][0][1] + 1:
            pages[-1][0].append(stamp)
        else:
            pages.append(([stamp], body))
        position = match.end()
    tail = text[position:].strip()
    if tail:
        pages.append(([], tail))
    return pages


def build_diamond_bar(path, keep=lambda number: number not in DIAMOND_BAR_DROPPED):
    text = (SEEDS / "diamondbar_cc_2020-06-02.txt").read_text(encoding="utf-8")
    pages = diamond_bar_pages(text)
    # The agenda pages carry no stamp; they end where the first staff report begins and
    # break at their own running heads ("JUNE 2, 2020 PAGE 2").
    first_stamps, first_body = pages[0]
    agenda, marker, report = first_body.partition("Agenda #:")
    agenda_pages = re.split(r"\s+(?=JUNE 2, 2020 PAGE \d+ )", agenda.strip())
    layout = [([], body) for body in agenda_pages] + [(first_stamps, marker + report)] + pages[1:]
    layout = [(stamps, body) for stamps, body in layout if not stamps or keep(stamps[0][1])]

    doc = document(path, "2020.06.02 Agenda Packet - Regular Meeting", "City of Diamond Bar",
                   margins=(0.9, 0.9, 0.8, 0.95))
    styles = Styles("Sans", size=9.5)
    story = []
    stamps_by_page = {}
    for number, (stamps, body) in enumerate(layout, start=1):
        stamps_by_page[number] = stamps
        # One packet page is one PDF page: long pages shrink rather than spill.
        content = paragraph_flowables(reflow(body), styles) if body else [Spacer(1, 1)]
        story.append(KeepInFrame(doc.width, doc.height, content, mode="shrink"))
        story.append(PageBreak())
    story.pop()

    def furniture(canvas, number, total):
        width, _ = canvas._pagesize
        canvas.saveState()
        for k, (item, packet_page) in enumerate(stamps_by_page.get(number, [])):
            y = 0.45 * inch + k * 0.3 * inch
            canvas.setFillColor(colors.white)
            canvas.rect(width - 1.6 * inch, y - 4, 1.15 * inch, 14, stroke=1, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont("Sans-Bold", 8.5)
            canvas.drawCentredString(width - 1.025 * inch, y, f"Packet Pg. {packet_page}")
            # The attachment number runs up the right edge, as Agenda Quick prints it.
            canvas.saveState()
            canvas.translate(width - 0.3 * inch, 1.3 * inch + k * 0.9 * inch)
            canvas.rotate(90)
            canvas.setFont("Sans-Bold", 9)
            canvas.drawString(0, 0, item)
            canvas.restoreState()
        canvas.restoreState()

    doc.build(story, canvasmaker=numbered_canvas(furniture))


def build_seal_beach(path):
    text = (SEEDS / "sealbeach_classcomp_2017-11-13.txt").read_text(encoding="utf-8")
    text = VIEWER_PREFIX.sub("", text)
    doc = document(path, "Classification / Compensation Study", "City of Seal Beach",
                   margins=(1.0, 1.0, 0.9, 0.9), two_column=True)
    styles = Styles("Serif", size=10.5)
    # The archive's reader turned unreadable bullets into U+FFFD; print them as bullets again.
    # Arrow and check-mark bullets are Wingdings in the original; the serif face has none.
    text = re.sub(r"(?:\s\ufffd+)+\s", " \u2022 ", text).replace("\ufffd", "")
    text = text.replace("\u27a2", "\u2022").replace("\u2713", "\u2022")
    paragraphs = reflow(text, max_sentences=4)
    # The study's introduction is set in two columns, as consultants' reports often are; the
    # staff report before it and the chapters after it are single column.
    study_start = next((i for i, p in enumerate(paragraphs) if "INTRODUCTION" in p), 12)
    study_end = study_start
    characters = 0
    while study_end < len(paragraphs) and characters < 6800:
        characters += len(paragraphs[study_end])
        study_end += 1
    story = paragraph_flowables(paragraphs[:study_start], styles)
    story += [NextPageTemplate("two"), PageBreak()]
    story += paragraph_flowables(paragraphs[study_start:study_end], styles)
    story += [NextPageTemplate("one"), PageBreak()]
    story += paragraph_flowables(paragraphs[study_end:], styles)
    furniture = running_furniture("City of Seal Beach", "Agenda Item 13  November 13, 2017",
                                  "Classification and Compensation Study")
    doc.build(story, canvasmaker=numbered_canvas(furniture))


# ---------------------------------------------------------------------------------------------
# Scans

SCAN_DPI = 200


def rasterise(pdf, page, dpi=SCAN_DPI):
    png = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                          str(pdf)], check=True, capture_output=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def degrade(image, seed, rotation=0):
    """What a copier does to a page: skew within two degrees, uneven toner, speckle, blur,
    and heavy JPEG compression; sometimes the page goes in sideways or upside down."""
    rng = numpy.random.RandomState(seed)
    skew = rng.uniform(-2.0, 2.0)
    image = image.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
    pixels = numpy.asarray(image, dtype=numpy.float32)
    height, width = pixels.shape
    # Toner: a faint gradient across the page and gray paper.
    gradient = numpy.linspace(0, rng.uniform(8, 22), width)[None, :]
    pixels = pixels * 0.9 + 14 + gradient
    pixels += rng.normal(0, 9, pixels.shape)
    speckles = rng.random_sample(pixels.shape) < 0.0008
    pixels[speckles] = rng.uniform(0, 90, speckles.sum())
    image = Image.fromarray(numpy.clip(pixels, 0, 255).astype(numpy.uint8))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
    if rotation:
        image = image.rotate(rotation, expand=True)
    return image


def write_scan(out_path, pages):
    """pages: [(pdf, page number, rotation)] -> image-only PDF, one JPEG per page."""
    canvas = pdfcanvas.Canvas(str(out_path), invariant=1, pageCompression=1)
    canvas.setAuthor("")
    canvas.setCreator("Xerox WorkCentre 7855")
    canvas.setProducer("Xerox WorkCentre 7855")
    for index, (pdf, number, rotation) in enumerate(pages):
        image = degrade(rasterise(pdf, number), seed=1000 + index * 7 + number, rotation=rotation)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=38, optimize=True)
        buffer.seek(0)
        width, height = image.size[0] * 72.0 / SCAN_DPI, image.size[1] * 72.0 / SCAN_DPI
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(buffer), 0, 0, width, height)
        canvas.showPage()
    canvas.save()


def page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def find_pages(pdf, needle):
    """1-based pages of pdf whose text contains needle."""
    found = []
    for number in range(1, page_count(pdf) + 1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-layout", str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
        if needle in " ".join(text.split()):
            found.append(number)
    return found


def fix_document_id(pdf):
    """pdfunite writes a random file /ID; derive it from the content instead so the file is
    reproducible. The trailer follows the cross-reference table, so no offset moves."""
    data = pdf.read_bytes()
    trailer = data.rfind(b"trailer")
    digest = hashlib.md5(data[:trailer]).hexdigest().encode()
    fixed = re.sub(rb"/ID \[.*?\] /Root", b"/ID [<" + digest + b"> <" + digest + b">] /Root", data[trailer:],
                   count=1, flags=re.S)
    pdf.write_bytes(data[:trailer] + fixed)


def main():
    register_fonts()
    OUT.mkdir(exist_ok=True)
    born = {
        "torrance_packet.pdf": build_torrance,
        "carson_19-110.pdf": build_carson,
        "la_director_systems.pdf": build_los_angeles,
        "sealbeach_study.pdf": build_seal_beach,
        "diamondbar_packet.pdf": build_diamond_bar,
    }
    for name, build in born.items():
        build(OUT / name)
        print(f"{name}: {page_count(OUT / name)} pages")

    carson = OUT / "carson_19-110.pdf"
    write_scan(OUT / "carson_19-110_scan.pdf",
               [(carson, n, 0) for n in range(1, min(page_count(carson), 4) + 1)])

    la = OUT / "la_director_systems.pdf"
    write_scan(OUT / "la_director_systems_scan.pdf", [(la, 1, 0), (la, 2, 180), (la, 3, 0)])

    torrance = OUT / "torrance_packet.pdf"
    welder = find_pages(torrance, "Class Code: 5524")[0]
    storekeeper = find_pages(torrance, "Class Code: 1152")[0]
    # The revised Police Services Supervisor spec: its Animal Control duties are struck through.
    redline = find_pages(torrance, "Initiates and maintains an active volunteer")[0]
    write_scan(OUT / "torrance_specs_scan.pdf",
               [(torrance, 1, 0), (torrance, welder, 0), (torrance, welder + 1, 90),
                (torrance, storekeeper, 0), (torrance, redline, 0)])

    diamond = OUT / "diamondbar_packet.pdf"
    # The agenda's first two pages, the minutes page with the roll-call vote on 2020-13, and
    # both draft resolutions with their blank vote blocks.
    vote_page = find_pages(diamond, "Resolution No. 2020-13")[-1:]
    resolution_pages = find_pages(diamond, "RESOLUTION NO. 2020-14")[:1] + find_pages(diamond, "RESOLUTION NO. 2020-15")[:1]
    chosen = sorted(set([1, 2, 3] + vote_page + resolution_pages + [resolution_pages[-1] + 1]))
    write_scan(OUT / "diamondbar_resolutions_scan.pdf", [(diamond, n, 0) for n in chosen])

    # Mixed: the born-digital Carson resolution with scanned Torrance spec pages behind it.
    with tempfile.TemporaryDirectory() as scratch:
        scanned_part = Path(scratch) / "scanned.pdf"
        write_scan(scanned_part, [(torrance, welder, 0), (torrance, welder + 1, 0)])
        mixed = OUT / "mixed_carson_torrance.pdf"
        subprocess.run(["pdfunite", str(carson), str(scanned_part), str(mixed)], check=True)
        fix_document_id(mixed)

    for pdf in sorted(OUT.glob("*.pdf")):
        print(f"{pdf.name}: {page_count(pdf)} pages, {pdf.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
