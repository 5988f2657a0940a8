"""List numbering definitions (word/numbering.xml) and how Word writes a number.

A paragraph names a list instance (w:num, by numId) and a level (ilvl); the instance points
to an abstract definition (w:abstractNum) whose levels give the start value, the format
(decimal, lowerLetter, lowerRoman …) and the text ("%1.", "(%2)"). An instance may override
a level's start (w:lvlOverride/w:startOverride) or the whole level. An abstract definition
may only link to a numbering style (w:numStyleLink) whose list holds the real levels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from resreader.parsing.docx.package import W
from resreader.parsing.docx.styles import Styles, flag

_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]
LEVELS = 9  # Word lists have levels 0–8


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # w:lvlText; None means "%<level+1>."
    restart: int | None = None  # w:lvlRestart (one-based); 0 never restarts
    legal: bool = False  # w:isLgl: every number shown as decimal
    style: str | None = None  # w:pStyle: the paragraph style this level belongs to


@dataclass
class ListInstance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride by level
    levels: dict[int, Level] = field(default_factory=dict)  # whole-level overrides


class Numbering:
    def __init__(self, root: Element | None, styles: Styles) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self._style_links: dict[str, str] = {}  # abstractNumId -> numbering style id
        self.instances: dict[str, ListInstance] = {}
        self._styles = styles
        self._levels: dict[tuple[str, int], Level] = {}
        if root is None:
            return
        for el in root.iter(W + "abstractNum"):
            self._add_abstract(el)
        for el in root.iter(W + "num"):
            self._add_instance(el)

    def _add_abstract(self, el: Element) -> None:
        key = el.get(W + "abstractNumId", "")
        self.abstracts[key] = {lvl: level for lvl, level in map(_level, el.iter(W + "lvl"))}
        link = el.find(W + "numStyleLink")
        if link is not None and link.get(W + "val"):
            self._style_links[key] = link.get(W + "val", "")

    def _add_instance(self, el: Element) -> None:
        abstract = el.find(W + "abstractNumId")
        num_id = el.get(W + "numId")
        if abstract is None or num_id is None:
            return
        inst = ListInstance(abstract.get(W + "val", ""))
        for over in el.iter(W + "lvlOverride"):
            ilvl = _int(over.get(W + "ilvl"), 0)
            start = over.find(W + "startOverride")
            if start is not None:
                inst.starts[ilvl] = _int(start.get(W + "val"), 0)
            lvl = over.find(W + "lvl")
            if lvl is not None:
                inst.levels[ilvl] = _level(lvl)[1]
        self.instances[num_id] = inst

    def abstract_of(self, num_id: str) -> str | None:
        """The abstract definition whose counters a list instance shares."""
        inst = self.instances.get(num_id)
        if inst is None:
            return None
        key, seen = inst.abstract, set()
        while key in self._style_links and key not in seen:  # numStyleLink -> the style's list
            seen.add(key)
            style_num = self._styles.numbering(self._style_links[key])
            linked = self.instances.get(style_num[0]) if style_num else None
            if linked is None:
                break
            key = linked.abstract
        return key

    def level(self, num_id: str, ilvl: int) -> Level:
        key = (num_id, ilvl)
        if key not in self._levels:
            self._levels[key] = self._find_level(num_id, ilvl)
        return self._levels[key]

    def _find_level(self, num_id: str, ilvl: int) -> Level:
        inst = self.instances.get(num_id)
        if inst is not None and ilvl in inst.levels:
            return inst.levels[ilvl]
        abstract = self.abstract_of(num_id)
        return self.abstracts.get(abstract or "", {}).get(ilvl, Level())

    def style_level(self, num_id: str, style: str | None) -> int:
        """The level a numbered paragraph style stands at: the level that names it, or 0."""
        abstract = self.abstracts.get(self.abstract_of(num_id) or "", {})
        levels = sorted(abstract.items())
        return next((ilvl for ilvl, lvl in levels if style and lvl.style == style), 0)


def _level(el: Element) -> tuple[int, Level]:
    def val(name: str) -> str | None:
        child = el.find(W + name)
        return child.get(W + "val") if child is not None else None

    restart = val("lvlRestart")
    text = val("lvlText")
    return _int(el.get(W + "ilvl"), 0), Level(
        start=_int(val("start"), 1),
        fmt=val("numFmt") or "decimal",
        text=text,
        restart=_int(restart, 0) if restart is not None else None,
        legal=bool(flag(el, "isLgl")),
        style=val("pStyle"),
    )


_WORD_MAX = 32767  # Word's own ceiling for a list's start and level values


def _int(value: str | None, default: int) -> int:
    try:
        number = int(value) if value is not None else default
        return max(-_WORD_MAX, min(number, _WORD_MAX))  # a huge start is a hostile file
    except ValueError:
        return default


def format_number(n: int, fmt: str) -> str:
    """A counter value as Word shows it in a level of format `fmt`."""
    if fmt in {"lowerLetter", "upperLetter"} and n > 0:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in {"lowerRoman", "upperRoman"} and 0 < n < 4000:
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out += numeral * count
    return out
