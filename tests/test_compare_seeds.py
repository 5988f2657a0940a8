"""compare() on the real series in seeds/ (58/220 → 60/212 → 62/209 → 68/230).

Every pairing asserted here was checked by reading the two texts side by side.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from resreader import cli
from resreader.compare import compare
from resreader.compare.result import Comparison, Pair
from resreader.library import load, resolve


@cache
def _compare(a: str, b: str) -> Comparison:
    return compare(load(resolve(a)), load(resolve(b)))


def _pairs(a: str, b: str) -> dict[tuple[str | None, str | None], Pair]:
    return {(p.a, p.b): p for p in _compare(a, b).pairs}


def _changes(pair: Pair) -> list[tuple[str, str]]:
    return [run for run in pair.words if run[0] != "equal"]


def test_60_212_to_62_209_pairs_read_right() -> None:
    pairs = _pairs("60/212", "62/209")
    expected = {
        ("pp2", "pp3"): "renumbered",  # Recalling also the 2005 World Summit Outcome,
        ("pp3", "pp4"): "changed",  # "which, inter alia, called on" -> "in which it … urged"
        ("op1", "op1"): "changed",  # fourteenth -> fifteenth session
        ("op2", "op2"): "same",  # Takes note of the report of the Secretary-General …
        ("op3", "op3"): "same",  # Stresses that South-South cooperation, as an important …
        ("op5", "op6"): "renumbered",  # Encourages the international community …
        ("op10", "op7"): "changed",  # initiatives and arrangements, public-private mechanisms
        ("op15", "op8"): "changed",  # Invites the High-level Committee … Executive Board
        ("op16", "op15"): "changed",  # provisional agenda of its sixty-second -> sixty-fourth
    }
    assert {key: pairs[key].status for key in expected} == expected
    # The "mobilize additional resources" paragraph was rewritten and now comes after the
    # Special Unit paragraph that followed it in 60/212.
    assert pairs["op13", "op10"].status == "moved"


def test_60_212_to_62_209_words_and_flags() -> None:
    pairs = _pairs("60/212", "62/209")
    assert _changes(pairs["op1", "op1"]) == [
        ("delete", "at"),
        ("insert", "on"),
        ("delete", "fourteenth"),
        ("insert", "fifteenth"),
    ]
    assert ("delete", "sixty-second") in _changes(pairs["op16", "op15"])
    assert ("insert", "sixty-fourth") in _changes(pairs["op16", "op15"])
    assert pairs["op10", "op7"].lead_changed  # Also recognizes -> Encourages
    assert not pairs["op1", "op1"].lead_changed
    # 60/212 op12 ended "takes note of the initiatives contained in the Havana Programme …";
    # 62/209 turned that into its preambular paragraph 6 "Taking note of the initiatives …".
    havana = pairs["op12", "pp6"]
    assert havana.migrated and havana.lead_changed


def test_60_212_to_62_209_added_and_removed() -> None:
    cmp = _compare("60/212", "62/209")
    removed = {p.a for p in cmp.pairs if p.status == "removed"}
    added = {p.b for p in cmp.pairs if p.status == "added"}
    assert {"op6", "op7", "op8", "op9", "op11", "op14"} == removed  # e.g. tsunami, GSTP
    assert {"pp1", "pp5", "op5", "op11", "op12", "op13", "op14"} <= added
    assert "op9" in added  # "further assess the progress made" is new text


def test_60_212_to_62_209_footnotes_by_content() -> None:
    notes = {(p.a, p.b): p.status for p in _compare("60/212", "62/209").footnotes}
    assert notes["1", "2"] == "renumbered"  # See resolution 60/1.
    assert ("5", "3") in notes and ("6", "5") in notes  # A/55/74 and A/60/111, annex II
    assert ("2", "6") in notes  # Official Records … Supplement No. 39, Sixtieth -> Sixty-second


def test_58_220_preamble_became_operative_in_60_212() -> None:
    pairs = _pairs("58/220", "60/212")
    stresses, recognizes = pairs["pp1", "op3"], pairs["pp2", "op4"]  # Stressing -> Stresses …
    assert stresses.migrated and recognizes.migrated
    assert stresses.lead_changed and ("insert", "Stresses") in _changes(stresses)
    assert pairs["op5", "op6"].status == "renumbered"  # regional integration initiatives
    assert pairs["op12", "op16"].lead_changed  # Also decides -> Decides to include …


def test_62_209_to_68_230_pairs_read_right() -> None:
    pairs = _pairs("62/209", "68/230")
    assert pairs["pp1", "pp2"].lead_changed  # Reaffirming -> Reaffirming also (33/134)
    assert pairs["op4", "op9"].status == "changed"  # not a substitute for, but a complement
    assert pairs["op9", "op14"].lead_changed  # Recognizes the need … -> Requests … to assess
    assert pairs["op15", "op21"].status == "changed"  # provisional agenda, sixty-ninth
    assert ("op11", "op12") in pairs  # resource mobilization initiatives: Special Unit -> Office


@pytest.mark.parametrize(
    ("a", "b"), [("58/220", "60/212"), ("60/212", "62/209"), ("62/209", "68/230")]
)
def test_seed_pairs_cover_every_clause_once(a: str, b: str) -> None:
    cmp = _compare(a, b)
    ids_a = sorted(p.a for pair in cmp.pairs for p in pair.walk() if p.a)
    ids_b = sorted(p.b for pair in cmp.pairs for p in pair.walk() if p.b)
    assert ids_a == sorted(c.id for c in cmp.a.clauses())
    assert ids_b == sorted(c.id for c in cmp.b.clauses())
    for pair in cmp.pairs:
        if pair.a:
            assert pair.side_text("a") == cmp.a.clause(pair.a).text
        if pair.b:
            assert pair.side_text("b") == cmp.b.clause(pair.b).text


def test_cli_diff_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", "60/212", "62/209", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["a"]["symbol"] == "A/RES/60/212" and data["b"]["symbol"] == "A/RES/62/209"
    assert data == json.loads(json.dumps(_compare("60/212", "62/209").to_dict()))
    row = next(p for p in data["pairs"] if p["a"] == "op3")
    assert (row["status"], row["b"], row["similarity"]) == ("same", "op3", 1.0)


def test_cli_diff_text_and_html(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", "60/212", "62/209"]) == 0
    assert "[-fourteenth-] {+fifteenth+}" in capsys.readouterr().out
    assert cli.main(["diff", "60/212", "62/209", "--format", "html", "--ignore-case"]) == 0
    page = capsys.readouterr().out
    assert "<del>fourteenth</del>" in page and "Options: ignore case" in page
