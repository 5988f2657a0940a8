"""Highlights: what one change costs on disk, and what the panel and "copy all" cost at scale.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/highlights.py [--count 2000]

Each add/remove is its own transaction with `synchronous=FULL` (an fsync per change, so a
committed highlight survives a crash); that is the figure that matters for a click. The
panel's refresh and "copy all" rebuild from the store; both should stay well under a frame
budget of interaction (~100 ms) for the few hundred highlights a real user has.
Wall-clock times, median of several runs: disk sync dominates and is not CPU time.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from resreader.highlights import PALETTE, HighlightStore
from resreader.model import Paragraph, Resolution


def synthetic(n_res: int, n_ops: int) -> list[Resolution]:
    return [
        Resolution(
            symbol=f"A/RES/{70 + r}/{r + 1}",
            title=f"Resolution {r}",
            operative=[
                Paragraph(f"op{n}", str(n), "Decides", f"Decides {n} <b>&</b> of resolution {r};")
                for n in range(1, n_ops + 1)
            ],
        )
        for r in range(n_res)
    ]


def median_ms(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000, help="highlights in the store")
    args = parser.parse_args()
    colours = list(PALETTE)
    with tempfile.TemporaryDirectory() as folder:
        store = HighlightStore(Path(folder) / "highlights.sqlite3")
        resolutions = synthetic(max(1, args.count // 100), 100)
        start = time.perf_counter()
        n = 0
        for res in resolutions:
            for para in res.operative:
                if n < args.count:
                    store.add(res, para.id, colours[n % len(colours)], note=f"note {n}")
                    n += 1
        per_add = (time.perf_counter() - start) * 1000 / max(n, 1)
        print(f"add (one transaction, fsync): {per_add:.2f} ms per highlight, {n} highlights")
        print(f"store.all(): {median_ms(store.all):.1f} ms")
        print(
            f"for_resolution (100 highlights): "
            f"{median_ms(lambda: store.for_resolution(resolutions[0])):.2f} ms"
        )
        _qt_figures(store, resolutions)
        store.close()


def _qt_figures(store: HighlightStore, resolutions: list[Resolution]) -> None:
    from PySide6.QtWidgets import QApplication

    from resreader.highlight_lookup import ResolutionFinder
    from resreader.ui import clipboard as clip
    from resreader.ui.highlights_panel import HighlightsPanel

    app = QApplication.instance() or QApplication([])
    finder = ResolutionFinder(resolutions)
    panel = HighlightsPanel(store, finder)
    print(f"panel.refresh(): {median_ms(panel.refresh):.1f} ms")
    board = app.clipboard()
    clip.copy_all_highlights(store, finder, board)  # first call loads Pygments
    copy_ms = median_ms(lambda: clip.copy_all_highlights(store, finder, board))
    print(f"copy_all_highlights (HTML, Markdown, text): {copy_ms:.1f} ms")
    board.clear()  # offscreen Qt segfaults at exit while the clipboard holds Python data


if __name__ == "__main__":
    main()
