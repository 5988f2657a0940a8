"""Word tokens for comparison: words and punctuation as separate tokens, each with a key.

A token keeps its raw text *with the whitespace before it*, so joining the raw texts of a
clause gives the clause back exactly; the key is what comparison looks at (normalised per
the options). Hyphenated words and symbols ("South-South", "58/220", "E.78.II.A.11") are
one word: an edit "58/220" -> "60/212" reads as one word changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

# A word with inner connectors. No possessive quantifiers: Debian's Python 3.11.2 (CI's)
# mis-handles them on a repeated group, where 3.11.7 does not.
_WORD = r"\w+(?:[-‐‑/.'’‘]\w+)*"
# A word or one punctuation character, with the whitespace before it.
_RAW = re.compile(rf"\s*(?:{_WORD}|\S)")
_SPLIT = re.compile(rf"(\s*)({_WORD}|\S)")
_PUNCT_TO_SPACE = str.maketrans(dict.fromkeys(',;:!?()[]{}"«»…', " "))
_INNER_PUNCT = re.compile(r"[^\w]+")
# Typographic variants that carry no meaning in a resolution: curly vs straight quotes and
# apostrophes, the Unicode hyphens, no-break spaces. Always folded, whatever the options.
# Each maps a character to one of the same class (connector, punctuation, space), so the
# folded text splits into the same tokens as the original.
_TYPOGRAPHY = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "\u00a0": " "}
)


@dataclass(frozen=True)
class Options:
    """What the comparison ignores; `as_dict()` is what `Comparison.options` records."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_footnotes: bool = True

    def as_dict(self) -> dict[str, bool]:
        return {
            "ignore_case": self.ignore_case,
            "ignore_punctuation": self.ignore_punctuation,
            "ignore_footnotes": self.ignore_footnotes,
        }


class Tokens:
    """A clause's tokens: comparison keys, raw texts, and the words alone, with `exact`,
    a string equal for two clauses exactly when their texts compare equal.

    Only `exact` is computed at once (exact matching needs it for every clause, and it is
    a cheap split on whitespace); keys, raws and words wait until asked, since most clauses
    of two versions match exactly and never need them. One imprecision is accepted for
    that: spacing around punctuation ("a ,b" against "a, b") makes `exact` differ although
    the tokens agree; such a pair is reported changed, with no word marked.
    """

    __slots__ = ("_folded", "_keys", "_raws", "_words", "case", "exact", "text")

    def __init__(
        self,
        text: str,
        case: bool,
        keys: tuple[str, ...] | None = None,
        raws: tuple[str, ...] | None = None,
    ) -> None:
        self.text, self.case = text, case
        self._keys, self._raws, self._words = keys, raws, keys
        # Every character _TYPOGRAPHY folds is outside ASCII: most texts skip the pass.
        self._folded = folded = text if text.isascii() else text.translate(_TYPOGRAPHY)
        if keys is not None:
            self.exact = "\x1f".join(keys)
        else:
            self.exact = " ".join((folded.casefold() if case else folded).split())

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def keys(self) -> tuple[str, ...]:
        """What the word diff compares: each token, normalised per the options."""
        if self._keys is None:
            self._keys, self._raws = self._split()
        return self._keys

    @property
    def raws(self) -> tuple[str, ...]:
        """Each token with the whitespace before it: joined, they give the text back."""
        if self._raws is None:
            self._keys, self._raws = self._split()
        return self._raws

    def _split(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        # One pass over the folded text gives both: folding keeps every character's
        # length and class, so the original's tokens sit at the same offsets.
        folded_raws = _RAW.findall(self._folded)
        keys = [raw.lstrip() for raw in folded_raws]
        if self.case:
            keys = [key.casefold() for key in keys]
        if self._folded == self.text:
            return tuple(keys), tuple(folded_raws)
        ends = accumulate(map(len, folded_raws))
        return tuple(keys), tuple(
            self.text[end - len(raw) : end] for raw, end in zip(folded_raws, ends, strict=True)
        )

    @property
    def words(self) -> tuple[str, ...]:
        """The words alone, normalised: what similarity is measured on. Split on spaces and
        stand-alone punctuation without a regex (it runs for every clause left unmatched);
        a full stop stays on its word ("2003."), which similarity does not mind."""
        if self._words is None:
            self._words = tuple(self.exact.translate(_PUNCT_TO_SPACE).split())
        return self._words


def tokenize(text: str, options: Options) -> Tokens:
    """Split `text` into tokens; under ignore_punctuation punctuation joins the word before it."""
    if options.ignore_punctuation:
        return _merge_punctuation(text, options)
    return Tokens(text, options.ignore_case)


def normalise(text: str, options: Options) -> str:
    """One string that is equal for two texts exactly when the comparison finds no difference."""
    return tokenize(text, options).exact


def _key(token: str, options: Options) -> str:
    token = token.translate(_TYPOGRAPHY)
    return token.casefold() if options.ignore_case else token


def _merge_punctuation(text: str, options: Options) -> Tokens:
    keys: list[str] = []
    merged: list[str] = []
    pending = ""  # punctuation before the first word rides on that word
    for space, token in _SPLIT.findall(text):
        word = _INNER_PUNCT.sub("", token)
        if not word:
            if merged:
                merged[-1] += space + token
            else:
                pending += space + token
            continue
        keys.append(_key(word, options))
        merged.append(pending + space + token)
        pending = ""
    tokens = Tokens(text, options.ignore_case, tuple(keys), tuple(merged))
    if pending:  # a clause made of punctuation only: keep its text, with an empty key
        tokens = Tokens(text, options.ignore_case, (*keys, ""), (*merged, pending))
        tokens._words = tuple(keys)
    return tokens
