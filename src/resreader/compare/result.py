"""What `compare()` returns: plain data. Views render it; they never compute a diff.

`Comparison.to_dict()` is the JSON contract of `resreader diff --format json`.

`Pair.words` runs keep their whitespace: joining the `equal` and `insert` runs gives B's
clause text, joining the `equal` and `delete` runs gives A's. Equal runs show B's wording;
where A's differs (only in what the comparison ignores: case, quote style, punctuation
under the options) `Pair.a_equal` holds A's, and `Pair.side_runs("a")` puts it back, so
each pane can show its own clause exactly. An added clause is one `insert` run, a removed
clause one `delete` run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from resreader.model import Resolution

STATUSES = ("same", "renumbered", "changed", "moved", "added", "removed")
WordRun = tuple[str, str]  # ("equal" | "delete" | "insert", text)


@dataclass
class Pair:
    """One row of a comparison: a clause of A against its partner in B (either may be None)."""

    status: str  # one of STATUSES
    a: str | None  # clause id in A ("op3", "pp2"), None when added
    b: str | None  # clause id in B, None when removed
    similarity: float = 1.0  # share of words in common, 2·M/(words_a + words_b); 0 if unpaired
    words: list[WordRun] = field(default_factory=list)
    lead_changed: bool = False  # "Calls upon" -> "Encourages"
    migrated: bool = False  # moved between preamble and operative
    subpairs: list[Pair] = field(default_factory=list)
    footnotes_changed: bool = False  # only when footnotes are not ignored
    a_equal: dict[int, str] = field(default_factory=dict)  # index into words -> A's wording

    @property
    def is_change(self) -> bool:
        return self.status != "same"

    def side_runs(self, side: str) -> list[WordRun]:
        """The runs one pane shows, in that side's own wording: side "a" has the equal and
        delete runs, side "b" the equal and insert runs."""
        if side == "b":
            return [run for run in self.words if run[0] != "delete"]
        return [
            ("equal", self.a_equal.get(k, text)) if tag == "equal" else (tag, text)
            for k, (tag, text) in enumerate(self.words)
            if tag != "insert"
        ]

    def side_text(self, side: str) -> str:
        return "".join(text for _, text in self.side_runs(side))

    def walk(self) -> Iterator[Pair]:
        """This pair, then its sub-paragraph pairs at every depth."""
        yield self
        for sub in self.subpairs:
            yield from sub.walk()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "status": self.status,
            "a": self.a,
            "b": self.b,
            "similarity": round(self.similarity, 3),
            "words": [list(run) for run in self.words],
        }
        if self.lead_changed:
            data["lead_changed"] = True
        if self.migrated:
            data["migrated"] = True
        if self.footnotes_changed:
            data["footnotes_changed"] = True
        if self.a_equal:
            data["a_equal"] = {str(k): text for k, text in self.a_equal.items()}
        if self.subpairs:
            data["subpairs"] = [p.to_dict() for p in self.subpairs]
        return data


@dataclass
class Comparison:
    a: Resolution
    b: Resolution
    pairs: list[Pair]  # display order: preamble rows, then operative rows
    footnotes: list[Pair] = field(default_factory=list)  # a/b hold footnote numbers
    options: dict[str, bool] = field(default_factory=dict)

    @property
    def summary(self) -> dict[str, int]:
        counts = Counter(p.status for p in self.pairs)
        return {status: counts.get(status, 0) for status in STATUSES}

    def change_rows(self) -> list[int]:
        return [row for row, pair in enumerate(self.pairs) if pair.is_change]

    def next_change(self, row: int) -> int | None:
        return next((r for r in self.change_rows() if r > row), None)

    def previous_change(self, row: int) -> int | None:
        return next((r for r in reversed(self.change_rows()) if r < row), None)

    def row_of(self, side: str, clause_id: str) -> int | None:
        """The row showing a clause (a sub-paragraph's row is its paragraph's)."""
        for row, pair in enumerate(self.pairs):
            if any(getattr(p, side) == clause_id for p in pair.walk()):
                return row
        return None

    def partner(self, side: str, clause_id: str) -> str | None:
        """The id of the clause paired with `clause_id` of `side` ("a" or "b"), if any."""
        other = "b" if side == "a" else "a"
        for pair in self.pairs:
            for p in pair.walk():
                if getattr(p, side) == clause_id:
                    found: str | None = getattr(p, other)
                    return found
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": {"symbol": self.a.symbol},
            "b": {"symbol": self.b.symbol},
            "options": dict(self.options),
            "summary": self.summary,
            "pairs": [p.to_dict() for p in self.pairs],
            "footnotes": [p.to_dict() for p in self.footnotes],
        }
