"""Blocks: body lines grouped into paragraphs.

A paragraph starts at a number (`12.`), a sub-paragraph marker (`(a)`) or, after a blank
line, a lead (`Recalling …`). Text cut in two by a page break or a footnote block is joined
again when the second part cannot start a paragraph (lower case, or the first part stopped
mid-sentence).
"""

from __future__ import annotations

import re

from resreader.parsing.leads import preamble_lead
from resreader.parsing.numbering import unstopped_number
from resreader.parsing.patterns import (
    ANNEX_RE,
    OPERATIVE_RE,
    SUBPARA_RE,
    SUSPENDED_HYPHEN_WORDS,
    join_hyphens,
)
from resreader.parsing.state import BLANK, TEXT, Block, Line, ParseState

_NUMBER_ONLY_RE = re.compile(r"^(?:[-*•]\s+)?(?:\d{1,4}\.|\([a-z]{1,2}\)|\([ivx]+\))$")
_HEADING_RE = re.compile(r"^#{1,6}\s")  # a Markdown heading: laid-out PDFs write bold ones so
_TERMINAL = (",", ";", ".", ":", "!", "?")
_NUMBER_FIRST = frozenset("0123456789(-*•")  # what a number or a marker line starts with
# What a paragraph's end may carry after its punctuation: markers ("Outcome,1", "Outcome,¹",
# "Outcome,[^1]"), emphasis and spaces.
_TAIL_CHARS = " *0123456789⁰¹²³⁴⁵⁶⁷⁸⁹"
_MARKDOWN_TAIL_RE = re.compile(r"\[\^\d{1,3}\]$")
# Words no paragraph ends with: a block stopping on one was cut mid-sentence ("Plan of Action
# for" | "Promoting and Implementing …"), whatever the next part starts with.
_OPEN_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "among",
        "between",
        "and",
        "or",
        "nor",
        "its",
        "their",
        "his",
        "her",
        "our",
        "whose",
        "which",
        "that",
        "as",
        "under",
        "upon",
        "within",
        "without",
        "towards",
        "including",
        "such",
        "than",
    }
)
# Sentence ends a lower-case start should not follow; abbreviations end in a full stop too.
_FINISHED = (";", ".")
_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "etc.",
    "No.",
    "Nos.",
    "para.",
    "paras.",
    "p.",
    "pp.",
    "vol.",
    "chap.",
    "art.",
    "Add.",
    "Rev.",
    "Corr.",
    "Suppl.",
    "sect.",
    "cf.",
)


def group_blocks(state: ParseState) -> list[list[Block]]:
    """Blocks of the resolution itself, then one list per annex."""
    sections: list[list[Block]] = [[]]
    current: Block | None = None
    gap = False
    last_num = 0  # the section's last operative number: `7 Requests` continues it
    for line in state.lines[state.body_start :]:
        if line.kind == BLANK:
            gap = True
            continue
        if line.kind != TEXT:
            continue
        text = line.plain
        if "Annex" in text[:7] and ANNEX_RE.match(text) and sections[0]:
            line.kind = "annex"
            state.annex_starts.append(line.no)
            sections.append([])
            current, gap, last_num = None, False, 0
            continue
        heading = _HEADING_RE.match(line.text) is not None
        if heading and _opens_adopted_text(sections):
            sections.append([])  # "Adopts the following Pact …:" then the Pact itself
            last_num = 0
        if heading or current is None or _starts_new(current, line, gap, last_num):
            current = Block([line])
            sections[-1].append(current)
            last_num = _number(text, last_num)
            current = None if heading else current  # a heading is a block of its own
        else:
            if gap and _lower_after_full_stop(current.lines[-1].plain, text):
                current.lower_joins.append(line.no)
            current.lines.append(line)
        gap = False
    return sections


def _opens_adopted_text(sections: list[list[Block]]) -> bool:
    """A heading right after an unnumbered "Adopts the following …:" opens the text the
    resolution adopts; it is kept apart like an annex."""
    if len(sections) != 1 or not sections[0]:
        return False
    if any(OPERATIVE_RE.match(block.first) for block in sections[0]):
        return False
    last = block_text(sections[0][-1].lines)
    return last.endswith(":") and "the following" in last


def _number(text: str, last: int) -> int:
    if text[:1] not in _NUMBER_FIRST:
        return last
    if match := OPERATIVE_RE.match(text):
        return int(match.group(1))
    return last + 1 if unstopped_number(text, last) else last


def _starts_new(current: Block, line: Line, gap: bool, last_num: int) -> bool:
    text = line.plain
    previous = current.lines[-1].plain
    if len(current.lines) == 1 and len(previous) <= 8 and _NUMBER_ONLY_RE.match(previous):
        return False  # "1." alone on its line: the paragraph follows
    if text[:1] in _NUMBER_FIRST:
        if OPERATIVE_RE.match(text) or SUBPARA_RE.match(text):
            return True
        if gap and unstopped_number(text, last_num):
            return True  # "7 Requests …": paragraph 7 with its full stop lost
    if not gap:
        # Page layout: a paragraph's first line is indented, its continuation lines are not.
        indented = line.indent > current.lines[-1].indent
        return indented and previous.endswith(_TERMINAL) and preamble_lead(text) is not None
    lead = preamble_lead(text)
    if lead and not _cut_before(previous, text, lead):
        return True
    return not _continues(previous, text)


def _cut_before(previous: str, text: str, lead: str) -> bool:
    """ "… among" | "Developing Countries …", "… Plan of Action for" | "Promoting and
    Implementing …": a name that opens like a lead, continuing a sentence cut in two."""
    end = _without_tail(previous)
    if end.endswith(_TERMINAL):
        return False
    rest = text[len(lead) :].lstrip()
    return rest[:1].isupper() or end.rsplit(" ", 1)[-1].lower() in _OPEN_WORDS


def _continues(previous: str, text: str) -> bool:
    first = text[0]
    return (
        first.islower()
        or (first.isdigit() and not OPERATIVE_RE.match(text))
        or (not _without_tail(previous).endswith(_TERMINAL))
    )


def _without_tail(text: str) -> str:
    text = text.rstrip(_TAIL_CHARS)
    while text.endswith("]") and (match := _MARKDOWN_TAIL_RE.search(text)):
        text = text[: match.start()].rstrip(_TAIL_CHARS)
    return text


def _lower_after_full_stop(previous: str, text: str) -> bool:
    """A block that ended a sentence, then text in lower case: a typing slip in a draft (a
    lost number or marker), joined to the paragraph but worth a warning."""
    end = _without_tail(previous)
    return text[:1].islower() and end.endswith(_FINISHED) and not end.endswith(_ABBREVIATIONS)


def block_text(lines: list[Line]) -> str:
    """Lines joined as a reader sees them: a break after a hyphen keeps the hyphen
    ("South-" | "South"), unless a conjunction follows ("pre-" | "and post-conflict")."""
    if len(lines) == 1:
        return join_hyphens(lines[0].text)
    text = "\n".join([line.text for line in lines])
    if "-\n" in text:
        text = _LINE_END_HYPHEN_RE.sub(_line_end_hyphen, text)
    return join_hyphens(text.replace("\n", " "))


_LINE_END_HYPHEN_RE = re.compile(r"-(?<=[^\W\d_]-)\n(?=([^\W\d_]+))")


def _line_end_hyphen(match: re.Match[str]) -> str:
    word = match.group(1)
    before = match.string[match.start() - 1]
    if not (before.isalpha() and word[0].isalpha()) or word.lower() in SUSPENDED_HYPHEN_WORDS:
        return "-\n"
    return "-"
