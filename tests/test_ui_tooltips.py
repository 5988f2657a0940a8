"""Document text in tooltips is text, never markup: titles and notes quoting "<b>"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from resreader.compare import compare
from resreader.library import Library
from resreader.parsing import parse
from resreader.ui.diff_model import DiffModel
from resreader.ui.library_model import LibraryModel
from resreader.ui.tooltips import text_tooltip

EVIL = ("99/1. Evil <b>title</b> & co\n\nThe General Assembly,\n\n"
        "1. Decides to act;1\n\n---\n1 See <b>BOLD</b> note.\n")


def test_text_tooltip_escapes_and_keeps_lines() -> None:
    assert text_tooltip("a <b>\nb & c") == "<p>a &lt;b&gt;<br>b &amp; c</p>"
    assert text_tooltip("") == ""


def test_library_tooltip_escapes_the_title(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(EVIL, encoding="utf-8")
    model = LibraryModel(Library(user_dir=tmp_path, include_seeds=False))
    model.rescan()
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Evil &lt;b&gt;title&lt;/b&gt; &amp; co" in tip and "<b>title" not in tip


def test_diff_header_tooltip_escapes_the_title() -> None:
    res = parse(EVIL)
    model = DiffModel()
    model.set_comparison(compare(res, res))
    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Evil &lt;b&gt;title&lt;/b&gt;" in tip and "<b>title" not in tip
