"""The development corpus (../shared/corpus, 20 resolutions of the 80th session, read in
place, never copied): texts the parser was not designed from.

Skipped when the folder is absent. The counts below were checked by reading the files (and
agree with the corpus README): see each test for how.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from conftest import CORPUS
from provenance import all_clauses, check_invariants
from resreader.library import load
from resreader.model import Resolution

FILES = sorted(CORPUS.glob("A-RES-*")) if CORPUS.is_dir() else []
FURNITURE = {
    "job number": re.compile(r"(?<![\d-])\d{2}-\d{5}(?![\d-])"),
    "barcode": re.compile(r"\*\d{7}\*"),
    "rule": re.compile(r"_{3,}|-{3,}"),
    "markdown footnote": re.compile(r"\[\^\d+\]:"),
}
# "2/5": a page marker (page k of n), not "79/237", "2024/25" or "A/79/552".
_PAGE_MARKER_RE = re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})(?![\w/])")
_HEADING_RE = re.compile(r"^\d{2}/\d{1,3}\.\s+(\S.*?)\s*$", re.M)
_ADOPTED_RE = re.compile(
    r"Resolution adopted by the General Assembly\s+on\s+(\d{1,2}) (\w+) (\d{4})"
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def corpus(name: str) -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    return CORPUS / name


@cache
def parsed(path: Path) -> Resolution:
    return load(path)


def each_file() -> list:
    """The corpus files as parameters; one skipped parameter when there is no corpus."""
    if not FILES:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no corpus at {CORPUS}"))]
    return list(FILES)


def ids(path: Path | None) -> str:
    return path.stem if path else "none"


def symbol_of(path: Path) -> str:
    return path.stem.replace("-", "/")  # A-RES-80-6 -> A/RES/80/6


# --- every file --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_metadata(path: Path) -> None:
    res = parsed(path)
    assert res.symbol == symbol_of(path)
    assert res.session == 80
    assert res.body == "General Assembly"
    text = " ".join(path.read_text(encoding="utf-8").split())
    day, month, year = _ADOPTED_RE.search(text).groups()  # read here, independently
    assert res.adopted == f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
    assert res.operative, "at least one operative paragraph"


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_nothing_invented(path: Path) -> None:
    check_invariants(parsed(path), path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_no_page_furniture_in_clauses_or_footnotes(path: Path) -> None:
    res = parsed(path)
    texts = [(c.id, c.text) for c in all_clauses(res)]
    texts += [(f"footnote {f.num}", f.text) for f in res.footnotes]
    found = [
        (where, what, m.group(0))
        for where, text in texts
        for what, pattern in FURNITURE.items()
        for m in pattern.finditer(text)
    ]
    found += [
        (where, "page number", m.group(0))
        for where, text in texts
        for m in _PAGE_MARKER_RE.finditer(text)
        if 1 <= int(m.group(1)) <= int(m.group(2)) <= 30
    ]
    found += [
        (where, "running header symbol", res.symbol)
        for where, text in texts
        if re.search(rf"{re.escape(symbol_of(path))}(?!\d)", text)
    ]
    assert found == []


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_running_title_not_in_clauses(path: Path) -> None:
    """The title as printed in the heading ("80/16. Open-ended working group on …") is
    repeated as a running header; a clause may hold it only where its own lines do (other
    than a line that is nothing but the title)."""
    text = path.read_text(encoding="utf-8")
    title = _HEADING_RE.search(text).group(1)
    lines = text.split("\n")
    for clause in all_clauses(parsed(path)):
        first, last = clause.lines
        own = " ".join(ln for ln in lines[first - 1 : last] if ln.strip().strip("*") != title)
        assert clause.text.count(title) <= " ".join(own.split()).count(title), clause.id


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_operative_numbering_is_continuous(path: Path) -> None:
    """Checked with grep: every file numbers its operative paragraphs (and each annex its
    paragraphs) 1, 2, 3 … without gaps; the parser must neither lose nor invent one."""
    res = parsed(path)
    assert [p.num for p in res.operative] == [str(n) for n in range(1, len(res.operative) + 1)]
    for annex in res.annexes:
        nums = [p.num for p in annex.paragraphs if p.num]
        assert nums == [str(n) for n in range(1, len(nums) + 1)]
    assert not [w for w in res.warnings if "numbering" in w]


# --- counts read from the files ----------------------------------------------------------------


def test_page_layout_80_6() -> None:
    """5 pages; numbers 1-9 and 11 alone on their line, 10 and 12-32 inline (grep -n)."""
    res = parsed(corpus("A-RES-80-6.txt"))
    assert len(res.operative) == 32
    assert res.operative[9].text.startswith("Calls upon States Parties to the Rome Statute")
    assert res.preamble[1].footnotes == [
        "1"
    ]  # "Rome Statute of the International Criminal Court 1"
    assert res.footnote("1").text == "United Nations, Treaty Series, vol. 2187, No. 38544."


def test_page_layout_80_8() -> None:
    """32 preambular paragraphs (a capitalised participle after a blank line, running
    headers aside) and 9 operative paragraphs."""
    res = parsed(corpus("A-RES-80-8.txt"))
    assert (len(res.preamble), len(res.operative)) == (32, 9)
    assert (
        res.preamble[0].lead == "Recalling" and res.preamble[-1].lead == "Noting with satisfaction"
    )
    assert not any("Building a peaceful and better world" in p.text[:40] for p in res.preamble)


@pytest.mark.parametrize(
    ("name", "operative"),
    [("A-RES-80-16.md", 4), ("A-RES-80-29.md", 4), ("A-RES-80-33.md", 4), ("A-RES-80-24.md", 23)],
)
def test_operative_counts(name: str, operative: int) -> None:
    assert len(parsed(corpus(name)).operative) == operative


def test_running_title_cut_mid_sentence_80_16() -> None:
    """Paragraph 2 runs across a repeated running title; it is one paragraph without it."""
    op2 = parsed(corpus("A-RES-80-16.md")).operative[1]
    assert "as endorsed by the General Assembly in its resolution 79/237, and the" in op2.text
    assert "Open-ended working group" not in op2.text


@pytest.mark.parametrize(("name", "paragraphs"), [("A-RES-80-9.txt", 31), ("A-RES-80-5.txt", 44)])
def test_annex_paragraphs(name: str, paragraphs: int) -> None:
    """The resolution adopts an annexed declaration: one unnumbered operative paragraph, the
    declaration's numbered paragraphs kept apart in the annex (grep after the "Annex" line)."""
    res = parsed(corpus(name))
    assert len(res.annexes) == 1
    assert len([p for p in res.annexes[0].paragraphs if p.num]) == paragraphs
    assert len(res.operative) == 1


