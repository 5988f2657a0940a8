"""The highlights panel, its model and the highlight actions (offscreen, pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from resreader.highlight_lookup import ResolutionFinder
from resreader.highlights import PALETTE, HighlightStore
from resreader.library import load
from resreader.model import Paragraph, Resolution, SubParagraph
from resreader.ui.diff_colors import DARK, LIGHT, status_colours
from resreader.ui.highlight_actions import NOTHING_HIGHLIGHTED, HighlightActions
from resreader.ui.highlight_marks import bar_colour
from resreader.ui.highlights_model import (
    ClauseIdRole,
    ColourRole,
    HighlightsModel,
    KeyRole,
    KindRole,
    NoteRole,
)
from resreader.ui.highlights_panel import HighlightsPanel

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def hand_made(symbol: str | None = "A/RES/62/209") -> Resolution:
    op7 = Paragraph(
        "op7",
        "7",
        "Calls upon",
        "Calls upon States:",
        subparagraphs=[
            SubParagraph("op7(c)", "(c)", "to act on <script>alert(1)</script> & more;")
        ],
    )
    return Resolution(
        symbol=symbol,
        title="South-South cooperation",
        preamble=[
            Paragraph(f"pp{n}", None, "Recalling", f"Recalling text {n},") for n in range(1, 7)
        ],
        operative=[Paragraph("op12", "12", "Decides", "Decides to include the item;"), op7],
    )


@pytest.fixture
def store(tmp_path: Path) -> HighlightStore:
    opened = HighlightStore(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def filled(store: HighlightStore) -> tuple[HighlightStore, Resolution, Resolution]:
    res, older = hand_made(), load(SEEDS / "A-RES-60-212.txt")
    store.add(res, "op12", "yellow", "agreed language")
    store.add(res, "pp6", "green")
    store.add(res, "op7(c)", "yellow")
    store.add(older, "op1", "blue")
    return store, res, older


def rows(model: HighlightsModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


@pytest.mark.parametrize("colours", [None, {"yellow"}, {"orange"}])
def test_model_passes_modeltester(qtmodeltester, filled, colours) -> None:
    store, res, older = filled
    model = HighlightsModel(store, ResolutionFinder([res, older]))
    model.set_colour_filter(colours)
    qtmodeltester.check(model, force_py=True)
    store.add(res, "pp1", "yellow")
    model.refresh()  # the tester watches the reset too


def test_model_groups_by_resolution_in_document_order(filled) -> None:
    store, res, older = filled
    model = HighlightsModel(store, ResolutionFinder([res, older]))
    assert rows(model) == [
        "A/RES/60/212 — South-South cooperation (1)",
        "A/RES/62/209 — South-South cooperation (3)",
    ]
    group = model.index(1, 0)
    assert (group.data(KindRole), group.data(KeyRole), group.data(ClauseIdRole)) == (
        "resolution",
        "A/RES/62/209",
        "",
    )
    assert rows(model, group) == ["sixth preambular paragraph", "para. 12", "para. 7 (c)"]
    first = model.index(1, 0, group)
    assert (
        first.data(KindRole),
        first.data(ClauseIdRole),
        first.data(ColourRole),
        first.data(NoteRole),
    ) == ("highlight", "op12", "yellow", "agreed language")
    assert model.index(1, 1, group).data() == "Decides to include the item;"
    assert model.index(1, 2, group).data() == "agreed language"
    assert first.data(Qt.ItemDataRole.DecorationRole) == QColor(PALETTE["yellow"].light)
    assert "A/RES/62/209, para. 12" in first.data(Qt.ItemDataRole.ToolTipRole)


def test_model_without_the_text_falls_back_to_ids_and_stored_text(filled) -> None:
    store, _res, _older = filled
    model = HighlightsModel(store)  # nothing known: no library, no source files
    group = model.index(1, 0)
    assert rows(model, group) == ["pp6", "op12", "op7(c)"]
    assert model.index(1, 1, group).data() == "Decides to include the item;"
    assert "cannot be copied" in group.data(Qt.ItemDataRole.ToolTipRole)


def test_colour_filter_hides_other_colours_and_empty_groups(qtbot, filled) -> None:
    store, res, older = filled
    panel = HighlightsPanel(store, ResolutionFinder([res, older]))
    qtbot.addWidget(panel)
    panel.colour_filter.setCurrentIndex(panel.colour_filter.findData("yellow"))
    model = panel.model
    assert rows(model) == ["A/RES/62/209 — South-South cooperation (2)"]
    assert [h.clause_id for h in model.highlights()] == ["op12", "op7(c)"]
    assert "2 yellow highlights" in panel.copy_button.toolTip()
    panel.colour_filter.setCurrentIndex(panel.colour_filter.findData("pink"))
    assert model.rowCount() == 0
    assert not panel.copy_button.isEnabled()
    assert "no pink highlights" in panel.copy_button.toolTip()
    panel.colour_filter.setCurrentIndex(0)
    assert len(model.highlights()) == 4 and panel.copy_button.isEnabled()


def test_panel_without_highlights_disables_copy_and_says_why(qtbot, store) -> None:
    panel = HighlightsPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.copy_button.isEnabled()
    assert "nothing is highlighted" in panel.copy_button.toolTip()
    assert panel.empty.isVisible()
    store.add(hand_made(), "op12")
    panel.refresh()
    assert panel.copy_button.isEnabled() and not panel.empty.isVisible()


def test_activating_a_highlight_emits_open_clause(qtbot, filled) -> None:
    store, res, older = filled
    panel = HighlightsPanel(store, ResolutionFinder([res, older]))
    qtbot.addWidget(panel)
    panel.show()
    group = panel.model.index(1, 0)
    index = panel.model.index(2, 0, group)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.openClause) as blocker:
        # Qt opens on a double-click only where the button went down: press, then double.
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["A/RES/62/209", "op7(c)"]
    with qtbot.assertNotEmitted(panel.openClause):
        panel.view.activated.emit(group)  # a resolution row only expands or collapses


def test_panel_removes_a_highlight(qtbot, filled) -> None:
    store, res, older = filled
    panel = HighlightsPanel(store, ResolutionFinder([res, older]))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.changed) as blocker:
        panel._remove("A/RES/60/212", "op1")
    assert blocker.args == ["A/RES/60/212"]
    assert rows(panel.model) == ["A/RES/62/209 — South-South cooperation (3)"]


class View:
    """Stands in for the reader: a resolution and the clauses the user has selected."""

    def __init__(self, res: Resolution | None, ids: list[str]) -> None:
        self.res, self.ids = res, ids

    def current(self) -> tuple[Resolution, list[str]] | None:
        return (self.res, self.ids) if self.res else None


def make_actions(qtbot, store: HighlightStore, view: View, note: str | None = "note"):
    owner = QWidget()
    qtbot.addWidget(owner)
    return HighlightActions(store, view.current, owner, note_dialog=lambda _p, _old: note)


def test_actions_highlight_note_remove_and_signal(qtbot, store) -> None:
    view = View(hand_made(), ["op12", "op7(c)"])
    actions = make_actions(qtbot, store, view, note="check with legal")
    assert not actions.remove.isEnabled()
    with qtbot.waitSignal(actions.changed) as blocker:
        actions.highlight.trigger()
    assert blocker.args == ["A/RES/62/209"]
    assert {i: h.colour for i, h in store.for_resolution(view.res).items()} == {
        "op12": "yellow",
        "op7(c)": "yellow",
    }
    assert actions.remove.isEnabled() and actions.copy_highlighted.isEnabled()

    actions.colour_menu.actions()[2].trigger()  # blue, which becomes the colour for Ctrl+H
    assert {h.colour for h in store.all()} == {"blue"} and actions.last_colour == "blue"
    view.ids = ["pp6"]
    actions.update_state()
    actions.add_note.trigger()  # a note on an unhighlighted clause highlights it too
    assert store.get(view.res, "pp6").note == "check with legal"
    assert store.get(view.res, "pp6").colour == "blue"
    actions.remove.trigger()
    assert list(store.for_resolution(view.res)) == ["op12", "op7(c)"]


def test_copy_highlighted_is_disabled_and_says_why_when_empty(qtbot, store) -> None:
    view = View(hand_made(), ["op12"])
    actions = make_actions(qtbot, store, view)
    action = actions.copy_highlighted
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert actions.highlight.shortcut().toString() == "Ctrl+H"
    assert not action.isEnabled()
    assert action.statusTip() == NOTHING_HIGHLIGHTED == action.toolTip()
    store.add(hand_made("A/RES/1/1"), "op12")  # another resolution's highlight does not count
    actions.update_state()
    assert not action.isEnabled()
    store.add(view.res, "op12")
    actions.update_state()
    assert action.isEnabled() and "1 highlighted clause of A/RES/62/209" in action.statusTip()
    view.res = None
    actions.update_state()
    assert not action.isEnabled() and not actions.highlight.isEnabled()


def test_context_menu_is_bound_to_its_clauses(qtbot, store) -> None:
    res = hand_made()
    actions = make_actions(qtbot, store, View(None, []), note=None)
    menu = actions.context_menu(res, ["op7(c)"])
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Highlight",
        "Add &Note…",
        "&Remove Highlight",
        "&Copy Clause with Citation",
        "Copy &Highlighted Clauses",
    ]
    by_text = {a.text(): a for a in menu.actions()}
    assert not by_text["&Remove Highlight"].isEnabled()
    assert not by_text["Copy &Highlighted Clauses"].isEnabled()
    assert by_text["Copy &Highlighted Clauses"].statusTip() == NOTHING_HIGHLIGHTED
    green = next(a for a in by_text["&Highlight"].menu().actions() if a.text() == "Teal")
    with qtbot.waitSignal(actions.changed):
        green.trigger()
    assert store.get(res, "op7(c)").colour == "teal"
    by_text["Add &Note…"].trigger()  # the dialog was cancelled: nothing changes
    assert store.get(res, "op7(c)").note == ""

    again = actions.context_menu(res, ["op7(c)", "op12"])
    by_text = {a.text(): a for a in again.actions()}
    assert "&Copy Clauses with Citations" in by_text
    assert by_text["&Remove Highlight"].isEnabled()
    assert by_text["Copy &Highlighted Clauses"].isEnabled()
    checked = [a.text() for a in by_text["&Highlight Colour"].menu().actions() if a.isChecked()]
    assert checked == []  # op12 is not highlighted: no single colour to tick


def test_a_failed_write_becomes_a_message(qtbot, store) -> None:
    view = View(hand_made(), ["op12"])
    actions = make_actions(qtbot, store, view)
    store.conn.execute("PRAGMA query_only = ON")
    with qtbot.waitSignal(actions.message) as blocker:
        actions.highlight.trigger()
    assert "could not save" in blocker.args[0]
    store.conn.execute("PRAGMA query_only = OFF")
    assert store.count() == 0


def test_ctrl_shift_c_in_the_panel_copies_all_and_elsewhere_the_current(
    qtbot, filled, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow

    store, res, older = filled
    window = QMainWindow()
    qtbot.addWidget(window)
    reader = QLineEdit(window)
    window.setCentralWidget(reader)
    actions = HighlightActions(store, View(res, ["op12"]).current, window)
    panel = HighlightsPanel(store, ResolutionFinder([res, older]))
    dock = QDockWidget("Highlights", window)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    calls: list[str] = []
    monkeypatch.setattr(panel, "copy_all", lambda: calls.append("panel"))
    monkeypatch.setattr(
        actions, "copy_highlights_of_all", lambda rs: calls.extend(r.label for r in rs)
    )
    with qtbot.waitActive(window):  # shortcuts only reach the active window
        window.show()
        window.activateWindow()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for focus in (panel.view, reader, panel.colour_filter):
        focus.setFocus()
        qtbot.keyClick(focus, Qt.Key.Key_C, keys)
    assert calls == ["panel", "A/RES/62/209", "panel"]


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of "#rrggbb": distances there match what the eye tells apart."""
    srgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb)
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _distance(one: str, other: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(_lab(one), _lab(other), strict=True)) ** 0.5


