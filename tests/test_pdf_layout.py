"""PDF import, one layout rule at a time, on small PDFs made here (tests/pdf_builder.py).

Each rule is checked where it is made, in the laid-out lines `read_pdf` writes, and where
it ends up, in the model `resreader.parse` builds from the same bytes. Known bugs are
strict xfails: each names the rule and the minimal PDF that breaks it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resreader
from pdf_builder import (
    BODY_TOP,
    BOLD,
    BR,
    ITALIC,
    LEFT,
    PAGE_BREAK,
    PARAGRAPH_STEP,
    PITCH,
    PREAMBLE_X,
    PdfBuilder,
    Piece,
    Span,
    UNResolution,
    it,
    note,
    text_width,
    truncated,
    with_bad_startxref,
    with_bad_xref,
)
from resreader.errors import ParseError
from resreader.model import PageBox, Resolution
from resreader.parsing import parse_text
from resreader.parsing.laidout import FOOTNOTE_RULE, LaidOut, attach_boxes
from resreader.parsing.pdf import _lay_out, read_pdf, runs
from resreader.parsing.pdf.lines import Line, group_lines
from resreader.parsing.pdf.runs import Run
from resreader.parsing.pdf.wording import _joined
from resreader.parsing.pdf.zones import PageZones

SOURCE = "made-in-test.pdf"
RECALLING = (
    it("Recalling "),
    "its resolution 76/181 of 16 December 2021 on the United Nations "
    "standards and norms in crime prevention and criminal justice and all its previous "
    "resolutions on the matter,",
)
REQUESTS = (
    it("Requests "),
    "the Secretary-General to report to it at its eightieth session on "
    "the implementation of the present resolution, under the item entitled “Crime "
    "prevention and criminal justice”.",
)
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def resolution(**masthead: object) -> UNResolution:
    """A resolution with one ordinary preambular paragraph already set (pp1)."""
    res = UNResolution(**masthead)  # type: ignore[arg-type]
    return res.preamble(*RECALLING)


def finished(res: UNResolution, last: str | None = None) -> bytes:
    """The PDF, after a last operative paragraph numbered `last` and the meeting lines."""
    if last:
        res.operative(last, *REQUESTS)
    return res.closing().pdf()


def paragraphs(data: bytes) -> list[str]:
    """The laid-out body paragraphs: after "The General Assembly," up to the notes."""
    lines = [line for line in read_pdf(data, SOURCE).lines if line]
    start = lines.index("The General Assembly,") + 1
    end = lines.index(FOOTNOTE_RULE) if FOOTNOTE_RULE in lines else len(lines)
    return lines[start:end]


def notes(data: bytes) -> list[str]:
    lines = [line for line in read_pdf(data, SOURCE).lines if line]
    return lines[lines.index(FOOTNOTE_RULE) + 1 :] if FOOTNOTE_RULE in lines else []


def parse(data: bytes) -> Resolution:
    return resreader.parse(data, SOURCE)


def texts(res: Resolution) -> list[str]:
    return [clause.text for clause in res.clauses()]


def one_paragraph(*lines: list[Piece]) -> bytes:
    """A resolution whose pp2 is `*Noting* …` set on the given lines (forced line ends)."""
    pieces: list[Piece] = [it("Noting ")]
    for line in lines:
        pieces += [*line, BR]
    return finished(resolution().preamble(*pieces[:-1]), "1.")


def noting(data: bytes) -> tuple[str, str]:
    """pp2's laid-out line and its text in the model."""
    line = next(p for p in paragraphs(data) if p.startswith("*Noting*"))
    return line, parse(data).preamble[1].text


# --- where a paragraph starts ------------------------------------------------------------------


def test_a_first_line_indent_starts_a_paragraph_even_without_a_gap() -> None:
    res = resolution()
    res.line(
        PREAMBLE_X,
        it("Noting "),
        "the work of the Commission over the years and the "
        "report of the Secretary-General on the matter,",
        gap=PITCH,
    )
    data = finished(res, "1.")
    assert [p.split("*")[1] for p in paragraphs(data)[:2]] == ["Recalling", "Noting"]
    assert [p.lead for p in parse(data).preamble] == ["Recalling", "Noting"]


