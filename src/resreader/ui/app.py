"""Start the GUI: `run_gui("library" | "open" | "compare", names, screenshot)`.

With `screenshot`, the window is laid out at 1280×800 with its content loaded, grabbed into
a PNG and the app exits (0, or 2 when an input could not be opened) — it works offscreen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from resreader.library import Library
from resreader.resources import APP_ID, icon_paths
from resreader.store import Settings
from resreader.ui import window_state
from resreader.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1280, 800)
EXIT_BAD_INPUT = 2


def application() -> QApplication:
    """The one QApplication, named so that Qt's own paths and dialogs say resreader."""
    QCoreApplication.setApplicationName("resreader")
    QCoreApplication.setOrganizationName("resreader")
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland matches the .desktop file by it
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        # Offscreen Qt segfaults at exit while the clipboard holds Python-made data.
        app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())
        app.setWindowIcon(_app_icon())
    return app


def _app_icon() -> QIcon:
    icon = QIcon()
    for path in icon_paths():
        icon.addFile(str(path))
    return icon


def build_window(mode: str, names: list[str], persist: bool = True) -> tuple[MainWindow, bool]:
    """The main window on the library, opened as asked; and whether every input opened."""
    settings = Settings()
    window = MainWindow(Library(), settings, persist=persist)
    window_state.restore(window, window)
    window.scan_library()
    notices = [settings.warning] if settings.warning else []
    notices += window.highlighting.store.warnings  # a highlights file moved aside
    if notices:
        window.show_error("\n".join(notices), "warning")
    ok = True
    if mode == "open":
        ok = window.open_names(names[:1])
    elif mode == "compare":
        ok = _open_comparison(window, names[:2])
    else:
        restore_last(window)
    return window, ok


def _open_comparison(window: MainWindow, names: list[str]) -> bool:
    paths = window.opener.resolve_names(names)
    if paths is None:
        return False
    entries = window.opener.open_paths(paths)
    if len(entries) != 2:
        return False
    window.library_panel.select_entries(entries, current=entries[-1])
    window.show_comparison(entries[0], entries[1], keep_order=True)  # as the user named them
    return True


def restore_last(window: MainWindow) -> None:
    last = window.settings.get("last_opened")
    if not isinstance(last, str) or not Path(last).is_file():
        return
    known = next((e for e in window.library.entries if str(e.path) == last), None)
    if known is not None:
        window.library_panel.select_entries([known], current=known)
        window.show_entry(known)
    else:
        window.open_paths([Path(last)])


def run_gui(
    mode: str,
    names: list[str],
    screenshot: str | None,
    *,
    on_shown: Callable[[MainWindow], None] | None = None,
) -> int:
    if not _has_display():
        if not screenshot:
            print(
                "resreader: no display to show the window on (DISPLAY is not set); "
                "--screenshot OUT.png works without one",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    app = application()
    window, ok = build_window(mode, names, persist=screenshot is None)
    if screenshot:
        return _screenshot(app, window, screenshot, ok)
    window.show()
    if on_shown is not None:  # the start-up benchmark's hook
        QTimer.singleShot(0, lambda: on_shown(window))
    return app.exec()


def _settle(app: QApplication, window: MainWindow, timeout_ms: int = 10_000) -> None:
    """Lay the window out and wait for a comparison still being computed in a thread."""
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    page, clock = window.compare_page, QElapsedTimer()
    clock.start()
    while page.entries is not None and not page.is_ready() and clock.elapsed() < timeout_ms:
        app.processEvents()
    for _ in range(3):  # let layouts and the text documents settle
        app.processEvents()


def _has_display() -> bool:
    """False only where Qt would abort: Linux/BSD with no X11/Wayland and no platform set."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith(("linux", "freebsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _screenshot(app: QApplication, window: MainWindow, out: str, ok: bool) -> int:
    errors: list[str] = []
    previous_hook = sys.excepthook
    # An exception in a slot must not pass unnoticed into a picture of a broken window.
    sys.excepthook = lambda kind, value, _tb: errors.append(f"{kind.__name__}: {value}")
    try:
        _settle(app, window)
        image = window.grab()
    finally:
        sys.excepthook = previous_hook
    if errors:
        print(f"resreader: error while drawing the window: {errors[0]}", file=sys.stderr)
        return EXIT_BAD_INPUT
    saved = image.save(out, "PNG")
    window.close()
    if not saved:
        print(f"resreader: could not write the screenshot {out}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not ok:
        print(f"resreader: {window.messages.text()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0
