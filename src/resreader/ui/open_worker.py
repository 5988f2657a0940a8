"""Parses PDF and Word files off the UI thread.

A 56-page PDF (A/RES/79/1) takes ~0.35 s to parse, too long to freeze the window for. The
job parses each such file into the parse cache; the window then opens it as usual, from
the cache, in milliseconds. Text files parse in a few milliseconds and open inline.
Batches run one after another, in the order asked, on one thread; the next starts only
once the window has opened the last, so the window's own opening never waits for PDFium.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from resreader.errors import ResreaderError

BACKGROUND_SUFFIXES = (".pdf", ".docx")  # laid-out documents: parsed from positions, slower


def needs_background(path: Path) -> bool:
    return path.suffix.lower() in BACKGROUND_SUFFIXES


def failure_message(path: Path, err: ResreaderError) -> str:
    """One line naming the file and the reason."""
    return f"Could not open {err}" if err.source else f"Could not open {path}: {err}"


def parse_into_cache(path: Path) -> str:
    """Parse `path` into the parse cache; '' when it parsed, else the message to show."""
    from resreader.library import load

    try:
        load(path, use_cache=True)  # read_pdf takes PDFium's lock for just its own calls
    except ResreaderError as err:
        return failure_message(path, err)
    except Exception as exc:  # a parser bug must not take the window down, nor go unsaid
        return f"Could not open {path}: the reader failed on it ({type(exc).__name__}: {exc})"
    return ""


class _Relay(QObject):
    """Lives in the UI thread; the job emits through it, so delivery is a queued call."""

    done = Signal(list, dict)


class _Job(QRunnable):
    def __init__(self, paths: list[Path], relay: _Relay) -> None:
        super().__init__()
        self._paths, self._relay = paths, relay

    def run(self) -> None:
        failures = {}
        for path in self._paths:
            if needs_background(path) and (message := parse_into_cache(path)):
                failures[path] = message
        self._relay.done.emit(self._paths, failures)


class OpenWorker(QObject):
    finished = Signal(list, dict)  # the paths asked, {path: message} for those that failed
    busyChanged = Signal(bool, str)  # busy, what is being opened ("A-RES-79-1.pdf")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[list[Path]] = []  # the first is running
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def request(self, paths: list[Path]) -> None:
        self._pending.append(paths)
        if len(self._pending) == 1:
            self._pool.start(_Job(paths, self._relay))
        self.busyChanged.emit(True, self._label())

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_done(self, paths: list[Path], failures: dict[Path, str]) -> None:
        self._pending.pop(0)
        self.finished.emit(paths, failures)  # the window opens them, the thread idle
        if self._pending:
            self._pool.start(_Job(self._pending[0], self._relay))
        self.busyChanged.emit(self.is_busy(), self._label())

    def _label(self) -> str:
        names = [p.name for batch in self._pending for p in batch if needs_background(p)]
        return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
