"""UN-style citations of clauses, and the symbols that cited resolutions stand for.

"A/RES/62/209, para. 12", "A/RES/62/209, sixth preambular paragraph",
"A/RES/62/209, para. 7 (c) (ii)", "A/RES/80/9, annex, para. 18 (a)".
"""

from __future__ import annotations

import re

from resreader.model import Annex, Clause, Paragraph, Resolution, SubParagraph

__all__ = ["cite", "cited_symbol", "ordinal", "ordinal_words"]

WORDED_ORDINALS = 60  # "sixtieth preambular paragraph"; beyond it "61st preambular paragraph"

_UNITS = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_IRREGULAR = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def ordinal_words(n: int) -> str:
    """1 -> "first", 21 -> "twenty-first", 60 -> "sixtieth" (1 to 99)."""
    if not 1 <= n <= 99:
        raise ValueError(f"no ordinal word for {n}")
    tens, units = divmod(n, 10)
    if n < 20:
        return _ordinal_of(_UNITS[n])
    if units == 0:
        return _TENS[tens][:-1] + "ieth"  # twenty -> twentieth
    return f"{_TENS[tens]}-{_ordinal_of(_UNITS[units])}"


def _ordinal_of(cardinal: str) -> str:
    return _IRREGULAR.get(cardinal, cardinal + "th")


def ordinal(n: int) -> str:
    """In words up to WORDED_ORDINALS, then "61st", "62nd", "111th"."""
    if 1 <= n <= WORDED_ORDINALS:
        return ordinal_words(n)
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def cite(res: Resolution, clause: Clause) -> str:
    """The citation of `clause`: the resolution's symbol (or title), then where it sits."""
    return f"{res.symbol or res.title or res.label}, {locate(res, clause)}"


def locate(res: Resolution, clause: Clause) -> str:
    """Where `clause` sits: "para. 7 (c)", "sixth preambular paragraph", "annex, para. 2"."""
    for annex, paragraphs in _containers(res):
        for index, para in enumerate(paragraphs, start=1):
            chain = _chain(para, clause)
            if chain is None:
                continue
            place = _paragraph_place(para, index, in_annex=annex is not None)
            markers = " ".join(sub.num for sub in chain)
            place = f"{place} {markers}" if markers else place
            return f"{_annex_name(res, annex)}, {place}" if annex else place
    raise ValueError(f"{clause.id} is not a clause of {res.label}")


def _containers(res: Resolution) -> list[tuple[Annex | None, list[Paragraph]]]:
    return [
        (None, res.preamble),
        (None, res.operative),
        *((annex, annex.paragraphs) for annex in res.annexes),
    ]


def _chain(para: Paragraph, clause: Clause) -> list[SubParagraph] | None:
    """The sub-paragraphs leading from `para` down to `clause` ([] for `para` itself)."""
    if para.id == clause.id:
        return []
    stack: list[tuple[list[SubParagraph], list[SubParagraph]]] = [([], para.subparagraphs)]
    while stack:
        path, subs = stack.pop()
        for sub in subs:
            if sub.id == clause.id:
                return [*path, sub]
            stack.append(([*path, sub], sub.subparagraphs))
    return None


def _paragraph_place(para: Paragraph, index: int, in_annex: bool) -> str:
    if para.num is not None:
        return f"para. {para.num}"
    if in_annex:  # an annex's unnumbered paragraphs are not a preamble
        return f"{ordinal(index)} paragraph"
    return f"{ordinal(_preamble_number(para, index))} preambular paragraph"


def _preamble_number(para: Paragraph, index: int) -> int:
    match = re.fullmatch(r"pp(\d+)", para.id)
    return int(match.group(1)) if match else index


def _annex_name(res: Resolution, annex: Annex) -> str:
    if len(res.annexes) == 1:
        return "annex"
    return f"annex {_roman(res.annexes.index(annex) + 1)}"


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += letters * count
    return out


def cited_symbol(cited: str) -> str:
    """The symbol a citation in running text stands for: "58/220" -> "A/RES/58/220",
    "2334 (2016)" -> "S/RES/2334 (2016)", "2200 A (XXI)" -> "A/RES/2200 A (XXI)"."""
    cited = " ".join(cited.split())
    if re.fullmatch(r"\d{3,4} \((?:19|20)\d\d\)", cited):
        return f"S/RES/{cited}"
    return f"A/RES/{cited}"
