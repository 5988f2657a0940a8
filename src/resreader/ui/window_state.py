"""Window geometry, splitter sizes, zoom, the original-page pane and whether the library is
shown ⇄ the settings store (Qt blobs as base64).

Each value is checked here, where Qt is given it, with the store's own checks: one Qt cannot
take (text that is not base64, a size past Qt's int) is ignored and the default kept.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from resreader.store import Settings, is_blob, is_int, is_sizes
from resreader.ui.original_page_action import OriginalPageWiring
from resreader.ui.reader_panel import ReaderPanel


class PersistedParts(Protocol):
    """What is saved beside the window's own geometry and state (the window is one)."""

    settings: Settings
    splitter: QSplitter
    reader: ReaderPanel
    original_page: OriginalPageWiring

    @property
    def library_panel(self) -> QWidget: ...  # read-only: any widget will do

    def set_zoom(self, steps: int) -> None: ...
    def set_library_visible(self, visible: bool) -> None: ...


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


def restore(window: QMainWindow, parts: PersistedParts) -> None:
    settings = parts.settings
    geometry = _blob(settings.get("geometry"))
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*default_size(window))
    state = _blob(settings.get("window_state"))
    if state is not None:
        window.restoreState(state)
    _restore_sizes(parts.splitter, settings.get("main_splitter"))
    _restore_sizes(parts.reader.splitter, settings.get("read_splitter"))
    zoom = settings.get("zoom")
    if is_int(zoom):
        parts.set_zoom(zoom)
    parts.original_page.action.setChecked(settings.get("original_page") is True)
    parts.set_library_visible(settings.get("library_visible") is not False)


def save(window: QMainWindow, parts: PersistedParts) -> None:
    settings = parts.settings
    settings.set("geometry", _text(window.saveGeometry()))
    settings.set("window_state", _text(window.saveState()))
    settings.set("main_splitter", parts.splitter.sizes())
    settings.set("read_splitter", parts.reader.splitter.sizes())
    settings.set("zoom", parts.reader.view.zoom)
    settings.set("original_page", parts.original_page.action.isChecked())
    settings.set("library_visible", parts.library_panel.isVisibleTo(window))
    settings.save()
