"""Official corpus PDFs against golden files reviewed page by page (tests/golden/pdf/README.md).

A golden holds the truth read off the rendered pages, not what the parser printed: where the
two differ, the section is marked xfail (strict) with what is wrong, so fixing the parser
turns it into an unexpected pass and the mark comes off. The model's `lines` are left out:
they count lines of the parser's own laid-out text and cannot be checked against a page.
The comparison is per section, so a known error in one section does not hide the others.

A golden with "kind": "structure" (the 56-page A/RES/79/1) holds, for every clause in
document order (sub-paragraphs after their parent), its id, lead, footnotes and first and
last eight words; the annex titles; the footnote numbers. Each annex is its own section.
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
STRUCTURE_SECTIONS = ("meta", "preamble", "operative", "footnotes")

# (document, section) -> what the parser gets wrong; see the README for the pages.
KNOWN: dict[tuple[str, str], str] = {}


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "lines"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _section(doc: dict[str, Any], section: str) -> Any:
    if section == "meta":
        return {key: doc[key] for key in META}
    if section.startswith("annex"):  # one annex of a structural golden
        return next((annex for annex in doc["annexes"] if annex["id"] == section), None)
    return doc[section]


def _structure(doc: dict[str, Any]) -> dict[str, Any]:
    """The model reduced to what a structural golden holds."""
    out: dict[str, Any] = {key: doc[key] for key in META}
    out["preamble"] = [_outline(c) for c in _walk(doc["preamble"])]
    out["operative"] = [_outline(c) for c in _walk(doc["operative"])]
    out["annexes"] = [
        {
            "id": a["id"],
            "title": a["title"],
            "clauses": [_outline(c) for c in _walk(a["paragraphs"])],
        }
        for a in doc["annexes"]
    ]
    out["footnotes"] = [note["num"] for note in doc["footnotes"]]
    return out


def _outline(clause: dict[str, Any]) -> dict[str, Any]:
    words = clause["text"].split()
    return {
        "id": clause["id"],
        "lead": clause.get("lead"),
        "footnotes": clause["footnotes"],
        "first": " ".join(words[:8]),
        "last": " ".join(words[-8:]),
    }


@cache
def _parsed(name: str) -> dict[str, Any]:
    pdf = CORPUS_PDF / f"{name}.pdf"
    if not pdf.is_file():
        pytest.skip(f"{pdf} not present")
    return _strip_lines(load(pdf).to_dict())  # type: ignore[no-any-return]


def _golden(name: str) -> dict[str, Any]:
    return json.loads((PDF_GOLDEN / f"{name}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _sections(golden: dict[str, Any]) -> tuple[str, ...]:
    if golden.get("kind") != "structure":
        return SECTIONS
    return (*STRUCTURE_SECTIONS, *(annex["id"] for annex in golden["annexes"]))


def _cases() -> list[Any]:
    cases = []
    for path in sorted(PDF_GOLDEN.glob("*.json")):
        for section in _sections(_golden(path.stem)):
            reason = KNOWN.get((path.stem, section))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(path.stem, section, marks=marks, id=f"{path.stem}-{section}"))
    return cases


@pytest.mark.parametrize(("name", "section"), _cases())
def test_pdf_matches_golden(name: str, section: str) -> None:
    golden = _golden(name)
    parsed = _structure(_parsed(name)) if golden.get("kind") == "structure" else _parsed(name)
    assert _section(parsed, section) == _section(golden, section)


def test_every_known_error_names_a_golden_section() -> None:
    for name, section in KNOWN:
        assert section in _sections(_golden(name)), (name, section)


def test_every_golden_has_a_readme_line() -> None:
    readme = (PDF_GOLDEN / "README.md").read_text(encoding="utf-8")
    for path in PDF_GOLDEN.glob("*.json"):
        assert f"{path.stem}.pdf" in readme, path.name


def test_goldens_are_self_consistent() -> None:
    """Every footnote marker in a golden has its note and every note is marked once or more."""
    for path in PDF_GOLDEN.glob("*.json"):
        doc = _golden(path.stem)
        marked = {num for clause in _clauses(doc) for num in clause["footnotes"]}
        notes = [n if isinstance(n, str) else n["num"] for n in doc["footnotes"]]
        assert len(notes) == len(set(notes)), path.name
        assert marked <= set(notes), (path.name, marked - set(notes))


def _clauses(doc: dict[str, Any]) -> list[dict[str, Any]]:
    if doc.get("kind") == "structure":
        return [
            *doc["preamble"],
            *doc["operative"],
            *(c for annex in doc["annexes"] for c in annex["clauses"]),
        ]
    return [
        *_walk(doc["preamble"]),
        *_walk(doc["operative"]),
        *(c for annex in doc["annexes"] for c in _walk(annex["paragraphs"])),
    ]


def _walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clauses in document order, each followed by its sub-paragraphs."""
    out: list[dict[str, Any]] = []
    for item in items:
        out.append(item)
        out.extend(_walk(item.get("subparagraphs", [])))
    return out