def test_sub_paragraphs_80_21() -> None:
    res = parsed(corpus("A-RES-80-21.md"))
    assert [s.id for s in res.operative[2].subparagraphs] == ["op3(a)", "op3(b)"]
    assert res.operative[2].subparagraphs[0].text.startswith("To take urgent measures")


def test_markdown_footnotes_80_19() -> None:
    """`---` then [^1]: … [^6]: at the end; in-text markers are bare digits ("Bodies,1")."""
    res = parsed(corpus("A-RES-80-19.md"))
    assert [f.num for f in res.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert res.footnote("2").text == "Resolution S-10/2."
    used = {n for c in all_clauses(res) for n in c.footnotes}
    assert used == {"1", "2", "3", "4", "5", "6"}


@pytest.mark.parametrize("path", each_file(), ids=ids)
def test_every_note_is_linked_to_its_clause(path: Path) -> None:
    """Markers glued after a symbol ("79/45,1"), after a full stop ("Principles. 13") or
    after a space are all found: no note is left unreferenced."""
    res = parsed(path)
    assert [w for w in res.warnings if "never referenced" in w] == []


def test_section_headings_stay_out_of_the_clauses_80_11() -> None:
    res = parsed(corpus("A-RES-80-11.txt"))
    texts = [clause.text for clause in res.clauses()]
    assert "Peacebuilding Commission" not in texts  # line 57: a heading, not a paragraph
    assert res.clause("op12").text.endswith("in peacebuilding and sustaining peace;")
    assert [p.lead for p in res.operative if p.text.startswith("Calls for")] == ["Calls for"] * 3


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "A-RES-80-9.txt",
            "2025 Political Declaration on the Implementation of the United "
            "Nations Global Plan of Action to Combat Trafficking in Persons",
        ),
        (
            "A-RES-80-5.txt",
            "Doha Political Declaration of the “World Social Summit” under the "
            "title “the Second World Summit for Social Development”",
        ),
    ],
)
def test_annex_title_is_kept_though_it_repeats_the_running_header(name: str, title: str) -> None:
    assert [annex.title for annex in parsed(corpus(name)).annexes] == [title]
