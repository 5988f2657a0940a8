"""Properties of `parse` on input nobody wrote by hand (hypothesis).

- On any text or bytes it returns a Resolution or raises ParseError naming the source,
  never anything else.
- Nothing is invented: every word of every clause and footnote comes from the source lines
  the clause says it came from (punctuation, markers and line-break hyphens aside).
- Clause ids are unique; footnote numbers are digit strings; line spans lie in the text.

Resolution-like input is built from real pieces: lines of the seeds, rules, paragraph
numbers, superscript and `(a)` markers, page furniture and blank lines, in random mixes.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from provenance import SUPERSCRIPTS, check_invariants, invented_words
from resreader.errors import ParseError
from resreader.model import Resolution
from resreader.parsing import parse

SOURCE = "<generated>"
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
SEED_LINES = sorted({line for text in SEED_TEXTS for line in text.splitlines() if line.strip()})

FAST = settings(max_examples=200, deadline=None)
SLOW = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- helpers ---------------------------------------------------------------------------


def parse_or_none(data: str | bytes) -> Resolution | None:
    """The parse, or None for a ParseError (which must name the source); anything else
    raised by `parse` fails the test."""
    try:
        return parse(data, source=SOURCE)
    except ParseError as err:
        assert err.source == SOURCE and str(err).startswith(SOURCE)
        return None


# --- strategies ------------------------------------------------------------------------

seed_line = st.sampled_from(SEED_LINES)
number = st.integers(min_value=1, max_value=40)
superscript = st.text(alphabet=SUPERSCRIPTS, min_size=1, max_size=2)
sub_marker = st.sampled_from(["(a)", "(b)", "(c)", "(h)", "(i)", "(ii)", "(iv)", "(x)"])


@st.composite
def cut_line(draw: st.DrawFn) -> str:
    """A seed line broken in two, sometimes mid-word with a hyphen (page-layout wrapping)."""
    line = draw(seed_line)
    at = draw(st.integers(min_value=0, max_value=len(line)))
    hyphen = draw(st.sampled_from(["", "-"]))
    return f"{line[:at]}{hyphen}\n{line[at:]}"


@st.composite
def marked_line(draw: st.DrawFn) -> str:
    """A seed line with a footnote-like marker after one of its words, before or after the
    word's punctuation: `session2`, `Summit, 3`, `cooperation;¹`, `Outcome[^4],`."""
    words = draw(seed_line).split(" ")
    k = draw(st.integers(min_value=0, max_value=len(words) - 1))
    marker = draw(
        st.one_of(
            superscript,
            st.builds(str, number),
            st.builds(lambda n: f" {n}", number),
            st.builds(lambda n: f"[^{n}]", number),
        )
    )
    word = words[k]
    bare = word.rstrip(",;:.")
    words[k] = draw(st.sampled_from([word + marker, bare + marker + word[len(bare) :]]))
    return " ".join(words)


resolution_piece = st.one_of(
    seed_line,
    seed_line,
    cut_line(),
    marked_line(),
    st.sampled_from(
        [
            "",
            "",
            " ",
            "_______________",
            "__________________ ",
            "---",
            "The General Assembly,",
            "*The General Assembly,*",
            "2/5",
            "4",
            "A/RES/60/212 South-South cooperation",
            "South-South cooperation A/RES/60/212",
            "05-49876",
            "*0549876*",
            "Distr.: General",
            "Annex",
            "78th plenary meeting",
            "22 December 2005",
        ]
    ),
    st.builds(lambda n, line: f"{n}. {line.strip()}", number, seed_line),
    st.builds(lambda n, line: f"- {n}. {line.strip()}", number, seed_line),
    st.builds(lambda n: f"{n}.", number),
    st.builds(lambda n, line: f"{n} {line.strip()}", number, seed_line),
    st.builds(lambda s, line: f"{s} {line.strip()}", superscript, seed_line),
    st.builds(lambda line, s: f"{line.rstrip()}{s}", seed_line, superscript),
    st.builds(lambda m, line: f"{m} {line.strip()}", sub_marker, seed_line),
    st.builds(lambda n, line: f"[^{n}]: {line.strip()}", number, seed_line),
    st.builds(lambda line, n: f"{line.rstrip()}[^{n}]", seed_line, number),
    st.builds(lambda line, n: f"{line.rstrip()}{n}", seed_line, number),
)
resolution_like = st.lists(resolution_piece, min_size=1, max_size=60).map("\n".join)


@st.composite
def mangled_seed(draw: st.DrawFn) -> str:
    """A whole seed with some lines dropped, duplicated or moved."""
    lines = draw(st.sampled_from(SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        i = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["drop", "duplicate", "move"]))
        line = lines.pop(i) if action != "duplicate" else lines[i]
        if action != "drop":
            lines.insert(draw(st.integers(min_value=0, max_value=len(lines))), line)
    return "\n".join(lines)


# --- never anything but ParseError ---------------------------------------------------------


@FAST
@given(st.text())
@example("")
@example("\x00")
@example("1.")
@example("The General Assembly,\n\n1.")
@example("(a)\n1. Decides")
@example("_____\n1 x")
def test_arbitrary_text_gives_a_resolution_or_parse_error(text: str) -> None:
    res = parse_or_none(text)
    if res is not None:
        check_invariants(res, text)


@FAST
@given(st.binary(max_size=2000))
@example(b"\xff\xfe")
@example(b"\xfe\xff\x00")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00\x00\x00")
def test_arbitrary_bytes_give_a_resolution_or_parse_error(data: bytes) -> None:
    parse_or_none(data)


