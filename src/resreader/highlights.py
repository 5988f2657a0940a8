"""Highlighted clauses, kept per resolution in SQLite under `user_data_dir("resreader")`.

No Qt here. A resolution is keyed by its symbol, or by a hash of its clause texts when it has
none (`resolution_key`). Every change is one transaction, so a crash or a kill loses at most
the change in flight. Opening never raises: a bad database is moved aside and `warnings`
says so (see `highlights_db`). Changes that fail on disk raise `HighlightError`.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from resreader.errors import ResreaderError
from resreader.highlights_db import open_database
from resreader.model import Clause, Resolution, SubParagraph

DB_NAME = "highlights.sqlite3"
NOTE_MAX = 500  # characters: a note is a reminder, not an essay
DEFAULT_COLOUR = "yellow"


@dataclass(frozen=True)
class Colour:
    name: str  # what the database stores: "yellow"
    label: str  # what menus show: "Yellow"
    light: str  # background behind dark text
    dark: str  # background behind light text


PALETTE: dict[str, Colour] = {
    c.name: c
    for c in (
        Colour("yellow", "Yellow", "#fff0a0", "#5a4d00"),
        Colour("teal", "Teal", "#aee0ea", "#174a52"),
        Colour("blue", "Blue", "#cfe2fb", "#1c3c61"),
        Colour("pink", "Pink", "#f6cdf0", "#5a2240"),
        Colour("orange", "Orange", "#ffdab0", "#5e3610"),
    )
}
# Names stored by earlier versions: "green" was the diff's "added" green, now teal.
RENAMED = {"green": "teal"}


@dataclass(frozen=True)
class Highlight:
    key: str  # resolution_key() of its resolution
    clause_id: str  # "op7(c)"
    colour: str  # a PALETTE name
    note: str
    created: str  # ISO 8601, UTC
    label: str  # the resolution's label ("A/RES/62/209") when highlighted
    title: str | None
    source: str | None  # the file it was read from
    position: int | None  # the clause's place in document order, when known
    text: str  # the clause text when highlighted (the panel shows its start)


class HighlightError(ResreaderError):
    """A change could not be written (disk full, read-only, …)."""


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("resreader", appauthor=False)) / DB_NAME


def resolution_key(res: Resolution) -> str:
    """The symbol; else "sha256:<hex>" of the normalised clause texts (stable across parses)."""
    if res.symbol and res.symbol.strip():
        return res.symbol.strip()
    texts = (_normalise(c.text) for c in all_clauses(res))
    return "sha256:" + hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def colours() -> list[Colour]:
    return list(PALETTE.values())


def display_colours(found: dict[str, Highlight], dark: bool = False) -> dict[str, str]:
    """clause id → background colour, for `typeset.resolution_html(highlights=...)`."""
    return {
        clause_id: getattr(PALETTE[h.colour], "dark" if dark else "light")
        for clause_id, h in found.items()
        if h.colour in PALETTE
    }


class HighlightStore:
    """All highlights; `path=None` means the default file under the user's data folder."""

    def __init__(self, path: Path | None = None, *, memory: bool = False) -> None:
        self.path = None if memory else (path or default_path())
        self.conn, self.warnings = open_database(self.path)
        self.conn.row_factory = sqlite3.Row

    def colours(self) -> list[Colour]:
        return colours()

    def add(
        self, res: Resolution, clause_id: str, colour: str = DEFAULT_COLOUR, note: str = ""
    ) -> Highlight:
        """Highlight a clause, or recolour it; a non-empty note replaces the old one."""
        colour = _check_colour(colour)
        key, position, text = resolution_key(res), _position(res, clause_id), _text(res, clause_id)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._writing():
            self.conn.execute(
                "INSERT INTO resolutions (key, label, title, source) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET label = excluded.label, "
                "title = excluded.title, source = COALESCE(excluded.source, source)",
                (key, res.label, res.title, res.source),
            )
            self.conn.execute(
                "INSERT INTO highlights (key, clause_id, colour, note, created, position, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key, clause_id) DO UPDATE SET "
                "colour = excluded.colour, position = excluded.position, text = excluded.text, "
                "note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END",
                (key, clause_id, colour, _clean_note(note), now, position, text),
            )
        found = self.get(key, clause_id)
        assert found is not None
        return found

    def remove(self, res: Resolution | str, clause_id: str) -> bool:
        """Remove a highlight; False when there was none."""
        key = _key(res)
        with self._writing():
            gone = self.conn.execute(
                "DELETE FROM highlights WHERE key = ? AND clause_id = ?", (key, clause_id)
            ).rowcount
            self.conn.execute(
                "DELETE FROM resolutions WHERE key = ? AND NOT EXISTS "
                "(SELECT 1 FROM highlights WHERE key = ?)",
                (key, key),
            )
        return gone > 0

    def set_note(self, res: Resolution | str, clause_id: str, note: str) -> bool:
        """Replace the note ("" clears it); False when the clause is not highlighted."""
        return self._update(res, clause_id, "note", _clean_note(note))

    def set_colour(self, res: Resolution | str, clause_id: str, colour: str) -> bool:
        return self._update(res, clause_id, "colour", _check_colour(colour))

    def get(self, res: Resolution | str, clause_id: str) -> Highlight | None:
        row = self.conn.execute(
            f"{_SELECT} WHERE h.key = ? AND h.clause_id = ?", (_key(res), clause_id)
        ).fetchone()
        return _highlight(row) if row else None

    def for_resolution(self, res: Resolution | str) -> dict[str, Highlight]:
        """clause id → highlight, in document order."""
        rows = self.conn.execute(f"{_SELECT} WHERE h.key = ?", (_key(res),)).fetchall()
        return {h.clause_id: h for h in sorted(map(_highlight, rows), key=_clause_order)}

    def all(self) -> list[Highlight]:
        """Every highlight, grouped by resolution (by label), each in document order."""
        rows = self.conn.execute(_SELECT).fetchall()
        return sorted(
            map(_highlight, rows), key=lambda h: (_natural(h.label), h.key, *_clause_order(h))
        )

    def last_colour(self) -> str:
        """The colour chosen last (kept in the database's `meta` table), else the default."""
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'last_colour'").fetchone()
        name = RENAMED.get(row[0], row[0]) if row else DEFAULT_COLOUR
        return name if name in PALETTE else DEFAULT_COLOUR

    def set_last_colour(self, colour: str) -> None:
        colour = _check_colour(colour)
        with self._writing():
            self.conn.execute(
                "INSERT INTO meta (name, value) VALUES ('last_colour', ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (colour,),
            )

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM highlights").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def _update(self, res: Resolution | str, clause_id: str, column: str, value: str) -> bool:
        with self._writing():
            cursor = self.conn.execute(
                f"UPDATE highlights SET {column} = ? WHERE key = ? AND clause_id = ?",
                (value, _key(res), clause_id),
            )
        return cursor.rowcount > 0

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction (`with conn:` commits, or rolls back on error)."""
        try:
            with self.conn:
                yield
        except sqlite3.Error as err:
            where = str(self.path) if self.path else None
            raise HighlightError(f"could not save the highlight: {err}", where) from err


_SELECT = (
    "SELECT h.key, h.clause_id, h.colour, h.note, h.created, h.position, h.text, "
    "r.label, r.title, r.source FROM highlights h JOIN resolutions r ON r.key = h.key"
)


def _highlight(row: sqlite3.Row) -> Highlight:
    colour = RENAMED.get(row["colour"], row["colour"])
    return Highlight(
        key=row["key"],
        clause_id=row["clause_id"],
        colour=colour,
        note=row["note"],
        created=row["created"],
        label=row["label"],
        title=row["title"],
        source=row["source"],
        position=row["position"],
        text=row["text"],
    )


def _key(res: Resolution | str) -> str:
    return res if isinstance(res, str) else resolution_key(res)


def _check_colour(colour: str) -> str:
    """The palette name for `colour` (an old name is renamed); ValueError if unknown."""
    colour = RENAMED.get(colour, colour)
    if colour not in PALETTE:
        raise ValueError(f"unknown highlight colour {colour!r}; one of {', '.join(PALETTE)}")
    return colour


def _clean_note(note: str) -> str:
    return " ".join(note.split())[:NOTE_MAX]


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def all_clauses(res: Resolution) -> Iterator[Clause]:
    """Every clause in document order, annex paragraphs (and their sub-paragraphs) included."""
    yield from res.clauses()
    for annex in res.annexes:
        for para in annex.paragraphs:
            yield para
            yield from _descendants(para.subparagraphs)


def find_clause(res: Resolution, clause_id: str) -> Clause | None:
    return next((c for c in all_clauses(res) if c.id == clause_id), None)


def _descendants(subs: list[SubParagraph]) -> Iterator[SubParagraph]:
    for sub in subs:
        yield sub
        yield from _descendants(sub.subparagraphs)


def _position(res: Resolution, clause_id: str) -> int | None:
    return next((n for n, c in enumerate(all_clauses(res)) if c.id == clause_id), None)


def _text(res: Resolution, clause_id: str) -> str:
    clause = find_clause(res, clause_id)
    return _normalise(clause.text) if clause else ""


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """ "op10" after "op9", "A/RES/100/1" after "A/RES/99/1"."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.findall(r"\d+|\D+", text)
    )


def _clause_order(h: Highlight) -> tuple[int, int, tuple[tuple[int, int | str], ...]]:
    # Known positions first, in document order; then the rest by their ids.
    return (0, h.position, ()) if h.position is not None else (1, 0, _natural(h.clause_id))
