"""Clauses → plain text, Markdown or HTML, each followed by its UN citation.

Clauses come out in document order whatever order they were asked in; a paragraph brings
its sub-paragraphs with it (a sub-paragraph asked for as well is not repeated). HTML is a
clipboard fragment typeset like the reader, through the resolution lexer and the inline
formatter, with styles inline so it survives pasting into a word processor or a mail
client; by default it uses the paper style (black, italic leads), as pasted agreed
language should match the draft around it. Text and Markdown are clean: no markup but
Markdown's `*lead*` italics, and document text otherwise unchanged. Every format drops
bidi controls (`safe_text`): they would let a clause display other than it reads.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import Literal

from resreader import redline
from resreader.citation import cite, locate
from resreader.errors import ResreaderError
from resreader.model import Clause, Paragraph, Resolution, SubParagraph
from resreader.safe_text import display_text
from resreader.styles import LightStyle, PaperStyle
from resreader.typeset import clause_html

__all__ = ["export_clauses", "export_multi", "redline_html", "redline_text"]

Format = Literal["text", "markdown", "html"]
FORMATS = ("text", "markdown", "html")
# Characters Markdown (CommonMark) reads as markup; a backslash makes each literal. An "&"
# only when it opens an entity reference ("&lt;" would render as "<"); a bare "&" is text.
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>#|~]|&(?=#?[0-9A-Za-z]+;)")
FONT = "font-family:'Times New Roman',Times,serif;font-size:12pt;color:#000000"
_SUB_INDENT = "    "
PAPER_SCALE = 4 / 3  # the reader's 36px indent becomes 48px: half an inch, as the UN prints


def export_clauses(
    res: Resolution,
    clause_ids: list[str],
    fmt: Format,
    notes: dict[str, str] | None = None,
    *,
    colour: bool = False,
) -> str:
    """The clauses named by `clause_ids` with their citations (and notes) in `fmt`."""
    body = _render(res, select(res, clause_ids), fmt, notes or {}, colour)
    return display_text(_html_fragment(body) if fmt == "html" else body)


def export_multi(
    items: list[tuple[Resolution, list[str], dict[str, str]]], fmt: Format, *, colour: bool = False
) -> str:
    """Clauses from several resolutions, grouped under each one's symbol and title."""
    _check_format(fmt)
    groups = []
    for res, clause_ids, notes in items:
        if clause_ids:
            clauses = select(res, clause_ids)
            groups.append(_heading(res, fmt) + _render(res, clauses, fmt, notes or {}, colour))
    glue = "\n" if fmt == "html" else "\n\n"
    out = _html_fragment(glue.join(groups)) if fmt == "html" else glue.join(groups)
    return display_text(out)


def redline_html(pair_words: Sequence[tuple[str, str]]) -> str:
    """A changed pair as a redline fragment (struck deletions, underlined insertions)."""
    return display_text(redline.redline_html(list(pair_words)))


def redline_text(pair_words: Sequence[tuple[str, str]]) -> str:
    """The redline as text: [-deleted-] {+inserted+}."""
    return display_text(redline.redline_text(list(pair_words)))


def select(res: Resolution, clause_ids: list[str]) -> list[Clause]:
    """The clauses asked for, in document order, without those their parent brings along.

    Raises ResreaderError naming every id the resolution does not have."""
    wanted = set(clause_ids)
    if not wanted:
        raise ResreaderError("no clause ids given", res.label)
    every = list(all_clauses(res))
    unknown = [cid for cid in dict.fromkeys(clause_ids) if cid not in {c.id for c in every}]
    if unknown:
        noun = "clause id" if len(unknown) == 1 else "clause ids"
        raise ResreaderError(f"no {noun} {', '.join(unknown)} in this resolution", res.label)
    chosen: list[Clause] = []
    for clause in every:
        if clause.id in wanted and not any(_inside(clause, c) for c in chosen):
            chosen.append(clause)
    return chosen


def all_clauses(res: Resolution) -> Iterator[Clause]:
    """Every clause in document order, annex paragraphs included."""
    yield from res.clauses()
    for annex in res.annexes:
        for para in annex.paragraphs:
            yield para
            yield from _descendants(para)


