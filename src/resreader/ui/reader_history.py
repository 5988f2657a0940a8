"""Back/Forward through the places the reader reached by following links.

A place is a resolution (its symbol) and where the reader was in it; the panel records the
place it leaves each time a link is followed, as a browser does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from resreader.model import Resolution
from resreader.ui.reader_view import ReaderView


def nav_action(
    owner: QWidget, text: str, keys: tuple[str, Qt.Key], slot: Callable[[], None]
) -> QAction:
    """Back or Forward, live anywhere in `owner` (the Read tab).

    Not the platform's whole list: on some desktops Back includes Backspace, which would
    go back while deleting in the find bar.
    """
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(keys[0]), QKeySequence(keys[1])])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setStatusTip(f"{text.replace('&', '')} to the place left by following a link")
    action.triggered.connect(slot)
    owner.addAction(action)  # works in the Read tab without a menu; a menu may add it too
    return action


@dataclass(frozen=True)
class Place:
    symbol: str  # the resolution shown there
    caret: int  # the text cursor's position
    top: int  # the document position at the top of the pane


class History:
    def __init__(self) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def leave(self, here: Place) -> None:
        """A link is followed from `here`: it becomes Back; Forward is forgotten."""
        self._back.append(here)
        self._forward.clear()

    def back(self, here: Place) -> Place | None:
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: Place) -> Place | None:
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()


class Navigator:
    """Back and Forward for a reading pane: records the place left when a link is
    followed, and goes back to it (asking for another resolution as a followed link does)."""

    def __init__(
        self, owner: QWidget, view: ReaderView, current: Callable[[], Resolution | None]
    ) -> None:
        self.view, self._current = view, current
        self.history = History()
        self._navigating = False  # re-opening a resolution by Back/Forward: not a new visit
        # connected before the window's own slot: the place is recorded before it is left
        view.resolutionLinkClicked.connect(self._leaving_by_link)
        self.back_action = nav_action(owner, "&Back", ("Alt+Left", Qt.Key.Key_Back), self.back)
        self.forward_action = nav_action(
            owner, "&Forward", ("Alt+Right", Qt.Key.Key_Forward), self.forward
        )
        self._update()

    def place_now(self) -> Place | None:
        """Where the reader is: the resolution, the caret and the top of the pane."""
        res = self._current()
        if res is None:
            return None
        return Place(res.symbol or "", self.view.textCursor().position(), self.view.top_position())

    def leave(self, here: Place) -> None:
        """The reader left `here` (a followed link, a jump to a note): Back returns to it."""
        self.history.leave(here)
        self._update()

    def back(self) -> None:
        here = self.place_now()
        if here is not None:
            self._go_to(self.history.back(here))

    def forward(self) -> None:
        here = self.place_now()
        if here is not None:
            self._go_to(self.history.forward(here))

    def _leaving_by_link(self, _symbol: str) -> None:
        here = self.place_now()
        if here is not None and not self._navigating:
            self.leave(here)

    def _go_to(self, place: Place | None) -> None:
        if place is None:
            return
        res = self._current()
        if res is None or res.symbol != place.symbol:
            # the window opens resolutions (and keeps its own notion of the current one):
            # ask it by the route a followed link takes, without recording a new visit
            self._navigating = True
            try:
                self.view.resolutionLinkClicked.emit(place.symbol)
            finally:
                self._navigating = False
        res = self._current()
        if res is not None and res.symbol == place.symbol:
            self.view.restore_cursor(place.caret)
            self.view.keep_at_top(place.top)
            self.view.mark_at_cursor()
        self._update()

    def _update(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
