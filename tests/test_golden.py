"""The seeds against their golden files.

The golden files were reviewed against the seed texts by hand: every paragraph, lead,
footnote marker and note, and nothing from the page furniture. When the parser changes
them, read the diff against the seed before updating a golden file.
"""

from __future__ import annotations

import json

import pytest

from conftest import GOLDEN, SEEDS
from resreader.cli import main
from resreader.library import load

SEED_FILES = sorted(SEEDS.iterdir())


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_golden(seed) -> None:
    expected = json.loads((GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8"))
    assert load(seed).to_dict() == expected


def test_cli_prints_an_array_for_several_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", *map(str, SEED_FILES)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [doc["symbol"] for doc in printed] == [
        json.loads((GOLDEN / f"{p.stem}.json").read_text(encoding="utf-8"))["symbol"]
        for p in SEED_FILES
    ]


def test_seed_series_facts_read_from_the_texts() -> None:
    """A few facts checked by eye in the seeds, stated here independently of the goldens."""
    res = load(SEEDS / "A-RES-62-209.txt")
    assert (res.symbol, res.adopted, res.meeting) == (
        "A/RES/62/209",
        "2007-12-19",
        "78th plenary meeting",
    )
    assert [len(res.preamble), len(res.operative), len(res.footnotes)] == [6, 15, 7]
    assert res.operative[1].text == (
        "Takes note of the report of the Secretary-General on the state of South-South cooperation;"
    )
    assert res.operative[12].footnotes == ["1"]  # "Developing Countries,1 no later than"
    draft = load(SEEDS / "A-C.2-54-L.5.txt")
    assert draft.symbol == "A/C.2/54/L.5" and draft.adopted is None
    assert [p.lead for p in draft.preamble][3] == "Reaffirming also"
    assert "footnote marker 6 has no footnote text" in draft.warnings
