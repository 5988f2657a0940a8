"""Where each named anchor sits in a QTextDocument, so that positions map to clauses.

The typesetter names an anchor after each clause id (`<a name="op7(c)">`); Qt's HTML importer
puts the name on the next character. A clause spans from its anchor to the next anchor
that is not one of its own sub-paragraphs (or to the end of the block holding its last
sub-paragraph, when nothing follows).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from PySide6.QtGui import QTextDocument


def is_descendant(child: str, parent: str) -> bool:
    """`op7(c)(ii)` is inside `op7(c)` and `op7`; `op70` is not inside `op7`."""
    return child != parent and child.startswith(parent) and child[len(parent)] == "("


class AnchorIndex:
    def __init__(self, doc: QTextDocument | None = None, clause_ids: Iterable[str] = ()) -> None:
        self.positions: list[int] = []  # anchor positions, ascending
        self.names: list[str] = []  # the anchor name at each position
        self._ranges: dict[str, tuple[int, int]] = {}
        if doc is not None:
            self._scan(doc)
            self._measure(doc, set(clause_ids))

    def position(self, name: str) -> int | None:
        return self.positions[self.names.index(name)] if name in self.names else None

    def range_of(self, clause_id: str) -> tuple[int, int] | None:
        return self._ranges.get(clause_id)

    def clause_at(self, pos: int) -> str | None:
        """The innermost clause whose range holds `pos`, or None outside every clause."""
        i = bisect_right(self.positions, pos)
        while i > 0:
            i -= 1
            name = self.names[i]
            span = self._ranges.get(name)
            if span and span[0] <= pos < span[1]:
                return name
        return None

    def _scan(self, doc: QTextDocument) -> None:
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                for name in fragment.charFormat().anchorNames():
                    self.positions.append(fragment.position())
                    self.names.append(name)
                it += 1
            block = block.next()

    def _measure(self, doc: QTextDocument, clause_ids: set[str]) -> None:
        count = len(self.names)
        for i, name in enumerate(self.names):
            if name not in clause_ids:
                continue
            j = i + 1
            while j < count and is_descendant(self.names[j], name):
                j += 1
            if j < count:
                end = self.positions[j]
            else:
                last = self.positions[j - 1]
                block = doc.findBlock(last)
                end = block.position() + block.length() - 1
            self._ranges[name] = (self.positions[i], max(end, self.positions[i] + 1))
