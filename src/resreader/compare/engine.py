"""`compare()`: two resolutions -> a Comparison, clause by clause.

Steps: pair preamble with preamble and operative with operative (exact text first, then
similarity among the rest); pair what is left across the two sections (migrated text);
call a pair *moved* when it breaks the order kept by the others; then lay the rows out in
B's order with removed clauses beside their old neighbours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from resreader.compare.align import Match, match_exact
from resreader.compare.items import Item, clause_items, footnote_item
from resreader.compare.order import fits, in_order, interleave
from resreader.compare.result import Comparison, Pair
from resreader.compare.similar import match_similar
from resreader.compare.tokens import Options
from resreader.compare.words import whole, word_runs
from resreader.model import Resolution


@dataclass
class Section:
    """One list of A against one list of B, with the pairs found between them."""

    a: list[Item]
    b: list[Item]
    matches: list[Match] = field(default_factory=list)
    ordered: set[int] = field(default_factory=set)  # indices into matches kept in order
    migrated_in: dict[int, Pair] = field(default_factory=dict)  # B index -> pair from afar
    away: set[int] = field(default_factory=set)  # A indices paired in the other section

    def free_a(self) -> list[int]:
        taken = {m.a for m in self.matches} | self.away
        return [i for i in range(len(self.a)) if i not in taken]

    def free_b(self) -> list[int]:
        taken = {m.b for m in self.matches} | self.migrated_in.keys()
        return [j for j in range(len(self.b)) if j not in taken]


def compare(
    a: Resolution,
    b: Resolution,
    *,
    ignore_case: bool = False,
    ignore_punctuation: bool = False,
    ignore_footnotes: bool = True,
) -> Comparison:
    options = Options(ignore_case, ignore_punctuation, ignore_footnotes)
    pre = _section(clause_items(a.preamble, a, options), clause_items(b.preamble, b, options))
    ops = _section(clause_items(a.operative, a, options), clause_items(b.operative, b, options))
    kept = _kept_globally(pre, ops)
    _migrate(pre, ops, kept, a_base=0, b_base=len(pre.b))
    _migrate(ops, pre, kept, a_base=len(pre.a), b_base=0)
    notes = _section(
        [footnote_item(n, options) for n in a.footnotes],
        [footnote_item(n, options) for n in b.footnotes],
        strict=True,
    )
    return Comparison(
        a, b, _rows(pre) + _rows(ops), footnotes=_rows(notes), options=options.as_dict()
    )


def _section(a: list[Item], b: list[Item], strict: bool = False) -> Section:
    section = Section(a, b)
    section.matches = match_exact(
        [x.key for x in a], [x.key for x in b], range(len(a)), range(len(b))
    )
    section.matches += match_similar(
        {i: a[i].seq for i in section.free_a()}, {j: b[j].seq for j in section.free_b()}, strict
    )
    weights = [(m.a, m.b, len(b[m.b].tokens.text) + 1) for m in section.matches]
    section.ordered = in_order(weights)
    return section


def _kept_globally(pre: Section, ops: Section) -> list[tuple[int, int]]:
    """In-order pairs of both sections as (A, B) positions in the whole document."""
    kept = [(pre.matches[k].a, pre.matches[k].b) for k in pre.ordered]
    kept += [(len(pre.a) + ops.matches[k].a, len(pre.b) + ops.matches[k].b) for k in ops.ordered]
    return sorted(kept)


def _migrate(
    source: Section, target: Section, kept: list[tuple[int, int]], a_base: int, b_base: int
) -> None:
    """Pair leftover A clauses of `source` with leftover B clauses of `target`."""
    found = match_similar(
        {i: source.a[i].seq for i in source.free_a()},
        {j: target.b[j].seq for j in target.free_b()},
        strict=True,
    )
    for m in found:
        a_item, b_item = source.a[m.a], target.b[m.b]
        status = _status(a_item, b_item, fits(kept, a_base + m.a, b_base + m.b))
        target.migrated_in[m.b] = _pair(status, a_item, b_item, m.similarity, migrated=True)
        source.away.add(m.a)


def _status(a: Item, b: Item, ordered: bool) -> str:
    if not ordered:
        return "moved"
    if a.key != b.key:
        return "changed"
    return "same" if a.place == b.place else "renumbered"


def _rows(section: Section) -> list[Pair]:
    """The section's pairs in display order (B's order, removed rows after their neighbour)."""
    rows: list[Pair] = []
    b_row: dict[int, int] = {}
    a_row: dict[int, int] = {}
    for k, m in enumerate(section.matches):
        a_item, b_item = section.a[m.a], section.b[m.b]
        status = _status(a_item, b_item, k in section.ordered)
        a_row[m.a] = b_row[m.b] = _add(rows, _pair(status, a_item, b_item, m.similarity))
    for j, pair in section.migrated_in.items():
        b_row[j] = _add(rows, pair)
    for j, item in enumerate(section.b):
        if j not in b_row:
            b_row[j] = _add(rows, _pair("added", None, item, 0.0))
    a_side: list[tuple[int | None, int | None]] = []
    for i, item in enumerate(section.a):
        if i in a_row:
            a_side.append((a_row[i], None))
        elif i in section.away:
            a_side.append((None, None))
        else:
            a_side.append((None, _add(rows, _pair("removed", item, None, 0.0))))
    order = interleave([b_row[j] for j in range(len(section.b))], a_side)
    return [rows[r] for r in order]


def _add(rows: list[Pair], pair: Pair) -> int:
    rows.append(pair)
    return len(rows) - 1


def _pair(
    status: str, a: Item | None, b: Item | None, similarity: float, migrated: bool = False
) -> Pair:
    if a is None or b is None:
        item = a or b
        assert item is not None
        tag = "delete" if b is None else "insert"
        return Pair(
            status,
            a.id if a else None,
            b.id if b else None,
            similarity,
            whole(tag, item.tokens),
            subpairs=_lone_subpairs(status, item.subs, a is None),
        )
    words = word_runs(a.tokens, b.tokens)
    lead_changed = bool(a.lead and b.lead and a.key != b.key and a.lead_key() != b.lead_key())
    return Pair(
        status,
        a.id,
        b.id,
        similarity,
        words.runs,
        lead_changed=lead_changed,
        migrated=migrated,
        subpairs=_rows(_section(a.subs, b.subs)) if a.subs or b.subs else [],
        footnotes_changed=a.notes != b.notes,
        a_equal=words.a_equal,
    )


def _lone_subpairs(status: str, subs: list[Item], added: bool) -> list[Pair]:
    make: Callable[[Item], Pair] = (
        (lambda s: _pair(status, None, s, 0.0))
        if added
        else (lambda s: _pair(status, s, None, 0.0))
    )
    return [make(sub) for sub in subs]
