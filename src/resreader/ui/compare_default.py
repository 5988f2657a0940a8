"""Which library entry Compare With… offers first: the one the user most likely wants.

The previous member of the same series — an earlier entry with the same title, or one the
resolution recalls ("Recalling its resolution 58/220") — else the nearest in time with the
same title, else the nearest in time. Never the resolution itself. Pure: no Qt.
"""

from __future__ import annotations

import re

from resreader.library import Entry, chronology

__all__ = ["best_candidate"]

_RECALLING = re.compile(r"recalling\b[^,;]*?\bits resolutions?\b", re.IGNORECASE)


def best_candidate(current: Entry, others: list[Entry]) -> int:
    """Index in `others` (in time order, as the library keeps them) of the default choice."""
    choices = [i for i, e in enumerate(others) if not _same(e, current)]
    if not choices:
        return 0
    when = chronology(current.resolution)
    recalled = _recalled_numbers(current)
    series = [
        i for i in choices if _same_title(others[i], current) or _short(others[i]) in recalled
    ]
    earlier = [i for i in series if chronology(others[i].resolution) < when]
    if earlier:
        return max(earlier, key=lambda i: chronology(others[i].resolution))
    titled = [i for i in choices if _same_title(others[i], current)]
    return min(titled or choices, key=lambda i: _distance(others[i], current))


def _same(entry: Entry, current: Entry) -> bool:
    """The resolution itself, or another copy of it (an opened file with the same symbol)."""
    return entry is current or (bool(current.symbol) and entry.symbol == current.symbol)


def _same_title(entry: Entry, current: Entry) -> bool:
    return bool(current.title) and _norm(entry.title) == _norm(current.title)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _short(entry: Entry) -> str:
    """ "A/RES/58/220" -> "58/220", as a preamble cites it."""
    return (entry.symbol or "").removeprefix("A/RES/")


def _recalled_numbers(entry: Entry) -> set[str]:
    numbers: set[str] = set()
    for para in entry.resolution.preamble:
        text = " ".join(para.text.split())
        if _RECALLING.match(text):
            numbers.update(re.findall(r"\b\d+/\d+(?: [A-Z]\b)?", text))
    return numbers


def _distance(entry: Entry, current: Entry) -> int:
    return abs(_days(entry) - _days(current))


def _days(entry: Entry) -> int:
    """A rough day count from the chronology key ("2007-12-19", "1999-09"; "~" is far)."""
    parts = re.findall(r"\d+", chronology(entry.resolution))
    if not parts:
        return 10**7
    year, month, day = (int(p) for p in (parts + ["1", "1"])[:3])
    return year * 372 + month * 31 + day
