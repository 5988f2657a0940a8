"""Window geometry, splitter sizes, zoom, the original-page pane and whether the library is
shown ⇄ the settings store (Qt blobs as base64).

Each value is checked here, where Qt is given it, with the store's own checks: one Qt cannot
take (text that is not base64, a size past Qt's int) is ignored and the default kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from resreader.store import is_blob, is_int, is_sizes

if TYPE_CHECKING:
    from resreader.ui.main_window import MainWindow

DEFAULT_SIZE = (1280, 800)


def default_size(window: QWidget) -> tuple[int, int]:
    """1280×800, or less on a smaller screen: the whole window stays on it."""
    screen = window.screen()
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry()
    return min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height())


def _blob(value: object) -> QByteArray | None:
    if not is_blob(value):
        return None
    return QByteArray.fromBase64(value.encode("ascii"))


def _text(blob: QByteArray) -> str:
    return bytes(blob.toBase64().data()).decode("ascii")


def _restore_sizes(splitter: QSplitter, value: object) -> None:
    if is_sizes(value) and len(value) == splitter.count():
        splitter.setSizes(value)


def restore(window: MainWindow) -> None:
    settings = window.settings
    geometry = _blob(settings.get("geometry"))
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*default_size(window))
    state = _blob(settings.get("window_state"))
    if state is not None:
        window.restoreState(state)
    _restore_sizes(window.splitter, settings.get("main_splitter"))
    _restore_sizes(window.reader.splitter, settings.get("read_splitter"))
    zoom = settings.get("zoom")
    if is_int(zoom):
        window.set_zoom(zoom)
    window.original_page.action.setChecked(settings.get("original_page") is True)
    window.set_library_visible(settings.get("library_visible") is not False)


def save(window: MainWindow) -> None:
    settings = window.settings
    settings.set("geometry", _text(window.saveGeometry()))
    settings.set("window_state", _text(window.saveState()))
    settings.set("main_splitter", window.splitter.sizes())
    settings.set("read_splitter", window.reader.splitter.sizes())
    settings.set("zoom", window.reader.view.zoom)
    settings.set("original_page", window.original_page.action.isChecked())
    settings.set("library_visible", window.library_panel.isVisibleTo(window))
    settings.save()
