"""Metadata: symbol, session, number, title, body, adoption date, meeting, agenda item and
committee report, read from the header block and the closing meeting line. Never guessed."""

from __future__ import annotations

import re

from resreader.parsing.patterns import (
    BODY_RE,
    DATE_RE,
    HEADING_RE,
    LONE_SYMBOL_RE,
    MEETING_RE,
    OPERATIVE_RE,
    SYMBOL_RE,
    iso_date,
    squash,
)
from resreader.parsing.state import META, TEXT, Line, ParseState

# The organ's name is short: bounded, so that a header without " on " stays linear.
_ADOPTED_RE = re.compile(r"Resolution adopted by the ([A-Z][\w ]{0,80}?)\s+on\s+(.*)$")
_SC_ADOPTED_RE = re.compile(
    r"Adopted by the (Security Council) at its (\d+[a-z]*) meeting,?\s*on\s+(.*)"
)
_SC_HEADING_RE = re.compile(r"^Resolution (\d{1,5}) \((\d{4})\)$")
_ITEM = r"\d+(?:\s*\([a-z]+\))?"
_AGENDA_RE = re.compile(rf"Agenda items?\s+({_ITEM}(?:\s*(?:,|and)\s*{_ITEM})*)")
_REPORT_RE = re.compile(r"^\[on the reports? of the .*?\((" + SYMBOL_RE.pattern + r")")
_ORGANS = {"A": "General Assembly", "S": "Security Council", "E": "Economic and Social Council"}
_HEADER_NOISE_RE = re.compile(
    r"^(Distr\.|Original:|United Nations$|General Assembly$|"
    r"Security Council$|[A-Z][a-z-]+ session\b|Agenda item|"
    r"Please recycle)"
)


def find_body_start(state: ParseState) -> None:
    """The line after "The General Assembly," (or the first paragraph when there is none)."""
    for i, line in enumerate(state.lines):
        match = BODY_RE.match(line.plain) if line.kind == TEXT else None
        if match and _has_paragraph_after(state.lines, i):
            state.res.body = match.group(1)
            line.kind = META
            state.body_start = i + 1
            return
    from resreader.parsing.leads import preamble_lead

    for i, line in enumerate(state.lines):
        text = line.plain
        if line.kind == TEXT and (OPERATIVE_RE.match(text) or preamble_lead(text)):
            state.body_start = i
            return
    state.body_start = len(state.lines)


def _has_paragraph_after(lines: list[Line], i: int) -> bool:
    return any(line.kind == TEXT for line in lines[i + 1 : i + 40])


def read_header(state: ParseState) -> None:
    header = state.lines[: state.body_start]
    text_lines = [line for line in header if line.kind == TEXT]
    joined = " ".join(line.plain for line in text_lines)
    for i, line in enumerate(header):
        if line.kind == TEXT:
            _header_line(state, header, i)
            line.kind = META
    _adoption(state, joined)
    res = state.res
    if res.title is None:
        titles = [
            line.plain
            for line in text_lines
            if not _HEADER_NOISE_RE.match(line.text)
            and not SYMBOL_RE.search(line.text)
            and not DATE_RE.search(line.text)
            and not line.text.startswith("[")
        ]
        res.title = squash(" ".join(titles[-1:])) or None


def _header_line(state: ParseState, header: list[Line], i: int) -> None:
    res, text = state.res, header[i].plain
    if (match := LONE_SYMBOL_RE.match(text)) and res.symbol is None:
        set_symbol(state, match.group(1))
    elif match := HEADING_RE.match(text):
        session, number, part, title = match.groups()
        if res.symbol is None:
            set_symbol(state, f"A/RES/{session}/{number}{part or ''}")
        res.title = squash(" ".join([title, *_title_continuation(header, i)]))
    elif match := _SC_HEADING_RE.match(text):
        set_symbol(state, f"S/RES/{match.group(1)} ({match.group(2)})")
    elif (match := _AGENDA_RE.search(text)) and res.agenda_item is None:
        res.agenda_item = squash(match.group(1))
    if (match := _REPORT_RE.match(text)) and res.report is None:
        res.report = match.group(1)


def _title_continuation(header: list[Line], i: int) -> list[str]:
    """Lines that continue a title wrapped in the page layout (until a blank line)."""
    more = []
    for k in range(i + 1, len(header)):  # by index: a slice per heading line is quadratic
        if header[k].kind != TEXT:
            break
        more.append(header[k].plain)
        header[k].kind = META
    return more


def _adoption(state: ParseState, header_text: str) -> None:
    res = state.res
    if match := _ADOPTED_RE.search(header_text):
        res.body = res.body or match.group(1)
        if date := DATE_RE.match(match.group(2)):
            res.adopted = iso_date(date)
    elif match := _SC_ADOPTED_RE.search(header_text):
        _council_adoption(state, match)


def set_symbol(state: ParseState, symbol: str) -> None:
    res = state.res
    res.symbol = squash(symbol)
    parts = res.symbol.split("/")
    res.body = res.body or _ORGANS.get(parts[0])
    if len(parts) >= 4 and parts[1] == "RES" and parts[2].isdigit():
        res.session, res.number = int(parts[2]), "/".join(parts[3:]).replace(" ", " ")
    elif parts[0] == "S" and len(parts) == 3 and parts[1] == "RES":
        res.number = parts[2].split(" ")[0]
    elif len(parts) >= 3:  # drafts: A/C.2/54/L.5 has a session, and no resolution number
        digits = [p for p in parts[1:] if p.isdigit()]
        res.session = int(digits[0]) if digits else None
        res.number = None


def read_footer(state: ParseState) -> None:
    """The closing "78th plenary meeting" / date lines, and a Council's adoption line."""
    lines = state.lines
    for i in range(state.body_start, len(lines)):
        line = lines[i]
        if line.kind != TEXT:
            continue
        text = line.plain
        if (text[:1].isdigit() or text[:1] == "*") and (match := MEETING_RE.match(text)):
            _meeting(state, i, match)
        elif "Adopted by" in text and (match := _SC_ADOPTED_RE.search(text)):
            _council_adoption(state, match)
            line.kind = META


def _council_adoption(state: ParseState, match: re.Match[str]) -> None:
    res = state.res
    res.body = res.body or match.group(1)
    res.meeting = f"{match.group(2)} meeting"
    if date := DATE_RE.search(match.group(3)):
        res.adopted = iso_date(date)


def _meeting(state: ParseState, i: int, match: re.Match[str]) -> None:
    res, line = state.res, state.lines[i]
    res.meeting = squash(match.group(1))
    line.kind = META
    rest = match.group(2)
    if not DATE_RE.search(rest):
        following = next((ln for ln in state.lines[i + 1 : i + 3] if ln.kind == TEXT), None)
        if following and DATE_RE.fullmatch(following.plain.strip("* ")):
            rest = following.plain
            following.kind = META
    if (date := DATE_RE.search(rest)) and res.adopted is None:
        res.adopted = iso_date(date)
