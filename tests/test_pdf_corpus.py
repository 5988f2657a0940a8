"""The official PDFs of ../shared/corpus-pdf (read in place, never copied), parsed whole.

- Metamorphic: a PDF's clauses written out as plain text (masthead lines, `*lead* rest`,
  `12. *lead* rest`, `(a) text`, blank lines, superscript markers where they stood, the notes
  under a rule) and parsed again as text give the same clause ids, leads, texts and notes.
- Invariants over the corpus: every document has its symbol and a title; no clause holds
  page furniture (job numbers, barcodes, `Distr.:`, page numbers `2/5`, the running header);
  every footnote is linked to a clause; operative numbering is continuous in each section.

Skipped when the folder is absent. A known-bad file is an xfail with its reason, never a
weaker assertion.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import resreader
from conftest import ROOT
from resreader.model import Clause, Paragraph, Resolution, SubParagraph
from resreader.parsing.laidout import FOOTNOTE_RULE, superscript
from resreader.parsing.patterns import MONTHS

CORPUS_PDF = ROOT.parent / "shared" / "corpus-pdf"
FILES = sorted(CORPUS_PDF.glob("*.pdf")) if CORPUS_PDF.is_dir() else []
JOB_RE = re.compile(r"(?<![\d-])\d{2}-\d{5}(?![\d-])")
BARCODE_RE = re.compile(r"\*\d{7}\*")


def each_file(known_bad: dict[str, str] | None = None) -> list:
    """The corpus files as parameters, a known-bad one as a strict xfail with its reason."""
    if not FILES:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no corpus at {CORPUS_PDF}"))]
    bad = known_bad or {}
    return [
        pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=bad[path.name]))
        if path.name in bad
        else path
        for path in FILES
    ]


def ids(path: Path | None) -> str:
    return path.stem if path else "none"


@cache
def parsed(path: Path) -> Resolution:
    return resreader.parse(path.read_bytes(), str(path))


@cache
def page_count(path: Path) -> int:
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        return len(doc)
    finally:
        doc.close()


def sections(res: Resolution) -> list[tuple[str, list[Paragraph]]]:
    """The resolution's own paragraphs, then each annex's."""
    return [("main", [*res.preamble, *res.operative])] + [
        (annex.id, annex.paragraphs) for annex in res.annexes
    ]


def every_clause(res: Resolution) -> list[Clause]:
    out: list[Clause] = []
    stack: list[Clause] = [p for _, paras in sections(res) for p in paras][::-1]
    while stack:
        clause = stack.pop()
        out.append(clause)
        stack.extend(clause.subparagraphs[::-1])
    return out


# --- written out as text, parsed again -------------------------------------------------------


def with_markers(clause: Clause) -> str:
    """The clause's text with its footnote markers back where they stood."""
    text = clause.text
    for offset, num in sorted(
        zip(clause.marker_offsets, clause.footnotes, strict=False), reverse=True
    ):
        text = text[:offset] + superscript(num) + text[offset:]
    return text


def clause_line(clause: Clause) -> str:
    text = with_markers(clause)
    lead = clause.lead if isinstance(clause, Paragraph) else None
    if lead and text.startswith(lead):
        text = f"*{lead}*{text[len(lead) :]}"
    if isinstance(clause, SubParagraph):
        return f"{clause.num} {text}"
    return f"{clause.num}. {text}" if clause.num else text


def sub_lines(subs: list[SubParagraph]) -> list[str]:
    lines = []
    for sub in subs:
        lines += [clause_line(sub), "", *sub_lines(sub.subparagraphs)]
    return lines


