"""A damaged highlights database is moved aside, and what SQLite can still read from it is
recovered into the fresh one; the user is told how many (issue 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from resreader.highlights import DB_NAME, HighlightStore, default_path
from resreader.highlights_recover import recover
from resreader.model import Paragraph, Resolution

PAGE = 4096
COUNT = 300


def many_clauses() -> Resolution:
    return Resolution(
        symbol="A/RES/62/209",
        title="South-South cooperation",
        operative=[
            Paragraph(f"op{n}", str(n), "Decides", f"Decides marker-{n:04d} " + "words " * 40)
            for n in range(1, COUNT + 1)
        ],
    )


def filled(path: Path) -> Resolution:
    res = many_clauses()
    store = HighlightStore(path)
    for clause in res.operative:
        store.add(res, clause.id, "blue", f"note {clause.id}")
    store.close()  # the WAL is checkpointed into the file and removed
    return res


def damage_page_holding(path: Path, marker: bytes) -> None:
    """Scribble over the page that stores `marker`: its rows (and only those) are lost."""
    data = bytearray(path.read_bytes())
    page = data.index(marker) // PAGE
    data[page * PAGE : page * PAGE + 16] = b"\xff" * 16  # not a valid b-tree page header
    path.write_bytes(bytes(data))


def test_a_damaged_page_loses_its_rows_and_the_rest_are_recovered(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    res = filled(path)
    damage_page_holding(path, b"marker-0150")
    damaged = path.read_bytes()
    store = HighlightStore(path)
    moved = list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == damaged  # kept, untouched
    recovered = store.for_resolution(res)
    assert 0 < len(recovered) < COUNT  # the scribbled page's rows are gone, the others back
    assert "op150" not in recovered and {"op1", "op300"} <= set(recovered)
    h = recovered["op300"]
    assert (h.colour, h.note, h.label, h.title) == (
        "blue",
        "note op300",
        "A/RES/62/209",
        "South-South cooperation",
    )
    assert len(store.warnings) == 1
    assert (
        f"Recovered {len(recovered)} of the highlights from the damaged file "
        f"{moved[0]}" in store.warnings[0]
    )
    assert "moved aside" in store.warnings[0]
    store.add(res, "op150", "pink")  # the fresh database takes new highlights
    store.close()


def test_a_file_that_is_not_a_database_recovers_nothing_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(b"this is not a database" * 100)
    store = HighlightStore(path)
    assert store.count() == 0
    assert "None of its highlights could be recovered" in store.warnings[0]
    store.close()


def test_a_highlight_whose_resolution_row_is_lost_keeps_its_key_as_label(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    filled(damaged)
    with sqlite3.connect(damaged) as conn:
        conn.execute("DELETE FROM resolutions")
    fresh = HighlightStore(memory=True)
    assert recover(damaged, fresh.conn) == COUNT
    assert {h.label for h in fresh.all()} == {"A/RES/62/209"}
    fresh.close()


def test_recovery_never_raises_on_a_missing_file(tmp_path: Path) -> None:
    fresh = HighlightStore(memory=True)
    assert recover(tmp_path / "gone.sqlite3", fresh.conn) == 0
    fresh.close()


@pytest.mark.usefixtures("qapp")
def test_the_window_tells_how_many_were_recovered(qtbot) -> None:
    from resreader.ui.app import build_window

    path = default_path()  # the test's own data folder (conftest)
    path.parent.mkdir(parents=True, exist_ok=True)
    filled(path)
    damage_page_holding(path, b"marker-0150")
    win, ok = build_window("open", ["62/209"])
    assert ok
    qtbot.addWidget(win)
    win.show()
    assert win.messages.isVisible() and win.messages.kind == "warning"
    assert "Recovered" in win.messages.text() and "of the highlights" in win.messages.text()
    assert 0 < win.highlighting.store.count() < COUNT
