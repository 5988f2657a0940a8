"""Finding the resolution a highlight belongs to: in the library, else in the file it came from.

No Qt here. Highlights are stored by `resolution_key`; the highlights panel and "copy all"
need the parsed Resolution back for citations and typesetting. A file read from disk is
only accepted when its key still matches (the text may have been edited since).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from resreader.errors import ResreaderError
from resreader.highlights import Highlight, resolution_key
from resreader.library import load
from resreader.model import Resolution


class ResolutionFinder:
    """key → Resolution, from the resolutions given first, then from highlights' source files."""

    def __init__(self, resolutions: Iterable[Resolution] = ()) -> None:
        self._known: dict[str, Resolution] = {}
        self._loaded: dict[str, Resolution | None] = {}  # by source path; None: unusable
        self.update(resolutions)

    def update(self, resolutions: Iterable[Resolution]) -> None:
        """Replace the known resolutions (the library was rescanned or a file opened)."""
        self._known = {}
        for res in resolutions:
            self._known.setdefault(resolution_key(res), res)

    def find(self, key: str, source: str | None = None) -> Resolution | None:
        if key in self._known:
            return self._known[key]
        if not source:
            return None
        if source not in self._loaded:
            self._loaded[source] = _read(source)
        res = self._loaded[source]
        return res if res is not None and resolution_key(res) == key else None

    def for_highlight(self, highlight: Highlight) -> Resolution | None:
        return self.find(highlight.key, highlight.source)


def _read(source: str) -> Resolution | None:
    path = Path(source)
    if not path.is_file():
        return None
    try:
        return load(path)
    except ResreaderError:
        return None
