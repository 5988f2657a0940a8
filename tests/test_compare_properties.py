"""Property tests: what must hold for any pair of resolutions."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from resreader.compare import compare
from resreader.compare.result import Comparison, Pair
from resreader.model import Footnote, Paragraph, Resolution, SubParagraph

WORDS = [
    "Recalling",
    "Decides",
    "“Fund”",
    "Assembly’s",
    "UNITED",
    "the",
    "of",
    "South-South",
    "cooperation",
    "report",
    "Member",
    "States",
    "resolution",
    "58/220",
    "to",
    "and",
    "Assembly",
    "<b>",
    "&",
]
PUNCT = [",", ";", ".", ""]

texts = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    st.sampled_from(PUNCT),
)


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    notes = [Footnote(str(k), draw(texts)) for k in range(1, draw(st.integers(0, 3)) + 1)]
    preamble = [
        Paragraph(f"pp{k}", None, t.split(" ")[0], t)
        for k, t in enumerate(draw(st.lists(texts, max_size=5)), 1)
    ]
    operative = []
    for k, text in enumerate(draw(st.lists(texts, max_size=7)), 1):
        subs = [
            SubParagraph(f"op{k}({chr(97 + n)})", f"({chr(97 + n)})", sub)
            for n, sub in enumerate(draw(st.lists(texts, max_size=3)))
        ]
        marks = [n.num for n in notes if draw(st.booleans())]
        operative.append(
            Paragraph(
                f"op{k}", str(k), text.split(" ")[0], text, footnotes=marks, subparagraphs=subs
            )
        )
    return Resolution(preamble=preamble, operative=operative, footnotes=notes)


def walk(pairs: list[Pair]) -> list[Pair]:
    return [p for pair in pairs for p in pair.walk()]


def ids(res: Resolution) -> list[str]:
    return [clause.id for clause in res.clauses()]


@settings(max_examples=150, deadline=None)
@given(resolutions())
def test_a_resolution_compared_with_itself_is_all_same(res: Resolution) -> None:
    cmp = compare(res, res, ignore_footnotes=False)
    assert {p.status for p in walk(cmp.pairs)} <= {"same"}
    assert {p.status for p in cmp.footnotes} <= {"same"}
    assert [p.a for p in walk(cmp.pairs)] == [p.b for p in walk(cmp.pairs)] == ids(res)


def _check_every_clause_once(a: Resolution, b: Resolution, cmp: Comparison) -> None:
    pairs = walk(cmp.pairs)
    assert sorted(p.a for p in pairs if p.a) == sorted(ids(a))
    assert sorted(p.b for p in pairs if p.b) == sorted(ids(b))
    assert sorted(p.a for p in cmp.footnotes if p.a) == sorted(n.num for n in a.footnotes)
    assert sorted(p.b for p in cmp.footnotes if p.b) == sorted(n.num for n in b.footnotes)


@settings(max_examples=200, deadline=None)
@given(resolutions(), resolutions(), st.booleans(), st.booleans(), st.booleans())
def test_every_clause_of_both_sides_appears_exactly_once(
    a: Resolution, b: Resolution, case: bool, punct: bool, notes: bool
) -> None:
    cmp = compare(a, b, ignore_case=case, ignore_punctuation=punct, ignore_footnotes=notes)
    _check_every_clause_once(a, b, cmp)
    assert sum(cmp.summary.values()) == len(cmp.pairs)


@settings(max_examples=200, deadline=None)
@given(resolutions(), resolutions(), st.booleans(), st.booleans())
def test_runs_rebuild_each_side_and_rows_follow_b(
    a: Resolution, b: Resolution, case: bool, punct: bool
) -> None:
    cmp = compare(a, b, ignore_case=case, ignore_punctuation=punct)
    for pair in walk(cmp.pairs):
        if pair.a:
            assert pair.side_text("a") == a.clause(pair.a).text
        if pair.b:
            assert pair.side_text("b") == b.clause(pair.b).text
        assert (pair.status == "added") == (pair.a is None)
        assert (pair.status == "removed") == (pair.b is None)
        if pair.status in ("same", "renumbered") and not (case or punct):
            assert a.clause(pair.a).text == b.clause(pair.b).text
    assert [p.b for p in cmp.pairs if p.b] == [p.id for p in b.paragraphs()]


@settings(max_examples=100, deadline=None)
@given(resolutions())
def test_case_changes_vanish_under_ignore_case(res: Resolution) -> None:
    upper = copy.deepcopy(res)
    for clause in upper.clauses():
        clause.text = clause.text.upper()
    cmp = compare(res, upper, ignore_case=True)
    assert {p.status for p in cmp.pairs} <= {"same"}
    kept = {p.a for p in compare(res, upper).pairs if p.status == "same"}
    assert kept == {p.id for p in res.paragraphs() if _upper_below(p)}


def _upper_below(clause: Paragraph | SubParagraph) -> bool:
    """Whether upper-casing leaves this clause and all its sub-paragraphs as they are."""
    return clause.text == clause.text.upper() and all(map(_upper_below, clause.subparagraphs))
