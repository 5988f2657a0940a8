"""Parsing, round 2 (issue 9, item 5): patterns texts the parser was not made from still
threw at it, files that are not documents, shapes that cost more than linear time, and the
warnings a mis-typed draft deserves."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

import pytest

from conftest import SEEDS
from resreader import ParseError, parse
from resreader.cli import main
from resreader.library import load, read_bytes, resolve
from resreader.parsing import footnote_markers, structure

HEAD = "The General Assembly,\n\n"


def texts(data: str) -> list[tuple[str, str]]:
    return [(c.id, c.text) for c in parse(data).clauses()]


# --- a paragraph cut before a capital letter -----------------------------------------------


@pytest.mark.parametrize(
    "cut",
    ["\n\n", "\n\n4\n\n", "\n_______________\n1 A/53/1.\n\n"],
    ids=["blank", "page-number", "footnote-block"],
)
def test_a_name_opening_like_a_lead_continues_the_cut_sentence(cut: str) -> None:
    """'… Plan of Action for' | 'Promoting and Implementing …': the block before ends on a
    word no paragraph ends with, so a participle after the cut is a name, not a lead."""
    res = parse(
        f"{HEAD}Recalling the Buenos Aires Plan of Action for{cut}Promoting and "
        "Implementing Technical Cooperation among Developing Countries,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert [p.text for p in res.preamble] == [
        "Recalling the Buenos Aires Plan of Action for Promoting and Implementing Technical "
        "Cooperation among Developing Countries,"
    ]


def test_a_lead_after_a_finished_paragraph_still_starts_one() -> None:
    res = parse(
        f"{HEAD}Recalling its resolution 58/220,\n\nPromoting and implementing the "
        "Plan,\n\n1. Decides to act.\n"
    )
    assert [p.lead for p in res.preamble] == ["Recalling", "Promoting"]


def test_a_cut_title_line_is_text_and_a_two_line_running_title_is_furniture() -> None:
    """A line that is part of the title is a running header only where it stands apart;
    'Economic and technical cooperation among developing' followed by 'countries and …'
    is the paragraph cut at a page break, and a title printed on two lines goes whole."""
    title = "Building a peaceful and better world through sport and the Olympic ideal"
    text = (
        f"1/1. {title}\n\n{HEAD}Recalling the work of the Trust Fund for\n\n"
        "Building a peaceful and better world through sport and\n"
        "Member States in all regions,\n\n"
        "1. Invites States to observe the Truce\n\nA/RES/1/1\n"
        "Building a peaceful and better world through sport and the\nOlympic ideal\n\n"
        "during the Games;\n"
    )
    assert texts(text) == [
        (
            "pp1",
            "Recalling the work of the Trust Fund for Building a peaceful and better world "
            "through sport and Member States in all regions,",
        ),
        ("op1", "Invites States to observe the Truce during the Games;"),
    ]


# --- hyphens left by re-flowing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "joined"),
    [
        ("a Nuclear- Weapon-Free Zone", "a Nuclear-Weapon-Free Zone"),
        ("the Secretary- General", "the Secretary-General"),
        ("its sixty- ninth session", "its sixty-ninth session"),
        ("pre- and post-conflict situations", "pre- and post-conflict situations"),
        (
            "confidence- and security-building measures",
            "confidence- and security-building measures",
        ),
        ("short- to medium-term plans", "short- to medium-term plans"),
        ("in 1990- 1999 and - as before", "in 1990- 1999 and - as before"),
    ],
)
def test_hyphen_space_inside_a_line(source: str, joined: str) -> None:
    res = parse(f"{HEAD}1. Welcomes {source};\n")
    assert res.operative[0].text == f"Welcomes {joined};"


def test_a_suspended_hyphen_at_a_line_break_keeps_its_space() -> None:
    res = parse(
        f"{HEAD}1. Welcomes the support to pre-\nand post-conflict countries and the "
        "South-\nSouth partners;\n"
    )
    assert res.operative[0].text == (
        "Welcomes the support to pre- and post-conflict countries and the South-South partners;"
    )


def test_hyphen_space_in_a_footnote() -> None:
    res = parse(
        f"{HEAD}1. Welcomes the report;1\n\n_______________\n1 Report of the Secretary- General.\n"
    )
    assert res.footnotes[0].text == "Report of the Secretary-General."


# --- four-digit paragraph numbers ----------------------------------------------------------


def test_two_thousand_operative_paragraphs() -> None:
    body = "".join(f"{n}. Decides to act on item {n};\n\n" for n in range(1, 2001))
    res = parse(HEAD + "Recalling its resolutions,\n\n" + body)
    assert [p.num for p in res.operative] == [str(n) for n in range(1, 2001)]
    assert res.operative[1999].id == "op2000"
    assert res.operative[999].text == "Decides to act on item 1000;"
    assert res.warnings == []


def test_a_four_digit_number_alone_on_its_line() -> None:
    body = "".join(f"{n}. Decides;\n\n" for n in range(1, 1000))
    res = parse(HEAD + "Recalling x,\n\n" + body + "1000.\nDecides to conclude.\n")
    assert (res.operative[-1].num, res.operative[-1].text) == ("1000", "Decides to conclude.")


# --- the L.5 draft re-wrapped at another width -------------------------------------------------

_NOTE_LINE = re.compile(r"^\d{1,3} \S")
_PARAGRAPH_START = re.compile(r"^\s*(?:\d{1,4}\.|\([a-z]{1,4}\))\s")


def rewrap(text: str, width: int) -> str:
    """Every paragraph of `text` wrapped again at `width` columns (its first-line indent
    kept), the blank lines, page furniture and footnote lines left as they are."""
    out = []
    for group in re.split(r"\n(?:[ \t]*\n)+", text):
        lines = group.split("\n")
        if len(lines) < 2 or all(_NOTE_LINE.match(line) for line in lines):
            out.append(group)
            continue
        wrapped: list[str] = []
        for para in _paragraphs(lines):
            indent = para[0][: len(para[0]) - len(para[0].lstrip())]
            wrapped += textwrap.wrap(" ".join(" ".join(para).split()), width, initial_indent=indent)
        out.append("\n".join(wrapped))
    return "\n\n".join(out)


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Lines in paragraphs: one starts at a number or marker, or where a line is indented
    more than the one before it (the page layout's first-line indent)."""
    paras: list[list[str]] = []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        previous = paras[-1][-1] if paras else ""
        if (
            not paras
            or _PARAGRAPH_START.match(line)
            or indent > len(previous) - len(previous.lstrip())
        ):
            paras.append([])
        paras[-1].append(line)
    return paras


