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

# The first lookahead lets the engine skip, cheaply, every position where no marker starts.
_MARKER_RE = re.compile(
    rf"(?=[\[0-9{SUPERSCRIPTS}]| [1-9])(?:(?P<md>\[\^(?P<mdnum>\d{{1,3}})\])"
    rf"|(?P<sup>[{SUPERSCRIPTS}]+)"
    r"|(?:(?<=[a-z)\]”’\"»])|(?<=[^\s][,;:])|(?<=[a-z)][.]))"
    r"(?P<glued>[1-9]\d{0,2})(?=$|[\s,;:.)\]”’\"])"
    r"|(?<![\d/.,])\b(?P<year>1[89]\d\d|20\d\d)(?P<yearnote>[1-9]\d?)(?=$|[\s,;:.)])"
    r"|(?<=[A-Za-z)\]”’\",;:.])(?P<spaced> [1-9]\d{0,2})(?=$|[\s,;:.]))"
)
_NOT_BEFORE_NOTE = {
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "article",
    "articles",
    "chapter",
    "chap",
    "section",
    "sections",
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "no",
    "nos",
    "vol",
    "of",
    "the",
    "and",
    "or",
    "to",
    "from",
    "than",
    "at",
    "in",
    "on",
    "by",
    "for",
    "with",
    "over",
    "under",
    "about",
    "some",
    "least",
    "goal",
    "goals",
    "target",
    "targets",
    "p",
    "pp",
    "art",
    "sect",
    "principle",
    "principles",
    "rule",
    "rules",
    "annex",
    "part",
    "item",
    "items",
    "page",
    "pages",
    "session",
    "protocol",
    "phase",
    "level",
    "table",
    "figure",
    "recommendation",
    "recommendations",
    "point",
    "step",
    "steps",
    "option",
    "tier",
    "class",
    "category",
    "sub",
}
# Every marker holds an ASCII or a superscript digit, or opens "[^" (one character class:
# `\d` or an alternation scans several times slower).
_MAY_HOLD_MARKER_RE = re.compile(rf"[0-9{SUPERSCRIPTS}[]")
_ABBREVIATION_RE = re.compile(
    r"(?:^|\W)(?:Add|Rev|Corr|Amend|Suppl|No|Nos|vol|vols|para|paras|"
    r"art|arts|chap|p|pp|sect|annex)\.$",
    re.I,
)
_NOT_AFTER_NOTE = re.compile(
    r"^\s*(?:per\b|%|percent|years?\b|days?\b|months?\b|weeks?\b|"
    r"hours?\b|States\b|Member\b|countries\b|(?:and|to|or|-|–)\s*\d|million|"
    r"billion|steps\b|times\b|members\b|-)"
)


@dataclass
class MarkerState:
    """What the markers have established so far, in document order."""

    bodies: set[str]
    highest: int = 0
    used: set[str] = field(default_factory=set)
    # Text written from a PDF or Word layout prints every marker as a superscript: plain
    # digits there are text ("an annual 4 trillion"), never a marker.
    superscripts_only: bool = False


_WORD_WINDOW = 64  # the word before a marker is read from this many characters before it


def take_markers(text: str, state: MarkerState) -> tuple[str, list[str], list[int]]:
    """`text` without its footnote markers, the marker numbers in order, and the offset
    in the returned text where each stood. Linear in the text, however many markers."""
    if not _MAY_HOLD_MARKER_RE.search(text):
        return text, [], []
    found: list[str] = []
    parts: list[str] = []  # the text between markers (a year the marker was glued to kept)
    pos = 0
    for match in _MARKER_RE.finditer(text):
        num = _marker_number(match, text, state)
        if num is None:
            continue
        found.append(num)
        state.used.add(num)
        state.highest = max(state.highest, int(num))
        parts.append(text[pos : match.start()] + (match.group("year") or ""))
        pos = match.end()
    if not found:
        return text, found, []
    parts.append(text[pos:])
    tidied, offsets = _TidyLength(), []
    for part in parts[:-1]:
        tidied.add(part)
        offsets.append(tidied.length)
    return _tidy("".join(parts)), found, offsets


