"""Where resolutions come from: the bundled seeds, the user's library folder, opened files.

No Qt here: the GUI's list model wraps `Library`, the CLI uses `resolve` and `load`.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from resreader import parse_cache
from resreader.errors import ParseError
from resreader.model import Resolution

DOCUMENT_SUFFIXES = (".txt", ".md", ".pdf", ".docx")  # what the library folder holds
MAX_BYTES = 20 * 1024 * 1024  # a resolution is tens of kB; 20 MB is certainly not one
_BARE_SYMBOL = re.compile(r"^\d{1,3}/\d{1,4}(?: ?[A-Z])?$")


@dataclass
class Entry:
    """One resolution the library knows, parsed once."""

    path: Path
    origin: str  # "seed" | "user" | "opened"
    resolution: Resolution

    @property
    def symbol(self) -> str | None:
        return self.resolution.symbol

    @property
    def title(self) -> str:
        return self.resolution.title or self.path.stem

    @property
    def adopted(self) -> str | None:
        return self.resolution.adopted


def seeds_dir() -> Path:
    """The bundled seeds: package data when installed or frozen, `seeds/` in a checkout."""
    packaged = Path(str(resources.files("resreader"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


def user_library_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("resreader", appauthor=False)) / "library"


def symbol_filename(symbol: str) -> str:
    """ "A/RES/60/212" -> "A-RES-60-212" (the stem the library uses on disk)."""
    return re.sub(r"[/\s]+", "-", symbol.strip())


def normalize_symbol(text: str) -> str:
    """Accept "60/212" as shorthand for "A/RES/60/212"."""
    text = text.strip()
    return f"A/RES/{text}" if _BARE_SYMBOL.match(text) else text


def resolve(name: str, extra_dirs: list[Path] | None = None) -> Path:
    """A path as given, or the library file for a symbol such as `60/212`. A link that
    loops or points nowhere is named as such, not taken for a symbol."""
    path = Path(name)
    try:
        path.stat()
        return path
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise ParseError("a symbolic link loop (the link leads back to itself)", name) from None
        if path.is_symlink():
            raise ParseError("a symbolic link to a file that does not exist", name) from None
        if err.errno not in (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG):
            return path  # there, but unreadable: read_bytes says why
    stem = symbol_filename(normalize_symbol(name)).lower()
    for folder in [seeds_dir(), user_library_dir(), *(extra_dirs or [])]:
        for candidate in _text_files(folder):
            if candidate.stem.lower() == stem:
                return candidate
    raise ParseError("no such file, and no resolution with that symbol in the library", name)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a ParseError naming the file and the reason. Only a regular file
    is read (never a device, a pipe or a socket: `/dev/zero` never ends, a FIFO blocks), and
    never more than MAX_BYTES + 1 bytes, whatever its size says."""
    name = str(path)
    try:
        kind = _special_kind(path.stat().st_mode)
        if kind:
            raise ParseError(kind, name)
        # O_NONBLOCK: a pipe put in the file's place after the stat does not block the open.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            kind = _special_kind(os.fstat(handle.fileno()).st_mode)
            if kind:
                raise ParseError(kind, name)
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise ParseError("a symbolic link loop (the link leads back to itself)", name) from None
        raise ParseError(err.strerror or str(err), name) from None
    if len(data) > MAX_BYTES:
        raise ParseError(f"too large to be a resolution (more than {MAX_BYTES // 2**20} MB)", name)
    return data


def _special_kind(mode: int) -> str | None:
    """Why a file that is not a regular file cannot be read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    kinds = (
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
    )
    kind = next((text for test, text in kinds if test(mode)), "a special file")
    return f"not a regular file but {kind}: only a document saved on disk can be read"


def load(path: Path, use_cache: bool = False) -> Resolution:
    """Parse a file; with `use_cache`, a file parsed before is read from the parse cache."""
    data = read_bytes(path)
    if use_cache and (cached := parse_cache.load_cached(data, str(path))) is not None:
        return cached
    from resreader.parsing import parse

    res = parse(data, source=str(path))
    if use_cache:
        parse_cache.store(data, res)
    return res


class Library:
    """The resolutions the app knows, sorted by adoption date (undated last)."""

    def __init__(self, user_dir: Path | None = None, include_seeds: bool = True) -> None:
        self.user_dir = user_dir or user_library_dir()
        self.include_seeds = include_seeds
        self.entries: list[Entry] = []
        self.errors: list[ParseError] = []

    def scan(self) -> None:
        """(Re)read the seeds and the user's folder; unreadable files land in `errors`."""
        self.entries, self.errors = [], []
        folders = [(seeds_dir(), "seed")] if self.include_seeds else []
        folders.append((self.user_dir, "user"))
        for folder, origin in folders:
            for path in _text_files(folder):
                self._try_add(path, origin)
        self._sort()

    def open(self, path: Path) -> Entry:
        """Parse a file opened by the user; raises ParseError, leaving the library as it was."""
        resolved = path.resolve()
        for entry in self.entries:
            if entry.path.resolve() == resolved:
                return entry
        entry = Entry(path, "opened", load(path, use_cache=True))
        self.entries.append(entry)
        self._sort()
        return entry

    def add_to_library(self, entry: Entry) -> Entry:
        """Copy an opened file into the user's library folder, never overwriting a file."""
        self.user_dir.mkdir(parents=True, exist_ok=True)
        stem = symbol_filename(entry.symbol) if entry.symbol else entry.path.stem
        target = _free_name(self.user_dir, stem, entry.path.suffix or ".txt")
        shutil.copyfile(entry.path, target)
        entry.path, entry.origin = target, "user"
        return entry

    def by_symbol(self, symbol: str) -> Entry | None:
        wanted = normalize_symbol(symbol).lower()
        return next((e for e in self.entries if (e.symbol or "").lower() == wanted), None)

    def _try_add(self, path: Path, origin: str) -> None:
        try:
            self.entries.append(Entry(path, origin, load(path, use_cache=True)))
        except ParseError as err:
            self.errors.append(err)

    def _sort(self) -> None:
        self.entries.sort(key=lambda e: (chronology(e.resolution), e.symbol or ""))


def chronology(res: Resolution) -> str:
    """A key that orders resolutions in time. An undated General Assembly text sorts with
    its session, which opens in September of 1945 + N; nothing else is known ("~" last).
    Only an order: no date is shown or stored that the text does not print."""
    if res.adopted:
        return res.adopted
    if res.session is not None and (res.body in (None, "General Assembly")):
        return f"{1945 + res.session:04d}-09"
    return "~"


def _text_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    target, n = folder / f"{stem}{suffix}", 2
    while target.exists():
        target, n = folder / f"{stem} ({n}){suffix}", n + 1
    return target