def written_out(res: Resolution) -> str:
    lines = [f"United Nations {res.symbol}", res.body or "General Assembly", ""]
    if res.adopted:
        year, month, day = (int(part) for part in res.adopted.split("-"))
        lines += [f"Resolution adopted by the {res.body} on {day} {MONTHS[month - 1]} {year}", ""]
    lines += [f"{res.session}/{res.number}. {res.title}" if res.number else res.title or "", ""]
    lines += [f"The {res.body},", ""]
    for para in res.paragraphs():
        lines += [clause_line(para), "", *sub_lines(para.subparagraphs)]
    if res.meeting:
        lines += [res.meeting, ""]
    if res.footnotes:
        lines += [FOOTNOTE_RULE, *(f"{note.num} {note.text}" for note in res.footnotes)]
    return "\n".join(lines) + "\n"


def summary(res: Resolution) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.id, getattr(c, "lead", None), c.text, list(c.footnotes)) for c in res.clauses()]


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_clauses_written_out_as_text_parse_back_the_same(path: Path) -> None:
    res = parsed(path)
    again = resreader.parse(written_out(res), f"{path.name} as text")
    assert summary(again) == summary(res)
    assert [(n.num, n.text) for n in again.footnotes] == [(n.num, n.text) for n in res.footnotes]
    assert (again.symbol, again.title, again.adopted, again.meeting) == (
        res.symbol,
        res.title,
        res.adopted,
        res.meeting,
    )


# --- invariants --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_symbol_and_title(path: Path) -> None:
    res = parsed(path)
    assert res.symbol == path.stem.replace("-", "/")  # A-RES-78-224 -> A/RES/78/224
    assert res.title and len(res.title) > 5
    assert res.operative, "at least one operative paragraph"


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_every_paragraph_has_its_italic_lead(path: Path) -> None:
    """The UN sets the opening phrase of every preambular and operative paragraph in italics."""
    assert [p.id for p in parsed(path).paragraphs() if not p.lead] == []


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_a_resolution_closes_with_its_meeting_and_no_clause_holds_it(path: Path) -> None:
    res = parsed(path)
    if res.symbol and "/RES/" not in res.symbol:
        assert res.meeting is None and res.adopted is None  # a draft: not adopted yet
        return
    assert res.meeting and re.fullmatch(
        r"\d+(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting", res.meeting
    )
    assert res.adopted
    assert [c.id for c in every_clause(res) if "plenary meeting" in c.text[-40:]] == []


def furniture_in(text: str, res: Resolution, pages: int) -> list[str]:
    found = [m.group() for m in (JOB_RE.search(text), BARCODE_RE.search(text)) if m]
    found += ["Distr.:"] if "Distr.:" in text else []
    # "2/5": page k of n. Not "57/15 of 10 October 2024", a Human Rights Council resolution.
    page_re = rf"(?<![\w/.,-])(\d{{1,2}})/{pages}(?![\w/])(?! of )"
    found += [m.group() for m in re.finditer(page_re, text) if int(m.group(1)) <= pages]
    found += [res.symbol] if res.symbol and res.symbol in text else []  # the running header
    return found


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_no_page_furniture_in_any_clause_or_note(path: Path) -> None:
    res, pages = parsed(path), page_count(path)
    items = [(c.id, c.text) for c in every_clause(res)]
    items += [(f"note {n.num}", n.text) for n in res.footnotes]
    assert [(name, hit) for name, text in items for hit in furniture_in(text, res, pages)] == []


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_every_footnote_is_linked_to_a_clause(path: Path) -> None:
    res = parsed(path)
    linked = {num for clause in every_clause(res) for num in clause.footnotes}
    assert [note.num for note in res.footnotes if note.num not in linked] == []
    assert linked <= {note.num for note in res.footnotes}, "a marker without its note"


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_operative_numbering_is_continuous_in_each_section(path: Path) -> None:
    breaks = []
    for name, paras in sections(parsed(path)):
        nums = [int(p.num) for p in paras if p.num and p.num.isdigit()]
        breaks += [(name, a, b) for a, b in zip(nums, nums[1:], strict=False) if b != a + 1]
        if nums and nums[0] != 1:
            breaks.append((name, 0, nums[0]))
    assert breaks == []