@SLOW
@given(resolution_like)
def test_resolution_like_text_keeps_the_invariants(text: str) -> None:
    res = parse_or_none(text)
    if res is not None:
        check_invariants(res, text)


@SLOW
@given(mangled_seed())
def test_mangled_seeds_keep_the_invariants(text: str) -> None:
    res = parse_or_none(text)
    if res is not None:
        check_invariants(res, text)


@SLOW
@given(resolution_like, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_encoded_resolution_like_text_gives_a_resolution_or_parse_error(
    text: str, encoding: str
) -> None:
    parse_or_none(text.encode(encoding, errors="replace"))


# --- the seeds themselves --------------------------------------------------------------------


@pytest.mark.parametrize(
    "index", range(len(SEED_TEXTS)), ids=[p.stem for p in sorted(SEEDS.iterdir())]
)
def test_seed_clauses_come_from_their_lines(index: int) -> None:
    text = SEED_TEXTS[index]
    res = parse(text)
    assert list(res.clauses()), "a seed has clauses"
    check_invariants(res, text)


def test_the_word_check_catches_an_invented_word() -> None:
    """The provenance check itself can fail: a word that is not in the clause's lines."""
    text = "The General Assembly,\n\n1. Welcomes the report;\n\n2. Decides to remain seized.\n"
    res = parse(text)
    assert invented_words(res, text) == []
    res.operative[0].text = "Welcomes the seized report;"  # "seized" is only in op2's line
    assert invented_words(res, text) == [("op1", "seized")]
    res.operative[0].text = "Welcomes the invented report;"
    assert ("op1", "invented") in invented_words(res, text)


def test_hyphenated_line_breaks_count_as_source_words() -> None:
    text = "The General Assembly,\n\n1. Promotes South-\nSouth cooperation;\n"
    res = parse(text)
    assert res.operative[0].text == "Promotes South-South cooperation;"
    assert invented_words(res, text) == []


# --- parser bugs these properties found (fixed in the parser; kept as regressions) ------------


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        (
            "The General Assembly,\n\n1. Welcomes the report;\n\n1. Decides to remain seized.\n",
            ["op1", "op1~2"],
        ),
        (
            "The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n(a) To report;\n",
            ["op1", "op1(a)", "op1(a)~2"],
        ),
    ],
    ids=["operative", "sub-paragraph"],
)
def test_repeated_numbers_get_distinct_ids(text: str, ids: list[str]) -> None:
    res = parse(text)
    assert [c.id for c in res.clauses()] == ids
    assert len(set(ids)) == len(ids)


def test_superscript_before_a_word_keeps_the_words_apart() -> None:
    res = parse("The General Assembly,\n\n1. Takes note of the ²report;\n")
    assert res.operative[0].text == "Takes note of the report;"


def test_lines_repeated_in_the_body_are_not_page_headers() -> None:
    text = (
        "The General Assembly,\n\n"
        "Recalling the importance of cooperation among developing countries in\n"
        "the area of trade,\n\n"
        "Recalling the importance of cooperation among developing countries in\n"
        "the area of finance,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    res = parse(text)
    assert [p.text for p in res.preamble] == [
        "Recalling the importance of cooperation among developing countries in the area of trade,",
        "Recalling the importance of cooperation among developing countries in the area of "
        "finance,",
    ]


def test_a_paragraph_cut_before_a_participle_is_joined_again() -> None:
    text = (
        "The General Assembly,\n\n"
        "Recalling its resolution 58/220,\n\n"
        "1. Decides to convene a conference on Technical Cooperation among\n\n"
        "Developing Countries, no later than 2009;\n\n"
        "2. Requests the Secretary-General to report.\n"
    )
    res = parse(text)
    assert len(res.preamble) == 1
    assert res.operative[0].text == (
        "Decides to convene a conference on Technical Cooperation "
        "among Developing Countries, no later than 2009;"
    )


# --- regressions: parser bugs these tests found, since fixed -----------------------------


def test_a_number_opening_the_next_page_is_not_a_footnote() -> None:
    text = (
        "68/228. South-South cooperation\n\n"
        "The General Assembly,\n\n"
        "Reaffirming the Declaration1 adopted by the Group of\n"
        "_______________\n"
        "1 Ibid., annex II.\n\n"
        "2/6\n"
        "A/RES/68/228 South-South cooperation\n\n"
        "77 at the South-South Conference,\n\n"
        "1. Decides to remain seized.\n"
    )
    res = parse(text)
    assert [f.num for f in res.footnotes] == ["1"]
    assert res.preamble[0].text == (
        "Reaffirming the Declaration adopted by the Group of 77 at the South-South Conference,"
    )


@pytest.mark.parametrize(
    ("line", "lead", "text"),
    [
        (
            "*Noting*² the report of the Secretary-General;",
            "Noting",
            "Noting the report of the Secretary-General;",
        ),
        (
            "*Recalling also*¹ the 2005 World Summit Outcome,²",
            "Recalling also",
            "Recalling also the 2005 World Summit Outcome,",
        ),
    ],
    ids=["lead-lost", "paragraph-dropped"],
)
def test_a_marker_after_an_italic_lead(line: str, lead: str, text: str) -> None:
    res = parse(
        f"The General Assembly,\n\n{line}\n\n1. Decides to remain seized.\n\n"
        "¹ A/60/1.\n\n² A/60/2.\n"
    )
    assert [(p.lead, p.text) for p in res.preamble] == [(lead, text)]
