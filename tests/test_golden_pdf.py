"""Official corpus PDFs against golden files reviewed page by page (tests/golden/pdf/README.md).

A golden holds the truth read off the rendered pages, not what the parser printed: where the
two differ, the section is marked xfail (strict) with what is wrong, so fixing the parser
turns it into an unexpected pass and the mark comes off. The model's `lines` are left out:
they count lines of the parser's own laid-out text and cannot be checked against a page.
The comparison is per section, so a known error in one section does not hide the others.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from conftest import GOLDEN, ROOT
from resreader.library import load

CORPUS_PDF = ROOT.parent / "shared" / "corpus-pdf"
PDF_GOLDEN = GOLDEN / "pdf"
META = (
    "symbol",
    "session",
    "number",
    "title",
    "body",
    "adopted",
    "meeting",
    "agenda_item",
    "report",
)
SECTIONS = ("meta", "preamble", "operative", "annexes", "footnotes", "references", "warnings")

# (document, section) -> what the parser gets wrong; see the README for the pages.
KNOWN: dict[tuple[str, str], str] = {
    ("A-C.2-80-L.7", "meta"): "number 'L.7': a draft's number is null",
    ("A-C.2-80-L.7", "preamble"): "pp7: '(2016– 2025)', a space left where the en dash ends a line",
    ("A-RES-80-133", "preamble"): (
        "pp3: the 4 of 'annual 4 trillion United States dollar' (p. 1, body size, on the "
        "line) read as footnote marker 4: text loses it, footnotes ['1', '4', '2']"
    ),
}


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "lines"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _section(doc: dict[str, Any], section: str) -> Any:
    if section == "meta":
        return {key: doc[key] for key in META}
    return doc[section]


@cache
def _parsed(name: str) -> dict[str, Any]:
    pdf = CORPUS_PDF / f"{name}.pdf"
    if not pdf.is_file():
        pytest.skip(f"{pdf} not present")
    return _strip_lines(load(pdf).to_dict())  # type: ignore[no-any-return]


def _golden(name: str) -> dict[str, Any]:
    return json.loads((PDF_GOLDEN / f"{name}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _cases() -> list[Any]:
    cases = []
    for path in sorted(PDF_GOLDEN.glob("*.json")):
        for section in SECTIONS:
            reason = KNOWN.get((path.stem, section))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(path.stem, section, marks=marks, id=f"{path.stem}-{section}"))
    return cases


@pytest.mark.parametrize(("name", "section"), _cases())
def test_pdf_matches_golden(name: str, section: str) -> None:
    assert _section(_parsed(name), section) == _section(_golden(name), section)


def test_every_known_error_names_a_golden_section() -> None:
    for name, section in KNOWN:
        assert (PDF_GOLDEN / f"{name}.json").is_file() and section in SECTIONS


def test_every_golden_has_a_readme_line() -> None:
    readme = (PDF_GOLDEN / "README.md").read_text(encoding="utf-8")
    for path in PDF_GOLDEN.glob("*.json"):
        assert f"{path.stem}.pdf" in readme, path.name


def test_goldens_are_self_consistent() -> None:
    """Every footnote marker in a golden has its note and every note is marked once or more."""
    for path in PDF_GOLDEN.glob("*.json"):
        doc = _golden(path.stem)
        marked = {num for clause in _clauses(doc) for num in clause["footnotes"]}
        notes = [note["num"] for note in doc["footnotes"]]
        assert len(notes) == len(set(notes)), path.name
        assert marked <= set(notes), (path.name, marked - set(notes))


def _clauses(doc: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            out.append(item)
            walk(item.get("subparagraphs", []))

    walk(doc["preamble"])
    walk(doc["operative"])
    for annex in doc["annexes"]:
        walk(annex["paragraphs"])
    return out
