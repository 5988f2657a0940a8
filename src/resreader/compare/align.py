"""Pairing two lists of clauses by their text, never by their number.

Exact (normalised) matches anchor first through a hash map; similarity is computed only
among what is left, behind a cheap prefilter (token-set Dice), then `SequenceMatcher` on
tokens. Pairs are taken best first.

The pairing score is the mean of `ratio()` (matched tokens over both lengths) and the
coverage of the shorter clause (matched tokens over its length). For clauses of equal
length it is the ratio; it lets a paragraph that was condensed or extended around a kept
core ("Recognizes the need to mobilize additional resources …" rewritten in 62/209 op10)
still pair with its origin. Text migrating between preamble and operative is a bolder
claim, so that pass asks for the plain ratio (`strict=True`): a short clause merely quoted
inside a longer one does not count as migrated. The `similarity` reported is the ratio.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

THRESHOLD = 0.45  # a score below this is two different clauses, not one edited clause
STRICT_THRESHOLD = 0.5  # the ratio needed when `strict`
_DICE_FLOOR = 0.3  # below this share of distinct words, two clauses are not one edited


@dataclass(frozen=True)
class Match:
    a: int  # index into the A list
    b: int  # index into the B list
    similarity: float  # SequenceMatcher ratio on tokens (1.0 for exact matches)
    exact: bool


def match_exact(a_keys: Sequence[str], b_keys: Sequence[str],
                a_free: Sequence[int], b_free: Sequence[int]) -> list[Match]:
    """Pair equal keys. Keys found once on each side anchor; copies of a repeated key
    then pair in order, keeping the copies that sit where those anchors predict."""
    a_at: dict[str, list[int]] = defaultdict(list)
    b_at: dict[str, list[int]] = defaultdict(list)
    for i in a_free:
        a_at[a_keys[i]].append(i)
    for j in b_free:
        b_at[b_keys[j]].append(j)
    anchors = sorted((a_at[key][0], b_at[key][0]) for key in a_at
                     if len(a_at[key]) == 1 and len(b_at.get(key, ())) == 1)
    pairs = list(anchors)
    for key, copies_a in a_at.items():
        copies_b = b_at.get(key)
        if copies_b and (len(copies_a) > 1 or len(copies_b) > 1):
            pairs += _pair_copies(copies_a, copies_b, anchors)
    return [Match(i, j, 1.0, True) for i, j in sorted(pairs)]


def _pair_copies(copies_a: list[int], copies_b: list[int],
                 anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
                options.append((total + cost(i - 1, j - 1),
                                [*pairs, (copies_a[i - 1], copies_b[j - 1])]))
            if m > n and i and (i - 1, j) in best:
                options.append(best[i - 1, j])
            if n > m and j and (i, j - 1) in best:
                options.append(best[i, j - 1])
            if options:
                best[i, j] = min(options, key=lambda option: option[0])
    return best[m, n][1]


def match_similar(a_seqs: Sequence[tuple[str, ...]], b_seqs: Sequence[tuple[str, ...]],
                  a_free: Sequence[int], b_free: Sequence[int],
                  strict: bool = False) -> list[Match]:
    """Pair the free clauses whose token sequences are similar enough, best pairs first."""
    candidates = _score(a_seqs, b_seqs, a_free, b_free, strict)
    candidates.sort(key=lambda c: (-c[0], c[2], c[3]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    matches = []
    for _, ratio, i, j in candidates:
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        matches.append(Match(i, j, ratio, False))
    return matches


def _score(a_seqs: Sequence[tuple[str, ...]], b_seqs: Sequence[tuple[str, ...]],
           a_free: Sequence[int], b_free: Sequence[int],
           strict: bool) -> list[tuple[float, float, int, int]]:
    """(score, ratio, i, j) for every pair scoring at least the threshold."""
    threshold = STRICT_THRESHOLD if strict else THRESHOLD
    if not a_free or not b_free:
        return []
    a_sets = {i: frozenset(a_seqs[i]) for i in a_free}
    out = []
    for j in b_free:
        b_seq = b_seqs[j]
        b_set, b_len = frozenset(b_seq), len(b_seq)
        matcher: SequenceMatcher | None = None
        for i in a_free:
            a_set, a_len = a_sets[i], len(a_seqs[i])
            if not a_len or not b_len or \
                    2 * len(a_set & b_set) < _DICE_FLOOR * (len(a_set) + len(b_set)):
                continue
            if matcher is None:  # built once per B clause: b2j is the costly part
                matcher = SequenceMatcher(None, autojunk=False)
                matcher.set_seq2(b_seq)
            matcher.set_seq1(a_seqs[i])
            same = sum(block.size for block in matcher.get_matching_blocks())
            ratio = 2 * same / (a_len + b_len)
            score = ratio if strict else (ratio + same / min(a_len, b_len)) / 2
            if score >= threshold:
                out.append((score, ratio, i, j))
    return out
