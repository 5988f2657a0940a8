"""Pairing two lists of clauses by their text, never by their number: exact matches.

Exact (normalised) matches anchor first through a hash map; `similar.py` then pairs what
is left by similarity.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    a: int  # index into the A list
    b: int  # index into the B list
    similarity: float  # 1.0 for exact matches; see similar.py
    exact: bool


def match_exact(
    a_keys: Sequence[str], b_keys: Sequence[str], a_free: Sequence[int], b_free: Sequence[int]
) -> list[Match]:
    """Pair equal keys. Keys found once on each side anchor; copies of a repeated key
    then pair in order, keeping the copies that sit where those anchors predict."""
    a_at: dict[str, list[int]] = defaultdict(list)
    b_at: dict[str, list[int]] = defaultdict(list)
    for i in a_free:
        a_at[a_keys[i]].append(i)
    for j in b_free:
        b_at[b_keys[j]].append(j)
    anchors = sorted(
        (a_at[key][0], b_at[key][0])
        for key in a_at
        if len(a_at[key]) == 1 and len(b_at.get(key, ())) == 1
    )
    pairs = list(anchors)
    for key, copies_a in a_at.items():
        copies_b = b_at.get(key)
        if copies_b and (len(copies_a) > 1 or len(copies_b) > 1):
            pairs += _pair_copies(copies_a, copies_b, anchors)
    return [Match(i, j, 1.0, True) for i, j in sorted(pairs)]


def _pair_copies(
    copies_a: list[int], copies_b: list[int], anchors: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pair min(m, n) copies in order, minimising the distance from the predicted B place."""
    if len(copies_a) == len(copies_b):
        return list(zip(copies_a, copies_b, strict=True))
    anchor_a = [a for a, _ in anchors]

    def cost(i: int, j: int) -> int:
        k = bisect_right(anchor_a, i) - 1  # the nearest anchor before this copy
        predicted = copies_a[i] if k < 0 else anchors[k][1] + copies_a[i] - anchors[k][0]
        return abs(predicted - copies_b[j])

    m, n = len(copies_a), len(copies_b)
    # best[i][j]: (total cost, pairs) using the first i A copies and the first j B copies,
    # where the shorter side is used up entirely.
    best: dict[tuple[int, int], tuple[int, list[tuple[int, int]]]] = {(0, 0): (0, [])}
    for i in range(m + 1):
        for j in range(n + 1):
            options = []
            if i and j and (i - 1, j - 1) in best:
                total, pairs = best[i - 1, j - 1]
                options.append(
                    (total + cost(i - 1, j - 1), [*pairs, (copies_a[i - 1], copies_b[j - 1])])
                )
            if m > n and i and (i - 1, j) in best:
                options.append(best[i - 1, j])
            if n > m and j and (i, j - 1) in best:
                options.append(best[i, j - 1])
            if options:
                best[i, j] = min(options, key=lambda option: option[0])
    return best[m, n][1]
