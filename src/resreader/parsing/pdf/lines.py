"""Runs -> lines: the runs on one baseline, left to right, with raised small digits read
as footnote markers and Word's line-end hyphens marked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resreader.parsing.laidout import superscript
from resreader.parsing.pdf.runs import CLOSERS, Run

_SAME_BASELINE = 2.0  # points: runs this close in height stand on one line
_RAISE = 1.0  # a superscript's baseline stands at least this far above the line's
_SMALL = 0.8  # a superscript's size is at most this fraction of the line's
SOFT_HYPHENS = ("\x02", "\ufffe", "\xad")  # Word's line-end hyphen, as PDFium reports it
# Words that end where they stand: a narrow gap after one is still a word break.
_SHORT_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "into", "of", "on", "or", "the", "to", "with"]
)
_DIGITS_RE = re.compile(r"^\s*(\d{1,3}|\*{1,3})\s*$")  # a footnote marker, or a sponsor's "*"


@dataclass
class Line:
    """One printed line: its runs left to right and what they say."""

    page: int
    runs: list[Run] = field(default_factory=list)
    text: str = ""  # footnote markers as superscript digits
    size: float = 0.0  # the font size most of its characters have

    # Read many times once the line is complete: set once, by `measure()`.
    x1: float = 0.0
    baseline: float = 0.0  # of its body text (a raised marker stands higher)
    top: float = 0.0
    bottom: float = 0.0
    bold: bool = False
    body: list[Run] = field(default_factory=list)  # the runs that are not raised markers

    @property
    def x0(self) -> float:
        return self.runs[0].x0

    def measure(self) -> None:
        runs = self.runs
        self.body = [run for run in runs if not self.is_raised(run)] or runs
        self.x1 = max(run.x1 for run in runs)
        self.top = min(run.top for run in runs)
        self.bottom = max(run.bottom for run in runs)
        self.baseline = self.body[0].baseline
        self.bold = all(run.bold for run in self.body if run.text.strip())

    def is_raised(self, run: Run) -> bool:
        return run.size <= self.size * _SMALL and bool(_DIGITS_RE.match(run.text))


def group_lines(runs: list[Run], page: int) -> list[Line]:
    """The page's lines, top to bottom."""
    lines: list[Line] = []
    for run in sorted(runs, key=lambda r: (round(r.baseline, 1), r.x0)):
        if lines and abs(lines[-1].runs[-1].baseline - run.baseline) <= _SAME_BASELINE:
            lines[-1].runs.append(run)
        else:
            lines.append(Line(page, [run]))
    for line in lines:
        line.size = _main_size(line.runs)
    lines = _attach_raised(lines)
    for line in lines:
        line.runs.sort(key=lambda r: r.x0)
        line.text = _line_text(line)
        line.measure()
    return lines


def _main_size(runs: list[Run]) -> float:
    weights: dict[float, int] = {}
    for run in runs:
        key = round(run.size, 1)
        weights[key] = weights.get(key, 0) + len(run.text.strip())
    return max(weights, key=lambda k: weights[k])


def _attach_raised(lines: list[Line]) -> list[Line]:
    """A line of nothing but small digits standing just above another line holds that
    line's footnote markers: it joins it."""
    kept: list[Line] = []
    for k, line in enumerate(lines):
        host = _host(line, lines[k + 1] if k + 1 < len(lines) else None)
        if host is None:
            kept.append(line)
        else:
            host.runs.extend(line.runs)
    return kept


def _host(line: Line, below: Line | None) -> Line | None:
    if below is None or not all(_DIGITS_RE.match(run.text) for run in line.runs):
        return None
    raise_ = below.runs[0].baseline - line.runs[0].baseline
    small = all(run.size <= below.size * _SMALL for run in line.runs)
    return below if small and _RAISE <= raise_ <= below.size * 0.7 else None


def _line_text(line: Line) -> str:
    out = ""
    previous: Run | None = None
    space_owed = False  # the space moved from before a marker to after it: "Rules),⁴ the"
    for run in line.runs:
        piece = run.text
        if line.is_raised(run):
            space_owed = out != out.rstrip()
            out = out.rstrip() + superscript(piece.strip())  # glued to the word it marks
            previous = run
            continue
        if (
            previous is not None
            and previous.guessed_space
            and (_inside_word(previous, run, line) or piece[:1] in CLOSERS)
        ):
            out = out.rstrip()
        elif previous is not None and (
            _needs_space(out, piece, previous, run, line) or (space_owed and piece[:1].isalnum())
        ):
            out += " "
        space_owed = False
        out += piece
        previous = run
    return _normalise(out)


def _inside_word(previous: Run, run: Run, line: Line) -> bool:
    """A run split inside a word of justified roman text: a narrow gap, letters each side,
    one font ("accordanc" | "e with"; not "81st" | "plenary meeting", set in italics)."""
    last_word = previous.text.split()[-1] if previous.text.split() else ""
    return (
        run.x0 - previous.x1 < line.size * 0.25
        and run.text[:1].islower()
        and last_word.isalpha()
        and last_word.lower() not in _SHORT_WORDS
        and not previous.italic
        and not run.italic
        and previous.bold == run.bold
    )


def _needs_space(out: str, piece: str, previous: Run, run: Run, line: Line) -> bool:
    """Word writes its word spaces as characters and splits runs inside words, so a gap
    with no space is a word break only when it is wide, or follows a footnote marker."""
    if not out or out[-1].isspace() or piece[:1].isspace():
        return False
    factor = 0.2 if line.is_raised(previous) else 0.3
    return run.x0 - previous.x1 > line.size * factor


def _normalise(text: str) -> str:
    text = text.replace("\u2011", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()
