"""The diff view's actions: previous / next change and the comparison options.

The shortcuts are scoped to the diff view and its children (`WidgetWithChildrenShortcut`),
so F7 or Alt+Down in the reader tab never walks an invisible comparison. Inside the main
window the window's Compare menu owns the keys (`shortcuts=False`): two actions with one
key would be ambiguous and neither would fire.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

# option name (the keyword of compare()) -> (label, tooltip, default)
OPTIONS = {
    "ignore_case": ("Ignore case", "Treat “Member States” and “member States” as the same", False),
    "ignore_punctuation": (
        "Ignore punctuation",
        "Do not count commas, semicolons and other punctuation as changes",
        False,
    ),
    "ignore_footnotes": (
        "Ignore footnote markers",
        "Do not count footnote markers (¹, 2) as changes",
        True,
    ),
}


@dataclass
class DiffActions:
    previous: QAction
    next: QAction
    options: dict[str, QAction]

    def all(self) -> list[QAction]:
        """For menus: navigation first, then the options."""
        return [self.previous, self.next, *self.options.values()]

    def values(self) -> dict[str, bool]:
        return {name: action.isChecked() for name, action in self.options.items()}

    def set_values(self, values: dict[str, bool]) -> None:
        """Reflect a comparison's options without triggering a recompute."""
        for name, action in self.options.items():
            if name in values:
                was = action.blockSignals(True)
                action.setChecked(bool(values[name]))
                action.blockSignals(was)


NEXT_KEYS = ("F7", "Alt+Down")
PREVIOUS_KEYS = ("Shift+F7", "Alt+Up")


def make_actions(owner: QWidget, shortcuts: bool = True) -> DiffActions:
    style = owner.style()
    previous = _action(
        owner,
        "Previous Change",
        PREVIOUS_KEYS,
        style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
        shortcuts,
    )
    following = _action(
        owner,
        "Next Change",
        NEXT_KEYS,
        style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
        shortcuts,
    )
    options = {name: _option(owner, *spec) for name, spec in OPTIONS.items()}
    return DiffActions(previous, following, options)


def _action(
    owner: QWidget, text: str, keys: tuple[str, ...], icon: QIcon, shortcuts: bool
) -> QAction:
    action = QAction(icon, text, owner)
    if shortcuts:
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(action)
    action.setToolTip(f"{text} ({' or '.join(keys)})")
    return action


def _option(owner: QWidget, text: str, tip: str, default: bool) -> QAction:
    action = QAction(text, owner)
    action.setCheckable(True)
    action.setChecked(default)
    action.setToolTip(tip)
    return action
