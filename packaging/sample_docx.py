"""A small Word draft for packaging/smoke-test, made with python-docx from the venv:

    .venv/bin/python packaging/sample_docx.py OUT.docx

The smoke test prefers tests/docx_builder.py (the suite's builder) when it exists; this is
its stand-in. Typed paragraph numbers and italic leads, as a delegation's draft may have.
"""

from __future__ import annotations

import sys

from docx import Document
from docx.document import Document as WordDocument

SYMBOL = "A/C.2/80/L.99"
MASTHEAD = [
    "United Nations",
    SYMBOL,
    "General Assembly",
    "Distr.: Limited",
    "10 November 2025",
    "Original: English",
]
TITLE = "Agricultural technology for sustainable development"
PREAMBLE = [
    ("Recalling", " its resolution 78/154 of 19 December 2023,"),
    ("Recognizing", " the role of agricultural technology in ending hunger,"),
]
OPERATIVE = [
    ("Takes note", " of the report of the Secretary-General;"),
    ("Encourages", " Member States to share agricultural technology;"),
    (
        "Decides",
        " to include in the provisional agenda of its eighty-second session"
        " the item entitled \u201cAgriculture development\u201d.",
    ),
]


def build(path: str) -> None:
    document = Document()
    for line in MASTHEAD:
        document.add_paragraph(line)
    document.add_paragraph(TITLE).runs[0].bold = True
    document.add_paragraph("The General Assembly,")
    for lead, rest in PREAMBLE:
        _clause(document, "", lead, rest)
    for number, (lead, rest) in enumerate(OPERATIVE, 1):
        _clause(document, f"{number}.\t", lead, rest)
    document.save(path)


def _clause(document: WordDocument, number: str, lead: str, rest: str) -> None:
    paragraph = document.add_paragraph(number)
    paragraph.add_run(lead).italic = True
    paragraph.add_run(rest)


if __name__ == "__main__":
    build(sys.argv[1])
