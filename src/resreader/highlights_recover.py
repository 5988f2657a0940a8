"""What a damaged highlights database still holds, copied into the fresh one.

No Qt here. `open_database` moves a damaged file aside and starts a new one; `recover` then
reads what SQLite can still read from the moved file — table by table, row by row in rowid
order, stepping past rows on damaged pages — and inserts it into the new database. The
damaged file is only read (a copy of it, so not even its journal is touched) and is kept.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

MAX_FAILURES = 10_000  # read errors tolerated per table: a few damaged pages, not a shredded file
COLUMNS = {
    "resolutions": ("key", "label", "title", "source"),
    "highlights": ("key", "clause_id", "colour", "note", "created", "position", "text"),
}
REQUIRED = {"key", "clause_id", "colour", "created"}  # a highlight without these is not one


def recover(damaged: Path, fresh: sqlite3.Connection) -> int:
    """Copy the readable highlights of `damaged` into `fresh`; how many were recovered."""
    try:
        with tempfile.TemporaryDirectory(prefix="resreader-recover-") as folder:
            copy = Path(folder) / "damaged.sqlite3"
            shutil.copyfile(damaged, copy)
            wal = damaged.with_name(damaged.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            source = sqlite3.connect(copy)
            try:
                return _copy_rows(source, fresh)
            finally:
                source.close()
    except (OSError, sqlite3.Error):
        return 0


def _copy_rows(source: sqlite3.Connection, fresh: sqlite3.Connection) -> int:
    resolutions = {row["key"]: row for row in _readable(source, "resolutions")}
    highlights = [
        row
        for row in _readable(source, "highlights")
        if all(row.get(c) is not None for c in REQUIRED)
    ]
    with fresh:
        for row in highlights:
            # A highlight whose resolution row was lost keeps its key as the label.
            known = resolutions.get(row["key"]) or {"key": row["key"], "label": row["key"]}
            _insert(fresh, "resolutions", known)
        before = fresh.total_changes
        for row in highlights:
            _insert(fresh, "highlights", row)
        return fresh.total_changes - before


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    columns = [c for c in COLUMNS[table] if row.get(c) is not None]
    marks = ", ".join("?" for _ in columns)
    conn.execute(
        f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})",
        [row[c] for c in columns],
    )


def _readable(source: sqlite3.Connection, table: str) -> Iterator[dict[str, object]]:
    """The rows SQLite can read, in rowid order; a damaged row (or page) is stepped over."""
    try:
        present = {row[1] for row in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.Error:
        return
    columns = [c for c in COLUMNS[table] if c in present]
    if "key" not in columns:
        return
    query = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE rowid > ? ORDER BY rowid"
    last, failures = -(2**63), 0
    while failures < MAX_FAILURES:
        try:
            for row in source.execute(query, (last,)):
                last = row[0]
                yield dict(zip(columns, row[1:], strict=True))
            return
        except sqlite3.Error:
            failures, last = failures + 1, last + 1  # past the row that could not be read