def _descendants(clause: Clause) -> Iterator[SubParagraph]:
    for sub in clause.subparagraphs:
        yield sub
        yield from _descendants(sub)


def _inside(clause: Clause, parent: Clause) -> bool:
    return any(sub.id == clause.id for sub in _descendants(parent))


# -- the three formats ----------------------------------------------------------------------


def _render(
    res: Resolution, clauses: list[Clause], fmt: Format, notes: dict[str, str], colour: bool
) -> str:
    _check_format(fmt)
    blocks = [
        _clause_block(res, clause, fmt, _notes_for(res, clause, notes), colour)
        for clause in clauses
    ]
    return ("\n" if fmt == "html" else "\n\n").join(blocks)


def _clause_block(
    res: Resolution, clause: Clause, fmt: Format, notes: list[str], colour: bool
) -> str:
    citation = f"({cite(res, clause)})"
    if fmt == "html":
        style = LightStyle if colour else PaperStyle
        body = clause_html(clause, res, style=style, scale=PAPER_SCALE)
        lines = [body, f'<p style="margin-top:8px;margin-bottom:0">{html.escape(citation)}</p>']
        lines += [
            f'<p style="margin-top:4px;margin-bottom:0;margin-left:48px"><i>Note:</i> '
            f"{html.escape(note)}</p>"
            for note in notes
        ]
        return '<div style="margin-bottom:16px">' + "\n".join(lines) + "</div>"
    lines = _plain_lines(clause, markdown=fmt == "markdown")
    if fmt == "markdown":
        notes_md = [f"*Note:* {md_escape(note)}" for note in notes]
        return "\n\n".join([*lines, md_escape(citation), *notes_md])
    return "\n".join([*lines, citation, *(f"Note: {note}" for note in notes)])


def _plain_lines(clause: Clause, markdown: bool) -> list[str]:
    """The clause and its sub-paragraphs, one line each, numbers and markers in front."""
    esc = md_escape if markdown else str
    if isinstance(clause, Paragraph):
        text = esc(clause.text)
        if markdown and clause.lead and clause.text.startswith(clause.lead):
            text = f"*{esc(clause.lead)}*{esc(clause.text[len(clause.lead) :])}"
        first = f"{clause.num}. {text}" if clause.num else text
        # Markdown: sub-paragraphs sit inside the numbered item (never deep enough to be code)
        indent = " " * (len(clause.num) + 2) if markdown and clause.num else ""
    else:
        first, indent = f"{esc(clause.num)} {esc(clause.text)}", ""
    lines = [first]
    for sub in _descendants(clause):
        depth = sub.id.count("(") - (clause.id.count("(") + 1)
        pad = indent if markdown else _SUB_INDENT * (depth + 1)
        lines.append(f"{pad}{esc(sub.num)} {esc(sub.text)}")
    return lines


def md_escape(text: str) -> str:
    """Document text as Markdown that renders as that text: no emphasis, links or HTML."""
    return _MD_SPECIAL.sub(r"\\\g<0>", text)


def _notes_for(res: Resolution, clause: Clause, notes: dict[str, str]) -> list[str]:
    """The clause's own note, then those of sub-paragraphs it brought along."""
    found = [notes[clause.id]] if notes.get(clause.id) else []
    for sub in _descendants(clause):
        if notes.get(sub.id):
            found.append(f"{locate(res, sub)}: {notes[sub.id]}")
    return found


def _heading(res: Resolution, fmt: Format) -> str:
    name = " — ".join(part for part in (res.symbol, res.title) if part) or res.label
    if fmt == "markdown":
        return f"## {md_escape(name)}\n\n"
    if fmt == "text":
        return f"{name}\n{'=' * len(name)}\n\n"
    return f'<p style="margin-top:16px;margin-bottom:0"><b>{html.escape(name)}</b></p>\n'


def _html_fragment(body: str) -> str:
    return f'<meta charset="utf-8"><div style="{FONT}">\n{body}\n</div>'


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ResreaderError(f"unknown export format {fmt!r}: use text, markdown or html")