def test_a_line_at_the_margin_one_pitch_down_continues_the_paragraph() -> None:
    res = resolution()
    res.line(LEFT, "and its resolution 77/232 of 15 December 2022 on the same matter,", gap=PITCH)
    data = finished(res, "1.")
    assert paragraphs(data)[0].endswith(
        "on the matter, and its resolution 77/232 of 15 December 2022 on the same matter,"
    )
    assert len(parse(data).preamble) == 1


def test_a_vertical_gap_starts_a_paragraph_at_the_margin() -> None:
    res = resolution()
    res.line(
        LEFT,
        it("Noting "),
        "the report of the Secretary-General on the matter and the "
        "recommendations contained therein,",
    )
    res.line(
        LEFT,
        it("Noting also "),
        "the work of the Commission on Crime Prevention and "
        "Criminal Justice at its thirty-second session,",
    )
    data = finished(res, "1.")
    assert [p.split("*")[1] for p in paragraphs(data)[:3]] == ["Recalling", "Noting", "Noting also"]
    assert [p.lead for p in parse(data).preamble] == ["Recalling", "Noting", "Noting also"]


def test_a_number_hanging_in_the_margin_is_the_paragraph_number() -> None:
    res = resolution()
    res.operative(
        "12.",
        it("Decides "),
        "to continue its consideration of the question at "
        "its seventy-ninth session, under the item entitled “Crime prevention”;",
    )
    data = finished(res, "13.")
    assert paragraphs(data)[1].startswith("12. *Decides* to continue")
    op = parse(data).operative[0]
    assert (op.id, op.num, op.lead) == ("op12", "12", "Decides")
    assert op.text.startswith("Decides to continue")  # the number is not in the text


def test_sub_paragraph_markers_a_and_i() -> None:
    res = resolution()
    res.operative("1.", it("Decides "), "that the requirements shall be financed as follows:")
    res.sub(
        "(a)",
        "The unencumbered balance in the amount of 1,631,300 dollars, to be applied as follows:",
    )
    res.sub("(i)", "first against the resources required for the period;")
    res.sub("(ii)", "then against the balance referred to in subparagraph (b) below;")
    res.sub(
        "(b)",
        "The balance of 56,254,400 dollars, to be prorated among the budgets of "
        "the active peacekeeping operations;",
    )
    data = finished(res, "2.")
    body = paragraphs(data)
    assert [p.split(" ")[0] for p in body[2:6]] == ["(a)", "(i)", "(ii)", "(b)"]
    op1 = parse(data).operative[0]
    assert [s.id for s in op1.subparagraphs] == ["op1(a)", "op1(b)"]
    assert [s.id for s in op1.subparagraphs[0].subparagraphs] == ["op1(a)(i)", "op1(a)(ii)"]
    assert op1.subparagraphs[0].subparagraphs[1].text == (
        "then against the balance referred to in subparagraph (b) below;"
    )


def test_a_paragraph_continued_on_the_next_page_stays_one_paragraph() -> None:
    res = resolution()
    res.preamble(
        it("Noting "),
        "the efforts taken by the",
        PAGE_BREAK,
        "United Nations Office on Drugs and Crime to implement its resolution 76/182,",
    )
    data = finished(res, "1.")
    assert paragraphs(data)[1] == (
        "*Noting* the efforts taken by the United Nations Office on "
        "Drugs and Crime to implement its resolution 76/182,"
    )
    pp2 = parse(data).preamble[1]
    assert pp2.text == (
        "Noting the efforts taken by the United Nations Office on Drugs and "
        "Crime to implement its resolution 76/182,"
    )
    assert [box.page for box in pp2.boxes] == [0, 1]


def test_a_resolution_with_one_short_paragraph_keeps_its_continuation_line() -> None:
    res = UNResolution()
    res.preamble(it("Noting "), "the pre- and ", BR, "post-conflict work of the Commission,")
    data = res.closing().pdf()
    assert paragraphs(data)[0] == "*Noting* the pre- and post-conflict work of the Commission,"
    assert len(parse(data).preamble[0].boxes) == 1


# --- leads: the italic run -----------------------------------------------------------------------


