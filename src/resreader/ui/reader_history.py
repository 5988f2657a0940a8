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
