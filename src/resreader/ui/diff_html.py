"""The rich text of one diff cell: one side of a pair, with its word changes marked.

Deleted words (A side) get a red background and a strike-through, inserted words (B side)
a green background and an underline, so the marks survive colour blindness and greyscale.
Every piece of document text goes through `html.escape`: the text is data, never markup;
bidi controls are dropped from the cell's HTML and plain text (`safe_text`).
Each clause becomes exactly one `<p>` block, so a click's block number names its clause.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from resreader.compare.result import Pair
from resreader.model import Clause, Paragraph
from resreader.safe_text import display_text
from resreader.ui.diff_colors import DiffColors
from resreader.ui.highlight_marks import inherited

MARK_OP = {"a": "delete", "b": "insert"}
INDENT_PX = 22
Piece = tuple[str, bool]  # (text, marked as deleted/inserted)


@dataclass(frozen=True)
class Cell:
    html: str  # "" when this side has no clause: the view paints a gap
    clause_ids: tuple[str, ...]  # the clause of each text block, in block order
    plain: str  # the same text without markup


EMPTY = Cell("", (), "")


def build_cell(
    clauses: Mapping[str, Clause],
    pair: Pair,
    side: str,
    colors: DiffColors,
    marks: Mapping[str, str] | None = None,
) -> Cell:
    """The cell of `side` ("a" or "b") for `pair`; `clauses` maps that side's ids to clauses.

    `marks` (clause id → a CSS colour) are highlights: their clauses, and the sub-clauses
    of a highlighted paragraph, get that background."""
    cid = pair.a if side == "a" else pair.b
    clause = clauses.get(cid) if cid else None
    if clause is None:
        return EMPTY
    pieces = _pieces(pair, side, clause)
    blocks = [_block(clause, pieces, 0, side, colors)]
    ids, plain = [clause.id], [clause_plain(clause)]
    if pair.subpairs:
        _subpair_blocks(clauses, pair.subpairs, side, colors, 1, (blocks, ids, plain))
    else:
        _plain_sub_blocks(clause, 1, side, colors, (blocks, ids, plain))
    if marks:
        blocks = [
            _highlighted(block, inherited(marks, cid) if cid else None)
            for block, cid in zip(blocks, ids, strict=True)
        ]
    return Cell(display_text("".join(blocks)), tuple(ids), display_text("\n".join(plain)))


def _highlighted(block: str, colour: str | None) -> str:
    """Every block opens with `<p style="`: put the highlight's background first in it."""
    return (
        block.replace('<p style="', f'<p style="background-color:{colour}; ', 1)
        if colour
        else block
    )


def clause_plain(clause: Clause, depth: int = 0) -> str:
    """One clause's own line as a reader sees it: number, then text."""
    return "  " * depth + f"{number_prefix(clause)}{clause.text}"


def number_prefix(clause: Clause) -> str:
    if isinstance(clause, Paragraph):
        return f"{clause.num}. " if clause.num else ""
    return f"{clause.num} "


def _pieces(pair: Pair, side: str, clause: Clause) -> list[Piece]:
    """The side's runs, in its own wording, as (text, marked) pieces. Runs carry their own
    whitespace (joined, they give the side's clause text); it is kept outside the marks."""
    if not (pair.words and pair.a and pair.b):
        return [(clause.text, False)]
    pieces: list[Piece] = []
    for op, text in pair.side_runs(side):
        core = text.strip()
        if op != MARK_OP[side] or not core:
            pieces.append((text, False))
            continue
        start = text.index(core)
        pieces += [(text[:start], False), (core, True), (text[start + len(core) :], False)]
    return [piece for piece in pieces if piece[0]]


