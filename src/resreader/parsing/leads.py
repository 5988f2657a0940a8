"""Leads: the opening phrase the UN prints in italics.

Built from the grammar, not a word list: an optional adverb, then a participle or adjective
(preamble: "Recalling", "Deeply concerned", "Mindful") or a verb in the third person
(operative: "Welcomes", "Calls upon"), then fixed extensions ("also", "with appreciation",
"note", "in mind", "its deep concern"). "Takes note of" leads with "Takes note".
"""

from __future__ import annotations

import re

_ADVERB = (
    r"(?:Also|Further|Furthermore|Again|Once again|Strongly|Deeply|Gravely|Seriously|"
    r"Firmly|Fully|Greatly|Further also|Also further|Urgently|Again also|Profoundly|"
    r"Highly|Most|Keenly|Sincerely|Warmly|Particularly|Equally|Similarly|Likewise)"
)
_ADJECTIVES = (
    r"(?:Mindful|Aware|Conscious|Cognizant|Desirous|Confident|Anxious|Fearful|"
    r"Appreciative|Resolved|Committed|Determined|Convinced|Guided|Bearing|Keeping|"
    r"Having|Noting|Taking|Welcoming)"
)
_WITH = (
    r"with (?:deep |grave |great |serious |profound |particular |utmost |sincere |"
    r"strong |increasing |growing |renewed )?(?:appreciation|concern|satisfaction|"
    r"interest|regret|alarm|gratitude|approval|dismay|sorrow|indignation|thanks|"
    r"recognition|condolences|sympathy)"
)
_ITS = (
    r"its (?:deep |grave |great |serious |profound |sincere |full |strong |firm |"
    r"unwavering |continued |continuing |utmost )?(?:appreciation|concern|gratitude|"
    r"support|regret|solidarity|satisfaction|condolences|readiness|commitment|hope|"
    r"determination|conviction|sympathy|thanks|intention|willingness|resolve)"
)
_EXTENSION = (
    rf"(?:\s+(?:also|further|again|once again|anew|note|upon|for|in mind|into account|"
    rf"into consideration|forward|{_WITH}|{_ITS}))"
)
_PARTICIPLE = r"[A-Z][a-z]+(?:ing|ed|en)\b"
_VERB = r"[A-Z][a-z]+s\b"
_LOWER_VERB = r"[a-z]+s\b"

_PREAMBLE_RE = re.compile(
    rf"^(?:(?:{_ADVERB}\s+[a-z]+(?:ing|ed|en|ful|ous|ent|ant|ive)\b)|{_ADJECTIVES}\b|{_PARTICIPLE})"
    rf"(?:\s+(?:in|into)\s+[a-z]+ed\b)?{_EXTENSION}*"
)
_HAVING_RE = re.compile(r"^Having\s+(?:also\s+)?[a-z]+(?:ed|en)\b")
_OPERATIVE_RE = re.compile(
    rf"^(?:{_ADVERB}\s+{_LOWER_VERB}|{_VERB})(?:\s+(?:and|or)\s+(?:also\s+)?{_LOWER_VERB})?"
    rf"{_EXTENSION}*"
)
_NOT_LEADS = {
    "This",
    "Thus",
    "Is",
    "Was",
    "As",
    "Has",
    "Its",
    "His",
    "Yes",
    "Towards",
    "Nations",
    "States",
    "Parties",
    "Countries",
    "Governments",
    "Members",
    "Ibid",
}


def preamble_lead(text: str) -> str | None:
    """The lead of a preambular paragraph, or None when it opens with no participle."""
    match = _HAVING_RE.match(text) or _PREAMBLE_RE.match(text)
    if not match or _looks_like_noun(text, match):
        return None
    return match.group(0)


def operative_lead(text: str) -> str | None:
    """The lead of an operative paragraph (text after its number)."""
    match = _OPERATIVE_RE.match(text)
    if not match or match.group(0).split()[0] in _NOT_LEADS:
        return None
    return match.group(0)


def _looks_like_noun(text: str, match: re.Match[str]) -> bool:
    # "Building …", "Meeting …", "United Nations …": a capitalised -ing/-ed word that is
    # the subject of a heading, not a participle. A lead is followed by text, not a line end.
    word = match.group(0).split()[0]
    rest = text[match.end() :]
    return (
        word
        in {
            "United",
            "Building",
            "Meeting",
            "Proceedings",
            "Following",
            "Financing",
            "Red",
            "Limited",
            "Seed",
        }
        or not rest.strip()
    )
