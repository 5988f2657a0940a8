"""Structure: blocks -> preambular paragraphs, operative paragraphs, nested sub-paragraphs.

Numbers are taken as printed; gaps and repeats are reported as warnings, never renumbered.
Every step is constant work per block (ids and numbers are looked up in sets, text joined to
a paragraph is collected and joined once), so a text of any shape parses in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resreader.model import Paragraph, SubParagraph
from resreader.parsing.blocks import block_text
from resreader.parsing.leads import operative_lead, preamble_lead
from resreader.parsing.numbering import (
    ROMAN,
    clause_name,
    operative_warning,
    sub_warning,
    unstopped_number,
)
from resreader.parsing.patterns import OPERATIVE_RE, SUBPARA_RE, squash, strip_markdown
from resreader.parsing.state import Block, ParseState

_BULLET_RE = re.compile(r"^[-*•]\s+(?=\(?\d|\()")
_ITALIC_LEAD_RE = re.compile(r"^\*{1,2}([^*]+?)\*{1,2}(?=[\s,;:⁰¹²³⁴⁵⁶⁷⁸⁹]|$)")
# What may follow a paragraph's final punctuation: footnote markers ("… Outcome,1").
_TRAILING_MARKERS = " \t\n\r\f\v0123456789⁰¹²³⁴⁵⁶⁷⁸⁹[]^"
_ROMAN = set(ROMAN)
Clause = Paragraph | SubParagraph


@dataclass
class Section:
    """The paragraphs of the resolution itself, or of one annex."""

    prefix: str = ""  # "" for the resolution, "annex1-" for its first annex
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)  # every clause id given so far
    repeats: dict[str, int] = field(default_factory=dict)  # id -> next "~n" to try
    nums: set[str] = field(default_factory=set)  # operative numbers seen
    joined: dict[int, tuple[Clause, list[str]]] = field(default_factory=dict)

    def unique(self, clause_id: str) -> str:
        """A number printed twice still gives each clause its own id: op4, op4~2."""
        if clause_id in self.ids:
            n = self.repeats.get(clause_id, 2)
            while f"{clause_id}~{n}" in self.ids:
                n += 1
            self.repeats[clause_id] = n + 1
            clause_id = f"{clause_id}~{n}"
        self.ids.add(clause_id)
        return clause_id


def build_section(state: ParseState, blocks: list[Block], prefix: str = "") -> Section:
    section = Section(prefix)
    stack: list[SubParagraph] = []
    for block in blocks:
        raw = _BULLET_RE.sub("", block_text(block.lines))
        if match := OPERATIVE_RE.match(raw):
            stack = []
            _add_operative(state, section, block, match.group(1), raw[match.end() :])
        elif match := SUBPARA_RE.match(raw):
            _add_sub(state, section, block, stack, match.group(1), raw[match.end() :])
        elif unstopped := unstopped_number(raw, _last_number(section)):
            stack = []
            _add_operative(state, section, block, *unstopped)
            state.warn(f"{clause_name(section.operative[-1].id)}: number has no full stop")
        else:
            _add_unnumbered(state, section, block, raw)
    for clause, parts in section.joined.values():
        clause.text = " ".join([clause.text, *parts])
    if not section.operative and not prefix:
        _unnumbered_operative(state, section)
    return section


def _last_number(section: Section) -> int:
    last = section.operative[-1].num if section.operative else None
    return int(last) if last and last.isdigit() else 0


def _unnumbered_operative(state: ParseState, section: Section) -> None:
    """A one-paragraph resolution ("Adopts the Declaration annexed …") prints no number."""
    kept = []
    for para in section.preamble:
        # A verb lead ("Adopts"), found in the text or printed in italics; not "Recalling"
        lead = operative_lead(para.text)
        lead = lead if para.lead in (None, lead) else None
        if not lead:
            kept.append(para)
            continue
        num = str(len(section.operative) + 1)
        section.operative.append(Paragraph(f"op{num}", num, lead, para.text, para.lines))
        state.warn(
            f"the operative paragraph at line {para.lines[0]} is unnumbered; "
            f"it is cited as paragraph {num}"
        )
    section.preamble = kept
    for n, para in enumerate(section.preamble, start=1):
        para.id = f"pp{n}"


def _add_operative(state: ParseState, section: Section, block: Block, num: str, raw: str) -> None:
    italic, text = _lead_and_text(raw)
    lead = italic or (None if state.italics_are_leads else operative_lead(text))
    where = f"{section.prefix.rstrip('-')} " if section.prefix else ""
    last = section.operative[-1].num if section.operative else None
    warning = operative_warning(where if last else section.prefix, section.nums, last, num)
    if warning:
        state.warn(warning)
    section.nums.add(num)
    pid = section.unique(f"{section.prefix}op{num}")
    para = Paragraph(pid, num, lead, text, block.span)
    section.operative.append(para)
    _warn_lower_joins(state, block, para)


def _add_sub(
    state: ParseState,
    section: Section,
    block: Block,
    stack: list[SubParagraph],
    marker: str,
    raw: str,
) -> None:
    parent = _last_paragraph(section)
    _, text = _lead_and_text(raw)
    if parent is None:
        _add_unnumbered(state, section, block, f"({marker}) {text}")
        return
    roman_list = bool(parent.subparagraphs) and parent.subparagraphs[0].num == "(i)"
    depth = _depth(marker, stack, roman_list)
    del stack[depth:]
    owner = stack[-1] if stack else parent
    previous = owner.subparagraphs[-1].num.strip("()") if owner.subparagraphs else None
    roman = depth == 1 or (roman_list if previous else marker == "i")
    if warning := sub_warning(owner.id, roman, previous, marker):
        state.warn(warning)
    sub = SubParagraph(section.unique(f"{owner.id}({marker})"), f"({marker})", text, block.span)
    owner.subparagraphs.append(sub)
    stack.append(sub)
    _warn_lower_joins(state, block, sub)


def _depth(marker: str, stack: list[SubParagraph], roman_list: bool) -> int:
    """0 for (a)-level letters, 1 for (i)-level numerals under a letter. A paragraph whose
    sub-paragraphs are numbered (i), (ii) … directly keeps them all at level 0."""
    if not stack or marker not in _ROMAN:
        return 0
    previous = stack[0].num.strip("()")
    if roman_list:
        return 0
    return 0 if _continues_letters(previous, marker) else 1


def _continues_letters(previous: str, marker: str) -> bool:
    """(i) after (h) is a letter; (i) after (a) is a numeral."""
    if len(marker) != 1 or len(previous) != 1:
        return len(marker) == 1 and marker not in _ROMAN
    return ord(marker) == ord(previous) + 1


def _add_unnumbered(state: ParseState, section: Section, block: Block, raw: str) -> None:
    if raw.startswith("#"):  # a Markdown heading ("## Action 1. We will …"): never a clause
        section.headings.append(squash(strip_markdown(raw.lstrip("#"))))
        return
    italic, text = _lead_and_text(raw)
    lead = italic or (None if state.italics_are_leads else preamble_lead(text))
    if (lead is None and _is_heading(text)) or _is_section_heading(block, text):
        section.headings.append(text)
        return
    if section.operative and not italic and text.endswith(":"):
        # "Guided by these principles, we hereby pledge to:" between numbered paragraphs
        # introduces the ones that follow: it belongs to none of them
        section.headings.append(text)
        state.warn(
            f"text at line {block.span[0]} has no paragraph number and introduces "
            f"the paragraphs after it: kept apart as a heading"
        )
        return
    if section.operative and (lead is None or not italic):
        # After the operative part begins, unnumbered text continues the last paragraph.
        _append_to_last(state, section, block, text)
        return
    n = len(section.preamble) + 1
    para = Paragraph(f"{section.prefix}pp{n}", None, lead, text, block.span)
    section.preamble.append(para)
    _warn_lower_joins(state, block, para)


def _append_to_last(state: ParseState, section: Section, block: Block, text: str) -> None:
    last = _last_paragraph(section)
    assert last is not None
    clause: Clause = last
    while clause.subparagraphs:
        clause = clause.subparagraphs[-1]
    section.joined.setdefault(id(clause), (clause, []))[1].append(text)
    clause.lines = (clause.lines[0], block.span[1])
    state.warn(f"text at line {block.span[0]} has no paragraph number; joined to {clause.id}")
    _warn_lower_joins(state, block, clause)


def _warn_lower_joins(state: ParseState, block: Block, clause: Clause) -> None:
    for line_no in block.lower_joins:
        state.warn(
            f"{clause_name(clause.id)}: the text at line {line_no} starts in lower case "
            f"after a full stop or semicolon; read as part of this paragraph"
        )


def _last_paragraph(section: Section) -> Paragraph | None:
    if section.operative:
        return section.operative[-1]
    return section.preamble[-1] if section.preamble else None


def _is_section_heading(block: Block, text: str) -> bool:
    """ "Peacebuilding financing" between paragraphs: one short line, capitalised, ending in
    no punctuation (every paragraph ends in a comma, semicolon or full stop)."""
    if len(block.lines) != 1 or len(text) > 100 or not text[:1].isupper():
        return False
    ending = text.rstrip(_TRAILING_MARKERS)  # "… Outcome,1" ends with its comma
    return not ending.endswith((",", ";", ".", ":"))


def _is_heading(text: str) -> bool:
    return len(text) <= 200 and not text.rstrip().endswith((",", ";", ".", ":"))


def _lead_and_text(raw: str) -> tuple[str | None, str]:
    """The lead a Markdown source marks in italics, and the clause text without markup."""
    raw = raw.strip()
    match = _ITALIC_LEAD_RE.match(raw)
    italic = squash(match.group(1)) if match else None
    return italic, squash(strip_markdown(raw))