@pytest.mark.parametrize("width", [40, 60, 100, 120])
def test_the_l5_draft_rewrapped_parses_to_the_same_clauses(width: int) -> None:
    source = (SEEDS / "A-C.2-54-L.5.txt").read_text(encoding="utf-8")
    rewrapped = rewrap(source, width)
    assert rewrapped != source
    assert max(len(line) for line in rewrapped.split("\n")) <= max(width, 80)

    def clauses(text: str) -> list[tuple[str, str | None, str, list[str]]]:
        return [
            (c.id, getattr(c, "lead", None), c.text, c.footnotes) for c in parse(text).clauses()
        ]

    assert clauses(rewrapped) == clauses(source)


# --- files that are not documents --------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_at_once() -> None:
    with pytest.raises(ParseError, match="not a regular file but a character device") as err:
        load(Path("/dev/zero"))
    assert err.value.source == "/dev/zero"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)  # opening it for reading would block until a writer came
    with pytest.raises(ParseError, match="named pipe"):
        load(fifo)


def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    for refusal in (lambda: resolve(str(a)), lambda: read_bytes(a)):
        with pytest.raises(ParseError, match="symbolic link loop") as err:
            refusal()
        assert err.value.source == str(a)


def test_a_dangling_symlink_is_named_as_such(tmp_path: Path) -> None:
    link = tmp_path / "draft.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    with pytest.raises(ParseError, match="symbolic link to a file that does not exist"):
        resolve(str(link))


