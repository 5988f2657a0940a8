"""List counters: the number Word shows beside each numbered paragraph, in document order.

Counters belong to the abstract definition, so two list instances of one definition
continue each other; an instance with a start override restarts its levels the first time
it is used. Using a level restarts the levels below it, unless w:lvlRestart says otherwise.
"""

from __future__ import annotations

import re

from resreader.parsing.docx.numbering import LEVELS, Level, Numbering, format_number

_PLACEHOLDER_RE = re.compile(r"%([1-9])")


class ListCounters:
    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._values: dict[str, list[int | None]] = {}  # abstract id -> counter per level
        self._overridden: set[str] = set()  # list instances whose overrides were applied

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list and return the paragraph's number ("12.", "(a)"), or None for
        no number (no such list, a bullet, an empty format)."""
        numbering = self._numbering
        inst = numbering.instances.get(num_id)
        abstract = numbering.abstract_of(num_id)
        if inst is None or abstract is None or not 0 <= ilvl < LEVELS:
            return None
        values = self._values.setdefault(abstract, [None] * LEVELS)
        if inst.starts and num_id not in self._overridden:
            self._overridden.add(num_id)
            for lvl in inst.starts:
                if 0 <= lvl < LEVELS:
                    values[lvl] = None
        current = values[ilvl]
        values[ilvl] = self._start(num_id, ilvl) if current is None else current + 1
        for lower in range(ilvl + 1, LEVELS):
            if _restarts(numbering.level(num_id, lower), ilvl):
                values[lower] = None
        return self._render(num_id, ilvl, values)

    def _start(self, num_id: str, ilvl: int) -> int:
        inst = self._numbering.instances[num_id]
        return inst.starts.get(ilvl, self._numbering.level(num_id, ilvl).start)

    def _render(self, num_id: str, ilvl: int, values: list[int | None]) -> str | None:
        level = self._numbering.level(num_id, ilvl)
        if level.fmt == "bullet":
            return None
        text = level.text if level.text is not None else f"%{ilvl + 1}."

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            value = values[k]
            shown = self._start(num_id, k) if value is None else value
            fmt = "decimal" if level.legal else self._numbering.level(num_id, k).fmt
            return format_number(shown, fmt)

        label = _PLACEHOLDER_RE.sub(number, text).strip()
        return label or None


def _restarts(level: Level, used: int) -> bool:
    """Whether using level `used` restarts `level` (a lower one)."""
    if level.restart is None:
        return True
    return level.restart != 0 and used <= level.restart - 1
