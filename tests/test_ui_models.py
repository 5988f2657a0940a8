"""The item models: qtmodeltester on each, the clause tree's shape, the library filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from resreader import parse
from resreader.library import Entry, Library, load
from resreader.model import Footnote, Paragraph, Reference, Resolution, SubParagraph
from resreader.safe_text import BIDI_CONTROLS
from resreader.ui.clause_model import ClauseIdRole, ClauseModel, KindRole, LeadRole
from resreader.ui.library_model import EntryRole, LibraryFilter, LibraryModel

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def hand_made() -> Resolution:
    sub_ii = SubParagraph("op2(a)(ii)", "(ii)", "the second item;")
    sub_a = SubParagraph(
        "op2(a)",
        "(a)",
        "To report on:",
        subparagraphs=[SubParagraph("op2(a)(i)", "(i)", "the first item;"), sub_ii],
    )
    return Resolution(
        symbol="A/RES/99/1",
        title="Hand-made",
        adopted="2020-01-02",
        preamble=[
            Paragraph("pp1", None, "Recalling", "Recalling its resolution 58/220,", footnotes=["1"])
        ],
        operative=[
            Paragraph("op1", "1", "Welcomes", "Welcomes the report of the Secretary-General;"),
            Paragraph(
                "op2",
                "2",
                "Requests",
                "Requests the Secretary-General:",
                subparagraphs=[sub_a, SubParagraph("op2(b)", "(b)", "To act.")],
            ),
        ],
        footnotes=[Footnote("1", "See resolution 58/220.")],
        references=[Reference("resolution", "58/220", "2003-12-23")],
    )


def children(model: ClauseModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_clause_model_passes_modeltester(qtmodeltester) -> None:
    model = ClauseModel()
    qtmodeltester.check(model)  # empty
    model.set_resolution(hand_made())
    qtmodeltester.check(model)
    model.set_resolution(None)
    assert model.rowCount() == 0


def test_clause_tree_mirrors_the_resolution() -> None:
    model = ClauseModel()
    model.set_resolution(hand_made())
    assert children(model, QModelIndex()) == ["Preamble", "Operative", "Footnotes", "References"]
    operative = model.index(1, 0)
    assert children(model, operative) == [
        "1  Welcomes the report of the Secretary-General;",
        "2  Requests the Secretary-General:",
    ]
    op2 = model.index(1, 0, operative)
    assert op2.data(ClauseIdRole) == "op2" and op2.data(LeadRole) == "Requests"
    sub_a = model.index(0, 0, op2)
    assert children(model, sub_a) == ["(i)  the first item;", "(ii)  the second item;"]
    deepest = model.index_for("op2(a)(ii)")
    assert deepest.data(ClauseIdRole) == "op2(a)(ii)"
    assert deepest.parent() == sub_a and deepest.parent().parent() == op2
    assert model.index(0, 0, model.index(0, 0)).data(ClauseIdRole) == "pp1"
    note = model.index(0, 0, model.index(2, 0))
    assert note.data(KindRole) == "footnote" and note.data(ClauseIdRole) == "fn1"
    ref = model.index(0, 0, model.index(3, 0))
    assert ref.data() == "resolution 58/220 of 2003-12-23" and ref.data(KindRole) == "reference"
    assert not model.index_for("op99").isValid()


def test_long_clause_text_is_shortened_in_the_row() -> None:
    res = hand_made()
    res.operative[0].text = "Welcomes " + "very " * 40 + "much."
    model = ClauseModel()
    model.set_resolution(res)
    row = model.index_for("op1")
    assert row.data().endswith("…") and len(row.data()) < 80
    assert row.data(Qt.ItemDataRole.ToolTipRole) == f"<p>{res.operative[0].text}</p>"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.iterdir()))
def test_clause_model_on_every_seed(qtmodeltester, seed: str) -> None:
    res = load(SEEDS / seed)
    model = ClauseModel()
    model.set_resolution(res)
    qtmodeltester.check(model)
    for clause in res.clauses():
        assert model.index_for(clause.id).data(ClauseIdRole) == clause.id


def seeded_library() -> Library:
    library = Library()
    library.scan()
    return library


def test_library_model_and_filter_pass_modeltester(qtmodeltester) -> None:
    model = LibraryModel(seeded_library())
    qtmodeltester.check(model)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.sort(2)
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("south")
    qtmodeltester.check(proxy)


def test_library_rows_show_symbol_title_and_date_sorted_by_date() -> None:
    model = LibraryModel(seeded_library())
    assert model.rowCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Symbol",
        "Title",
        "Adopted",
    ]
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert ["A/RES/62/209", "South-South cooperation", "2007-12-19"] in rows
    assert [row[0] for row in rows] == [
        "A/C.2/54/L.5",
        "A/RES/58/220",
        "A/RES/60/212",
        "A/RES/62/209",
        "A/RES/68/230",
    ]  # in time
    assert [row[2] for row in rows] == ["—", "2003-12-23", "—", "2007-12-19", "2013-12-20"]


def test_filter_matches_symbol_and_title_as_typed() -> None:
    model = LibraryModel(seeded_library())
    proxy = LibraryFilter()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.setFilterFixedString("62/2")
    assert shown() == ["A/RES/62/209"]
    proxy.setFilterFixedString("SOUTH-south")  # case-insensitive, on the title
    assert set(shown()) >= {"A/RES/62/209", "A/RES/68/230"} and len(shown()) < 5
    proxy.setFilterFixedString("2007")  # dates are not matched
    assert shown() == []
    proxy.setFilterFixedString("")
    assert len(shown()) == 5


def test_opening_a_file_inserts_one_row(qtbot, tmp_path: Path) -> None:
    model = LibraryModel(seeded_library())
    source = tmp_path / "mine.txt"
    source.write_text((SEEDS / "A-RES-62-209.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        entry = model.open_path(source)
    row = blocker.args[1]
    assert model.rowCount() == 6
    assert model.index(row, 0).data(EntryRole) is entry and entry.origin == "opened"
    model.open_path(source)  # the same file again: no new row
    assert model.rowCount() == 6


def test_clause_tooltips_show_markup_in_the_text_as_text(qtbot) -> None:
    res = parse("The General Assembly,\n\n1. Decides that <b>bold</b> & <script> are text;\n")
    model = ClauseModel()
    model.set_resolution(res)
    operative = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data() == "Operative"
    )
    tip = model.index(0, 0, operative).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in tip and "<b>bold" not in tip


def test_library_cells_and_tooltips_drop_bidi_controls(tmp_path: Path) -> None:
    # A right-to-left override would make "Budget 2001" read "Budget 1002" on screen.
    library = Library(user_dir=tmp_path, include_seeds=False)
    spoof = "Budget \u202e1002\u202c and \u2067isolate\u2069 \u202aemb\u202b\u202d"
    res = Resolution(symbol="A/RES/99/\u202e12", title=spoof, adopted="2020-01-02")
    library.entries.append(Entry(tmp_path / "x.txt", "user", res))
    model = LibraryModel(library)
    shown = [model.index(0, c).data() for c in range(3)]
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert shown == ["A/RES/99/12", "Budget 1002 and isolate emb", "2020-01-02"]
    assert "Budget 1002 and isolate emb" in tip
    assert not any(ch in "".join(shown) + tip for ch in BIDI_CONTROLS)