def test_what_is_read_is_capped_whatever_the_size_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resreader.library as library

    monkeypatch.setattr(library, "MAX_BYTES", 10)
    path = tmp_path / "x.txt"
    path.write_bytes(b"0123456789")
    assert read_bytes(path) == b"0123456789"
    path.write_bytes(b"0123456789A")
    with pytest.raises(ParseError, match="too large"):
        read_bytes(path)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc here")
def test_a_file_whose_size_says_zero_is_still_read() -> None:
    path = Path("/proc/self/status")
    assert path.stat().st_size == 0
    assert b"Name:" in read_bytes(path)


# --- no super-linear shape (counted, not timed; bench/parse.py times them) --------------------


def test_repeated_sub_paragraph_ids_probe_a_constant_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """2,000 '(a) text;' took 11.5 s: every new id was looked up in a fresh list of all the
    ids before it, and '~n' counted up from 2. Now each id costs a few set look-ups."""
    probes = 0

    class CountingSet(set[str]):
        def __contains__(self, item: object) -> bool:
            nonlocal probes
            probes += 1
            return super().__contains__(item)

    monkeypatch.setattr(structure, "Section", _with_ids(structure.Section, CountingSet))
    n = 3000
    res = parse(HEAD + "1. Decides:\n\n" + "(a) text;\n\n" * n)
    subs = res.operative[0].subparagraphs
    assert [s.id for s in subs[:3]] == ["op1(a)", "op1(a)~2", "op1(a)~3"]
    assert subs[-1].id == f"op1(a)~{n}" and len({s.id for s in subs}) == n
    assert probes <= 3 * (n + 1)


def _with_ids(section: type, set_type: type) -> type:
    from dataclasses import field, make_dataclass

    return make_dataclass(
        "CountedSection", [("ids", set, field(default_factory=set_type))], bases=(section,)
    )


def test_a_clause_full_of_markers_is_tidied_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each marker's offset used to be found by tidying the whole text before it again."""
    tidied: list[int] = []
    real = footnote_markers._tidy
    monkeypatch.setattr(footnote_markers, "_tidy", lambda t: tidied.append(len(t)) or real(t))
    n = 2000
    res = parse(HEAD + "1. Notes " + "the report¹ " * n + "and decides;\n\n¹ A/1.\n")
    para = res.operative[0]
    assert para.footnotes == ["1"] * n
    assert para.text == "Notes " + "the report " * n + "and decides;"
    assert [para.text[:k].endswith("the report") for k in para.marker_offsets] == [True] * n
    assert sum(tidied) <= 2 * len(para.text) + 100


@pytest.mark.parametrize(
    "shape",
    [
        "1. Decides " + "*a " * 60_000 + ";\n",
        "Recalling " + "1" * 200_000 + "x,\n\n1. Decides.\n",
        "1. Decides " + "_a " * 60_000 + ";\n",
        "1. Welcomes " + "a- b " * 40_000 + ";\n",
    ],
    ids=["stars", "digits", "underscores", "hyphens"],
)
def test_big_adversarial_lines_parse(shape: str) -> None:
    """Quadratic in a regular expression, these took minutes; linear, they take
    milliseconds (a regression shows as a test that does not end)."""
    res = parse(HEAD + shape)
    assert res.clauses()


def test_a_header_with_many_headings_and_no_adoption_line_parses() -> None:
    header = "Resolution adopted by the A " * 5000 + "\n" + "1/1. T\n\n" * 5000
    res = parse(header + HEAD + "Recalling x,\n\n1. Decides.\n")
    assert res.title == "T" and res.adopted is None


# --- warnings a mis-typed draft deserves ----------------------------------------------------


