"""Which clauses of the Read tab a highlight action is about, and its context menus.

The target is, in order: the clauses the selected text touches, the clauses selected in
the tree, the clause under the caret. A context menu is bound to the clauses it was opened
on: the row under the pointer (or the selected rows, when it is one of them), or the
clause under the pointer in the text (or the selection's clauses, when inside it).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from resreader.ui.clause_model import ClauseIdRole, KindRole
from resreader.ui.highlight_actions import HighlightActions, Target
from resreader.ui.reader_panel import ReaderPanel
from resreader.ui.reader_view import ReaderView


def clauses_in_selection(view: ReaderView) -> list[str]:
    """The clauses the selected text touches, in document order ([] without a selection)."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return []
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    index = view.index
    found = [index.clause_at(start)]
    found += [
        name
        for name, pos in zip(index.names, index.positions, strict=True)
        if start < pos < end and index.range_of(name)
    ]
    found.append(index.clause_at(end))  # a clause's anchor sits after its number
    return [cid for cid in dict.fromkeys(found) if cid]


def reader_target(panel: ReaderPanel) -> Target | None:
    res = panel.resolution
    if res is None:
        return None
    ids = clauses_in_selection(panel.view) or panel.selected_clause_ids()
    if not ids:
        at_caret = panel.view.clause_at_cursor()
        ids = [at_caret] if at_caret else []
    return res, ids


def tree_menu(panel: ReaderPanel, actions: HighlightActions, pos: QPoint) -> QMenu | None:
    """The menu for the tree row at `pos` (viewport coordinates), or None off the clauses."""
    index = panel.tree.indexAt(pos)
    res = panel.resolution
    if res is None or not index.isValid() or index.data(KindRole) != "clause":
        return None
    selection = panel.tree.selectionModel()
    if not selection.isSelected(index):  # a right-click on another row makes it the one
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    ids = panel.selected_clause_ids() or [index.data(ClauseIdRole)]
    return actions.context_menu(res, ids, panel.tree)


def text_menu(panel: ReaderPanel, actions: HighlightActions, pos: QPoint) -> QMenu | None:
    """The menu for the text at `pos` (viewport coordinates): highlight, then copy."""
    view, res = panel.view, panel.resolution
    if res is None:
        return None
    selected = clauses_in_selection(view)
    at_pointer = view.index.clause_at(view.cursorForPosition(pos).position())
    cursor = view.textCursor()
    inside = (
        cursor.selectionStart() <= view.cursorForPosition(pos).position() <= cursor.selectionEnd()
    )
    ids = selected if selected and inside else [at_pointer] if at_pointer else []
    menu = actions.context_menu(res, ids, view)
    menu.addSeparator()
    copy = menu.addAction("Copy Text", view.copy)
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.setEnabled(cursor.hasSelection())
    select_all = menu.addAction("Select All", view.selectAll)
    select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
    return menu