def test_the_lead_is_exactly_the_italic_run() -> None:
    res = resolution()
    res.operative(
        "1.",
        it("Takes note with appreciation "),
        "of the report of the Secretary-General on the implementation of resolution 76/181;",
    )
    data = finished(res, "2.")
    assert paragraphs(data)[1].startswith("1. *Takes note with appreciation* of the report")
    assert parse(data).operative[0].lead == "Takes note with appreciation"


@pytest.mark.parametrize(
    ("italic", "roman", "lead"),
    [
        ("Bearing firmly in mind ", "the work of the Commission,", "Bearing firmly in mind"),
        ("Bearing firmly ", "in mind the work of the Commission,", "Bearing firmly"),
        ("Bearing ", "firmly in mind the work of the Commission,", "Bearing"),
    ],
)
def test_the_lead_comes_from_the_font_not_from_the_words(
    italic: str, roman: str, lead: str
) -> None:
    data = finished(resolution().preamble(it(italic), roman), "1.")
    assert paragraphs(data)[1] == f"*{lead}* " + (italic[len(lead) + 1 :] + roman).lstrip()
    pp2 = parse(data).preamble[1]
    assert (pp2.lead, pp2.text) == (lead, "Bearing firmly in mind the work of the Commission,")


def test_a_lead_wrapped_over_two_lines_is_one_lead() -> None:
    res = resolution()
    res.preamble(
        it("Expresses its deep appreciation "),
        BR,
        it("and gratitude "),
        "to the Government of Japan for hosting the Congress,",
    )
    data = finished(res, "1.")
    assert parse(data).preamble[1].lead == "Expresses its deep appreciation and gratitude"


def test_an_italic_title_after_the_lead_is_not_lead() -> None:
    res = resolution()
    res.preamble(
        it("Welcoming "),
        "the ",
        it("Global Sustainable Development Report 2023"),
        " and its findings,",
    )
    data = finished(res, "1.")
    assert parse(data).preamble[1].lead == "Welcoming"


@pytest.mark.parametrize("stop", [". ", it(". ")], ids=["roman-stop", "italic-stop"])
def test_a_number_set_in_two_runs_keeps_the_lead(stop: str | Span) -> None:
    res = resolution()
    res.operative(
        ["5", stop],
        it("Decides "),
        "that the duration of the Congress should not "
        "exceed eight days, including pre-Congress consultations;",
    )
    data = finished(res, "6.")
    assert paragraphs(data)[1].startswith("5. *Decides* that the duration")
    op5 = parse(data).operative[0]
    assert (op5.id, op5.lead) == ("op5", "Decides")


# --- footnote markers: raised small digits ----------------------------------------------------


def test_raised_small_digits_are_footnote_markers_linked_to_the_notes() -> None:
    res = resolution()
    res.preamble(
        it("Noting "),
        "the report of the Congress",
        note("1"),
        " and the Kyoto "
        "Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of "
        "Law,",
        note("2"),
    )
    res.footnote("1", "A/CONF.234/16.").footnote("2", "Resolution 76/181, annex.")
    data = finished(res, "1.")
    assert paragraphs(data)[1].startswith("*Noting* the report of the Congress¹ and the Kyoto")
    assert paragraphs(data)[1].endswith("Rule of Law,²")
    assert notes(data) == ["1 A/CONF.234/16.", "2 Resolution 76/181, annex."]
    parsed = parse(data)
    pp2 = parsed.preamble[1]
    assert pp2.footnotes == ["1", "2"]
    assert pp2.text.startswith("Noting the report of the Congress and the Kyoto")
    assert {f.num: f.text for f in parsed.footnotes} == {
        "1": "A/CONF.234/16.",
        "2": "Resolution 76/181, annex.",
    }


@pytest.mark.parametrize(
    "pieces",
    [
        ["the Group of 77", " and China,"],
        ["its resolution 57/263 of 20 December 2002 and the Group of 77 and China,"],
        ["the ", "2030", " Agenda for Sustainable Development,"],  # digits a run of their own
        ["the ", "20", "3", "0", " Agenda for Sustainable Development,"],  # as Word splits them
        ["the period from 1 July 2025 to 30 June 2026 and the ", "77", " Member States,"],
    ],
    ids=["group-of-77", "resolution-57-263", "2030-run", "2030-split", "77-run"],
)
def test_digits_of_the_text_never_become_markers(pieces: list[str]) -> None:
    data = finished(resolution().preamble(it("Noting "), *pieces), "1.")
    expected = "Noting " + "".join(pieces)
    assert paragraphs(data)[1] == f"*Noting* {''.join(pieces)}"
    assert not set(SUPERSCRIPTS) & set(paragraphs(data)[1])
    pp2 = parse(data).preamble[1]
    assert (pp2.text, pp2.footnotes) == (expected, [])


