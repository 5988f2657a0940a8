"""Structure: blocks -> preambular paragraphs, operative paragraphs, nested sub-paragraphs.

Numbers are taken as printed; gaps and repeats are reported as warnings, never renumbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resreader.model import Paragraph, SubParagraph
from resreader.parsing.blocks import block_text
from resreader.parsing.leads import operative_lead, preamble_lead
from resreader.parsing.patterns import OPERATIVE_RE, SUBPARA_RE, squash, strip_markdown
from resreader.parsing.state import Block, ParseState

_BULLET_RE = re.compile(r"^[-*•]\s+(?=\(?\d|\()")
_ITALIC_LEAD_RE = re.compile(r"^\*{1,2}([^*]+?)\*{1,2}(?=[\s,;:⁰¹²³⁴⁵⁶⁷⁸⁹]|$)")
_TRAILING_MARKERS_RE = re.compile(r"[\s\d⁰¹²³⁴⁵⁶⁷⁸⁹\[\]^]+$")
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
          "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}


@dataclass
class Section:
    """The paragraphs of the resolution itself, or of one annex."""

    prefix: str = ""  # "" for the resolution, "annex1-" for its first annex
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)


def build_section(state: ParseState, blocks: list[Block], prefix: str = "") -> Section:
    section = Section(prefix)
    stack: list[SubParagraph] = []
    for block in blocks:
        raw = _BULLET_RE.sub("", block_text(block.lines))
        if match := OPERATIVE_RE.match(raw):
            stack = []
            _add_operative(state, section, block, match.group(1), raw[match.end():])
        elif match := SUBPARA_RE.match(raw):
            _add_sub(state, section, block, stack, match.group(1), raw[match.end():])
        else:
            _add_unnumbered(state, section, block, raw)
    if not section.operative and not prefix:
        _unnumbered_operative(state, section)
    return section


def _unnumbered_operative(state: ParseState, section: Section) -> None:
    """A one-paragraph resolution ("Adopts the Declaration annexed …") prints no number."""
    for para in list(section.preamble):
        lead = None if para.lead else operative_lead(para.text)
        if lead:
            section.preamble.remove(para)
            num = str(len(section.operative) + 1)
            section.operative.append(Paragraph(f"op{num}", num, lead, para.text, para.lines))
            state.warn(f"the operative paragraph at line {para.lines[0]} is unnumbered; "
                       f"it is cited as paragraph {num}")
    for n, para in enumerate(section.preamble, start=1):
        para.id = f"pp{n}"


def _add_operative(state: ParseState, section: Section, block: Block, num: str, raw: str) -> None:
    italic, text = _lead_and_text(raw)
    lead = italic or operative_lead(text)
    if section.operative:
        _check_numbering(state, section, section.operative[-1].num or "0", num)
    elif num != "1":
        state.warn(f"{section.prefix}operative numbering starts at {num}")
    pid = _unique(f"{section.prefix}op{num}", [p.id for p in section.operative])
    section.operative.append(Paragraph(pid, num, lead, text, block.span))


def _check_numbering(state: ParseState, section: Section, last: str, num: str) -> None:
    where = f"{section.prefix.rstrip('-')} " if section.prefix else ""
    if any(p.num == num for p in section.operative):
        state.warn(f"{where}operative paragraph {num} appears twice".strip())
    elif int(num) != int(last) + 1:
        state.warn(f"{where}operative numbering jumps from {last} to {num}".strip())


def _add_sub(state: ParseState, section: Section, block: Block, stack: list[SubParagraph],
             marker: str, raw: str) -> None:
    parent = _last_paragraph(section)
    _, text = _lead_and_text(raw)
    if parent is None:
        _add_unnumbered(state, section, block, f"({marker}) {text}")
        return
    depth = _depth(marker, stack)
    del stack[depth:]
    owner = stack[-1] if stack else parent
    sub_id = _unique(f"{owner.id}({marker})", [s.id for s in owner.subparagraphs])
    sub = SubParagraph(sub_id, f"({marker})", text, block.span)
    owner.subparagraphs.append(sub)
    stack.append(sub)


def _depth(marker: str, stack: list[SubParagraph]) -> int:
    """0 for (a)-level letters, 1 for (i)-level numerals under a letter."""
    letter_level = [s for s in stack[:1]]
    previous = letter_level[0].num.strip("()") if letter_level else None
    is_roman = marker in _ROMAN and not _continues_letters(previous, marker)
    return 1 if is_roman and stack else 0


def _continues_letters(previous: str | None, marker: str) -> bool:
    """(i) after (h) is a letter; (i) after (a) or at the start is a numeral."""
    if previous is None or len(marker) != 1 or len(previous) != 1:
        return previous is not None and len(marker) == 1 and marker not in _ROMAN
    return ord(marker) == ord(previous) + 1


def _add_unnumbered(state: ParseState, section: Section, block: Block, raw: str) -> None:
    italic, text = _lead_and_text(raw)
    lead = italic or preamble_lead(text)
    if (lead is None and _is_heading(text)) or _is_section_heading(block, text):
        section.headings.append(text)
        return
    if section.operative and (lead is None or not italic):
        # After the operative part begins, unnumbered text continues the last paragraph.
        _append_to_last(state, section, block, text)
        return
    n = len(section.preamble) + 1
    section.preamble.append(Paragraph(f"{section.prefix}pp{n}", None, lead, text, block.span))


def _append_to_last(state: ParseState, section: Section, block: Block, text: str) -> None:
    last = _last_paragraph(section)
    assert last is not None
    clause = last
    while clause.subparagraphs:
        clause = clause.subparagraphs[-1]
    clause.text = f"{clause.text} {text}"
    clause.lines = (clause.lines[0], block.span[1])
    state.warn(f"text at line {block.span[0]} has no paragraph number; joined to {clause.id}")


def _last_paragraph(section: Section) -> Paragraph | None:
    if section.operative:
        return section.operative[-1]
    return section.preamble[-1] if section.preamble else None


def _unique(clause_id: str, taken: list[str]) -> str:
    """A number printed twice still gives each clause its own id: op4, op4~2."""
    if clause_id not in taken:
        return clause_id
    n = 2
    while f"{clause_id}~{n}" in taken:
        n += 1
    return f"{clause_id}~{n}"


def _is_section_heading(block: Block, text: str) -> bool:
    """"Peacebuilding financing" between paragraphs: one short line, capitalised, ending in
    no punctuation (every paragraph ends in a comma, semicolon or full stop)."""
    ending = _TRAILING_MARKERS_RE.sub("", text)  # "… Outcome,1" ends with its comma
    return (len(block.lines) == 1 and len(text) <= 100 and text[:1].isupper()
            and not ending.endswith((",", ";", ".", ":")))


def _is_heading(text: str) -> bool:
    return len(text) <= 200 and not text.rstrip().endswith((",", ";", ".", ":"))


def _lead_and_text(raw: str) -> tuple[str | None, str]:
    """The lead a Markdown source marks in italics, and the clause text without markup."""
    raw = raw.strip()
    match = _ITALIC_LEAD_RE.match(raw)
    italic = squash(match.group(1)) if match else None
    return italic, squash(strip_markdown(raw))
