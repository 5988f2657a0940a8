"""Reading pane and export: what lexing, typesetting and Qt's HTML import cost per document.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/typeset.py [FILE ...]

Defaults to the longest seed and, when ../shared/corpus is present, its longest file.
Prints the median of several runs for: lexing the whole source text, `resolution_html`,
QTextDocument.setHtml + layout at 760 px, and exporting every clause as HTML.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from resreader import parse
from resreader.export import export_clauses
from resreader.lexer import get_lexer
from resreader.typeset import resolution_html

ROOT = Path(__file__).resolve().parents[1]


def median_ms(work: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def default_files() -> list[Path]:
    files = [max((ROOT / "seeds").glob("*.*"), key=lambda p: p.stat().st_size)]
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        files.append(max(corpus.glob("A-RES-*"), key=lambda p: p.stat().st_size))
    return files


def main(paths: list[Path]) -> None:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - fonts need an app
    lexer = get_lexer(stripnl=False, ensurenl=False)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        res = parse(text, source=str(path))
        html = resolution_html(res, library_symbols={"A/RES/60/1"})
        ids = [c.id for c in res.clauses()]

        def qt_import(markup: str = html) -> None:
            doc = QTextDocument()
            doc.setHtml(markup)
            doc.setTextWidth(760)
            doc.documentLayout().documentSize()

        print(
            f"{path.name}: {len(text)} chars, {len(ids)} clauses, "
            f"{sum(len(a.paragraphs) for a in res.annexes)} annex paragraphs"
        )
        print(f"  lex source        {median_ms(lambda t=text: list(lexer.get_tokens(t))):7.1f} ms")
        print(
            f"  resolution_html   {median_ms(lambda r=res: resolution_html(r)):7.1f} ms"
            f"  ({len(html)} chars of HTML)"
        )
        print(f"  Qt setHtml+layout {median_ms(qt_import):7.1f} ms")
        print(
            f"  export all (html) "
            f"{median_ms(lambda r=res, i=ids: export_clauses(r, i, 'html')):7.1f} ms"
        )


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or default_files())