def test_a_marker_after_a_space_and_a_marker_at_the_line_end() -> None:
    res = resolution()
    res.preamble(
        it("Recalling also "),
        "the Nelson Mandela Rules), ",
        note("4"),
        " the Bangkok Rules",
        note("5"),
        BR,
        "and the Tokyo Rules,",
    )
    res.footnote("4", "Resolution 70/175, annex.").footnote("5", "Resolution 65/229, annex.")
    data = finished(res, "1.")
    pp2 = parse(data).preamble[1]
    assert pp2.footnotes == ["4", "5"]
    assert pp2.text == (
        "Recalling also the Nelson Mandela Rules), the Bangkok Rules and the Tokyo Rules,"
    )


def test_a_marker_between_a_space_and_a_word_keeps_the_words_apart() -> None:
    res = resolution()
    res.preamble(
        it("Recalling also "), "the Nelson Mandela Rules), ", note("4"), "the Bangkok Rules,"
    )
    pp2 = parse(finished(res, "1.")).preamble[1]
    assert pp2.text == "Recalling also the Nelson Mandela Rules), the Bangkok Rules,"


# --- footnote bodies ---------------------------------------------------------------------------


def test_footnote_bodies_under_the_rule_on_two_pages() -> None:
    res = resolution()
    res.preamble(it("Noting "), "the report of the Congress,", note("1"))
    res.new_page()
    res.operative("1.", it("Welcomes "), "the Kyoto Declaration;", note("2"))
    res.footnote("1", "A/CONF.234/16.").footnote("2", "Resolution 76/181, annex.")
    data = finished(res, "2.")
    parsed = parse(data)
    assert (parsed.preamble[1].footnotes, parsed.operative[0].footnotes) == (["1"], ["2"])
    assert [(f.num, f.text, [b.page for b in f.boxes]) for f in parsed.footnotes] == [
        ("1", "A/CONF.234/16.", [0]),
        ("2", "Resolution 76/181, annex.", [1]),
    ]
    assert all("A/CONF.234/16" not in text for text in texts(parsed))


def test_a_footnote_continued_on_the_next_page_joins_its_note() -> None:
    res = resolution()
    res.preamble(it("Noting "), "the Monterrey Consensus,", note("1"))
    res.footnote(
        "1",
        "Report of the International Conference on Financing for Development,",
        continued=["Monterrey, Mexico, 18–22 March 2002 (United Nations publication)."],
    )
    res.new_page()
    res.operative("1.", it("Welcomes "), "the outcome of the Conference;")
    data = finished(res, "2.")
    assert notes(data) == [
        "1 Report of the International Conference on Financing for "
        "Development, Monterrey, Mexico, 18–22 March 2002 (United Nations "
        "publication)."
    ]
    parsed = parse(data)
    assert [b.page for b in parsed.footnotes[0].boxes] == [0, 1]
    assert all("Monterrey, Mexico" not in text for text in texts(parsed))


def test_a_note_line_opening_with_a_number_continues_the_note() -> None:
    res = resolution()
    res.preamble(it("Noting "), "the Monterrey Consensus,", note("1"))
    res.footnote(
        "1",
        "Report of the International Conference on Financing for Development,",
        BR,
        "18–22 March 2002 (United Nations publication).",
    )
    data = finished(res, "1.")
    assert [f.text for f in parse(data).footnotes] == [
        "Report of the International Conference on Financing for Development, 18–22 March "
        "2002 (United Nations publication)."
    ]


