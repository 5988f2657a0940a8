"""Highlight and copy actions, shared by the reader, the clause tree and the diff view.

A view hands `HighlightActions` a callback `current() -> (Resolution, [clause ids]) | None`
(the clause under the cursor, or the selected clauses). The window-level actions work on
that; `context_menu(res, ids)` builds a menu bound to the clauses it was opened on. After
any change, `changed(key)` tells views to re-typeset; `message(text)` is for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QClipboard, QColor, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from resreader.highlights import (
    NOTE_MAX,
    PALETTE,
    HighlightError,
    HighlightStore,
    resolution_key,
)
from resreader.model import Resolution
from resreader.ui import clipboard as clip

Target = tuple[Resolution, list[str]]
Current = Callable[[], Target | None]
Scope = Callable[[], list[Resolution]]  # what "Copy Highlighted Clauses" copies: in Compare, both
AskNote = Callable[[QWidget | None, str], str | None]  # (parent, old note) -> new, None: cancel
NOTHING_HIGHLIGHTED = "Nothing highlighted in this resolution"


def ask_note(parent: QWidget | None, old: str) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Highlight note")
    dialog.setLabelText(f"Note (up to {NOTE_MAX} characters; empty removes it):")
    dialog.setTextValue(old)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMaxLength(NOTE_MAX)
    return dialog.textValue() if dialog.exec() else None


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(PALETTE[colour].light))
    return QIcon(pixmap)


class HighlightActions(QObject):
    changed = Signal(str)  # the resolution key whose highlights changed
    message = Signal(str)  # what was done or what failed, for the status bar

    def __init__(
        self,
        store: HighlightStore,
        current: Current,
        parent: QWidget,
        clipboard: QClipboard | None = None,
        note_dialog: AskNote = ask_note,
        scope: Scope | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.current, self._widget = store, current, parent
        self.scope = scope or self._current_resolution
        self._clipboard, self._ask_note = clipboard, note_dialog
        self.last_colour = store.last_colour()  # remembered across restarts
        self.highlight = self._action(
            "&Highlight Clause",
            "Ctrl+H",
            self._on_highlight,
            "Highlight the clause at the cursor or the selected ones",
        )
        self.colour_menu = QMenu("Highlight &Colour", parent)
        for colour in PALETTE.values():
            action = self.colour_menu.addAction(swatch(colour.name), colour.label)
            action.triggered.connect(lambda _c=False, n=colour.name: self._on_highlight(n))
        self.add_note = self._action(
            "Add &Note…", "", self._on_note, "Add or edit a short note on the highlight"
        )
        self.remove = self._action(
            "&Remove Highlight", "", self._on_remove, "Remove the highlight from the clause"
        )
        self.copy_clause = self._action(
            "Copy Clause with &Citation",
            "",
            self._on_copy_clause,
            "Copy the clause with its citation",
        )
        self.copy_highlighted = self._action(
            "Copy &Highlighted Clauses", "Ctrl+Shift+C", self._on_copy_highlighted, ""
        )
        self.changed.connect(lambda _key: self.update_state())
        self.update_state()

    def all(self) -> list[QAction]:
        return [self.highlight, self.add_note, self.remove, self.copy_clause, self.copy_highlighted]

    def fill_menu(self, menu: QMenu) -> None:
        """The window's menu: the same actions, with the colour submenu after "Highlight"."""
        menu.addAction(self.highlight)
        menu.addMenu(self.colour_menu)
        menu.addActions([self.add_note, self.remove])
        menu.addSeparator()
        menu.addActions([self.copy_clause, self.copy_highlighted])

    # -- operations on explicit clauses (what the actions and context menus call) --
    def highlight_clauses(self, res: Resolution, ids: Sequence[str], colour: str) -> None:
        self.last_colour = colour

        def write() -> None:
            for i in ids:
                self.store.add(res, i, colour)
            self.store.set_last_colour(colour)

        self._write(res, write)

    def note_clauses(self, res: Resolution, ids: Sequence[str]) -> None:
        found = self.store.for_resolution(res)
        old = next((found[i].note for i in ids if i in found and found[i].note), "")
        note = self._ask_note(self._widget, old)
        if note is None:
            return

        def write() -> None:
            for i in ids:
                if i in found:
                    self.store.set_note(res, i, note)
                else:
                    self.store.add(res, i, self.last_colour, note)

        self._write(res, write)

    def remove_clauses(self, res: Resolution, ids: Sequence[str]) -> None:
        self._write(res, lambda: [self.store.remove(res, i) for i in ids])

    def copy_clauses(self, res: Resolution, ids: Sequence[str]) -> None:
        self.message.emit(clip.copy_clauses(res, list(ids), self._board()).message())

    def copy_highlights_of(self, res: Resolution) -> None:
        self.copy_highlights_of_all([res])

    def copy_highlights_of_all(self, resolutions: Sequence[Resolution]) -> None:
        """Each resolution's highlighted clauses in turn (A's, then B's), with citations."""
        copied = clip.copy_highlights_of_all(resolutions, self.store, self._board())
        self.message.emit(copied.message())

    # -- state --
    def update_state(self) -> None:
        """Enable what applies to `current()`; call when the resolution or selection changes."""
        target = self.current()
        res, ids = target if target else (None, [])
        found = self.store.for_resolution(res) if res is not None else {}
        for action in (self.highlight, self.add_note, self.copy_clause):
            action.setEnabled(bool(ids))
        self.colour_menu.setEnabled(bool(ids))
        self.remove.setEnabled(any(i in found for i in ids))
        self._set_copy_state(self.copy_highlighted, self.scope())

    def context_menu(
        self, res: Resolution, clause_ids: Sequence[str], parent: QWidget | None = None
    ) -> QMenu:
        """A menu bound to these clauses (not to `current()`); the caller shows it."""
        ids = list(clause_ids)
        menu = QMenu(parent or self._widget)
        found = self.store.for_resolution(res)
        colours = {found[i].colour for i in ids if i in found}
        ticked = next(iter(colours)) if len(colours) == 1 and all(i in found for i in ids) else None
        colour_menu = menu.addMenu("&Highlight" if not colours else "&Highlight Colour")
        colour_menu.setEnabled(bool(ids))
        for colour in PALETTE.values():
            action = colour_menu.addAction(swatch(colour.name), colour.label)
            action.setCheckable(True)
            action.setChecked(colour.name == ticked)
            action.triggered.connect(
                lambda _c=False, n=colour.name: self.highlight_clauses(res, ids, n)
            )
        noted = any(found[i].note for i in ids if i in found)
        _add(
            menu,
            "Edit &Note…" if noted else "Add &Note…",
            bool(ids),
            lambda: self.note_clauses(res, ids),
        )
        _add(
            menu,
            "&Remove Highlight",
            any(i in found for i in ids),
            lambda: self.remove_clauses(res, ids),
        )
        menu.addSeparator()
        plural = "Clauses with Citations" if len(ids) > 1 else "Clause with Citation"
        _add(menu, f"&Copy {plural}", bool(ids), lambda: self.copy_clauses(res, ids))
        # What Ctrl+Shift+C copies: in Compare, both sides (when the menu is on one of them).
        scope = self.scope()
        both = scope if resolution_key(res) in {resolution_key(r) for r in scope} else [res]
        copy_all = _add(
            menu, "Copy &Highlighted Clauses", True, lambda: self.copy_highlights_of_all(both)
        )
        copy_all.setShortcut(self.copy_highlighted.shortcut())  # shown, handled by the window
        self._set_copy_state(copy_all, both)
        return menu

    # -- internals --
    def _action(self, text: str, keys: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self._widget)
        if keys:
            action.setShortcut(keys)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self._widget.addAction(action)  # live shortcuts while the parent's window is active
        return action

    def _current_resolution(self) -> list[Resolution]:
        target = self.current()
        return [target[0]] if target else []

    def _counts(self, resolutions: Sequence[Resolution]) -> dict[str, int]:
        """label → number of highlights, for the resolutions that have any."""
        counts = {res.label: len(self.store.for_resolution(res)) for res in resolutions}
        return {label: n for label, n in counts.items() if n}

    def _set_copy_state(self, action: QAction, resolutions: Sequence[Resolution]) -> None:
        counts = self._counts(resolutions)
        count = sum(counts.values())
        action.setEnabled(count > 0)
        if not resolutions:
            tip = "No resolution is open"
        elif count == 0:
            tip = (
                NOTHING_HIGHLIGHTED
                if len(resolutions) == 1
                else "Nothing highlighted in either resolution"
            )
        else:
            tip = (
                f"Copy the {count} highlighted clause{'' if count == 1 else 's'} "
                f"of {' and '.join(counts)} with citations"
            )
        action.setStatusTip(tip)
        action.setToolTip(tip)

    def _write(self, res: Resolution, change: Callable[[], object]) -> None:
        try:
            change()
        except HighlightError as err:
            self.message.emit(str(err))
        self.changed.emit(resolution_key(res))  # also after a partial failure

    def _with_target(self, act: Callable[[Resolution, list[str]], None]) -> None:
        target = self.current()
        if target and target[1]:
            act(*target)

    def _on_highlight(self, colour: str | None = None) -> None:
        self._with_target(lambda r, i: self.highlight_clauses(r, i, colour or self.last_colour))

    def _on_note(self) -> None:
        self._with_target(self.note_clauses)

    def _on_remove(self) -> None:
        self._with_target(self.remove_clauses)

    def _on_copy_clause(self) -> None:
        self._with_target(self.copy_clauses)

    def _on_copy_highlighted(self) -> None:
        resolutions = self.scope()
        if not resolutions:
            return
        if not self._counts(resolutions):
            self.message.emit(self.copy_highlighted.statusTip())
            return
        self.copy_highlights_of_all(resolutions)

    def _board(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()


def _add(menu: QMenu, text: str, enabled: bool, slot: Callable[[], None]) -> QAction:
    action = menu.addAction(text)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _checked=False: slot())
    return action
