"""Help › Keyboard Shortcuts: every action with a shortcut, grouped by menu.

Built from the window's own QActions each time it opens, so it never goes stale: an action
added later (the diff view's options join the Compare menu when first built) is listed too.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ShortcutsDialog", "shortcut_groups"]

OTHER = "Other"  # window actions in no menu


def plain(text: str) -> str:
    """A menu text without its mnemonic: "Find &Next" -> "Find Next", "&&" -> "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(menu title, [(action text, keys)])] in menu-bar order, then actions in no menu."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    listed: set[int] = set()
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if isinstance(menu, QMenu):
            rows = _menu_rows(menu, listed)
            if rows:
                groups.append((plain(menu.title()), rows))
    rest = [
        (plain(a.text()), keys_text(a))
        for a in window.findChildren(QAction)
        if id(a) not in listed and keys_text(a) and a.text()
    ]
    if rest:
        groups.append((OTHER, rest))
    return groups


def _menu_rows(menu: QMenu, listed: set[int]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += _menu_rows(sub, listed)
        elif keys_text(action) and id(action) not in listed:
            listed.add(id(action))
            rows.append((plain(action.text()), keys_text(action)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle("Keyboard Shortcuts")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels(["Action", "Shortcut"])
        self.tree.setRootIsDecorated(False)
        for title, rows in shortcut_groups(window):
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for text, keys in rows:
                QTreeWidgetItem(group, [text, keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(460, 520)
