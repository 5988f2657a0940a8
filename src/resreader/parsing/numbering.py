"""Numbering: what a mis-typed draft gets wrong, said in warnings that name the paragraph.

Numbers are taken as printed and never renumbered; these checks only tell the reader where
the numbering looks wrong: a number without its full stop, numbers out of order or skipped,
a skipped sub-paragraph letter.
"""

from __future__ import annotations

import re

from resreader.parsing.leads import operative_lead
from resreader.parsing.patterns import strip_markdown

# "7 Requests …": a paragraph number that lost its full stop.
_UNSTOPPED_RE = re.compile(r"^(?:[-*•]\s+)?(\d{1,4}) +(?=\*{0,2}[A-Z])")
_ID_RE = re.compile(r"^(?:annex(\d+)-)?(pp|op)(\d+)((?:~\d+)?)(.*)$")
ROMAN = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
]
_ROMAN_INDEX = {numeral: k for k, numeral in enumerate(ROMAN, start=1)}


def clause_name(clause_id: str) -> str:
    """ "op7(c)(ii)" -> "operative paragraph 7 (c)(ii)"; "annex1-pp2" -> "annex 1, preambular
    paragraph 2"; "op4~2" -> "operative paragraph 4 (second)"."""
    match = _ID_RE.match(clause_id)
    if not match:
        return clause_id
    annex, kind, num, repeat, subs = match.groups()
    name = f"{'preambular' if kind == 'pp' else 'operative'} paragraph {num}"
    if repeat:
        name += f" (repeat {repeat[1:]})"
    if subs:
        name += f" {subs}"
    return f"annex {annex}, {name}" if annex else name


def unstopped_number(text: str, last: int) -> tuple[str, str] | None:
    """(number, text after it) for `7 Requests …` where 7 follows the last operative number
    and an operative verb follows it; otherwise None ("77 at the Conference" is text)."""
    match = _UNSTOPPED_RE.match(text)
    if not match or int(match.group(1)) != last + 1:
        return None
    rest = text[match.end() :]
    if operative_lead(strip_markdown(rest)) is None:
        return None
    return match.group(1), rest


def operative_warning(where: str, nums: set[str], last: str | None, num: str) -> str | None:
    """The warning for operative number `num` after `last` (None: the first), if any."""
    if last is None:
        return None if num == "1" else f"{where}operative numbering starts at {num}"
    if num in nums:
        return f"{where}operative paragraph {num} appears twice".strip()
    if int(num) < int(last):
        return f"{where}operative paragraph {num} is out of order: it follows {last}".strip()
    if int(num) != int(last) + 1:
        return f"{where}operative numbering jumps from {last} to {num}".strip()
    return None


def sub_warning(owner_id: str, roman: bool, previous: str | None, marker: str) -> str | None:
    """A sub-paragraph letter or numeral skipped or out of order: "(c)" after "(a)". `roman`:
    the list counts (i), (ii) …; `previous`: the marker before in the list (None: the first)."""
    index = _ROMAN_INDEX if roman else None
    name = clause_name(owner_id)
    if previous is None:
        return None if marker in ("a", "i") else f"{name}: sub-paragraphs start at ({marker})"
    at, before = _position(marker, index), _position(previous, index)
    if at is None or before is None or at in (before, before + 1):
        return None  # a repeat gets its own id; an unknown marker is not judged
    if at < before:
        return f"{name}: sub-paragraph ({marker}) is out of order: it follows ({previous})"
    missing = f"({_marker_at(before + 1, index)})"
    if at > before + 2:
        missing += f" to ({_marker_at(at - 1, index)})"
    return f"{name}: sub-paragraph ({marker}) follows ({previous}); {missing} missing"


def _position(marker: str, roman: dict[str, int] | None) -> int | None:
    if roman is not None:
        return roman.get(marker)
    if len(marker) == 1 and marker.isalpha():
        return ord(marker) - ord("a") + 1
    return None  # (aa) after (z), or a numeral in a list of letters: not judged


def _marker_at(position: int, roman: dict[str, int] | None) -> str:
    if roman is not None:
        return ROMAN[position - 1]
    return chr(ord("a") + position - 1)
