"""Fault injection (issue 10): a settings file with values the window cannot use, and a
highlights database that cannot be written. The real window starts either way, says so in
one line, and loses nothing the user made."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resreader import highlights_db
from resreader.highlights import HighlightStore, default_path
from resreader.library import load, resolve
from resreader.store import config_dir
from resreader.ui.main_window import MainWindow
from ui_helpers import active_window

CTRL = Qt.KeyboardModifier.ControlModifier
RECENT = ["/tmp/Résolution 60-212.txt", "/tmp/b.txt"]


@pytest.fixture(autouse=True)
def _clear_clipboard(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.clipboard().clear()  # offscreen Qt segfaults at exit while it holds Python data


def start(qtbot, mode: str = "library", names: tuple[str, ...] = ()) -> MainWindow:
    return active_window(qtbot, mode, names)


def write_settings(values: dict[str, Any]) -> Path:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"recent_files": RECENT, "last_dir": "/tmp", **values}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


BAD_SETTINGS = {
    "non-ASCII geometry": {"geometry": "géométrie ✓"},
    "non-ASCII window state": {"window_state": "état — 窓"},
    "geometry not base64": {"geometry": "!!!not base64!!!"},
    "geometry a number": {"geometry": 12},
    "splitter past 2**31": {"main_splitter": [2**31, 100]},
    "splitter past 2**63": {"read_splitter": [2**64, 100]},
    "negative splitter": {"read_splitter": [-5, 100]},
    "splitter of floats": {"main_splitter": [1.5, 200.0]},
    "splitter a string": {"main_splitter": "wide"},
    "splitter of booleans": {"read_splitter": [True, False]},
    "zoom a string": {"zoom": "big"},
    "zoom past 2**63": {"zoom": 2**70},
}


@pytest.mark.parametrize("values", BAD_SETTINGS.values(), ids=BAD_SETTINGS.keys())
def test_unusable_settings_start_the_window_once_moved_aside(qtbot, values) -> None:
    path = write_settings(values)
    original = path.read_bytes()

    win = start(qtbot)

    assert win.messages.isVisible()
    assert "moved aside" in win.messages.text() and "\n" not in win.messages.text()
    aside = list(path.parent.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == original  # kept exactly as it was
    assert win.settings.recent_files() == RECENT  # what the user made is still there
    assert win.settings.get("last_dir") == "/tmp"
    for key in values:
        assert key not in win.settings.data
    assert win.width() > 0 and all(s >= 0 for s in win.splitter.sizes())
    win.close()

    again = start(qtbot)  # the next start is clean: nothing to warn about
    assert not again.messages.isVisible()
    assert again.settings.recent_files() == RECENT
    assert len(list(path.parent.glob("settings.json.corrupt-*"))) == 1


def test_good_settings_are_restored_and_not_moved_aside(qtbot) -> None:
    first = start(qtbot)
    first.set_zoom(3)
    first.close()  # saves the window state
    path = config_dir() / "settings.json"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(saved["geometry"], str) and isinstance(saved["main_splitter"], list)

    again = start(qtbot)
    assert not again.messages.isVisible()
    assert again.reader.view.zoom == 3
    assert not list(path.parent.glob("settings.json.corrupt-*"))


# -- a highlights database that cannot be written --


def make_database_with_one_highlight() -> Path:
    path = default_path()
    store = HighlightStore(path)
    store.add(load(resolve("62/209")), "op1", note="mine")
    store.close()
    return path


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The database as SQLite sees a file it may not write (chmod does not stop root): its
    own read-only mode, through the same `sqlite3.connect` the store calls."""
    path = make_database_with_one_highlight()
    connect = sqlite3.connect

    def connect_read_only(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(target) == str(path):
            return connect(f"{path.as_uri()}?mode=ro", *args, uri=True, **kwargs)
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(highlights_db.sqlite3, "connect", connect_read_only)
    return path


def assert_read_only_session(qtbot, path: Path) -> None:
    before = path.read_bytes()
    win = start(qtbot, "open", ("62/209",))
    store = win.highlighting.store

    assert win.messages.isVisible()
    text = win.messages.text()
    assert "read-only" in text and "cannot be saved" in text and "\n" not in text
    assert list(store.for_resolution("A/RES/62/209")) == ["op1"]  # what was there shows
    assert store.get("A/RES/62/209", "op1").note == "mine"

    win.reader.go_to_clause("op12")
    win.reader.view.setFocus()
    qtbot.keyClick(win.reader.view, Qt.Key.Key_H, CTRL)  # never raises

    assert list(store.for_resolution("A/RES/62/209")) == ["op1", "op12"]  # for the session
    assert win.reader.model.index_for("op12") is not None
    win.close()
    assert path.read_bytes() == before  # the file itself was not touched
    with sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True) as conn:
        assert conn.execute("SELECT clause_id FROM highlights").fetchall() == [("op1",)]


def test_a_read_only_database_says_so_and_highlights_in_memory(qtbot, read_only) -> None:
    assert_read_only_session(qtbot, read_only)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes through file permissions"
)
def test_a_chmod_read_only_database_says_so_and_highlights_in_memory(qtbot) -> None:
    path = make_database_with_one_highlight()
    for sidecar in path.parent.glob(f"{path.name}-*"):
        sidecar.unlink()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        assert_read_only_session(qtbot, path)
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)


def test_the_store_opened_read_only_never_raises_on_a_change(read_only) -> None:
    store = HighlightStore(read_only)
    assert len(store.warnings) == 1 and "read-only" in store.warnings[0]
    res = load(resolve("62/209"))
    store.add(res, "op2", colour="green")
    assert store.set_note(res, "op1", "changed")
    assert store.remove(res, "op2")
    assert store.count() == 1
