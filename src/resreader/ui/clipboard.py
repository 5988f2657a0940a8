"""Clauses to the clipboard: HTML, Markdown and plain text at once, each with its citation.

The content comes from `resreader.export` (the same text `resreader export` prints); this
module only packs it into one QMimeData, so a word processor takes the typeset HTML, a
Markdown editor the Markdown and a plain-text field the text. Document text is escaped by
the exporter; nothing here builds markup. Whatever is put, bidi controls are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from resreader.highlight_lookup import ResolutionFinder
from resreader.highlights import Highlight, HighlightStore, all_clauses, resolution_key
from resreader.library import Library
from resreader.model import Resolution
from resreader.safe_text import display_text

MARKDOWN = "text/markdown"
FORMATS = ("html", "markdown", "text")  # the exporter's format names


@dataclass
class Copied:
    """What a copy put on the clipboard, for the status bar."""

    clauses: int = 0
    missing: list[str] = field(default_factory=list)  # resolutions whose text was not found
    gone: list[str] = field(default_factory=list)  # "A/RES/62/209 op14": no longer in the text
    sources: list[str] = field(default_factory=list)  # labels of the resolutions copied from

    def message(self) -> str:
        if not (self.clauses or self.missing or self.gone):
            return "Nothing highlighted to copy"
        plural = "" if self.clauses == 1 else "s"
        done = f"Copied {self.clauses} clause{plural} with citations"
        if self.sources:  # say where they came from, so no side seems left out
            done = f"Copied {self.clauses} highlighted clause{plural} from " + " and ".join(
                self.sources
            )
        if not self.clauses:
            done = "Nothing copied"
        if self.missing:
            done += "; not found, so not copied: " + ", ".join(self.missing)
        if self.gone:
            done += "; no longer in the text: " + ", ".join(self.gone)
        return done


def put_clauses(clipboard: QClipboard, html: str, markdown: str, text: str) -> None:
    """Put all three renderings on the clipboard as one item."""
    _put(clipboard, html=html, markdown=markdown, text=text)


def copy_clauses(
    res: Resolution,
    clause_ids: Sequence[str],
    clipboard: QClipboard,
    notes: dict[str, str] | None = None,
) -> Copied:
    """Copy these clauses of `res` in document order, with citations (and notes, if any).

    Ids the text no longer has (it was edited since they were highlighted) are skipped and
    named in the result; with none left, the clipboard is not touched."""
    ids, gone = _present(res, clause_ids)
    copied = Copied(len(ids), gone=gone)
    if ids:
        html, markdown, text = (
            _export().export_clauses(res, ids, fmt, notes=notes) for fmt in FORMATS
        )
        put_clauses(clipboard, html, markdown, text)
    return copied


def copy_clause(res: Resolution, clause_id: str, clipboard: QClipboard) -> Copied:
    """One clause with its citation, highlighted or not."""
    return copy_clauses(res, [clause_id], clipboard)


def copy_highlights(res: Resolution, store: HighlightStore, clipboard: QClipboard) -> Copied:
    """The highlighted clauses of `res`, in document order, with their notes."""
    found = store.for_resolution(res)
    return copy_clauses(res, list(found), clipboard, _notes(found.values()))


def copy_highlights_of_all(
    resolutions: Sequence[Resolution], store: HighlightStore, clipboard: QClipboard
) -> Copied:
    """The highlighted clauses of each resolution in turn (A's, then B's in Compare), each
    group with its citations and notes; one clipboard item."""
    items: list[tuple[Resolution, list[str], dict[str, str]]] = []
    copied = Copied()
    unique = {resolution_key(res): res for res in resolutions}  # the same one twice: once
    for res in unique.values():
        found = store.for_resolution(res)
        ids, gone = _present(res, found)
        copied.gone += gone
        if ids:
            items.append((res, ids, _notes(found.values())))
            copied.clauses += len(ids)
            copied.sources.append(res.label)
    if items:
        html, markdown, text = (_export().export_multi(items, fmt) for fmt in FORMATS)
        put_clauses(clipboard, html, markdown, text)
    return copied


def copy_all_highlights(
    store: HighlightStore,
    library: Library | ResolutionFinder,
    clipboard: QClipboard,
    highlights: Iterable[Highlight] | None = None,
) -> Copied:
    """Every highlight (or those given, e.g. the panel's filtered list), grouped by resolution.

    A highlight whose resolution is neither in the library nor in its file any more is
    left out and named in the result."""
    finder = (
        library
        if isinstance(library, ResolutionFinder)
        else ResolutionFinder(e.resolution for e in library.entries)
    )
    items: list[tuple[Resolution, list[str], dict[str, str]]] = []
    copied = Copied()
    for key, group in _grouped(store.all() if highlights is None else highlights):
        res = finder.find(key, group[0].source)
        if res is None:
            copied.missing.append(group[0].label)
            continue
        ids, gone = _present(res, [h.clause_id for h in group])
        copied.gone += gone
        if ids:
            items.append((res, ids, _notes(group)))
            copied.clauses += len(ids)
    if items:
        html, markdown, text = (_export().export_multi(items, fmt) for fmt in FORMATS)
        put_clauses(clipboard, html, markdown, text)
    return copied


def copy_redline(pair_words: Sequence[tuple[str, str]], clipboard: QClipboard) -> None:
    """A changed pair as a redline: struck deletions, underlined insertions; text fallback."""
    _put(
        clipboard, html=_export().redline_html(pair_words), text=_export().redline_text(pair_words)
    )


def clear_clipboard_on_quit(app: QCoreApplication) -> None:
    """Offscreen Qt segfaults at exit while the clipboard holds Python-made QMimeData."""
    app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())


def _put(clipboard: QClipboard, *, html: str, text: str, markdown: str | None = None) -> None:
    data = QMimeData()
    data.setHtml(display_text(html))
    if markdown is not None:
        data.setData(MARKDOWN, display_text(markdown).encode("utf-8"))
    data.setText(display_text(text))
    clipboard.setMimeData(data)  # the clipboard takes ownership: keep no reference


def _export() -> ModuleType:
    from resreader import export  # Pygments loads here, on the first copy, not at start-up

    return export


def _present(res: Resolution, clause_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """(ids the resolution has, "<label> <id>" for those it does not)."""
    known = {c.id for c in all_clauses(res)}
    ids = list(dict.fromkeys(clause_ids))
    return [i for i in ids if i in known], [f"{res.label} {i}" for i in ids if i not in known]


def _notes(highlights: Iterable[Highlight]) -> dict[str, str]:
    return {h.clause_id: h.note for h in highlights if h.note}


def _grouped(highlights: Iterable[Highlight]) -> list[tuple[str, list[Highlight]]]:
    groups: dict[str, list[Highlight]] = {}
    for h in highlights:
        groups.setdefault(h.key, []).append(h)
    return list(groups.items())
