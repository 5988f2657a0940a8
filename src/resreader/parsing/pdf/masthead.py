"""The first page's masthead -> header lines the metadata rules read.

The masthead sets its items in columns on shared baselines ("General Assembly" at the left,
"Distr.: General" at the right); read column by column, each item is one line. The job
number and barcode stand in the footer band and never reach the text.
"""

from __future__ import annotations

from resreader.parsing.pdf.lines import Line
from resreader.parsing.pdf.runs import Run

_COLUMN_GAP = 40.0  # points of white between two items set on one baseline


def masthead_lines(lines: list[Line]) -> list[str]:
    """'United Nations A/RES/78/224' first, then the other items in reading order."""
    items: list[tuple[float, float, str]] = []  # (column x, baseline, text)
    for line in lines:
        for group in _columns(line.runs):
            text = " ".join("".join(run.text for run in group).split())
            if text:
                items.append((group[0].x0, line.baseline, text))
    symbol_line = [text for _, _, text in items if text.startswith("United Nations")]
    rest = [
        text
        for _, _, text in sorted(items, key=lambda i: (_column(i[0]), i[1]))
        if not text.startswith("United Nations")
    ]
    return symbol_line + rest


def _columns(runs: list[Run]) -> list[list[Run]]:
    groups: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: r.x0):
        if groups and run.x0 - groups[-1][-1].x1 < _COLUMN_GAP:
            groups[-1].append(run)
        else:
            groups.append([run])
    # "United Nations" and the symbol stand far apart on one line: one item all the same
    if len(groups) == 2 and "".join(r.text for r in groups[0]).strip() == "United Nations":
        return [groups[0] + groups[1]]
    return groups


def _column(x: float) -> int:
    return 0 if x < 300 else 1