def test_a_number_without_its_full_stop_is_a_paragraph_and_a_warning() -> None:
    res = parse(
        HEAD + "Recalling x,\n\n6. Decides to act;\n\n7 Requests the Secretary-General "
        "to report;\n\n8. Decides to remain seized.\n"
    )
    assert [(p.num, p.text) for p in res.operative] == [
        ("6", "Decides to act;"),
        ("7", "Requests the Secretary-General to report;"),
        ("8", "Decides to remain seized."),
    ]
    assert "operative paragraph 7: number has no full stop" in res.warnings


def test_a_number_without_its_full_stop_is_not_taken_for_a_footnote() -> None:
    res = parse(
        HEAD + "1. Decides to act;1\n\n2 Requests the Secretary-General to report;\n\n"
        "3. Decides to remain seized.\n\n1 A/1.\n"
    )
    assert [p.num for p in res.operative] == ["1", "2", "3"]
    assert [f.num for f in res.footnotes] == ["1"]


def test_numbers_in_the_text_are_not_paragraph_numbers() -> None:
    res = parse(
        HEAD + "1. Welcomes the Declaration adopted by the Group of\n\n"
        "77 Member States at the Conference;\n\n2. Decides to act.\n"
    )
    assert [p.num for p in res.operative] == ["1", "2"]
    assert not [w for w in res.warnings if "full stop" in w]


@pytest.mark.parametrize(
    ("nums", "warning"),
    [
        ([1, 2, 4], "operative numbering jumps from 2 to 4"),
        ([1, 3, 2], "operative paragraph 2 is out of order: it follows 3"),
        ([1, 2, 2], "operative paragraph 2 appears twice"),
        ([2, 3], "operative numbering starts at 2"),
    ],
)
def test_numbering_warnings(nums: list[int], warning: str) -> None:
    body = "".join(f"{n}. Decides to act;\n\n" for n in nums)
    assert warning in parse(HEAD + body).warnings


@pytest.mark.parametrize(
    ("markers", "warning"),
    [
        (["a", "c"], "operative paragraph 1: sub-paragraph (c) follows (a); (b) missing"),
        (
            ["a", "b", "f"],
            "operative paragraph 1: sub-paragraph (f) follows (b); (c) to (e) missing",
        ),
        (
            ["a", "c", "b"],
            "operative paragraph 1: sub-paragraph (b) is out of order: it follows (c)",
        ),
        (["b", "c"], "operative paragraph 1: sub-paragraphs start at (b)"),
        (["i", "iii"], "operative paragraph 1: sub-paragraph (iii) follows (i); (ii) missing"),
    ],
)
def test_sub_paragraph_warnings(markers: list[str], warning: str) -> None:
    body = "".join(f"({m}) To act;\n\n" for m in markers)
    res = parse(HEAD + "1. Decides:\n\n" + body)
    assert warning in res.warnings


def test_a_numeral_skipped_under_a_letter_names_the_letter() -> None:
    res = parse(HEAD + "1. Decides:\n\n(a) To act:\n\n(i) now;\n\n(iii) later;\n\n(b) To report;\n")
    assert [c.id for c in res.clauses()] == ["op1", "op1(a)", "op1(a)(i)", "op1(a)(iii)", "op1(b)"]
    assert res.warnings == [
        "operative paragraph 1 (a): sub-paragraph (iii) follows (i); (ii) missing"
    ]


def test_numerals_directly_under_a_paragraph_stay_at_one_level() -> None:
    res = parse(HEAD + "1. Decides:\n\n(i) To act;\n\n(ii) To report;\n\n(iii) To review;\n")
    assert [c.id for c in res.clauses()] == ["op1", "op1(i)", "op1(ii)", "op1(iii)"]
    assert res.warnings == []


