"""Where a line stands on its page says what it is: the first page's masthead, a running
header or footer, a footnote under the rule at the page bottom, or body text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from resreader.parsing.pdf.lines import Line
from resreader.parsing.pdf.runs import Rule

_HEADER_BAND = 72.0  # points from the top edge: the running header of later pages
_FOOTER_BAND = 50.0  # points from the bottom edge: job number, page number, barcode
_NOTE_RULE_RE = re.compile(r"^_{5,}$")
_FURNITURE_RE = re.compile(
    r"^\d+/\d+$|\b\d{2}-\d{5}\b|^\*\d{5,}\*$|^[A-Z]{1,4}(?:/[\w.]+){2,}|Please recycle"
)


@dataclass
class PageZones:
    """One page's lines, sorted by what they are."""

    page: int
    masthead: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)


def split_zones(page: int, lines: list[Line], rules: list[Rule], height: float) -> PageZones:
    zones = PageZones(page)
    masthead_end = _masthead_end(rules, height) if page == 0 else 0.0
    notes_from = _notes_start(lines, rules, height)
    body_size = _body_size(lines)
    for line in lines:
        baseline = line.baseline
        in_band = baseline > height - _FOOTER_BAND or (page > 0 and baseline < _HEADER_BAND)
        if in_band and _looks_like_furniture(line, body_size):
            zones.furniture.append(line)
        elif baseline < masthead_end:
            zones.masthead.append(line)
        elif baseline >= notes_from:
            if not _NOTE_RULE_RE.match(line.text):
                zones.notes.append(line)
        else:
            zones.body.append(line)
    return zones


def _body_size(lines: list[Line]) -> float:
    sizes = Counter(line.size for line in lines)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _looks_like_furniture(line: Line, body_size: float) -> bool:
    """Running headers and footers are set small, or say a page number, a job number, a
    barcode or a symbol; text of the body's size near an edge is kept (and read)."""
    return line.size < body_size - 0.5 or bool(_FURNITURE_RE.search(line.text))


def _masthead_end(rules: list[Rule], height: float) -> float:
    """The masthead of the first page closes with a full-width rule in its upper part."""
    upper = [rule.y for rule in rules if rule.y < height * 0.4]
    return max(upper) if upper else 0.0


def _notes_start(lines: list[Line], rules: list[Rule], height: float) -> float:
    """The top of the footnote block: a line of underscores or a short drawn rule in the
    lower half of the page, with smaller text under it."""
    for line in lines:
        if _NOTE_RULE_RE.match(line.text) and line.baseline > height * 0.3:
            return line.baseline - 0.5
    drawn = [
        rule.y
        for rule in rules
        if rule.y > height * 0.5 and rule.x1 - rule.x0 < 250 and rule.y < height - 50
    ]
    for y in sorted(drawn):
        if _small_text_under(lines, y, height):
            return y
    return height


def _small_text_under(lines: list[Line], y: float, height: float) -> bool:
    """Footnotes under a rule are set smaller than the text: an underlined word is not."""
    sizes = Counter(line.size for line in lines if line.baseline < y)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    under = [line for line in lines if y < line.baseline <= height - _FOOTER_BAND]
    return bool(under) and all(line.size < body - 0.5 for line in under)
