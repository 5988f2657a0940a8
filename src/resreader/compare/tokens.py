"""Word tokens for comparison: words and punctuation as separate tokens, each with a key.

A token keeps its raw text *with the whitespace before it*, so joining the raw texts of a
clause gives the clause back exactly; the key is what comparison looks at (normalised per
the options). Hyphenated words and symbols ("South-South", "58/220", "E.78.II.A.11") are
one word: an edit "58/220" -> "60/212" reads as one word changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (whitespace before, token): a word with inner connectors, or one punctuation character.
_TOKEN = re.compile(r"(\s*)(\w+(?:[-‐‑/.'’]\w+)*|[^\w\s])")
_INNER_PUNCT = re.compile(r"[^\w]+")
# Typographic variants that carry no meaning in a resolution: curly vs straight quotes,
# the several hyphens, no-break spaces. Always folded, whatever the options.
_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "‐": "-", "‑": "-",
                             "‒": "-", "–": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Options:
    """What the comparison ignores; `as_dict()` is what `Comparison.options` records."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_footnotes: bool = True

    def as_dict(self) -> dict[str, bool]:
        return {"ignore_case": self.ignore_case,
                "ignore_punctuation": self.ignore_punctuation,
                "ignore_footnotes": self.ignore_footnotes}


@dataclass(frozen=True)
class Tokens:
    """A clause's tokens: parallel lists of comparison keys and raw texts."""

    keys: tuple[str, ...]
    raws: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.keys)


def tokenize(text: str, options: Options) -> Tokens:
    """Split `text` into tokens; under ignore_punctuation punctuation joins the word before it."""
    found = _TOKEN.findall(text)
    raws = [space + token for space, token in found]
    if not options.ignore_punctuation:
        keys = [_key(token, options) for _, token in found]
        return Tokens(tuple(keys), tuple(raws))
    return _merge_punctuation(found, raws, options)


def normalise(text: str, options: Options) -> str:
    """One string that is equal for two texts exactly when the comparison finds no difference."""
    return "\x1f".join(tokenize(text, options).keys)


def _key(token: str, options: Options) -> str:
    token = token.translate(_TYPOGRAPHY)
    return token.casefold() if options.ignore_case else token


def _merge_punctuation(found: list[tuple[str, str]], raws: list[str],
                       options: Options) -> Tokens:
    keys: list[str] = []
    merged: list[str] = []
    pending = ""  # punctuation before the first word rides on that word
    for (_, token), raw in zip(found, raws, strict=True):
        word = _INNER_PUNCT.sub("", token)
        if not word:
            if merged:
                merged[-1] += raw
            else:
                pending += raw
            continue
        keys.append(_key(word, options))
        merged.append(pending + raw)
        pending = ""
    if pending:  # a clause made of punctuation only: keep its text, with an empty key
        keys.append("")
        merged.append(pending)
    return Tokens(tuple(keys), tuple(merged))
