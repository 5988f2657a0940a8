"""Parsed resolutions cached under platformdirs' user_cache_dir, so that a warm start
neither imports the parser nor parses the library again.

Keyed by the file's bytes and the parser's revision; a cache entry that cannot be read is
ignored (and rewritten): the cache is never the reason a file fails to open.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from resreader import __version__
from resreader.model import (
    Annex,
    Footnote,
    PageBox,
    Paragraph,
    Reference,
    Resolution,
    SubParagraph,
)

_PARSING = Path(__file__).resolve().parent / "parsing"


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("resreader", appauthor=False)) / "parsed"


def load_cached(data: bytes, source: str) -> Resolution | None:
    try:
        payload = json.loads(_entry(data).read_text(encoding="utf-8"))
        res = resolution_from_dict(payload)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    res.source = source
    return res


def store(data: bytes, res: Resolution) -> None:
    entry = _entry(data)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(res), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, entry)  # atomic: a reader never sees half an entry
    except OSError:
        pass  # a read-only or full cache only costs speed


def _entry(data: bytes) -> Path:
    digest = hashlib.sha256(data)
    digest.update(_revision().encode())
    return cache_dir() / f"{digest.hexdigest()}.json"


def _revision() -> str:
    """The release, plus the parser sources' times in a checkout (where they change)."""
    try:
        stamps = sorted(p.stat().st_mtime_ns for p in _PARSING.rglob("*.py"))
    except OSError:
        stamps = []
    return f"{__version__}:{stamps[-1] if stamps else 0}:{len(stamps)}"


def resolution_from_dict(d: dict[str, Any]) -> Resolution:
    """The inverse of `dataclasses.asdict(resolution)`."""
    return Resolution(
        **{
            **d,
            "preamble": [_paragraph(p) for p in d["preamble"]],
            "operative": [_paragraph(p) for p in d["operative"]],
            "annexes": [
                Annex(
                    **{
                        **a,
                        "lines": tuple(a["lines"]),
                        "paragraphs": [_paragraph(p) for p in a["paragraphs"]],
                    }
                )
                for a in d["annexes"]
            ],
            "footnotes": [
                Footnote(**{**f, "lines": tuple(f["lines"]), "boxes": _boxes(f)})
                for f in d["footnotes"]
            ],
            "references": [Reference(**r) for r in d["references"]],
        }
    )


def _paragraph(d: dict[str, Any]) -> Paragraph:
    return Paragraph(
        **{
            **d,
            "lines": tuple(d["lines"]),
            "boxes": _boxes(d),
            "subparagraphs": [_sub(s) for s in d["subparagraphs"]],
        }
    )


def _sub(d: dict[str, Any]) -> SubParagraph:
    return SubParagraph(
        **{
            **d,
            "lines": tuple(d["lines"]),
            "boxes": _boxes(d),
            "subparagraphs": [_sub(s) for s in d["subparagraphs"]],
        }
    )


def _boxes(d: dict[str, Any]) -> list[PageBox]:
    return [PageBox(**b) for b in d.get("boxes", [])]