def test_a_lower_case_start_after_a_full_stop_is_joined_with_a_warning() -> None:
    res = parse(
        HEAD + "Recalling x,\n\n1. Decides to act;\n\n2. Requests a report.\n\n"
        "requests also a review;\n\n3. Decides to remain seized.\n"
    )
    assert res.operative[1].text == "Requests a report. requests also a review;"
    assert res.warnings == [
        "operative paragraph 2: the text at line 9 starts in lower case "
        "after a full stop or semicolon; read as part of this paragraph"
    ]


def test_a_page_cut_mid_sentence_is_joined_silently() -> None:
    res = parse(HEAD + "Recalling x,\n\n1. Decides to act, in\n\n2/5\n\nparticular, now;\n")
    assert res.operative[0].text == "Decides to act, in particular, now;"
    assert res.warnings == []


def test_the_seeds_raise_no_paragraph_warnings() -> None:
    """The seeds are typed correctly (checked by reading them): none of the new warnings."""
    for path in sorted(SEEDS.iterdir()):
        warnings = parse(path.read_text(encoding="utf-8")).warnings
        assert not [w for w in warnings if "paragraph" in w or "lower case" in w], path.name
    draft = (SEEDS / "A-C.2-54-L.5.txt").read_text(encoding="utf-8")
    assert parse(rewrap(draft, 70)).warnings == parse(draft).warnings


def test_cli_parse_prints_the_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        HEAD + "Recalling x,\n\n1. Decides:\n\n(a) To act;\n\n(c) To report;\n", encoding="utf-8"
    )
    assert main(["parse", str(draft)]) == 0
    out = capsys.readouterr().out
    assert (
        "  warnings (1): the text may be mis-typed here\n"
        "    ! operative paragraph 1: sub-paragraph (c) follows (a); (b) missing" in out
    )
    assert main(["parse", "--json", str(draft)]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"resreader: {draft}: warning: operative paragraph 1: "
        "sub-paragraph (c) follows (a); (b) missing\n"
    )


# --- the laid-out dialect (PDF and Word import write it) still reads -----------------------


def test_laid_out_text_reads_as_before() -> None:
    laid = (
        "United Nations A/RES/78/224\n\n78/224. Reducing reoffending\n\nThe General "
        "Assembly,\n\n*Recalling* its resolution 76/182,¹\n\n1. *Requests* the "
        "Secretary- General to report;\n\n2. *Decides* to remain seized.\n\n"
        "_______________\n¹ A/76/1.\n"
    )
    res = parse(laid)
    assert [(c.id, getattr(c, "lead", None), c.text, c.footnotes) for c in res.clauses()] == [
        ("pp1", "Recalling", "Recalling its resolution 76/182,", ["1"]),
        ("op1", "Requests", "Requests the Secretary-General to report;", []),
        ("op2", "Decides", "Decides to remain seized.", []),
    ]
    assert [(f.num, f.text) for f in res.footnotes] == [("1", "A/76/1.")]


def test_a_text_with_superscript_markers_reads_plain_digits_as_text() -> None:
    # Written with superscript markers, "2 degrees" and "21 March" are numbers, not notes.
    text = (
        "The General Assembly,\n\n"
        "Recalling the Paris Agreement,¹ and the aim of well below 2 degrees Celsius,\n\n"
        "1. Decides to proclaim 21 March the International Day;\n\n"
        "_______________\n¹ FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n"
    )
    res = parse(text)
    assert res.preamble[0].footnotes == ["1"]
    assert "below 2 degrees" in res.preamble[0].text
    assert res.operative[0].footnotes == [] and "proclaim 21 March" in res.operative[0].text


def test_an_unnumbered_lead_in_between_numbered_paragraphs_belongs_to_neither() -> None:
    text = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/1,\n\n"
        "1. Decides to act;\n\n"
        "Guided by these principles, we hereby pledge to:\n\n"
        "2. Promote international stability;\n"
    )
    res = parse(text)
    assert [p.text for p in res.operative] == [
        "Decides to act;",
        "Promote international stability;",
    ]
    assert any("kept apart as a heading" in w for w in res.warnings)
