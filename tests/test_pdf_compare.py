"""Draft -> adopted, both official PDFs: the comparison a negotiator runs most.

Checked by reading the PDFs (../shared/corpus-pdf): A/C.3/80/L.17 was adopted as
A/RES/80/191 word for word; A/C.2/80/L.7 was renegotiated into A/RES/80/133, which
rewrites preambular paragraph 3 (the Sevilla Commitment), adds pp10 (the FAO Conference),
pp19, op3 (inclusive access for smallholders) and op25 (COVID-19 recovery), drops the
draft's pp32 (ethics of advanced technologies) and so renumbers what follows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resreader
from resreader.model import Resolution

CORPUS_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus-pdf"
pytestmark = pytest.mark.skipif(not CORPUS_PDF.is_dir(), reason=f"no corpus at {CORPUS_PDF}")


def pdf(name: str) -> Resolution:
    path = CORPUS_PDF / f"{name}.pdf"
    return resreader.parse(path.read_bytes(), str(path))


def test_a_draft_adopted_unchanged_compares_as_the_same_text() -> None:
    result = resreader.compare(pdf("A-C.3-80-L.17"), pdf("A-RES-80-191")).to_dict()
    assert result["summary"]["same"] == 110
    assert {pair["status"] for pair in result["pairs"]} == {"same"}


def test_a_renegotiated_draft_shows_what_was_added_dropped_and_renumbered() -> None:
    result = resreader.compare(pdf("A-C.2-80-L.7"), pdf("A-RES-80-133")).to_dict()
    added = {pair["b"] for pair in result["pairs"] if pair["status"] == "added"}
    removed = {pair["a"] for pair in result["pairs"] if pair["status"] == "removed"}
    assert added == {"pp3", "pp10", "pp19", "op3", "op25"}
    assert removed == {"pp3", "pp32"}
    by_a = {pair["a"]: pair for pair in result["pairs"] if pair["a"]}
    assert (by_a["op1"]["status"], by_a["op1"]["b"]) == ("same", "op1")
    assert (by_a["pp37"]["status"], by_a["pp37"]["b"]) == ("renumbered", "pp38")
    assert by_a["op29"]["b"] == "op31"  # after the two new operative paragraphs
    assert result["a"]["symbol"] == "A/C.2/80/L.7" and result["b"]["symbol"] == "A/RES/80/133"
