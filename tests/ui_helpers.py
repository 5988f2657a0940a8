"""Windows and panels as the UI tests open them."""

from __future__ import annotations

from resreader.ui.app import build_window
from resreader.ui.main_window import MainWindow
from resreader.ui.reader_panel import ReaderPanel


def active_window(qtbot, mode: str, names: tuple[str, ...]) -> MainWindow:  # noqa: ANN001
    """The real window, shown and active: shortcuts only reach the active window."""
    win, ok = build_window(mode, list(names))
    assert ok
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def shown_panel(qtbot) -> ReaderPanel:  # noqa: ANN001
    """A reader panel on its own, 1000×500, on screen."""
    widget = ReaderPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
