"""Word-level differences inside a pair: equal / delete / insert runs of readable text.

Runs carry their whitespace, so joining the `equal` and `delete` runs gives A's text and
joining the `equal` and `insert` runs gives B's text (equal runs show B's wording, which
differs from A's only in what the options ignore). Tiny equalities stranded between two
larger edits ("the", a comma) are folded into the edit, as diff-match-patch's semantic
clean-up does, so a rewritten sentence reads as one deletion and one insertion.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from resreader.compare.result import WordRun
from resreader.compare.tokens import Tokens

# (equal?, a_start, a_end, b_start, b_end)
Segment = tuple[bool, int, int, int, int]


def word_runs(a: Tokens, b: Tokens, matcher: SequenceMatcher | None = None) -> list[WordRun]:
    """The runs turning `a` into `b`; pass a matcher already set on (a.keys, b.keys) to reuse it."""
    if a.keys == b.keys:
        return equal_run(b)
    if matcher is None:
        matcher = SequenceMatcher(None, a.keys, b.keys, autojunk=False)
    segments = _clean_up(_segments(matcher), a, b)
    return _render(segments, a, b)


def equal_run(tokens: Tokens) -> list[WordRun]:
    text = "".join(tokens.raws).lstrip()
    return [("equal", text)] if text else []


def whole(tag: str, tokens: Tokens) -> list[WordRun]:
    """An added or removed clause: one run of its whole text."""
    text = "".join(tokens.raws).lstrip()
    return [(tag, text)] if text else []


def _segments(matcher: SequenceMatcher) -> list[Segment]:
    """Opcodes with delete/insert/replace merged into one 'change' segment."""
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        equal = tag == "equal"
        if out and not equal and not out[-1][0]:
            _, a1, _, b1, _ = out[-1]
            out[-1] = (False, a1, i2, b1, j2)
        else:
            out.append((equal, i1, i2, j1, j2))
    return out


def _chars(raws: tuple[str, ...], start: int, end: int) -> int:
    return sum(len(raw.strip()) for raw in raws[start:end])


def _change_size(seg: Segment, a: Tokens, b: Tokens) -> int:
    return max(_chars(a.raws, seg[1], seg[2]), _chars(b.raws, seg[3], seg[4]))


def _clean_up(segments: list[Segment], a: Tokens, b: Tokens) -> list[Segment]:
    """Fold an equality no longer than the edits on both its sides into one edit."""
    changed = True
    while changed:
        changed = False
        for k in range(1, len(segments) - 1):
            before, seg, after = segments[k - 1], segments[k], segments[k + 1]
            if not seg[0] or before[0] or after[0]:
                continue
            size = _chars(b.raws, seg[3], seg[4])
            if size <= _change_size(before, a, b) and size <= _change_size(after, a, b):
                merged = (False, before[1], after[2], before[3], after[4])
                segments[k - 1:k + 2] = [merged]
                changed = True
                break
    return segments


def _render(segments: list[Segment], a: Tokens, b: Tokens) -> list[WordRun]:
    runs: list[WordRun] = []
    for equal, i1, i2, j1, j2 in segments:
        if equal:
            text = "".join(b.raws[j1:j2])
            if runs:  # the space before may differ between the sides (an edit's edge)
                text = _settle_space(runs, a.raws[i1], b.raws[j1]) + text.lstrip()
            _append(runs, "equal", text)
            continue
        deleted = "".join(a.raws[i1:i2])
        inserted = "".join(b.raws[j1:j2])
        if deleted and inserted and deleted[0].isspace() and inserted[0].isspace():
            # A replacement: the space before it belongs to the text around, not the edit.
            _append(runs, "equal", _space(inserted))
            deleted, inserted = deleted.lstrip(), inserted.lstrip()
        _append(runs, "delete", deleted)
        _append(runs, "insert", inserted)
    return _strip_start(runs)


def _space(raw: str) -> str:
    return raw[: len(raw) - len(raw.lstrip())]


def _settle_space(runs: list[WordRun], raw_a: str, raw_b: str) -> str:
    """The space to open an equal run with; a side's extra space goes to its own edit."""
    space_a, space_b = _space(raw_a), _space(raw_b)
    if space_a == space_b:
        return space_a
    _append(runs, "delete", space_a)
    _append(runs, "insert", space_b)
    return ""


def _append(runs: list[WordRun], tag: str, text: str) -> None:
    if not text:
        return
    if runs and runs[-1][0] == tag:
        runs[-1] = (tag, runs[-1][1] + text)
    else:
        runs.append((tag, text))


def _strip_start(runs: list[WordRun]) -> list[WordRun]:
    """Texts start without whitespace; drop it from the first run of each side."""
    for side_tags in (("equal", "delete"), ("equal", "insert")):
        for k, (tag, text) in enumerate(runs):
            if tag in side_tags:
                runs[k] = (tag, text.lstrip())
                break
    return [run for run in runs if run[1]]
