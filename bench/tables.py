"""Plain-text tables for the benchmarks' reports."""

from __future__ import annotations

from collections.abc import Sequence


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    for k, row in enumerate([header, *rows]):
        print("  " + "  ".join(str(c).rjust(w) for c, w in zip(row, widths, strict=True)))
        if k == 0:
            print("  " + "  ".join("-" * w for w in widths))
