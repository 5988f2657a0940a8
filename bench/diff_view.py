"""The diff view on a large comparison, beside a plain QTableView of the same rows.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/diff_view.py [--paragraphs 1000]`

Two resolutions of N operative paragraphs are built from the seeds' paragraphs (with
scattered edits, inserts and deletes, fixed random seed) and compared; then the time to
show the comparison, the first paint, scrolling and next-change steps are measured. The
baseline is a QTableView over a QStandardItemModel holding the same rows as plain text
(no delegate, no rich text): what any table of that size costs here.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from resreader.compare import compare  # noqa: E402
from resreader.compare.result import Comparison  # noqa: E402
from resreader.library import load  # noqa: E402
from resreader.model import Paragraph, Resolution  # noqa: E402
from resreader.ui.diff_view import DiffView  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def texts() -> list[tuple[str | None, str]]:
    return [(p.lead, p.text) for path in sorted(SEEDS.iterdir()) for p in load(path).operative]


def resolutions(count: int) -> tuple[Resolution, Resolution]:
    rng, pool = random.Random(7), texts()
    base = [pool[i % len(pool)] for i in range(count)]
    a = [Paragraph(f"op{n}", str(n), lead, text) for n, (lead, text) in enumerate(base, 1)]
    edited = []
    for lead, text in base:
        roll = rng.random()
        if roll < 0.04:
            continue  # deleted
        if roll < 0.14:
            words = text.split()
            words[rng.randrange(len(words))] = "revised"
            text = " ".join(words)
        edited.append((lead, text))
        if roll > 0.97:
            edited.append(pool[rng.randrange(len(pool))])  # inserted
    b = [Paragraph(f"op{n}", str(n), lead, text) for n, (lead, text) in enumerate(edited, 1)]
    return (
        Resolution(symbol="A/RES/1/1", operative=a),
        Resolution(symbol="A/RES/2/2", operative=b),
    )


def timed(action: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        out.append((time.perf_counter() - start) * 1000)
    return out


def baseline_table(cmp: Comparison) -> QTableView:
    model = QStandardItemModel(len(cmp.pairs), 3)
    texts_a = {c.id: c.text for c in cmp.a.clauses()}
    texts_b = {c.id: c.text for c in cmp.b.clauses()}
    for row, pair in enumerate(cmp.pairs):
        model.setItem(row, 0, QStandardItem(pair.status))
        model.setItem(row, 1, QStandardItem(texts_a.get(pair.a or "", "")))
        model.setItem(row, 2, QStandardItem(texts_b.get(pair.b or "", "")))
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(True)
    table.resizeRowsToContents()
    return table


def measure(app: QApplication, widget, scroll, step: Callable[[], object]) -> dict[str, float]:
    widget.resize(1200, 800)
    widget.show()
    app.processEvents()
    paint = timed(widget.repaint)[0]
    bar = scroll.verticalScrollBar()
    scrolls = timed(lambda: (bar.setValue(bar.value() + bar.pageStep()), widget.repaint()), 40)
    steps = timed(lambda: (step(), widget.repaint()), 40)
    return {
        "first paint": paint,
        "scroll step (median)": statistics.median(scrolls),
        "scroll step (worst)": max(scrolls),
        "next change (median)": statistics.median(steps),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1000)
    args = parser.parse_args()
    app = QApplication([])
    a, b = resolutions(args.paragraphs)
    cmp = compare(a, b)
    print(f"{len(cmp.pairs)} rows; summary {cmp.summary}")

    view = DiffView()
    show_ms = timed(lambda: view.set_comparison(cmp))[0]
    ours = measure(app, view, view.table, view.next_change)
    start = time.perf_counter()
    table = baseline_table(cmp)
    base_show = (time.perf_counter() - start) * 1000
    base = measure(app, table, table, lambda: table.selectRow(table.currentIndex().row() + 50))

    print(f"{'':24}{'diff view':>12}{'plain QTableView':>18}")
    print(f"{'show the rows':24}{show_ms:>10.1f}ms{base_show:>16.1f}ms")
    for key in ours:
        print(f"{key:24}{ours[key]:>10.1f}ms{base[key]:>16.1f}ms")
    app.clipboard().clear()


if __name__ == "__main__":
    main()