def test_an_underlined_word_low_on_a_page_is_not_the_footnote_rule() -> None:
    res = resolution()
    for _ in range(5):
        res.preamble(*RECALLING)
    res.operative(
        "1.",
        it("Welcomes "),
        "the report of the Secretary-General on the work of the Organization;",
    )
    assert res.y > 792 / 2
    start = 170.7 + text_width("Welcomes the ", ITALIC)
    underlined = text_width("report of the Secretary-General")  # wider than 30 pt
    res.pages[-1].rule(start, start + underlined, res.y + 1.5, 0.5)
    data = finished(res, "2.")
    parsed = parse(data)
    assert [op.id for op in parsed.operative] == ["op1", "op2"]
    assert parsed.meeting == "50th plenary meeting"


# --- page furniture and metadata -----------------------------------------------------------


FURNITURE = [
    "Distr.",
    "23-25987",
    "*2325987*",
    "2/3",
    "3/3",
    "100124",
    "United Nations A/RES",
    "Reducing reoffending through rehabilitation",  # the running header's title
    "Seventy-eighth session",
    "Agenda item",
]


def three_pages() -> bytes:
    res = resolution()
    for _ in range(4):
        res.preamble(*RECALLING)
    for k in range(1, 20):
        res.operative(f"{k}.", *REQUESTS)
    return finished(res, "20.")


def test_masthead_header_and_footer_are_read_as_metadata_and_never_in_a_clause() -> None:
    data = three_pages()
    parsed = parse(data)
    assert len({box.page for clause in parsed.clauses() for box in clause.boxes}) == 3
    assert (parsed.symbol, parsed.session, parsed.number) == ("A/RES/78/224", 78, "224")
    assert parsed.title == "Reducing reoffending through rehabilitation and reintegration"
    assert (parsed.body, parsed.adopted, parsed.meeting) == (
        "General Assembly",
        "2023-12-19",
        "50th plenary meeting",
    )
    assert (parsed.agenda_item, parsed.report) == ("107", "A/78/482")
    body = texts(parsed) + [f.text for f in parsed.footnotes]
    assert [(word, text) for text in body for word in FURNITURE if word in text] == []
    laid = paragraphs(data)
    assert [(word, line) for line in laid for word in FURNITURE[:7] if word in line] == []
    assert [p.num for p in parsed.operative] == [str(k) for k in range(1, 21)]
    assert parsed.warnings == []


def test_a_resumed_meeting_closes_the_resolution() -> None:
    res = resolution().operative("1.", *REQUESTS)
    parsed = parse(res.closing("50th (resumed) plenary meeting", "22 December 2023").pdf())
    assert parsed.meeting == "50th (resumed) plenary meeting"
    assert parsed.operative[-1].text.endswith("justice”.")


def test_a_draft_by_the_vice_chair() -> None:
    res = resolution(
        symbol="A/C.2/80/L.56",
        title="Agricultural technology for sustainable development",
        date="28 November 2025",
        adopted=None,
        job="25-19970",
        barcode="*2519970*",
        session="Eightieth session",
        committee="Second Committee",
        agenda="Agenda item 18",
        agenda_heading="Sustainable development",
        report=None,
        original="English",
        sponsor="Draft resolution submitted by the Vice-Chair of the Committee, Mr. Ahmed "
        "Alnuaimi (Qatar), on the basis of informal consultations on draft resolution "
        "A/C.2/80/L.4",
    )
    data = res.operative("1.", *REQUESTS).pdf()
    parsed = parse(data)
    assert (parsed.symbol, parsed.session, parsed.number) == ("A/C.2/80/L.56", 80, None)
    assert parsed.title == "Agricultural technology for sustainable development"
    assert parsed.adopted is None
    assert [c.id for c in parsed.clauses()] == ["pp1", "op1"]
    assert all("Vice-Chair" not in t and "informal consultations" not in t for t in texts(parsed))
    assert not any("Limited" in t or "Original" in t for t in texts(parsed))


# --- line ends: hyphens and dashes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        ["the South", "-"],  # the hyphen a run of its own (PDFium reports it as \x02)
        ["the South ", "-"],  # after a space, as Word sets some
        ["the South -"],
        ["the South-"],
        ["the South\u2011"],  # a non-breaking hyphen
        ["the South", "\xad"],  # a soft hyphen
        ["the South\x02"],  # the byte 0x02 of a simple font: PDFium's own soft-hyphen code
    ],
    ids=["run", "space-run", "space", "glued", "u2011", "soft", "x02"],
)
def test_a_line_end_hyphen_joins_the_word_and_keeps_the_hyphen(first: list[str]) -> None:
    line, text = noting(one_paragraph(first, ["South cooperation,"]))
    assert line == "*Noting* the South-South cooperation,"
    assert text == "Noting the South-South cooperation,"


