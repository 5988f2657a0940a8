"""Pairing the clauses left over after exact matching, by similarity, best pairs first.

Similarity is measured on the words (punctuation left out: shared commas say nothing
about two clauses being one). `ratio` is difflib's `SequenceMatcher.ratio()` formula,
2·M / (len_a + len_b), with M the longest common subsequence of words, which
SequenceMatcher's greedy block matching approximates from below. It is computed
bit-parallel (Allison-Dix / Hyyrö), an order of magnitude faster than SequenceMatcher,
which is then used only for the word runs of the pairs chosen.

The pairing score is the mean of the ratio and the coverage of the shorter clause
(M / its length). For clauses of equal length it is the ratio; it lets a paragraph
condensed or extended around a kept core ("Recognizes the need to mobilize additional
resources …", rewritten in 62/209 op10) still pair with its origin. Migration between
preamble and operative is a bolder claim, so that pass (and footnotes) is `strict`: the
plain ratio, at 0.5, and most of the shorter text found in the longer, as when a clause is
lifted whole; a shared noun phrase ("the High-level United Nations Conference on
South-South Cooperation") is not enough. The `similarity` reported is always the ratio.

Speed: every candidate first passes a token-set Dice floor; pairs then come off a heap
keyed by an upper bound of their score (from the shared distinct words), and the exact score
is computed only when a pair reaches the top with both clauses still free. A pair whose
clauses were taken meanwhile, or whose bound is below the threshold, costs nothing more.
The result is the same as scoring every pair exactly and taking them best first.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping

from resreader.compare.align import Match

THRESHOLD = 0.45  # a score below this is two different clauses, not one edited clause
STRICT_THRESHOLD = 0.5  # the ratio needed when `strict` …
STRICT_COVERAGE = 0.75  # … with this much of the shorter clause found in the longer one
_DICE_FLOOR = 0.3  # below this share of distinct words, two clauses are not one edited
_BOUND, _EXACT = 0, 1  # whether a heap entry holds an upper bound or the exact score

Seq = tuple[str, ...]


def match_similar(
    a_seqs: Mapping[int, Seq], b_seqs: Mapping[int, Seq], strict: bool = False
) -> list[Match]:
    """Pair clauses (index -> word sequence, for the free ones of each side) whose words are
    similar enough, best pairs first."""
    threshold = STRICT_THRESHOLD if strict else THRESHOLD
    scorer = _Scorer(a_seqs, b_seqs, strict)
    heap = scorer.candidates(threshold)
    heapq.heapify(heap)
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    matches = []
    while heap and -heap[0][0] >= threshold:
        _, stage, i, j, ratio = heapq.heappop(heap)
        if i in taken_a or j in taken_b:
            continue
        if stage == -_EXACT:
            taken_a.add(i)
            taken_b.add(j)
            matches.append(Match(i, j, ratio, False))
            continue
        score, ratio = scorer.score(len(a_seqs[i]), len(b_seqs[j]), scorer.lcs(i, j))
        if score >= threshold:
            heapq.heappush(heap, (-score, -_EXACT, i, j, ratio))
    return matches


class _Scorer:
    """Per-clause data computed once (sets, counts, bit masks) and the scores."""

    def __init__(self, a_seqs: Mapping[int, Seq], b_seqs: Mapping[int, Seq], strict: bool) -> None:
        self.a_seqs, self.b_seqs, self.strict = a_seqs, b_seqs, strict
        self._masks: dict[int, dict[str, int]] = {}

    def candidates(self, threshold: float) -> list[tuple[float, int, int, int, float]]:
        """Heap entries (-bound, -stage, i, j, ratio) for the pairs passing the prefilters.

        The bound is the shared distinct words plus the repeats one side could contribute
        (a word shared k times needs k - 1 repeats on each side): it never undercuts.
        """
        a_sets = [(i, set(seq), len(seq)) for i, seq in self.a_seqs.items()]
        a_info = [(i, words, len(words), length) for i, words, length in a_sets]
        out = []
        for j, b_seq in self.b_seqs.items():
            b_set, b_len = set(b_seq), len(b_seq)
            b_distinct = len(b_set)
            for i, a_set, a_distinct, a_len in a_info:
                shared = len(a_set & b_set)
                if 2 * shared >= _DICE_FLOOR * (a_distinct + b_distinct) and shared:
                    same = min(shared + min(a_len - a_distinct, b_len - b_distinct), a_len, b_len)
                    bound = self.score(a_len, b_len, same)[0]
                    if bound >= threshold:
                        out.append((-bound, -_BOUND, i, j, 0.0))
        return out

    def score(self, a_len: int, b_len: int, same: int) -> tuple[float, float]:
        """(score, ratio) when `same` words of two clauses of these lengths match."""
        ratio = 2 * same / (a_len + b_len)
        coverage = same / min(a_len, b_len)
        if self.strict:
            return (ratio if coverage >= STRICT_COVERAGE else 0.0), ratio
        return (ratio + coverage) / 2, ratio

    def lcs(self, i: int, j: int) -> int:
        """Length of the longest common subsequence of the two clauses' words: one pass
        over A's words, each a few operations on integers holding one bit per B word."""
        masks = self._masks.get(j)
        if masks is None:
            masks = self._masks[j] = {}
            for pos, word in enumerate(self.b_seqs[j]):
                masks[word] = masks.get(word, 0) | (1 << pos)
        full = (1 << len(self.b_seqs[j])) - 1
        row = full
        for mask in filter(None, map(masks.get, self.a_seqs[i])):
            low = row & mask
            row = (row + low) | (row - low)
        return len(self.b_seqs[j]) - (row & full).bit_count()
