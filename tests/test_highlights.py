"""Highlights on disk: round-trip, restart, bad files moved aside, a killed writer, keys."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from resreader.highlights import (
    DB_NAME,
    PALETTE,
    HighlightError,
    HighlightStore,
    default_path,
    display_colours,
    resolution_key,
)
from resreader.model import Paragraph, Resolution, SubParagraph
from resreader.parsing import parse

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

UNSIGNED = """The General Assembly,

Recalling its resolution on South-South cooperation,

1. Welcomes the report of the Secretary-General;

2. Decides to remain seized of the matter.
"""


def hand_made(symbol: str | None = "A/RES/62/209") -> Resolution:
    op7 = Paragraph(
        "op7",
        "7",
        "Calls upon",
        "Calls upon States:",
        subparagraphs=[SubParagraph("op7(c)", "(c)", "to act;")],
    )
    return Resolution(
        symbol=symbol,
        title="South-South cooperation",
        source="/tmp/62-209.txt",
        preamble=[Paragraph("pp1", None, "Recalling", "Recalling its resolutions,")],
        operative=[Paragraph(f"op{n}", str(n), "Decides", f"Decides {n};") for n in (1, 9, 10)]
        + [op7],
    )


@pytest.fixture
def store(tmp_path: Path) -> HighlightStore:
    opened = HighlightStore(tmp_path / DB_NAME)
    yield opened
    opened.close()


def test_add_update_remove_round_trip(store: HighlightStore) -> None:
    res = hand_made()
    first = store.add(res, "op9", "teal", "agreed language")
    assert (first.key, first.clause_id, first.colour, first.note) == (
        "A/RES/62/209",
        "op9",
        "teal",
        "agreed language",
    )
    assert (first.label, first.title, first.source) == (
        "A/RES/62/209",
        "South-South cooperation",
        "/tmp/62-209.txt",
    )
    assert first.text == "Decides 9;" and first.created.endswith("+00:00")

    again = store.add(res, "op9", "blue")  # upsert: recolours, keeps note and creation time
    assert (again.colour, again.note, again.created) == ("blue", "agreed language", first.created)
    assert store.set_note(res, "op9", "  check   with legal  ") is True
    assert store.set_colour("A/RES/62/209", "op9", "pink") is True
    assert store.get(res, "op9").note == "check with legal"
    assert store.get(res, "op9").colour == "pink"
    assert store.set_note(res, "op1", "not highlighted") is False

    assert store.remove(res, "op9") is True
    assert store.remove(res, "op9") is False
    assert store.for_resolution(res) == {} and store.count() == 0
    assert store.conn.execute("SELECT COUNT(*) FROM resolutions").fetchone()[0] == 0


def test_unknown_colour_is_refused(store: HighlightStore) -> None:
    with pytest.raises(ValueError, match="purple"):
        store.add(hand_made(), "op1", "purple")
    assert store.count() == 0
    assert [c.name for c in store.colours()] == ["yellow", "teal", "blue", "pink", "orange"]
    assert all(c.light.startswith("#") and c.dark.startswith("#") for c in PALETTE.values())


def test_document_order_within_and_across_resolutions(store: HighlightStore) -> None:
    res = hand_made()
    for clause_id in ("op10", "op7(c)", "pp1", "op9", "op1"):
        store.add(res, clause_id)
    assert list(store.for_resolution(res)) == ["pp1", "op1", "op9", "op10", "op7(c)"]
    older = parse((SEEDS / "A-RES-60-212.txt").read_bytes())
    store.add(older, "op3")
    store.add(older, "pp2")
    assert [(h.key, h.clause_id) for h in store.all()] == [
        ("A/RES/60/212", "pp2"),
        ("A/RES/60/212", "op3"),
        *(("A/RES/62/209", c) for c in ("pp1", "op1", "op9", "op10", "op7(c)")),
    ]


def test_highlights_persist_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    first = HighlightStore(path)
    first.add(hand_made(), "op7(c)", "orange", "keep")
    first.close()

    second = HighlightStore(path)
    assert second.warnings == []
    assert second.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert second.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    kept = second.for_resolution("A/RES/62/209")["op7(c)"]
    assert (kept.colour, kept.note) == ("orange", "keep")
    second.close()


def test_default_path_is_under_the_user_data_dir() -> None:
    store = HighlightStore()
    store.add(hand_made(), "op1")
    store.close()
    assert store.path == default_path()
    assert str(default_path()).startswith(os.environ["XDG_DATA_HOME"])  # isolated by conftest
    assert default_path().parent.name == "resreader" and default_path().is_file()


def _real_database(path: Path) -> bytes:
    store = HighlightStore(path)
    for n in range(200):
        store.add(hand_made(f"A/RES/{n}/1"), "op1", note="x" * 200)
    store.close()
    return path.read_bytes()


@pytest.mark.parametrize("damage", ["random", "truncated", "foreign", "future"])
def test_a_bad_file_is_moved_aside_and_a_fresh_store_works(tmp_path: Path, damage: str) -> None:
    path = tmp_path / DB_NAME
    if damage == "random":
        path.write_bytes(bytes(range(256)) * 40)
    elif damage == "truncated":
        path.write_bytes(_real_database(tmp_path / "whole.sqlite3")[:12288])
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (a)" if damage == "foreign" else "PRAGMA user_version=9")
        conn.commit()
        conn.close()
    before = path.read_bytes()

    store = HighlightStore(path)

    assert len(store.warnings) == 1
    aside = list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == before
    assert str(path) in store.warnings[0] and str(aside[0]) in store.warnings[0]
    store.add(hand_made(), "op1")
    store.close()
    assert list(HighlightStore(path).for_resolution("A/RES/62/209")) == ["op1"]


def test_a_stale_wal_goes_aside_with_its_database(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(b"not a database at all" * 100)
    wal = tmp_path / f"{DB_NAME}-wal"
    wal.write_bytes(b"stale")
    store = HighlightStore(path)
    assert store.warnings and store.count() == 0
    assert [p.read_bytes() for p in tmp_path.glob(f"{DB_NAME}.corrupt-*-wal")] == [b"stale"]


def test_an_unusable_folder_gives_a_working_store_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    store = HighlightStore(blocker / DB_NAME)
    assert len(store.warnings) == 1 and "only until the app closes" in store.warnings[0]
    assert str(blocker / DB_NAME) in store.warnings[0]
    store.add(hand_made(), "op1")
    assert store.count() == 1
    assert blocker.read_text() == "in the way"  # nothing was moved aside or overwritten


def test_a_failed_write_raises_highlight_error(store: HighlightStore) -> None:
    store.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(HighlightError, match="could not save"):
        store.add(hand_made(), "op1")
    store.conn.execute("PRAGMA query_only = OFF")
    assert store.count() == 0


CHILD = """
import sys
from pathlib import Path
from resreader.highlights import HighlightStore
from resreader.model import Paragraph, Resolution

