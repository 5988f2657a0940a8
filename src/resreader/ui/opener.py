"""Files and symbols → library entries. Every failure becomes one message naming the file
and the reason (the `failed` signal), never an exception, and changes nothing.

PDF and Word files chosen in the window parse in a thread first (`open_later`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from resreader.errors import ResreaderError
from resreader.library import DOCUMENT_SUFFIXES, Entry, resolve
from resreader.store import Settings
from resreader.ui.library_model import LibraryModel
from resreader.ui.open_worker import OpenWorker, failure_message, needs_background


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join(f"*{s}" for s in suffixes)


FILE_FILTER = ";;".join(
    [
        f"Resolutions ({_patterns(DOCUMENT_SUFFIXES)})",
        "PDF (*.pdf)",
        "Word (*.docx)",
        "Text and Markdown (*.txt *.md)",
        "All files (*)",
    ]
)


class Opener(QObject):
    failed = Signal(str)
    libraryChanged = Signal()  # an entry was added or moved into the user's library
    openedLater = Signal(list)  # the entries a background open (`open_later`) gave

    def __init__(
        self, model: LibraryModel, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.model, self.settings = model, settings
        self.worker = OpenWorker(self)
        self.worker.finished.connect(self._finish_later)

    def open_paths(self, paths: list[Path]) -> list[Entry]:
        """The entries that opened; each file that did not is reported."""
        return [entry for path in paths if (entry := self.open_path(path))]

    def open_later(self, paths: list[Path]) -> bool:
        """Parse the PDF and Word files among `paths` in a thread, then open them all
        (`openedLater`); False, doing nothing, when none needs it: open them now."""
        if not any(needs_background(p) and not self._known(p) for p in paths):
            return False
        self.worker.request(paths)
        return True

    def open_path(self, path: Path) -> Entry | None:
        try:
            entry = self.model.open_path(path)
        except ResreaderError as err:
            self.failed.emit(failure_message(path, err))
            return None
        if entry.origin == "opened":
            self.settings.add_recent(str(entry.path))
        self.libraryChanged.emit()
        return entry

    def _finish_later(self, paths: list[Path], failures: dict[Path, str]) -> None:
        for message in failures.values():
            self.failed.emit(message)
        # Parsed into the cache by the worker: these open in milliseconds.
        self.openedLater.emit(self.open_paths([p for p in paths if p not in failures]))

    def _known(self, path: Path) -> bool:
        resolved = path.resolve()
        return any(e.path.resolve() == resolved for e in self.model.library.entries)

    def resolve_names(self, names: list[str]) -> list[Path] | None:
        """Paths for files or symbols (`60/212`) as typed on the command line."""
        paths: list[Path] = []
        for name in names:
            try:
                paths.append(resolve(name))
            except ResreaderError as err:
                self.failed.emit(f"Could not open {err}")
                return None
        return paths

    def add_to_library(self, entry: Entry) -> bool:
        source = entry.path
        try:
            self.model.add_to_library(entry)
        except OSError as err:
            self.failed.emit(f"Could not add {source} to the library: {err.strerror or err}")
            return False
        self.libraryChanged.emit()
        return True


def choose_files(parent: QWidget, settings: Settings) -> list[Path]:
    """Ask for files with the platform's dialog, starting where the user last looked."""
    start = settings.get("last_dir") or str(Path.home())
    names, _ = QFileDialog.getOpenFileNames(parent, "Open resolution", start, FILE_FILTER)
    if names:
        settings.set("last_dir", str(Path(names[0]).parent))
    return [Path(name) for name in names]


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local resolution files in a drag (text, Markdown, PDF, Word); others are ignored."""
    data = event.mimeData()
    urls = data.urls() if data.hasUrls() else []
    return [
        Path(u.toLocalFile())
        for u in urls
        if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in DOCUMENT_SUFFIXES
    ]