MIN_DISTANCE = 15.0  # ΔE*76: 2.3 is just noticeable; the old green was 2.3 from "added"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_no_highlight_colour_is_near_a_diff_status_colour(dark: bool) -> None:
    diff = status_colours(DARK if dark else LIGHT)
    ours = {f"{c.name} background": c.dark if dark else c.light for c in PALETTE.values()}
    ours |= {f"{name} bar": bar_colour(name) for name in PALETTE}
    close = [
        (mine, theirs, round(_distance(a, b), 1))
        for mine, a in ours.items()
        for theirs, b in diff.items()
        if _distance(a, b) < MIN_DISTANCE
    ]
    assert close == []


def test_a_highlight_stored_as_green_reads_as_teal(store) -> None:
    res = hand_made()
    store.add(res, "op12", "green")  # what an earlier version offered and stored
    store.conn.execute("UPDATE highlights SET colour = 'green'")  # as an old file holds it
    assert store.get(res, "op12").colour == "teal"


def test_the_colour_chosen_last_is_the_default_after_a_restart(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    first = HighlightStore(path)
    view = View(hand_made(), ["op12"])
    pink = next(
        a for a in make_actions(qtbot, first, view).colour_menu.actions() if a.text() == "Pink"
    )
    pink.trigger()
    first.close()
    again = HighlightStore(path)  # the next start
    view.ids = ["pp6"]
    make_actions(qtbot, again, view).highlight.trigger()  # Ctrl+H: no colour chosen this time
    assert again.get(view.res, "pp6").colour == "pink"
    again.close()
