"""Order questions: which matched pairs kept their relative order, and the display order.

A pair is *moved* when it is not in the longest increasing subsequence of the matched
pairs (taken in A's order, increasing in B's). Among equally long subsequences the one
holding the most text wins, so of two swapped paragraphs the shorter one is called moved.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)
_Best = tuple[int, int, int]  # (length, weight, index of the last element), compared as a tuple


def in_order(pairs: Sequence[tuple[int, int, int]]) -> set[int]:
    """Indices into `pairs` ((a, b, weight) with distinct a and distinct b) that stay in order."""
    if not pairs:
        return set()
    by_a = sorted(range(len(pairs)), key=lambda k: pairs[k][0])
    b_rank = {b: rank for rank, b in enumerate(sorted(p[1] for p in pairs))}
    size = len(pairs)
    tree: list[_Best] = [(0, 0, -1)] * (size + 1)  # Fenwick tree of prefix maxima over B ranks
    previous: dict[int, int] = {}
    best: _Best = (0, 0, -1)
    for k in by_a:
        _, b, weight = pairs[k]
        rank = b_rank[b] + 1
        length, total, last = _prefix_max(tree, rank - 1)
        previous[k] = last
        mine = (length + 1, total + weight, k)
        best = max(best, mine)
        while rank <= size:
            tree[rank] = max(tree[rank], mine)
            rank += rank & -rank
    kept, k = set(), best[2]
    while k != -1:
        kept.add(k)
        k = previous[k]
    return kept


def _prefix_max(tree: list[_Best], rank: int) -> _Best:
    best: _Best = (0, 0, -1)
    while rank > 0:
        best = max(best, tree[rank])
        rank -= rank & -rank
    return best


def fits(kept: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """Whether (a, b) can join the in-order pairs `kept` (sorted by a) without crossing one."""
    before = [kb for ka, kb in kept if ka < a]
    after = [kb for ka, kb in kept if ka > a]
    return all(kb < b for kb in before) and all(kb > b for kb in after)


def interleave(b_rows: Sequence[T], a_side: Sequence[tuple[T | None, T | None]]) -> list[T]:
    """Rows in B's order, each removed A row slotted after its preceding A neighbour's partner.

    `b_rows`: the row of every B clause, in B order. `a_side`: per A clause in A order,
    `(partner_row, None)` when its partner is among `b_rows`, `(None, removed_row)` when it
    has no partner, `(None, None)` when its partner is shown elsewhere (another section).
    Removed rows with no preceding partnered neighbour come first.
    """
    after: dict[T | None, list[T]] = {}
    anchor: T | None = None
    for partner, removed in a_side:
        if partner is not None:
            anchor = partner
        elif removed is not None:
            after.setdefault(anchor, []).append(removed)
    rows = list(after.get(None, []))
    for row in b_rows:
        rows.append(row)
        rows.extend(after.get(row, []))
    return rows
