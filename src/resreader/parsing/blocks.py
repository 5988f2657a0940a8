"""Blocks: body lines grouped into paragraphs.

A paragraph starts at a number (`12.`), a sub-paragraph marker (`(a)`) or, after a blank
line, a lead (`Recalling …`). Text cut in two by a page break or a footnote block is joined
again when the second part cannot start a paragraph (lower case, or the first part stopped
mid-sentence).
"""

from __future__ import annotations

import re

from resreader.parsing.leads import preamble_lead
from resreader.parsing.patterns import ANNEX_RE, OPERATIVE_RE, SUBPARA_RE
from resreader.parsing.state import BLANK, TEXT, Block, Line, ParseState

_NUMBER_ONLY_RE = re.compile(r"^(?:[-*•]\s+)?(?:\d{1,3}\.|\([a-z]{1,2}\)|\([ivx]+\))$")
_TERMINAL = (",", ";", ".", ":", "!", "?")


def group_blocks(state: ParseState) -> list[list[Block]]:
    """Blocks of the resolution itself, then one list per annex."""
    sections: list[list[Block]] = [[]]
    current: Block | None = None
    gap = False
    for line in state.lines[state.body_start:]:
        if line.kind == BLANK:
            gap = True
            continue
        if line.kind != TEXT:
            continue
        text = line.plain
        if ANNEX_RE.match(text) and sections[0]:
            line.kind = "annex"
            state.annex_starts.append(line.no)
            sections.append([])
            current, gap = None, False
            continue
        if current is None or _starts_new(current, line, gap):
            current = Block([line])
            sections[-1].append(current)
        else:
            current.lines.append(line)
        gap = False
    return sections


def _starts_new(current: Block, line: Line, gap: bool) -> bool:
    text = line.plain
    previous = current.lines[-1].plain
    if _NUMBER_ONLY_RE.match(previous) and len(current.lines) == 1:
        return False  # "1." alone on its line: the paragraph follows
    if OPERATIVE_RE.match(text) or SUBPARA_RE.match(text):
        return True
    if not gap:
        # Page layout: a paragraph's first line is indented, its continuation lines are not.
        indented = line.indent > current.lines[-1].indent
        return indented and previous.endswith(_TERMINAL) and preamble_lead(text) is not None
    lead = preamble_lead(text)
    if lead and not _proper_noun_after_cut(previous, text, lead):
        return True
    return not _continues(previous, text)


def _proper_noun_after_cut(previous: str, text: str, lead: str) -> bool:
    """"… among" | "Developing Countries …": a name, not a lead, continues the sentence."""
    rest = text[len(lead):].lstrip()
    return not previous.rstrip("* ").endswith(_TERMINAL) and rest[:1].isupper()


def _continues(previous: str, text: str) -> bool:
    first = text[0]
    return first.islower() or (first.isdigit() and not OPERATIVE_RE.match(text)) or (
        not previous.rstrip("* ").endswith(_TERMINAL))


def block_text(lines: list[Line]) -> str:
    """Lines joined as a reader sees them: a break after a hyphen keeps the hyphen."""
    out = ""
    for line in lines:
        text = line.text
        if not out:
            out = text
        elif out[-1] == "-" and out[-2:-1].isalpha() and text[:1].isalpha():
            out += text
        else:
            out += " " + text
    return out