def test_a_non_breaking_hyphen_inside_a_line_reads_as_a_hyphen() -> None:
    line, text = noting(one_paragraph(["the North\u2011South and South\u2011South dialogue,"]))
    assert text == "Noting the North-South and South-South dialogue,"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([["the 2015\u20132030 period,"]], "the 2015–2030 period,"),
        ([["the Agenda \u2013"], ["the plan of action,"]], "the Agenda – the plan of action,"),
        ([["the years 2015 -"], ["2030,"]], "the years 2015 - 2030,"),
        ([["the 2015\u2013"], ["2030 period,"]], "the 2015–2030 period,"),
    ],
    ids=["inside", "line-end-spaced", "hyphen-before-digits", "line-end-in-word"],
)
def test_real_dashes_are_kept(lines: list[list[str]], expected: str) -> None:
    line, text = noting(one_paragraph(*lines))
    assert (line, text) == (f"*Noting* {expected}", f"Noting {expected}")


def test_a_suspended_hyphen_at_a_line_end_keeps_its_space() -> None:
    line, text = noting(one_paragraph(["the pre-"], ["and post-conflict periods,"]))
    assert text == "Noting the pre- and post-conflict periods,"


def _line(text: str) -> Line:
    return Line(0, [], text, 10.0)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("the South\ufffe", "the South-South cooperation"),  # PDFium's page-text soft hyphen
        ("the South\x02", "the South-South cooperation"),
        ("the South-", "the South-South cooperation"),
        ("the South -", "the South-South cooperation"),
        ("the Agenda –", "the Agenda – South cooperation"),
        ("the South,", "the South, South cooperation"),
    ],
)
def test_joined_lines(first: str, expected: str) -> None:
    assert _joined([_line(first), _line("South cooperation")]) == expected


def test_a_soft_hyphen_left_inside_a_line_reads_as_a_hyphen() -> None:
    assert _joined([_line("the South\ufffeSouth"), _line("cooperation")]) == (
        "the South-South cooperation"
    )


# --- boxes: where each clause stands ---------------------------------------------------------


def test_each_clause_keeps_its_page_and_box() -> None:
    res = resolution()
    first = res.y + PARAGRAPH_STEP
    res.preamble(*RECALLING)
    last = res.y
    res.operative("1.", it("Welcomes "), "the report;")
    data = finished(res, "2.")
    parsed = parse(data)
    clauses = list(parsed.clauses())
    assert all(len(c.boxes) == 1 and c.boxes[0].page == 0 for c in clauses)
    box = parsed.preamble[1].boxes[0]
    assert abs(box.x0 - LEFT) < 1.5 and 400 < box.x1 <= 490  # the continuation lines
    assert first - 10 < box.top < first - 5 and last < box.bottom < last + 3
    op1 = parsed.operative[0].boxes[0]
    assert abs(op1.x0 - 147.6) < 1.5  # one line: it starts at the number
    assert op1.top > box.bottom  # below the paragraph before it
    tops = [c.boxes[0].top for c in clauses]
    assert tops == sorted(tops)


def test_a_clause_over_a_page_break_has_a_box_on_each_page() -> None:
    res = resolution()
    res.preamble(
        it("Noting "),
        "the efforts taken by the",
        PAGE_BREAK,
        "United Nations Office on Drugs and Crime to implement its resolution 76/182,",
    )
    data = finished(res, "1.")
    first, second = parse(data).preamble[1].boxes
    assert (first.page, second.page) == (0, 1)
    assert first.top > 360  # under "The General Assembly,"
    assert BODY_TOP - 10 < second.top < BODY_TOP  # the first line of page 2, below the header
    assert second.bottom < BODY_TOP + 3


# --- bad input -------------------------------------------------------------------------------


def small_resolution() -> UNResolution:
    res = resolution()
    res.operative("1.", it("Welcomes "), "the report of the Secretary-General;")
    return res.new_page().operative("2.", *REQUESTS).closing()


