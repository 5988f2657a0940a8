"""References: the resolutions, decisions and documents a text cites.

Resolutions are cited alone (`resolution 58/220 of 23 December 2003`), in lists
(`resolutions 57/270 B of 23 June 2003, 60/212 of 22 December 2005 and 62/209`), in the
old style (`2200 A (XXI)`) and as Council resolutions (`1325 (2000)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from resreader.model import Reference
from resreader.parsing.patterns import DATE, DATE_RE, SYMBOL_RE, iso_date

_ITEM = (
    r"(?:\d{1,3}/\d{1,4}(?:\s[A-Z](?![\w/]))?"  # 58/220, 57/270 B
    r"|\d{1,4}\s?(?:[A-Z]\s)?\((?:[IVXLC]+|\d{4})\))"
)  # 2200 A (XXI), 1325 (2000)
# The patterns open with a character, their look-behind after it (see patterns.SYMBOL).
_LIST_RE = re.compile(
    r"(R(?<!\wR)esolutions?|r(?<!\wr)esolutions?|D(?<!\wD)ecisions?|d(?<!\wd)ecisions?)"
    rf"\s+((?:{_ITEM})(?:\s+of\s+{DATE})?"
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_ITEM})(?:\s+of\s+{DATE})?)*)"
)
_ITEM_RE = re.compile(rf"({_ITEM})(?:\s+of\s+({DATE}))?")
# "46/159 of 19 December 1991" cited further along a sentence, away from "resolutions".
_DATED_RE = re.compile(
    rf"(\d(?<![\w/.]\d)\d{{0,2}}/\d{{1,4}}(?:\s[A-Z](?![\w/]))?)\s+of\s+({DATE})"
)


def find_references(texts: Iterable[str], own_symbol: str | None) -> list[Reference]:
    refs: list[Reference] = []
    seen: set[str] = set()
    for text in texts:
        for ref in _in_text(text):
            key = ref.target
            if key not in seen and ref.target != own_symbol:
                seen.add(key)
                refs.append(ref)
    return refs


def _in_text(text: str) -> list[Reference]:
    found: list[tuple[int, Reference]] = []
    if "/" not in text and "(" not in text:  # every form cited has one or the other
        return []
    listed = "esolution" in text or "ecision" in text
    for match in _LIST_RE.finditer(text) if listed else ():
        kind = "decision" if match.group(1).lower().startswith("decision") else "resolution"
        for item in _ITEM_RE.finditer(match.group(2)):
            date = DATE_RE.search(item.group(2) or "")
            target = " ".join(item.group(1).split())
            ref = Reference(kind, target, iso_date(date) if date else None)
            found.append((match.start(2) + item.start(), ref))
    if "/" not in text:
        return [ref for _, ref in sorted(found, key=lambda pair: pair[0])]
    for match in _DATED_RE.finditer(text) if " of " in text else ():
        date = DATE_RE.search(match.group(2))
        ref = Reference("resolution", match.group(1), iso_date(date) if date else None)
        found.append((match.start(), ref))
    for match in SYMBOL_RE.finditer(text):
        found.append((match.start(), Reference("document", " ".join(match.group(0).split()))))
    return [ref for _, ref in sorted(found, key=lambda pair: pair[0])]
