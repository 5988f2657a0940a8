"""Opening the highlights database: WAL journal, schema version, and recovery from bad files.

No Qt here. `open_database(path)` never raises: a file that is not a database, is damaged or
has a schema this version does not know is moved aside as `<name>.corrupt-<time>` (with its
`-wal`/`-shm` companions) and a fresh database is started; each such event is reported in
the returned warnings. When even that fails, the store runs in memory and says so. A file
that can be read but not written (read-only file, folder or disk) is copied into memory, so
its highlights show and new ones work for the session; the warning says they cannot be saved.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from resreader.highlights_recover import recover

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE resolutions (
    key TEXT PRIMARY KEY,          -- the symbol, or "sha256:<hex>" for texts without one
    label TEXT NOT NULL,
    title TEXT,
    source TEXT
);
CREATE TABLE highlights (
    key TEXT NOT NULL REFERENCES resolutions(key),
    clause_id TEXT NOT NULL,
    colour TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,         -- ISO 8601, UTC
    position INTEGER,              -- the clause's place in document order, when known
    text TEXT NOT NULL DEFAULT '', -- the clause text when highlighted, for the panel
    PRIMARY KEY (key, clause_id)
);
"""
# Preferences that belong with the highlights (the colour chosen last). Added in place, no
# version bump: earlier versions check only the two tables above and ignore this one.
META = "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
EXPECTED_COLUMNS = {
    "resolutions": ["key", "label", "title", "source"],
    "highlights": ["key", "clause_id", "colour", "note", "created", "position", "text"],
}
SIDECARS = ("-wal", "-shm", "-journal")
MAX_WAL_COPY = 64 * 1024 * 1024  # bytes; a highlights WAL is normally a few kB
DAMAGE = {"SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_FORMAT", "SQLITE_SCHEMA"}


class DamagedError(Exception):
    """The file opened as a database but fails SQLite's own consistency check."""


class SchemaError(DamagedError):
    """The file is a database, but not one of ours (or of a version we do not know)."""


def open_database(path: Path | None) -> tuple[sqlite3.Connection, list[str]]:
    """A ready connection, and what went wrong on the way (empty when nothing did)."""
    if path is None:
        return _connect(":memory:"), []
    if _denied(path):
        return _read_only_copy(path, "no permission to write it or its folder")
    wal = _read_wal(path)  # SQLite deletes the WAL when it closes a file it cannot use
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _connect(str(path)), []
    except (sqlite3.Error, DamagedError, OSError) as err:
        if _is_read_only(err):
            return _read_only_copy(path, _reason(err))
        if not _is_damage(err):  # unreadable, read-only, locked: the file itself may be fine
            return _in_memory(f"Highlights database {path} could not be opened ({_reason(err)})")
        reason = _reason(err)
    moved = _move_aside(path, wal)
    if moved is None:
        return _in_memory(
            f"Highlights database {path} is damaged ({reason}) and could not be moved aside"
        )
    warning = (
        f"Highlights database {path} could not be opened ({reason}); it was moved "
        f"aside to {moved} and a new one was started."
    )
    try:
        conn, more = _connect(str(path)), list[str]()
    except (sqlite3.Error, DamagedError, OSError) as err:
        conn, more = _in_memory(
            f"A new highlights database {path} could not be created ({_reason(err)})"
        )
    return conn, [f"{warning} {_recovered(moved, conn)}", *more]


def _recovered(moved: Path, conn: sqlite3.Connection) -> str:
    """Recover what the moved file still holds; the sentence that tells the user."""
    count = recover(moved, conn)
    if count == 0:
        return f"None of its highlights could be recovered; the damaged file is kept at {moved}."
    what = "1 highlight" if count == 1 else f"{count} of the highlights"
    return f"Recovered {what} from the damaged file {moved}, which is kept."


def _in_memory(problem: str) -> tuple[sqlite3.Connection, list[str]]:
    return _connect(":memory:"), [f"{problem}; highlights are kept only until the app closes."]


def _denied(path: Path) -> bool:
    """The file exists but this user may not write it, or create its journal beside it."""
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _is_read_only(err: BaseException) -> bool:
    # SQLITE_READONLY and its extended codes (…_DBMOVED, …_DIRECTORY, …_RECOVERY, …)
    return str(getattr(err, "sqlite_errorname", "")).startswith("SQLITE_READONLY")


