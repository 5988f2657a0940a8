"""Window geometry, splitter sizes, zoom and the original-page pane ⇄ the settings store
(Qt blobs as base64)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from resreader.ui.main_window import MainWindow

DEFAULT_SIZE = (1280, 800)


def _blob(value: object) -> QByteArray | None:
    if not isinstance(value, str) or not value:
        return None
    return QByteArray.fromBase64(value.encode("ascii"))


def _text(blob: QByteArray) -> str:
    return bytes(blob.toBase64().data()).decode("ascii")


def _restore_sizes(splitter: QSplitter, value: object) -> None:
    if (isinstance(value, list) and len(value) == splitter.count()
            and all(isinstance(v, int) and v >= 0 for v in value) and sum(value) > 0):
        splitter.setSizes(value)


def restore(window: MainWindow) -> None:
    settings = window.settings
    geometry = _blob(settings.get("geometry"))
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    state = _blob(settings.get("window_state"))
    if state is not None:
        window.restoreState(state)
    _restore_sizes(window.splitter, settings.get("main_splitter"))
    _restore_sizes(window.reader.splitter, settings.get("read_splitter"))
    zoom = settings.get("zoom")
    if isinstance(zoom, int):
        window.set_zoom(zoom)
    window.original_page.action.setChecked(settings.get("original_page") is True)


def save(window: MainWindow) -> None:
    settings = window.settings
    settings.set("geometry", _text(window.saveGeometry()))
    settings.set("window_state", _text(window.saveState()))
    settings.set("main_splitter", window.splitter.sizes())
    settings.set("read_splitter", window.reader.splitter.sizes())
    settings.set("zoom", window.reader.view.zoom)
    settings.set("original_page", window.original_page.action.isChecked())
    settings.save()
