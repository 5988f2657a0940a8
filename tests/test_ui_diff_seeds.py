"""The diff view on the real seed series, with the real parser and engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from resreader.compare import compare
from resreader.library import load, seeds_dir
from resreader.ui.diff_html import number_prefix
from resreader.ui.diff_model import SIDES, A, B
from resreader.ui.diff_view import DiffView

SERIES = ["A-RES-58-220.md", "A-RES-60-212.txt", "A-RES-62-209.txt", "A-RES-68-230.md"]


def _load(name: str):  # noqa: ANN202
    return load(seeds_dir() / name)


@pytest.mark.parametrize(("old", "new"), list(zip(SERIES, SERIES[1:], strict=False)))
def test_every_cell_renders_its_clause_word_for_word(qtbot, old: str, new: str) -> None:
    view = DiffView()
    qtbot.addWidget(view)
    view.set_resolutions(_load(old), _load(new))
    qtbot.waitUntil(lambda: view.comparison() is not None)
    cmp = view.comparison()
    assert view.model.rowCount() == len(cmp.pairs)
    for row in range(view.model.rowCount()):
        for column in (A, B):
            _check_cell(view, cmp, row, column)


def _check_cell(view: DiffView, cmp, row: int, column: int) -> None:  # noqa: ANN001
    res = cmp.a if column == A else cmp.b
    index = view.model.index(row, column)
    doc = QTextDocument()
    doc.setHtml(index.data(view.model.HtmlRole))
    ids = index.data(view.model.ClauseIdsRole)
    assert (doc.blockCount() == len(ids)) if ids else doc.isEmpty()
    for number, cid in enumerate(ids):
        if not cid:
            continue  # a placeholder for a sub-clause only the other side has
        clause = res.clause(cid)
        shown = doc.findBlockByNumber(number).text().replace("\u00a0", " ")
        assert shown == number_prefix(clause) + clause.text, (SIDES[column], cid)


def test_screenshot_of_60_212_against_62_209(qtbot, tmp_path: Path) -> None:
    a, b = _load("A-RES-60-212.txt"), _load("A-RES-62-209.txt")
    view = DiffView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_resolutions(a, b)
    qtbot.waitUntil(lambda: view.comparison() is not None)
    assert view.comparison().summary == compare(a, b).summary
    assert "A/RES/60/212" in view.model.headerData(A, Qt.Orientation.Horizontal)
    assert "A/RES/62/209" in view.model.headerData(B, Qt.Orientation.Horizontal)
    path = tmp_path / "diff.png"
    assert view.grab().save(str(path))
    assert path.stat().st_size > 10_000
