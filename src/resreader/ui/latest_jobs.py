"""A one-thread queue where the latest request wins: each request gets a generation; a
newer one drops what is still queued, and answers to older ones are recognised as stale.
The comparison and the page renderer both work this way."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool


class LatestJobs:
    def __init__(self, parent: QObject) -> None:
        self.generation = 0
        self._jobs: dict[int, QRunnable] = {}
        self._pool = QThreadPool(parent)
        self._pool.setMaxThreadCount(1)

    def next_generation(self) -> int:
        """A new request: whatever is still queued will not run."""
        self.generation += 1
        for generation, job in list(self._jobs.items()):
            if self._pool.tryTake(job):
                del self._jobs[generation]
        return self.generation

    def start(self, job: QRunnable) -> None:
        self._jobs[self.generation] = job
        self._pool.start(job)

    def finished(self, generation: int) -> bool:
        """Forget a job that ended; whether it answers the latest request."""
        self._jobs.pop(generation, None)
        return generation == self.generation

    def is_busy(self) -> bool:
        return self.generation in self._jobs

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
