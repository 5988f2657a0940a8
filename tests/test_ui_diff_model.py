"""The diff table model and the rich text of its cells (hand-made comparison)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from resreader.ui.diff_colors import DARK, LIGHT
from resreader.ui.diff_labels import FOOTNOTES_MARK, LEAD_MARK
from resreader.ui.diff_model import STATUS, A, B, DiffModel
from test_ui_diff_fixtures import comparison

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def _model() -> DiffModel:
    model = DiffModel()
    model.set_comparison(comparison())
    return model


def _row(model: DiffModel, a: str | None, b: str | None) -> int:
    return next(r for r in range(model.rowCount()) if (model.pair(r).a, model.pair(r).b) == (a, b))


def test_qtmodeltester_accepts_the_model(qtmodeltester) -> None:
    model = DiffModel()
    qtmodeltester.check(model)
    model.set_comparison(comparison())
    qtmodeltester.check(model)


def test_one_row_per_pair_three_columns() -> None:
    model, cmp = _model(), comparison()
    assert model.rowCount() == len(cmp.pairs)
    assert model.columnCount() == 3
    for row, pair in enumerate(cmp.pairs):
        assert model.index(row, A).data(DiffModel.PairRole).a == pair.a
        assert model.index(row, B).data(DiffModel.StatusRole) == pair.status
        assert model.index(row, A).data(DiffModel.ClauseIdRole) == pair.a
        assert model.index(row, B).data(DiffModel.ClauseIdRole) == pair.b


def test_margin_names_the_status_numbers_and_flags() -> None:
    model = _model()
    margin = lambda a, b: model.index(_row(model, a, b), STATUS).data()  # noqa: E731
    assert margin("op2", "op3") == "renumbered\n2→3"
    assert margin("op5", "op2") == "moved\n5→2"
    assert margin("pp1", "pp1") == "same"
    assert margin("op1", "op1") == f"changed\n{LEAD_MARK}"
    tip = model.index(_row(model, "op1", "op1"), STATUS).data(TOOLTIP)
    assert "Calls upon" in tip and "Encourages" in tip


def test_headers_name_both_resolutions() -> None:
    model = _model()
    assert "A/RES/1/10" in model.headerData(A, Qt.Orientation.Horizontal)
    assert "Sample cooperation, revised" in model.headerData(B, Qt.Orientation.Horizontal)


def test_word_changes_are_marked_by_more_than_colour() -> None:
    model = _model()
    row = _row(model, "pp2", "pp2")
    a_html, b_html = (
        model.index(row, A).data(DiffModel.HtmlRole),
        model.index(row, B).data(DiffModel.HtmlRole),
    )
    assert "line-through" in a_html and "fourteenth</span>" in a_html
    assert "fifteenth" not in a_html
    assert "underline" in b_html and "fifteenth</span>" in b_html
    assert "fourteenth" not in b_html
    assert "<i>Stressing</i>" in a_html


def test_cell_html_escapes_document_text() -> None:
    model = _model()
    row = _row(model, "op1", "op1")
    for column in (A, B):
        text = model.index(row, column).data(DiffModel.HtmlRole)
        assert "<script>" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        tip = model.index(row, column).data(TOOLTIP)
        assert "<script>" not in tip and "&lt;script&gt;" in tip


def test_number_lead_and_text_survive_rendering() -> None:
    model = _model()
    row = _row(model, "op1", "op1")
    doc = QTextDocument()
    doc.setHtml(model.index(row, B).data(DiffModel.HtmlRole))
    assert doc.toPlainText() == (
        "1. Encourages Member States to support <script>alert(1)</script> South-South cooperation;"
    )


def test_unpaired_clause_faces_a_gap() -> None:
    model = _model()
    added, removed = _row(model, None, "pp3"), _row(model, "op3", None)
    assert model.index(added, A).data(DiffModel.HtmlRole) == ""
    assert "Welcoming" in model.index(added, B).data(DiffModel.HtmlRole)
    assert model.index(removed, B).data(DiffModel.HtmlRole) == ""
    assert "No partner in B" in model.index(removed, A).data(TOOLTIP)


def test_hovering_a_cell_shows_the_partner() -> None:
    model = _model()
    row = _row(model, "op5", "op2")
    assert "A/RES/2/20 · op2" in model.index(row, A).data(TOOLTIP)
    assert "A/RES/1/10 · op5" in model.index(row, B).data(TOOLTIP)


def test_sub_clauses_are_one_block_each_with_placeholders() -> None:
    model = _model()
    row = _row(model, "op4", "op4")
    for column, ids in ((A, ["op4", "op4(a)", "op4(b)", ""]), (B, ["op4", "op4(a)", "", "op4(b)"])):
        index = model.index(row, column)
        assert index.data(DiffModel.ClauseIdsRole) == ids
        doc = QTextDocument()
        doc.setHtml(index.data(DiffModel.HtmlRole))
        assert doc.blockCount() == len(ids)
    b_text = model.index(row, B).data()
    assert "(b) removed" in b_text and "(b) a report on technology;" in b_text
    assert "and finance</span>" in model.index(row, B).data(DiffModel.HtmlRole)


def test_colours_follow_light_or_dark() -> None:
    model = _model()
    row = _row(model, "pp2", "pp2")
    assert LIGHT.delete_bg in model.index(row, A).data(DiffModel.HtmlRole)
    model.set_colors(DARK)
    assert DARK.delete_bg in model.index(row, A).data(DiffModel.HtmlRole)
    assert (
        model.index(row, STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name()
        == DARK.status["changed"]
    )


def test_part_rule_marks_the_first_operative_row() -> None:
    model = _model()
    starts = [r for r in range(model.rowCount()) if model.index(r, A).data(DiffModel.PartStartRole)]
    assert starts == [_row(model, "op1", "op1")]


def test_each_side_shows_its_own_wording_where_the_engine_saw_none() -> None:
    cmp = comparison({"ignore_case": True})
    cmp.a.operative[1].text = "Takes note of the report of the secretary-general;"
    renumbered = next(p for p in cmp.pairs if p.a == "op2")
    renumbered.a_equal = {0: cmp.a.operative[1].text}  # as the engine reports A's wording
    model = DiffModel()
    model.set_comparison(cmp)
    row = _row(model, "op2", "op3")  # its equal run carries B's "Secretary-General"
    assert "the secretary-general;" in model.index(row, A).data(DiffModel.HtmlRole)
    assert "the Secretary-General;" in model.index(row, B).data(DiffModel.HtmlRole)


def test_footnote_changes_are_flagged() -> None:
    cmp = comparison()
    cmp.pairs[0].footnotes_changed = True
    model = DiffModel()
    model.set_comparison(cmp)
    assert model.index(0, STATUS).data() == f"same\n{FOOTNOTES_MARK}"
    assert "footnotes attached to this clause changed" in model.index(0, STATUS).data(TOOLTIP)
