"""Word-level differences inside a pair: equal / delete / insert runs of readable text.

Runs carry their whitespace, so joining the `equal` and `delete` runs gives A's text and
joining the `equal` and `insert` runs gives B's text. Equal runs show B's wording; where
A's wording of an equal run differs (only in what the comparison ignores: case, quote
style, punctuation under the options) it is kept in `Words.a_equal`, so each pane can show
its own text exactly. Tiny equalities stranded between two larger edits ("the", a comma)
are folded into the edit, as diff-match-patch's semantic clean-up does, so a rewritten
sentence reads as one deletion and one insertion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import accumulate

from resreader.compare.result import WordRun
from resreader.compare.tokens import Tokens

# (equal?, a_start, a_end, b_start, b_end)
Segment = tuple[bool, int, int, int, int]


@dataclass
class Words:
    """Runs under construction: parallel tags, texts, and A's text of each equal run."""

    tags: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    a_texts: list[str] = field(default_factory=list)

    def add(self, tag: str, text: str, a_text: str = "") -> None:
        if not text and not a_text:
            return
        if self.tags and self.tags[-1] == tag:
            self.texts[-1] += text
            self.a_texts[-1] += a_text
        else:
            self.tags.append(tag)
            self.texts.append(text)
            self.a_texts.append(a_text)

    @property
    def runs(self) -> list[WordRun]:
        return list(zip(self.tags, self.texts, strict=True))

    @property
    def a_equal(self) -> dict[int, str]:
        """A's wording of the equal runs where it differs from B's (run index -> text)."""
        return {
            k: a_text
            for k, (tag, text, a_text) in enumerate(
                zip(self.tags, self.texts, self.a_texts, strict=True)
            )
            if tag == "equal" and a_text != text
        }


def word_runs(a: Tokens, b: Tokens) -> Words:
    """The runs turning `a` into `b`."""
    if a.exact == b.exact:
        return equal_run(a, b)
    return _render(_clean_up(_segments(a.keys, b.keys), a, b), a, b)


def equal_run(a: Tokens, b: Tokens) -> Words:
    """Two clauses the comparison finds equal: one run."""
    words = Words()
    words.add("equal", b.text.strip(), a.text.strip())
    return words


def whole(tag: str, tokens: Tokens) -> list[WordRun]:
    """An added or removed clause: one run of its whole text."""
    text = tokens.text.strip()
    return [(tag, text)] if text else []


def _segments(a: tuple[str, ...], b: tuple[str, ...]) -> list[Segment]:
    """Equal and changed stretches (delete/insert/replace merged into one change).
    SequenceMatcher only sees what lies between the common head and tail."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a_end, b_end = len(a) - tail, len(b) - tail
    matcher = SequenceMatcher(None, a[head:a_end], b[head:b_end], autojunk=False)
    out: list[Segment] = [(True, 0, head, 0, head)] if head else []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        _extend(out, (tag == "equal", head + i1, head + i2, head + j1, head + j2))
    if tail:
        _extend(out, (True, a_end, len(a), b_end, len(b)))
    return out


def _extend(out: list[Segment], seg: Segment) -> None:
    if out and out[-1][0] == seg[0]:
        equal, a1, _, b1, _ = out[-1]
        out[-1] = (equal, a1, seg[2], b1, seg[4])
    else:
        out.append(seg)


def _clean_up(segments: list[Segment], a: Tokens, b: Tokens) -> list[Segment]:
    """Fold an equality no longer than the edits on both its sides into one edit."""
    if len(segments) < 3:
        return segments
    a_at, b_at = _char_offsets(a.raws), _char_offsets(b.raws)

    def change_size(seg: Segment) -> int:
        return max(a_at[seg[2]] - a_at[seg[1]], b_at[seg[4]] - b_at[seg[3]])

    k = 1
    while k < len(segments) - 1:
        before, seg, after = segments[k - 1], segments[k], segments[k + 1]
        size = b_at[seg[4]] - b_at[seg[3]]
        if (
            seg[0]
            and not before[0]
            and not after[0]
            and size <= change_size(before)
            and size <= change_size(after)
        ):
            segments[k - 1 : k + 2] = [(False, before[1], after[2], before[3], after[4])]
            k = max(1, k - 2)  # the merged edit is bigger: the equality before may fold now
        else:
            k += 1
    return segments


def _char_offsets(raws: tuple[str, ...]) -> list[int]:
    """offsets[k]: characters (spaces aside) in the first k tokens."""
    return list(accumulate(map(len, map(str.strip, raws)), initial=0))


def _render(segments: list[Segment], a: Tokens, b: Tokens) -> Words:
    words = Words()
    for equal, i1, i2, j1, j2 in segments:
        if equal:
            text, a_text = "".join(b.raws[j1:j2]), "".join(a.raws[i1:i2])
            if words.tags:  # the space before may differ between the sides (an edit's edge)
                space = _settle_space(words, a.raws[i1], b.raws[j1])
                text, a_text = space + text.lstrip(), space + a_text.lstrip()
            words.add("equal", text, a_text)
            continue
        deleted = "".join(a.raws[i1:i2])
        inserted = "".join(b.raws[j1:j2])
        if deleted and inserted and deleted[0].isspace() and inserted[0].isspace():
            # A replacement: the space before it belongs to the text around, not the edit.
            words.add("equal", _space(inserted), _space(deleted))
            deleted, inserted = deleted.lstrip(), inserted.lstrip()
        words.add("delete", deleted)
        words.add("insert", inserted)
    return _strip_start(words)


def _space(raw: str) -> str:
    return raw[: len(raw) - len(raw.lstrip())]


def _settle_space(words: Words, raw_a: str, raw_b: str) -> str:
    """The space to open an equal run with; a side's extra space goes to its own edit."""
    space_a, space_b = _space(raw_a), _space(raw_b)
    if space_a == space_b:
        return space_a
    words.add("delete", space_a)
    words.add("insert", space_b)
    return ""


def _strip_start(words: Words) -> Words:
    """Texts start without whitespace; drop it from the first run of each side."""
    for side_tags in (("equal", "delete"), ("equal", "insert")):
        k = next((k for k, tag in enumerate(words.tags) if tag in side_tags), None)
        if k is not None:
            words.texts[k] = words.texts[k].lstrip()
            if words.tags[k] == "equal":
                words.a_texts[k] = words.a_texts[k].lstrip()
    kept = [
        k
        for k, tag in enumerate(words.tags)
        if words.texts[k] or (tag == "equal" and words.a_texts[k])
    ]
    if len(kept) == len(words.tags):
        return words
    return Words(
        [words.tags[k] for k in kept],
        [words.texts[k] for k in kept],
        [words.a_texts[k] for k in kept],
    )
