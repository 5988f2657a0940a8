"""UN-style citations for every kind of clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from resreader import parse
from resreader.citation import cite, cited_symbol, ordinal, ordinal_words
from resreader.model import Annex, Paragraph, Resolution, SubParagraph

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def resolution(
    symbol: str | None = "A/RES/62/209", title: str | None = "South-South"
) -> Resolution:
    preamble = [Paragraph(f"pp{i}", None, None, f"Recalling {i},") for i in range(1, 65)]
    return Resolution(
        symbol=symbol,
        title=title,
        preamble=preamble,
        operative=[
            Paragraph("op12", "12", "Urges", "Urges all States;"),
            Paragraph(
                "op7",
                "7",
                "Requests",
                "Requests:",
                subparagraphs=[
                    SubParagraph(
                        "op7(c)",
                        "(c)",
                        "To act:",
                        subparagraphs=[SubParagraph("op7(c)(ii)", "(ii)", "With care;")],
                    )
                ],
            ),
        ],
        annexes=[
            Annex(
                "annex1",
                "Declaration",
                [
                    Paragraph("annex1-pp1", None, None, "We, the Heads of State,"),
                    Paragraph(
                        "annex1-op18",
                        "18",
                        None,
                        "We commit to:",
                        subparagraphs=[SubParagraph("annex1-op18(a)", "(a)", "Acting;")],
                    ),
                ],
            )
        ],
    )


@pytest.mark.parametrize(
    ("clause_id", "expected"),
    [
        ("op12", "A/RES/62/209, para. 12"),
        ("pp6", "A/RES/62/209, sixth preambular paragraph"),
        ("pp1", "A/RES/62/209, first preambular paragraph"),
        ("pp21", "A/RES/62/209, twenty-first preambular paragraph"),
        ("pp60", "A/RES/62/209, sixtieth preambular paragraph"),
        ("pp61", "A/RES/62/209, 61st preambular paragraph"),
        ("pp62", "A/RES/62/209, 62nd preambular paragraph"),
        ("pp63", "A/RES/62/209, 63rd preambular paragraph"),
        ("op7(c)", "A/RES/62/209, para. 7 (c)"),
        ("op7(c)(ii)", "A/RES/62/209, para. 7 (c) (ii)"),
        ("annex1-op18", "A/RES/62/209, annex, para. 18"),
        ("annex1-op18(a)", "A/RES/62/209, annex, para. 18 (a)"),
        ("annex1-pp1", "A/RES/62/209, annex, first paragraph"),
    ],
)
def test_citation_of_each_kind_of_clause(clause_id: str, expected: str) -> None:
    res = resolution()
    clause = res.clause(clause_id) or next(
        c
        for a in res.annexes
        for p in a.paragraphs
        for c in [p, *p.subparagraphs]
        if c.id == clause_id
    )
    assert cite(res, clause) == expected


def test_without_a_symbol_the_title_names_the_resolution() -> None:
    res = resolution(symbol=None, title="Economic and technical cooperation")
    assert cite(res, res.clause("op12")) == "Economic and technical cooperation, para. 12"


def test_without_symbol_or_title_the_label_is_used() -> None:
    res = resolution(symbol=None, title=None)
    res.source = "draft.txt"
    assert cite(res, res.clause("pp2")) == "draft.txt, second preambular paragraph"


def test_a_foreign_clause_is_refused() -> None:
    res = resolution()
    with pytest.raises(ValueError, match="op99"):
        cite(res, Paragraph("op99", "99", None, "Decides;"))


def test_several_annexes_are_numbered() -> None:
    res = resolution()
    res.annexes.append(Annex("annex2", None, [Paragraph("annex2-op1", "1", None, "Text.")]))
    assert cite(res, res.annexes[1].paragraphs[0]) == "A/RES/62/209, annex II, para. 1"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (5, "fifth"),
        (8, "eighth"),
        (9, "ninth"),
        (11, "eleventh"),
        (12, "twelfth"),
        (20, "twentieth"),
        (22, "twenty-second"),
        (40, "fortieth"),
        (45, "forty-fifth"),
        (59, "fifty-ninth"),
        (68, "sixty-eighth"),
    ],
)
def test_ordinal_words(n: int, words: str) -> None:
    assert ordinal_words(n) == words


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (60, "sixtieth"),
        (61, "61st"),
        (71, "71st"),
        (72, "72nd"),
        (73, "73rd"),
        (74, "74th"),
        (111, "111th"),
        (112, "112th"),
        (113, "113th"),
        (121, "121st"),
    ],
)
def test_ordinals_turn_to_figures_after_sixty(n: int, text: str) -> None:
    assert ordinal(n) == text


@pytest.mark.parametrize(
    ("cited", "symbol"),
    [
        ("58/220", "A/RES/58/220"),
        ("57/270 B", "A/RES/57/270 B"),
        ("S-26/2", "A/RES/S-26/2"),
        ("2334 (2016)", "S/RES/2334 (2016)"),
        ("2200 A (XXI)", "A/RES/2200 A (XXI)"),
        ("57/270\nB", "A/RES/57/270 B"),
    ],
)
def test_cited_symbol(cited: str, symbol: str) -> None:
    assert cited_symbol(cited) == symbol


def test_citations_on_a_parsed_seed() -> None:
    res = parse((SEEDS / "A-RES-62-209.txt").read_bytes())
    assert cite(res, res.clause("op12")) == "A/RES/62/209, para. 12"
    assert cite(res, res.clause("pp6")) == "A/RES/62/209, sixth preambular paragraph"