def parse_error(data: bytes) -> str:
    with pytest.raises(ParseError) as caught:
        parse(data)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: ") and "\n" not in message
    return message


def test_a_scan_without_text_layer() -> None:
    doc = PdfBuilder()
    doc.page().image()
    doc.page().image()
    assert "scanned" in parse_error(doc.build())


@pytest.mark.parametrize("revision", [2, 3])
def test_a_user_password(revision: int) -> None:
    data = small_resolution().pdf(user_password="secret", owner_password="owner", revision=revision)
    assert "password-protected" in parse_error(data)


@pytest.mark.parametrize("revision", [2, 3])
def test_an_owner_password_only_opens_like_any_other(revision: int) -> None:
    plain = small_resolution().pdf()
    locked = small_resolution().pdf(owner_password="owner", revision=revision)
    assert b"/Encrypt" in locked and locked != plain
    assert parse(locked).to_dict() == parse(plain).to_dict()


@pytest.mark.parametrize("keep", [9, 100, 0.25, 0.5, 0.75, 0.95])
def test_a_truncated_file_is_one_clear_error(keep: float) -> None:
    data = truncated(small_resolution().pdf(), keep)
    assert "damaged or cut short" in parse_error(data)


@pytest.mark.parametrize("damage", [with_bad_xref, with_bad_startxref])
def test_bad_xref_offsets_are_recovered(damage) -> None:  # type: ignore[no-untyped-def]
    plain = small_resolution().pdf()
    recovered, original = parse(damage(plain)).to_dict(), parse(plain).to_dict()
    assert recovered.pop("warnings") == [
        "the PDF's cross-reference table is damaged and PDFium rebuilt it; "
        "check the text against the original"
    ]
    assert original.pop("warnings") == []
    assert recovered == original  # all of it recovered, and said so


def test_a_pdf_that_is_not_a_resolution() -> None:
    doc = PdfBuilder()
    page = doc.page()
    page.text(72, 100, "Letter dated 3 March 2024 from the Permanent Representative", font=BOLD)
    for k, line in enumerate(
        [
            "Dear Sir,",
            "I have the honour to transmit herewith the statement of my Government on the matter.",
            "Yours sincerely,",
        ]
    ):
        page.text(72, 140 + k * 18, line)
    assert "no resolution found" in parse_error(doc.build())


def test_an_empty_page() -> None:
    doc = PdfBuilder()
    doc.page()
    parse_error(doc.build())


def test_a_pdf_without_pages_gets_its_own_reason() -> None:
    parse_error(small_resolution().pdf(user_password="secret"))
    message = parse_error(PdfBuilder().build())
    assert "password" not in message and "Success" not in message


def test_a_warning_names_the_page_not_a_line_of_the_laid_out_text() -> None:
    laid = LaidOut("pdf", ["a", "b"], [[], [PageBox(3, 0, 0, 1, 1)]])
    res = Resolution(warnings=["text at line 2 has no paragraph number; joined to op4"])
    attach_boxes(res, laid)
    assert res.warnings == ["text on page 4 has no paragraph number; joined to op4"]


def test_an_asterisk_in_the_text_stays_text() -> None:
    line, text = noting(one_paragraph(["the terms *starred* and ** in the report,"]))
    assert text == "Noting the terms *starred* and ** in the report,"


def test_a_sponsor_asterisk_note_stays_out_of_the_footnotes_and_the_clauses() -> None:
    # "Iraq:* draft resolution" and, under the rule, "* On behalf of …": masthead, not text
    def run(text: str, x: float, y: float, size: float = 10.0, italic: bool = False) -> Run:
        return Run(text, x, x + 5.0 * len(text), y, y - size, y + 2, size, italic, False)

    body = group_lines(
        [
            run("Iraq:", 123.6, 289.7),
            run("*", 150.0, 286.0, size=6.5),
            run(" draft resolution", 153.0, 289.7),
            run("The General Assembly", 147.8, 339.3, italic=True),
            run(",", 250.0, 339.3),
            run("Recalling ", 146.9, 357.3, italic=True),
            run("its resolution 78/144,", 200.0, 357.3),
            run("1. ", 147.6, 375.3),
            run("Requests ", 170.4, 375.3, italic=True),
            run("the Secretary-General to report;", 220.0, 375.3),
        ],
        0,
    )
    notes = group_lines(
        [run("*", 117.6, 679.8, size=5.5), run("On behalf of the Group of 77.", 123.4, 682.8, 8.5)],
        0,
    )
    laid = _lay_out([PageZones(0, body=body, notes=notes)])
    assert laid.lines.index("\\* On behalf of the Group of 77.") < laid.lines.index(
        "The General Assembly,"
    )
    res = parse_text(laid.text, laid_out=True)
    assert res.footnotes == [] and not res.warnings
    assert [c.text for c in res.clauses()] == [
        "Recalling its resolution 78/144,",
        "Requests the Secretary-General to report;",
    ]