def _read_only_copy(path: Path, reason: str) -> tuple[sqlite3.Connection, list[str]]:
    """The file's highlights, copied into memory: they show, and new ones last the session."""
    warning = (
        f"Highlights database {path} is read-only ({reason}): highlights cannot be "
        "saved and are kept only until the app closes."
    )
    memory = sqlite3.connect(":memory:")
    try:
        _copy_read_only(path, memory)
        if _check_schema(memory):  # an empty file: start the schema in memory
            memory.executescript(f"{SCHEMA} PRAGMA user_version = {SCHEMA_VERSION};")
        memory.execute(META)
    except (sqlite3.Error, DamagedError, OSError):
        memory.close()  # not even readable as ours: an empty store, with the same warning
        return _connect(":memory:"), [warning]
    return memory, [warning]


def _copy_read_only(path: Path, memory: sqlite3.Connection) -> None:
    """Read-only mode needs a `-shm` beside the file, which a read-only folder refuses; then
    the file is read as immutable (a cleanly closed store has no WAL left to miss)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        _backup(sqlite3.connect(uri, uri=True, timeout=5.0), memory)
    except sqlite3.Error as err:
        if not _is_read_only(err) and getattr(err, "sqlite_errorname", "") != "SQLITE_CANTOPEN":
            raise
        _backup(sqlite3.connect(f"{uri}&immutable=1", uri=True), memory)


def _backup(source: sqlite3.Connection, memory: sqlite3.Connection) -> None:
    try:
        _check(source)
        _check_schema(source)
        source.backup(memory)
    finally:
        source.close()


def _is_damage(err: BaseException) -> bool:
    """Not a database, a damaged one, or not ours: moving it aside is the cure."""
    return isinstance(err, DamagedError) or getattr(err, "sqlite_errorname", None) in DAMAGE


def _connect(target: str) -> sqlite3.Connection:
    conn = sqlite3.connect(target, timeout=5.0)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        _check(conn)  # read only: a file that is not ours is left exactly as it was
        fresh = _check_schema(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # a committed highlight survives a crash
        if fresh:
            conn.executescript(f"BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        elif target != ":memory:":
            _probe_write(conn)
        with conn:
            conn.execute(META)
    except BaseException:
        conn.close()
        raise
    return conn


def _probe_write(conn: sqlite3.Connection) -> None:
    """Raise SQLITE_READONLY now, not at the first highlight: a write, rolled back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        conn.execute("ROLLBACK")


def _check(conn: sqlite3.Connection) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        raise DamagedError(f"integrity check failed: {result[0] if result else '?'}")


def _check_schema(conn: sqlite3.Connection) -> bool:
    """True for an empty database (to be created); raises SchemaError if it is not ours."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and not tables:
        return True
    if version != SCHEMA_VERSION:
        raise SchemaError(f"schema version {version}, expected {SCHEMA_VERSION}")
    for table, columns in EXPECTED_COLUMNS.items():
        found = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        if found != columns:
            raise SchemaError(f"table {table!r} has columns {found}, expected {columns}")
    return False


def _read_wal(path: Path) -> bytes | None:
    try:
        wal = path.with_name(path.name + "-wal")
        return wal.read_bytes() if 0 < wal.stat().st_size <= MAX_WAL_COPY else None
    except OSError:
        return None


def _move_aside(path: Path, wal: bytes | None) -> Path | None:
    """Rename the file and its journal companions; None when the rename failed.

    The WAL may hold the last changes made before the damage, so it is kept beside the file
    (from `wal`, read before SQLite had a chance to delete it) and never replayed here."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target, n = path.with_name(f"{path.name}.corrupt-{stamp}"), 2
    while target.exists():
        target, n = path.with_name(f"{path.name}.corrupt-{stamp}-{n}"), n + 1
    try:
        path.rename(target)
        for suffix in SIDECARS:  # a stale WAL must never be replayed into the new database
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(target.with_name(target.name + suffix))
        kept_wal = target.with_name(target.name + "-wal")
        if wal and not kept_wal.exists():
            kept_wal.write_bytes(wal)
    except OSError:
        return None
    return target


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err) or type(err).__name__
