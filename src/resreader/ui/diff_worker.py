"""Runs `compare()` off the UI thread when it could take longer than a frame.

Each request gets a generation number; a result that arrives after a newer request was made
is dropped, so toggling options quickly never shows a stale comparison. Small comparisons
run inline: starting a thread would cost more than the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, Signal

from resreader.compare.result import Comparison
from resreader.model import Resolution
from resreader.ui.latest_jobs import LatestJobs

CompareFn = Callable[..., Comparison]
# Both sides' clauses together. Below this, compare() takes a few milliseconds; the seeds
# (34-45 clauses) already take 10-15 ms, close to a frame, so they go to the thread.
SYNC_CLAUSES = 30


def default_compare(a: Resolution, b: Resolution, **options: bool) -> Comparison:
    from resreader.compare import compare  # imported late: the engine may load slowly

    return compare(a, b, **options)


def clause_count(res: Resolution) -> int:
    return sum(1 for _ in res.clauses())


class _Relay(QObject):
    """Lives in the UI thread; the job emits through it, so delivery is a queued call."""

    done = Signal(int, object, str)  # generation, Comparison or None, error message


class _Job(QRunnable):
    def __init__(
        self,
        generation: int,
        fn: CompareFn,
        args: tuple[Resolution, Resolution],
        options: dict[str, bool],
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the worker keeps it, to take it back while still queued
        self.generation, self._fn, self._args = generation, fn, args
        self._options, self._relay = options, relay

    def run(self) -> None:
        cmp, error = _run(self._fn, self._args, self._options)
        self._relay.done.emit(self.generation, cmp, error)


def _run(
    fn: CompareFn, args: tuple[Resolution, Resolution], options: dict[str, bool]
) -> tuple[Comparison | None, str]:
    try:
        return fn(*args, **options), ""
    except Exception as exc:  # shown in the view; the window must survive a failing engine
        return None, f"{type(exc).__name__}: {exc}"


class CompareWorker(QObject):
    ready = Signal(object)  # the Comparison answering the latest request
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(
        self,
        compare_fn: CompareFn | None = None,
        sync_clauses: int = SYNC_CLAUSES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = compare_fn or default_compare
        self._sync_clauses = sync_clauses
        self._jobs = LatestJobs(self)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @property
    def generation(self) -> int:
        return self._jobs.generation

    def is_busy(self) -> bool:
        return self._jobs.is_busy()

    def request(self, a: Resolution, b: Resolution, options: dict[str, Any]) -> int:
        """Compare `a` with `b`; `ready` (or `failed`) follows, inline or from a thread."""
        generation = self._jobs.next_generation()
        if clause_count(a) + clause_count(b) <= self._sync_clauses:
            self.busyChanged.emit(False)
            self._deliver(*_run(self._fn, (a, b), dict(options)))
            return generation
        self._jobs.start(_Job(generation, self._fn, (a, b), dict(options), self._relay))
        self.busyChanged.emit(True)
        return generation

    def cancel(self) -> None:
        """Forget pending requests: whatever they return will be dropped."""
        self._jobs.next_generation()
        self.busyChanged.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        return self._jobs.wait(msecs)

    def _on_done(self, generation: int, cmp: Comparison | None, error: str) -> None:
        if not self._jobs.finished(generation):
            return  # a newer request was made since: this answer is stale
        self.busyChanged.emit(False)
        self._deliver(cmp, error)

    def _deliver(self, cmp: Comparison | None, error: str) -> None:
        if cmp is None:
            self.failed.emit(error)
        else:
            self.ready.emit(cmp)
