"""The Compare tab: a hint until two resolutions are chosen, then the diff view.

The diff view (and the modules behind it) is built on the first comparison, so the
window opens without paying for a tab the user may never use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from resreader.library import Entry, chronology

if TYPE_CHECKING:
    from resreader.ui.diff_view import DiffView

COMPARE_HINT = (
    "Select two resolutions in the library and press Compare (Ctrl+D), "
    "or use “Compare With…” while reading one."
)


class ComparePage(QWidget):
    diffCreated = Signal(object)  # the DiffView, once, when it is first needed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Compare")
        self.entries: tuple[Entry, Entry] | None = None
        self.hint = QLabel(
            COMPARE_HINT, self, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True
        )
        self._diff: DiffView | None = None
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.hint)

    @property
    def diff(self) -> DiffView:
        if self._diff is None:
            from resreader.ui.diff_view import DiffView

            self._diff = DiffView(self, shortcuts=False)  # the window's Compare menu has them
            self.stack.addWidget(self._diff)
            self.diffCreated.emit(self._diff)
        return self._diff

    @property
    def has_diff(self) -> bool:
        return self._diff is not None

    def compare(self, a: Entry, b: Entry, keep_order: bool = False) -> None:
        """Show `a` → `b`; unless asked otherwise the older one goes on the left, as
        negotiators read a series (by session, then date: many texts carry no date)."""
        if not keep_order and chronology(b.resolution) < chronology(a.resolution):
            a, b = b, a
        self.entries = (a, b)
        self.diff.set_resolutions(a.resolution, b.resolution)
        self.stack.setCurrentWidget(self.diff)

    def focus_changes(self) -> None:
        """Put the keyboard on the diff table, where F7 and the arrows walk the changes."""
        if self._diff is not None:
            self._diff.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_change(self) -> None:
        if self._diff is not None:
            self._diff.next_change()

    def previous_change(self) -> None:
        if self._diff is not None:
            self._diff.previous_change()

    def entry_for(self, side: str) -> Entry | None:
        if self.entries is None:
            return None
        return self.entries[0] if side == "a" else self.entries[1]

    def is_ready(self) -> bool:
        """The comparison asked for is on screen (the worker may still be computing)."""
        if self._diff is None:
            return False
        cmp = self._diff.comparison()
        return (
            self.entries is not None
            and cmp is not None
            and (cmp.a is self.entries[0].resolution and cmp.b is self.entries[1].resolution)
        )
