"""Pairing two lists of clauses by their text, never by their number.

Exact (normalised) matches anchor first through a hash map; similarity is computed only
among what is left, behind a cheap prefilter (length bound, then token-set Dice), with
`SequenceMatcher.ratio()` on tokens as the measure. Pairs are then taken best first.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

THRESHOLD = 0.5  # a ratio below this is two different clauses, not one edited clause
_PREFILTER_SLACK = 0.15  # set Dice may sit a little below the ratio; leave it room


@dataclass(frozen=True)
class Match:
    a: int  # index into the A list
    b: int  # index into the B list
    similarity: float
    exact: bool


def match_exact(a_keys: Sequence[str], b_keys: Sequence[str],
                a_free: Sequence[int], b_free: Sequence[int]) -> list[Match]:
    """Equal keys pair up in order: the first A copy with the first B copy, and so on."""
    waiting: dict[str, deque[int]] = defaultdict(deque)
    for j in b_free:
        waiting[b_keys[j]].append(j)
    matches = []
    for i in a_free:
        queue = waiting.get(a_keys[i])
        if queue:
            matches.append(Match(i, queue.popleft(), 1.0, True))
    return matches


def match_similar(a_seqs: Sequence[tuple[str, ...]], b_seqs: Sequence[tuple[str, ...]],
                  a_free: Sequence[int], b_free: Sequence[int],
                  threshold: float = THRESHOLD) -> list[Match]:
    """Pair the free clauses whose token sequences are similar enough, best pairs first."""
    candidates = _score(a_seqs, b_seqs, a_free, b_free, threshold)
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    matches = []
    for ratio, i, j in candidates:
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        matches.append(Match(i, j, ratio, False))
    return matches


def _score(a_seqs: Sequence[tuple[str, ...]], b_seqs: Sequence[tuple[str, ...]],
           a_free: Sequence[int], b_free: Sequence[int],
           threshold: float) -> list[tuple[float, int, int]]:
    if not a_free or not b_free:
        return []
    a_sets = {i: frozenset(a_seqs[i]) for i in a_free}
    floor = threshold - _PREFILTER_SLACK
    out = []
    for j in b_free:
        b_seq = b_seqs[j]
        b_set, b_len = frozenset(b_seq), len(b_seq)
        matcher: SequenceMatcher | None = None
        for i in a_free:
            a_len = len(a_seqs[i])
            total = a_len + b_len
            if not total or 2 * min(a_len, b_len) < threshold * total:
                continue
            a_set = a_sets[i]
            if 2 * len(a_set & b_set) < floor * (len(a_set) + len(b_set)):
                continue
            if matcher is None:  # built once per B clause: b2j is the costly part
                matcher = SequenceMatcher(None, autojunk=False)
                matcher.set_seq2(b_seq)
            matcher.set_seq1(a_seqs[i])
            ratio = matcher.ratio()
            if ratio >= threshold:
                out.append((ratio, i, j))
    return out
