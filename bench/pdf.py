"""PDF import speed: pages/s of resreader's PDF reader over the corpus PDFs, beside PDFium's
plain text extraction of the same pages in the same run.

Run: .venv/bin/python bench/pdf.py [--passes 5] [--corpus ../shared/corpus-pdf]

Timed per document, on the same bytes:
- "pdfium text" (the baseline): `pdfium.PdfDocument(data)`, then for each page
  `page.get_textpage().get_text_range()`: the least any PDF import must do;
- "read_pdf": `resreader.parsing.pdf.read_pdf(data, source)`, the layout read into laid-out
  text (lines, fonts, positions, furniture);
- "parse": `resreader.parse(data)`, the whole import down to the Resolution.
Goal (issue 9): read_pdf and parse at most 2x the baseline's time, never above 4x (a naive
per-character Python loop is ~5x).

Times are this process's CPU time (`time.process_time`), the best of N passes per document
and method; the passes interleave the methods so load on the machine falls on all alike.
Corpus totals add up the per-document bests.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from tables import table

from resreader.parsing import parse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus-pdf"
GOAL_RATIO, CEILING_RATIO = 2.0, 4.0

Reader = Callable[[bytes, str], object]


@dataclass
class Doc:
    name: str
    data: bytes
    pages: int
    best: dict[str, float] = field(default_factory=dict)  # method -> best CPU seconds
    failed: dict[str, str] = field(default_factory=dict)  # method -> the error


def pdfium_text(data: bytes, source: str) -> int:
    """The baseline: every page's plain text through PDFium; returns the characters read."""
    pdf = pdfium.PdfDocument(data)
    try:
        return sum(len(page.get_textpage().get_text_range()) for page in pdf)
    finally:
        pdf.close()


def full_parse(data: bytes, source: str) -> object:
    return parse(data, source)


def resreader_read_pdf(docs: Sequence[Doc]) -> tuple[Reader | None, str]:
    """read_pdf when it imports and reads the smallest corpus PDF, else None and why not."""
    try:
        from resreader.parsing.pdf import read_pdf
    except ImportError as error:
        return None, f"cannot import resreader.parsing.pdf.read_pdf ({error})"
    small = min(docs, key=lambda d: len(d.data))
    try:
        read_pdf(small.data, small.name)
    except Exception as error:  # noqa: BLE001 (any failure is the reason printed)
        return None, f"{small.name}: {type(error).__name__}: {error}"
    return read_pdf, ""


def load(corpus: Path) -> list[Doc]:
    docs = []
    for path in sorted(corpus.glob("*.pdf")):
        data = path.read_bytes()
        pdf = pdfium.PdfDocument(data)
        docs.append(Doc(path.name, data, len(pdf)))
        pdf.close()
    return docs


def measure(docs: Sequence[Doc], methods: dict[str, Reader], passes: int) -> None:
    """Best CPU time per document and method; a method that fails on a document is noted
    there and not timed again on it."""
    for _ in range(passes):
        for doc in docs:
            for name, run in methods.items():
                if name in doc.failed:
                    continue
                start = time.process_time()
                try:
                    run(doc.data, doc.name)
                except Exception as error:  # noqa: BLE001 (reported, never hidden)
                    doc.failed[name] = f"{type(error).__name__}: {error}"
                    continue
                spent = time.process_time() - start
                doc.best[name] = min(doc.best.get(name, float("inf")), spent)


def totals_rows(docs: Sequence[Doc], methods: Sequence[str]) -> list[tuple[str, ...]]:
    """One row per method over the documents every method read."""
    timed = [d for d in docs if all(m in d.best for m in methods)]
    pages = sum(d.pages for d in timed)
    base = sum(d.best["pdfium text"] for d in timed)
    rows: list[tuple[str, ...]] = []
    for method in methods:
        seconds = sum(d.best[method] for d in timed)
        rows.append(
            (
                method,
                f"{len(timed)}",
                f"{pages}",
                f"{seconds:.3f}",
                f"{1e3 * seconds / pages:.2f}",
                f"{pages / seconds:.0f}",
                f"{seconds / base:.2f}x",
            )
        )
    return rows


def per_doc_rows(docs: Sequence[Doc], methods: Sequence[str]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for doc in docs:
        base = doc.best.get("pdfium text")
        cells = [doc.name, f"{doc.pages}"]
        for method in methods:
            if method not in doc.best:
                cells.append("failed" if method in doc.failed else "-")
            elif method == "pdfium text" or base is None:
                cells.append(f"{doc.pages / doc.best[method]:.0f}")
            else:
                cells.append(f"{doc.pages / doc.best[method]:.0f} ({doc.best[method] / base:.2f}x)")
        rows.append(tuple(cells))
    return rows


def verdicts(docs: Sequence[Doc], methods: Sequence[str]) -> None:
    timed = [d for d in docs if all(m in d.best for m in methods)]
    base = sum(d.best["pdfium text"] for d in timed)
    for method in methods[1:]:
        ratio = sum(d.best[method] for d in timed) / base
        worst = max(timed, key=lambda d: d.best[method] / d.best["pdfium text"])
        worst_ratio = worst.best[method] / worst.best["pdfium text"]
        goal = "meets" if ratio <= GOAL_RATIO else "MISSES"
        ceiling = "under" if worst_ratio <= CEILING_RATIO else "ABOVE"
        print(
            f"{method}: {ratio:.2f}x PDFium's text extraction over the corpus, which {goal} "
            f"the goal of {GOAL_RATIO:.0f}x; worst document {worst.name} at {worst_ratio:.2f}x"
            f" ({worst.pages} pages), {ceiling} the ceiling of {CEILING_RATIO:.0f}x."
        )


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs;"
        f" pypdfium2 {pdfium.PYPDFIUM_INFO}, PDFium {pdfium.PDFIUM_INFO}"
    )
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: pass --corpus DIR", file=sys.stderr)
        return 2
    docs = load(args.corpus)
    if not docs:
        print(f"no PDFs in {args.corpus}", file=sys.stderr)
        return 2
    methods: dict[str, Reader] = {"pdfium text": pdfium_text}
    read_pdf, why = resreader_read_pdf(docs)
    if read_pdf is None:
        print(f"read_pdf not available: {why}; timing the baseline only")
    else:
        methods |= {"read_pdf": read_pdf, "parse": full_parse}
    print(
        f"corpus: {len(docs)} PDFs, {sum(d.pages for d in docs)} pages, "
        f"{sum(len(d.data) for d in docs) / 1e6:.1f} MB, from {args.corpus}; "
        f"best of {args.passes} passes"
    )
    measure(docs, methods, args.passes)
    names = list(methods)
    table(
        "Corpus (documents every method read; ratio: CPU time over PDFium's text extraction)",
        ("method", "docs", "pages", "CPU s", "ms/page", "pages/s", "ratio"),
        totals_rows(docs, names),
    )
    table(
        "Per document: pages/s (ratio to PDFium's text extraction)",
        ("document", "pages", *names),
        per_doc_rows(docs, names),
    )
    for doc in docs:
        for method, error in doc.failed.items():
            print(f"{doc.name}: {method} failed: {error}")
    print()
    if len(names) > 1:
        verdicts(docs, names)
    return 0


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--passes", type=int, default=5, help="timed passes (best is kept)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of PDFs")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
