"""Where each named anchor sits in a QTextDocument, so that positions map to clauses.

The typesetter names an anchor after each clause id (`<a name="op7(c)">`); Qt's HTML importer
puts the name on the next character. The unit an anchor opens is its block, or the whole
table when it sits in one (a hanging number is a one-row table). A clause spans from its
unit's start to the end of the unit of its last sub-paragraph: text between clauses (the
meeting line, a rule) belongs to none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from PySide6.QtGui import QTextCursor, QTextDocument


def is_descendant(child: str, parent: str) -> bool:
    """`op7(c)(ii)` is inside `op7(c)` and `op7`; `op70` is not inside `op7`."""
    return child != parent and child.startswith(parent) and child[len(parent)] == "("


class AnchorIndex:
    def __init__(self, doc: QTextDocument | None = None, clause_ids: Iterable[str] = ()) -> None:
        self.positions: list[int] = []  # anchor positions, ascending
        self.names: list[str] = []  # the anchor name at each position
        self.units: list[tuple[int, int]] = []  # the block or table each anchor opens
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
            if span and span[0] <= pos <= span[1]:
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
                    self.units.append(_unit(doc, fragment.position()))
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
            self._ranges[name] = (self.units[i][0], self.units[j - 1][1])


def _unit(doc: QTextDocument, pos: int) -> tuple[int, int]:
    """The first and last cursor positions of the table or block holding `pos`."""
    cursor = QTextCursor(doc)
    cursor.setPosition(pos)
    table = cursor.currentTable()
    if table is not None:
        return table.firstPosition(), table.lastPosition()
    block = doc.findBlock(pos)
    return block.position(), block.position() + block.length() - 1
