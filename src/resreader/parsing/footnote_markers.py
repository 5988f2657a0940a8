"""Footnote markers in clause text: found, removed, and linked to their clause.

Superscripts (`¹`) and Markdown markers (`[^3]`) are always markers. Digits glued to a word
(`session2`, `Development,1`) or to a year (`19721` = 1972 + note 1) and digits after a
space (`South Summit, 3`) are markers only when the footnote numbering supports it, so
`Group of 77`, `resolution 57/263` and `paragraph 3` keep their numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resreader.parsing.patterns import SUPERSCRIPT_DIGITS, SUPERSCRIPTS

_MARKER_RE = re.compile(
    rf"(?=[\[\d\s{SUPERSCRIPTS}])(?:(?P<md>\[\^(?P<mdnum>\d{{1,3}})\])"
    rf"|(?P<sup>[{SUPERSCRIPTS}]+)"
    r"|(?:(?<=[a-z)\]”’\"»])|(?<=[^\s][,;:])|(?<=[a-z)][.]))"
    r"(?P<glued>[1-9]\d{0,2})(?=$|[\s,;:.)\]”’\"])"
    r"|(?<![\d/.,])\b(?P<year>1[89]\d\d|20\d\d)(?P<yearnote>[1-9]\d?)(?=$|[\s,;:.)])"
    r"|(?<=[A-Za-z)\]”’\",;:.])(?P<spaced> [1-9]\d{0,2})(?=$|[\s,;:.]))"
)
_NOT_BEFORE_NOTE = {
    "paragraph", "paragraphs", "para", "paras", "article", "articles", "chapter", "chap",
    "section", "sections", "resolution", "resolutions", "decision", "decisions", "no", "nos",
    "vol", "of", "the", "and", "or", "to", "from", "than", "at", "in", "on", "by", "for",
    "with", "over", "under", "about", "some", "least", "goal", "goals", "target", "targets",
    "p", "pp", "art", "sect", "principle", "principles", "rule", "rules", "annex", "part",
    "item", "items",
    "page", "pages", "session", "protocol", "phase", "level", "table", "figure", "recommendation",
    "recommendations", "point", "step", "steps", "option", "tier", "class", "category", "sub",
}
_MAY_HOLD_MARKER_RE = re.compile(rf"[\d{SUPERSCRIPTS}]")
_ABBREVIATION_RE = re.compile(r"(?:^|\W)(?:Add|Rev|Corr|Amend|Suppl|No|Nos|vol|vols|para|paras|"
                              r"art|arts|chap|p|pp|sect|annex)\.$", re.I)
_NOT_AFTER_NOTE = re.compile(r"^\s*(?:per\b|%|percent|years?\b|days?\b|months?\b|weeks?\b|"
                             r"hours?\b|States\b|Member\b|countries\b|(?:and|to|or|-|–)\s*\d|million|"
                             r"billion|steps\b|times\b|members\b|-)")


@dataclass
class MarkerState:
    """What the markers have established so far, in document order."""

    bodies: set[str]
    highest: int = 0
    used: set[str] = field(default_factory=set)


_SPOT = "\ue000"  # a private-use character that stands where a marker was, for a moment


def take_markers(text: str, state: MarkerState) -> tuple[str, list[str], list[int]]:
    """`text` without its footnote markers, the marker numbers in order, and the offset
    in the returned text where each stood."""
    found: list[str] = []
    if not _MAY_HOLD_MARKER_RE.search(text):
        return text, found, []

    def replace(match: re.Match[str]) -> str:
        num = _marker_number(match, text, state)
        if num is None:
            return match.group(0)
        found.append(num)
        state.used.add(num)
        state.highest = max(state.highest, int(num))
        return (match.group("year") or "") + _SPOT

    parts = _MARKER_RE.sub(replace, text).split(_SPOT)
    if not found:
        return text, found, []
    offsets, before = [], ""
    for part in parts[:-1]:
        before += part
        offsets.append(len(_tidy(before)))
    return _tidy("".join(parts)), found, offsets


def _marker_number(match: re.Match[str], text: str, state: MarkerState) -> str | None:
    if match.group("md"):
        return match.group("mdnum")
    if match.group("sup"):
        return match.group("sup").strip().translate(SUPERSCRIPT_DIGITS)
    if num := match.group("glued"):
        token = text[:match.start()].split()[-1] if text[:match.start()].split() else ""
        if _ABBREVIATION_RE.search(token):
            return None
        if token[-2:-1].isdigit() and not _after_year_or_symbol(token):
            return None  # "15,500": a thousands separator, not "15," and note 500
        if token[-2:-1].isdigit() and not _next_with_note(num, state):
            return None  # "79/45,1": only the next note, and only one that exists
        return num if _fits(num, state, glued=True) else None
    if num := match.group("yearnote"):
        return num if num in state.bodies or int(num) == state.highest + 1 else None
    num = match.group("spaced").strip()
    if text[match.start() - 1] == "." and not _next_with_note(num, state):
        return None  # "… Principles. 13 We will": after a full stop, only the next note
    after = text[match.end():match.end() + 12]
    if not _may_precede_note(text[:match.start()]) or _NOT_AFTER_NOTE.match(after):
        return None
    return num if _fits(num, state, glued=False) else None


def _after_year_or_symbol(token: str) -> bool:
    """"2003,1" and "79/45,1" end a year or a symbol; "15,500" does not."""
    word = token[:-1]
    return "/" in word or bool(re.fullmatch(r"\(?(?:19|20)\d\d", word))


def _next_with_note(num: str, state: MarkerState) -> bool:
    return int(num) == state.highest + 1 and num in state.bodies


def _may_precede_note(before: str) -> bool:
    """Whether the word before a spaced number lets it be a note ("Court 3", not "para 3")."""
    tokens = before.split()
    if not tokens:
        return False
    token = tokens[-1]
    if token[-1] in ",;:":
        word = token[:-1]
        return not (word.isdigit() and len(word) != 4)  # "2, 3 and 4" lists numbers
    if token.endswith(".") and not _ABBREVIATION_RE.search(token):
        return True  # a sentence ended: "… Paris Principles. 13" (not "para. 13")
    word = token.strip("“”\"'()").rstrip(".").lower()
    return not token.isdigit() and word not in _NOT_BEFORE_NOTE


def _fits(num: str, state: MarkerState, *, glued: bool) -> bool:
    """Prefer the reading that keeps footnote numbering increasing."""
    n = int(num)
    if n == state.highest + 1:
        return True
    if glued:
        return num in state.bodies or state.highest < n <= state.highest + 3
    return num in state.bodies and (n > state.highest or num in state.used)


def _tidy(text: str) -> str:
    text = re.sub(r"(?<=\w)\s+([,;:.])(?=\s|$)", r"\1", text)
    return " ".join(text.split())