def test_one_unreadable_page_costs_its_own_text_only() -> None:
    res = UNResolution()
    for k in range(6):
        res.operative(f"{k + 1}.", it("Requests "), "the Secretary-General to report;")
        res.new_page()
    data = res.pdf()
    kids = re.search(rb"/Kids \[([^\]]*)\]", data)
    assert kids is not None
    third = kids.group(1).split(b" R")[2].strip() + b" R"  # page 3's reference
    damaged = data.replace(
        b"/Kids [" + kids.group(1), b"/Kids [" + kids.group(1).replace(third, b"999 0 R"), 1
    )
    parsed = parse(damaged)
    assert len(parsed.operative) == 5  # the paragraph on page 3 is gone, the others stay
    assert any("page 3" in w and "cannot be read" in w for w in parsed.warnings)


@pytest.mark.parametrize("top2, bottom1", [(60.0, 700.0), (90.0, 750.0)])
def test_body_text_near_a_page_edge_is_kept(top2: float, bottom1: float) -> None:
    # only small text, or text that reads as a header or footer, is furniture there
    doc = PdfBuilder()
    page = doc.page()
    page.text(72, 100, "The General Assembly,")
    page.text(90, 130, "Recalling", ITALIC).text(130, 130, " its resolution 1/1,")
    page.text(72, 160, "1.").text(90, 160, "Requests", ITALIC)
    page.text(135, 160, " the Secretary-General to report on")
    page.text(72, bottom1, "the matter at its next session, and also")
    second = doc.page()
    second.text(72, top2, "decides to remain seized of the matter;")
    second.text(72, top2 + 14, "2.").text(90, top2 + 14, "Decides", ITALIC)
    second.text(130, top2 + 14, " to continue;")
    parsed = parse(doc.build())
    assert parsed.operative[0].text == (
        "Requests the Secretary-General to report on the matter at its next session, and "
        "also decides to remain seized of the matter;"
    )


OFFICIAL_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus-pdf" / "A-RES-78-224.pdf"


def test_a_page_of_many_objects_is_read_in_one_pass_to_the_same_result(monkeypatch) -> None:
    # past a few thousand objects a page's text is read in one pass (asking PDFium object by
    # object searches the whole page each time): both ways give the same resolution
    data = small_resolution().pdf()
    expected = parse(data).to_dict()
    monkeypatch.setattr(runs, "_MANY_OBJECTS", 0)
    assert parse(data).to_dict() == expected
    if OFFICIAL_PDF.is_file():
        monkeypatch.setattr(runs, "_MANY_OBJECTS", 3000)
        official = parse(OFFICIAL_PDF.read_bytes()).to_dict()
        monkeypatch.setattr(runs, "_MANY_OBJECTS", 0)
        assert parse(OFFICIAL_PDF.read_bytes()).to_dict() == official


@pytest.mark.parametrize(
    "box", [b"/Rotate 90", b"/CropBox [0 -30 612 762]"], ids=["rotated", "crop-box"]
)
def test_a_rotated_or_cropped_page_keeps_all_its_text(box: bytes) -> None:
    # a rotated page's get_height() is its width: measured against it, ten paragraphs fell
    # out of the page's zones
    res = resolution()
    for k in range(40):
        res.operative(f"{k + 1}.", it("Requests "), "the Secretary-General to report;")
    data = res.pdf().replace(b"/MediaBox [0 0 612 792]", b"/MediaBox [0 0 612 792] " + box)
    parsed = parse(data)
    assert [op.num for op in parsed.operative] == [str(k + 1) for k in range(40)]