def _marker_number(match: re.Match[str], text: str, state: MarkerState) -> str | None:
    if match.group("md"):
        return match.group("mdnum")
    if match.group("sup"):
        digits = match.group("sup").strip().translate(SUPERSCRIPT_DIGITS)
        return digits if len(digits) <= 4 else None  # a run of superscripts is not a note
    if state.superscripts_only:
        return None
    if num := match.group("glued"):
        token = _word_before(text, match.start())
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
    after = text[match.end() : match.end() + 12]
    if not _may_precede_note(_word_before(text, match.start())) or _NOT_AFTER_NOTE.match(after):
        return None
    return num if _fits(num, state, glued=False) else None


def _word_before(text: str, end: int) -> str:
    """The last word of `text[:end]` ("" for none), read from a bounded window so that a
    clause of many markers stays linear; a word cut by the window keeps a letter in front
    of it, so it never reads as starting there."""
    window = text[max(0, end - _WORD_WINDOW) : end]
    words = window.split()
    if not words:
        return ""
    word = words[-1]
    return word if len(words) > 1 or end <= _WORD_WINDOW or window[0].isspace() else "x" + word


class _TidyLength:
    """The length `_tidy` gives the text added so far, kept up to date part by part (tidying
    every prefix again would be quadratic in the number of markers).

    `_tidy` keeps the words (runs without white space) and one space between two words, but
    none before a word that is a single `,;:.` after a word ending in a letter or digit."""

    def __init__(self) -> None:
        self.length = 0
        self.word = 0  # length of the last word so far (0: none yet)
        self.last = ""  # its last character
        self.dropped = False  # the space before the last word was dropped
        self.open = False  # the text so far ends inside a word

    def add(self, part: str) -> None:
        words = part.split()
        if words and self.open and not part[0].isspace():
            self._extend(words[0])
            words = words[1:]
        if words:
            self._words(words)
        if part:
            self.open = not part[-1].isspace()

    def _extend(self, more: str) -> None:
        if self.dropped:  # the word is no longer a lone punctuation mark: the space is back
            self.length += 1
            self.dropped = False
        self.length += len(more)
        self.word += len(more)
        self.last = more[-1]

    def _words(self, words: list[str]) -> None:
        first = self.word > 0 and _drops_space(self.last, words[0])
        joined = " ".join(words)
        inside = 0
        if " ," in joined or " ;" in joined or " :" in joined or " ." in joined:
            inside = len(_SPACE_BEFORE_PUNCTUATION_RE.findall(joined))
        self.length += (self.word > 0 and not first) + len(joined) - inside
        self.dropped = first if len(words) == 1 else _drops_space(words[-2][-1], words[-1])
        self.word, self.last = len(words[-1]), words[-1][-1]


def _drops_space(before: str, word: str) -> bool:
    """`_tidy` drops the space between a word ending in `before` and `word`."""
    return len(word) == 1 and word in ",;:." and (before.isalnum() or before == "_")


def _after_year_or_symbol(token: str) -> bool:
    """ "2003,1" and "79/45,1" end a year or a symbol; "15,500" does not."""
    word = token[:-1]
    return "/" in word or bool(re.fullmatch(r"\(?(?:19|20)\d\d", word))


def _next_with_note(num: str, state: MarkerState) -> bool:
    return int(num) == state.highest + 1 and num in state.bodies


def _may_precede_note(token: str) -> bool:
    """Whether the word before a spaced number lets it be a note ("Court 3", not "para 3")."""
    if not token:
        return False
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


_SPACE_BEFORE_PUNCTUATION_RE = re.compile(r"(?<=\w) ([,;:.])(?= |$)")


def _tidy(text: str) -> str:
    """White space squashed, and none left before a lone `,;:.` that a marker stood before
    ("the report ¹," -> "the report,")."""
    text = " ".join(text.split())
    if " ," in text or " ;" in text or " :" in text or " ." in text:
        text = _SPACE_BEFORE_PUNCTUATION_RE.sub(r"\1", text)
    return text
