"""Bidi controls never reach what the views display: the clause tree, the diff's column
headers and margin tooltips, the highlights panel (issue 10). A right-to-left override in a
resolution would otherwise make "para. 001" read "para. 100" on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from resreader.compare.result import Pair
from resreader.highlight_lookup import ResolutionFinder
from resreader.highlights import HighlightStore
from resreader.model import Paragraph, Resolution
from resreader.safe_text import BIDI_CONTROLS
from resreader.ui.clause_model import ClauseModel
from resreader.ui.diff_labels import header_text, margin_tooltip
from resreader.ui.highlight_marks import Mark
from resreader.ui.highlights_model import HighlightsModel

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
DISPLAY, TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def spoofed() -> Resolution:
    lead = f"Calls {RLO}upon{PDF}"
    return Resolution(
        symbol=f"A/RES/62/{RLI}209{PDI}",
        title=f"South-South {RLO}cooperation{PDF}",
        preamble=[
            Paragraph(
                "pp1", None, f"Recalling {RLO}100{PDF}", f"Recalling {RLO}100{PDF} resolutions,"
            )
        ],
        operative=[Paragraph("op1", "1", lead, f"{lead} States to act;")],
    )


def clean(value: object) -> bool:
    return isinstance(value, str) and not any(c in value for c in BIDI_CONTROLS)


def every_index(model, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found += [index, *every_index(model, index)]
    return found


def test_the_clause_tree_displays_no_bidi_controls(qapp) -> None:
    model = ClauseModel()
    model.set_resolution(spoofed(), {"op1": Mark("yellow", f"see {RLO}note{PDF}")})
    indexes = every_index(model)
    assert indexes
    for index in indexes:
        assert clean(index.data(DISPLAY)), index.data(DISPLAY)
        tip = index.data(TIP)
        assert tip is None or clean(tip), tip


def test_diff_headers_and_margin_tooltips_display_no_bidi_controls() -> None:
    res = spoofed()
    assert clean(header_text(res)) and "cooperation" in header_text(res)
    clauses = {c.id: c for c in res.clauses()}
    pair = Pair("changed", "op1", "op1", 0.5, words=[("equal", "x")], lead_changed=True)
    tip = margin_tooltip(pair, clauses, clauses)
    assert "upon" in tip and clean(tip)


def test_the_highlights_panel_displays_no_bidi_controls(qapp, tmp_path: Path) -> None:
    store = HighlightStore(tmp_path / "h.sqlite3")
    res = spoofed()
    store.add(res, "op1", "yellow", f"note {RLO}123{PDF}")
    model = HighlightsModel(store, ResolutionFinder([res]))
    indexes = every_index(model)
    assert len(indexes) > 3
    for index in indexes:
        for role in (DISPLAY, TIP):
            value = index.data(role)
            assert value is None or clean(value), value
    store.close()