def _block(clause: Clause, pieces: list[Piece], depth: int, side: str, colors: DiffColors) -> str:
    lead = clause.lead if isinstance(clause, Paragraph) else None
    body = "".join(
        _render(text, marked, italic, side, colors)
        for text, marked, italic in _split_lead(pieces, lead)
    )
    num = html.escape(number_prefix(clause).rstrip())
    head = f"<b>{num}</b>&nbsp;" if num else ""
    return f'<p style="margin:0 0 4px {depth * INDENT_PX}px;">{head}{body}</p>'


def _split_lead(pieces: list[Piece], lead: str | None) -> list[tuple[str, bool, bool]]:
    """Mark the pieces covering the lead phrase as italic (compared without spaces)."""
    wanted = "".join(lead.split()) if lead else ""
    stream = "".join("".join(text.split()) for text, _ in pieces)
    if not wanted or not stream.startswith(wanted):
        return [(text, marked, False) for text, marked in pieces]
    left, out = len(wanted), []
    for text, marked in pieces:
        cut = _cut_after(text, left) if left else 0
        if cut:
            out.append((text[:cut], marked, True))
        if text[cut:]:
            out.append((text[cut:], marked, False))
        left -= sum(1 for ch in text[:cut] if not ch.isspace())
    return out


def _cut_after(text: str, count: int) -> int:
    """Index just after the `count`-th non-space character of `text` (or its length)."""
    for index, ch in enumerate(text):
        if not ch.isspace():
            count -= 1
            if count == 0:
                return index + 1
    return len(text)


def _render(text: str, marked: bool, italic: bool, side: str, colors: DiffColors) -> str:
    out = html.escape(text)
    if italic:
        out = f"<i>{out}</i>"
    if marked:
        out = f'<span style="{_mark_style(side, colors)}">{out}</span>'
    return out


def _mark_style(side: str, colors: DiffColors) -> str:
    if side == "a":
        return (
            f"background-color:{colors.delete_bg}; color:{colors.delete_fg};"
            " text-decoration:line-through;"
        )
    return (
        f"background-color:{colors.insert_bg}; color:{colors.insert_fg}; text-decoration:underline;"
    )


def _subpair_blocks(
    clauses: Mapping[str, Clause],
    subpairs: list[Pair],
    side: str,
    colors: DiffColors,
    depth: int,
    out: tuple[list, list, list],
) -> None:
    for sub in subpairs:
        cid = sub.a if side == "a" else sub.b
        clause = clauses.get(cid) if cid else None
        if clause is None:
            _placeholder(sub, side, colors, depth, out)
            continue
        alone = (sub.a is None) != (sub.b is None)
        pieces = [(clause.text, True)] if alone else _pieces(sub, side, clause)
        _append(
            out, _block(clause, pieces, depth, side, colors), clause.id, clause_plain(clause, depth)
        )
        _subpair_blocks(clauses, sub.subpairs, side, colors, depth + 1, out)


def _placeholder(
    sub: Pair, side: str, colors: DiffColors, depth: int, out: tuple[list, list, list]
) -> None:
    """A sub-clause that only the other side has: a quiet line saying what happened there."""
    other = sub.b if side == "a" else sub.a
    marker = other.rsplit("(", 1)[-1] if other else ""
    what = "added" if side == "a" else "removed"
    text = f"{'+' if side == 'a' else '−'} ({marker} {what}"
    style = f"margin:0 0 4px {depth * INDENT_PX}px; color:{colors.muted};"
    _append(out, f'<p style="{style}"><i>{html.escape(text)}</i></p>', "", "  " * depth + text)


def _plain_sub_blocks(
    clause: Clause, depth: int, side: str, colors: DiffColors, out: tuple[list, list, list]
) -> None:
    for sub in clause.subparagraphs:
        _append(
            out,
            _block(sub, [(sub.text, False)], depth, side, colors),
            sub.id,
            clause_plain(sub, depth),
        )
        _plain_sub_blocks(sub, depth + 1, side, colors, out)


def _append(out: tuple[list, list, list], block: str, cid: str, plain: str) -> None:
    out[0].append(block)
    out[1].append(cid)
    out[2].append(plain)