res = Resolution(symbol="A/RES/99/1", operative=[
    Paragraph(f"op{n}", str(n), "Decides", f"Decides {n};") for n in range(1, 5001)])
store = HighlightStore(Path(sys.argv[1]))
for clause in res.operative:
    store.add(res, clause.id, note=f"note {clause.num}")
    print(clause.id, flush=True)  # only after the commit returned
sys.stdin.read()  # never exit on its own: the parent kills it
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_highlights_survive_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    reported = [child.stdout.readline().strip() for _ in range(5)]
    os.kill(child.pid, signal.SIGKILL)
    reported += child.stdout.read().split()  # whatever it committed before dying
    assert child.wait() == -signal.SIGKILL
    assert len(reported) >= 5 and len(reported) < 5000  # killed mid-session

    store = HighlightStore(path)
    assert store.warnings == []
    kept = store.for_resolution("A/RES/99/1")
    assert set(reported) <= set(kept)
    assert all(kept[c].note == f"note {c[2:]}" for c in reported)
    assert len(kept) - len(reported) <= 1  # at most the action in flight, committed unreported
    store.close()


def test_content_key_is_stable_across_parses_and_differs_between_texts() -> None:
    first, second = parse(UNSIGNED), parse(UNSIGNED.encode("utf-8"))
    rewrapped = parse(UNSIGNED.replace("of the Secretary-General;", "of the\nSecretary-General;"))
    other = parse(UNSIGNED.replace("remain seized", "stay seized"))
    assert first.symbol is None
    key = resolution_key(first)
    assert key.startswith("sha256:") and len(key) == len("sha256:") + 64
    assert resolution_key(second) == key == resolution_key(rewrapped)
    assert resolution_key(other) != key
    assert resolution_key(hand_made(None)) != resolution_key(Resolution()) != key


def test_symbol_key_and_a_symbol_less_text_round_trip(store: HighlightStore) -> None:
    assert resolution_key(parse((SEEDS / "A-C.2-54-L.5.txt").read_bytes())) == "A/C.2/54/L.5"
    store.add(parse(UNSIGNED), "op2", "blue")
    assert list(store.for_resolution(parse(UNSIGNED))) == ["op2"]
    assert store.for_resolution(parse(UNSIGNED.replace("remain", "stay"))) == {}


def test_display_colours_for_the_typesetter(store: HighlightStore) -> None:
    res = hand_made()
    store.add(res, "op1", "green")
    store.add(res, "pp1", "pink")
    found = store.for_resolution(res)
    assert display_colours(found) == {"pp1": PALETTE["pink"].light, "op1": PALETTE["teal"].light}
    assert display_colours(found, dark=True)["op1"] == PALETTE["teal"].dark


def test_annex_paragraphs_sort_after_the_operative_part(store: HighlightStore) -> None:
    from resreader.model import Annex

    res = hand_made()
    res.annexes = [Annex("annex1", "Plan", [Paragraph("annex1.p1", "1", None, "Plan text.")])]
    store.add(res, "annex1.p1")
    store.add(res, "op10")
    assert list(store.for_resolution(res)) == ["op10", "annex1.p1"]
    assert store.get(res, "annex1.p1").text == "Plan text."


def test_the_last_colour_is_kept_in_the_database_and_survives_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    store = HighlightStore(path)
    assert store.last_colour() == "yellow"  # nothing chosen yet
    store.set_last_colour("blue")
    store.close()
    again = HighlightStore(path)
    assert again.last_colour() == "blue" and again.count() == 0  # a preference, no highlight
    with pytest.raises(ValueError):
        again.set_last_colour("mauve")
    again.close()


def test_a_database_from_before_the_meta_table_gains_it_and_keeps_its_highlights(
    tmp_path: Path,
) -> None:
    path = tmp_path / DB_NAME
    store = HighlightStore(path)
    store.add(hand_made(), "op12", "pink")
    store.conn.execute("DROP TABLE meta")  # as the previous version left the file
    store.close()
    again = HighlightStore(path)
    assert again.warnings == [] and again.last_colour() == "yellow"
    assert list(again.for_resolution("A/RES/62/209")) == ["op12"]
    again.close()
