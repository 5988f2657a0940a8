"""Regular expressions shared by the parsing rules."""

from __future__ import annotations

import re

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DATE = r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})"
DATE_RE = re.compile(DATE)

# Document symbols: A/60/257, A/RES/68/230, A/C.2/54/L.5, A/68/443/Add.2, S/RES/2334 (2016),
# E/CN.6/2020/L.1, A/CONF.199/20. At least one slash, upper-case series, digits at the end.
# Each series opens with its own letter, the look-behind (not after a word or "/") after it:
# a pattern that starts with letters lets the engine skip to the next candidate letter, where
# a look-behind first is tried at every character (four times slower on clause text).
_SERIES = "|".join(
    f"{name[0]}(?<![\\w/]{name[0]}){name[1:]}"
    for name in ("ST", "S", "A", "E", "TD", "UNEP", "DP", "ICCD", "FCCC")
)
SYMBOL = (
    rf"(?:{_SERIES})(?:/(?:[A-Z][A-Za-z]*\.?\d*|\d+[A-Z]?)"
    r"(?:\.\d+)*)+(?:\s\(\d{4}\))?"
)
SYMBOL_RE = re.compile(SYMBOL)
LONE_SYMBOL_RE = re.compile(r"^\*?(?:United Nations\s+)?(" + SYMBOL + r")\*?$")

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")

# "12. Decides …", "- 12. Decides", "1." alone on its line (page-layout extraction). Up to
# four digits: a long text (a consolidated list, an annexed programme) runs past 999.
OPERATIVE_RE = re.compile(r"^(?:[-*•]\s+)?(\d{1,4})\.(?:\s+(?=\S)|$)")
# "(a) …", "(ii) …", "- (c) …"
SUBPARA_RE = re.compile(r"^(?:[-*•]\s+)?\(([a-z]{1,2}|[ivxlc]{1,6})\)(?:\s+|$)")
BODY_RE = re.compile(
    r"^\*?The ((?:General Assembly|Security Council|Economic and Social Council|"
    r"Human Rights Council|Trusteeship Council|"
    r"[A-Z][\w-]*(?: [\w-]+){0,5})),?\*?$"
)
HEADING_RE = re.compile(r"^(\d{1,3}(?:\s?[A-Z])?)/(\d{1,4})(\s?[A-Z])?\.\s+(\S.*)$")
# "78th plenary meeting", "50th (resumed) plenary meeting"
MEETING_RE = re.compile(
    r"^\*?(\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting)\*?\s*(.*)$", re.I
)
ANNEX_RE = re.compile(r"^\*?Annex(?:es)?(?:\s+[IVX\d]+)?\*?$")
RULE_RE = re.compile(r"^\s*(?:_{4,}|-{3,}|\*{3,}|—{3,})\s*$")
# `*Takes note*`, `**bold**`, `_x_`. The emphasised text never holds its own delimiter, so
# an opening that finds no closing gives up at the next `*` (or `_`): linear in the line,
# where `.+?` would scan to the line's end from every unmatched `*`. Each alternative opens
# with its delimiter, the look-behind (not after a word or a `*`) just after it, so that the
# engine jumps from delimiter to delimiter.
_CLOSE = r"(?:(?![\w*])|(?=[⁰¹²³⁴⁵⁶⁷⁸⁹]))"
MARKDOWN_EMPHASIS_RE = re.compile(
    rf"\*(?<![\w*\\]\*)(?:\*(?=\S)(?P<s2>[^*]+?)(?<=\S)\*\*{_CLOSE}"
    rf"|(?=\S)(?P<s1>[^*]+?)(?<=[^\s\\])\*{_CLOSE})"  # an escaped \* neither opens nor closes
    rf"|_(?<![\w*]_)(?:_(?=\S)(?P<b2>[^_]+?)(?<=\S)__{_CLOSE}|(?=\S)(?P<b1>[^_]+?)(?<=\S)_{_CLOSE})"
)


def iso_date(match: re.Match[str]) -> str:
    day, month, year = match.groups()[-3:]
    return f"{int(year):04d}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"


def strip_markdown(text: str) -> str:
    """Drop emphasis markers (*Takes note*, **bold**) and keep their text."""
    if "*" not in text and "_" not in text:
        return text
    return MARKDOWN_EMPHASIS_RE.sub(r"\g<s2>\g<s1>\g<b2>\g<b1>", text).replace("\\*", "*")


# After a suspended hyphen: "pre- and post-conflict", "short- to medium-term".
SUSPENDED_HYPHEN_WORDS = frozenset({"and", "or", "to", "nor", "and/or"})
# Each pattern opens with its literal "-" (the look-behind after it): the engine then jumps
# from hyphen to hyphen instead of trying the look-behind at every character.
_HYPHEN_SPACE_RE = re.compile(r"-(?<=[^\W\d_]-) +(?=([^\W\d_]+))")


def join_hyphens(text: str) -> str:
    """`Nuclear- Weapon-Free` (a line break re-flowed into a space) -> `Nuclear-Weapon-Free`;
    a suspended hyphen stays: `pre- and post-conflict`."""
    if "- " not in text:
        return text
    return _HYPHEN_SPACE_RE.sub(_hyphen, text)


def _hyphen(match: re.Match[str]) -> str:
    return match.group(0) if match.group(1).lower() in SUSPENDED_HYPHEN_WORDS else "-"


def squash(text: str) -> str:
    """White space runs as single spaces, none at the ends. Every white space character but
    the space is unprintable (a separator or a control), so printable text without a double
    space is already squashed: checked in C, without splitting into words."""
    if "  " not in text and text.isprintable() and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
