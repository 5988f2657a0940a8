"""A paragraph's lines -> its one line of laid-out text: the number as printed, the lead
(the italic run that opens it) in Markdown emphasis, words cut at a line end joined."""

from __future__ import annotations

import re

from resreader.parsing.pdf.lines import SOFT_HYPHENS, Line
from resreader.parsing.pdf.paragraphs import ASSEMBLY_RE, Paragraph, leading_number

_SUSPENDED_RE = re.compile(r"^(?:and|or|nor|to)\s")


def paragraph_text(paragraph: Paragraph, with_lead: bool = True) -> str:
    """The paragraph as one line of the laid-out text: number, `*lead*`, the rest."""
    number, lead = _number_and_lead(paragraph)
    lead = lead if with_lead else ""
    text = _joined(paragraph.lines)
    if number and text.startswith(number):
        text = text[len(number) :].lstrip()
    if lead and text.startswith(lead) and not ASSEMBLY_RE.match(text):
        text = f"*{_escaped(lead)}*{_escaped(text[len(lead) :])}"
    else:
        text = _escaped(text)
    return f"{number} {text}" if number else text


def _escaped(text: str) -> str:
    """The document's own asterisks, escaped: only the lead is Markdown emphasis."""
    return text.replace("*", "\\*")


def _number_and_lead(paragraph: Paragraph) -> tuple[str, str]:
    runs = [run for line in paragraph.lines for run in line.body]
    number, count = leading_number(runs)
    runs = runs[count:]
    italic = []
    for run in runs:
        if not run.text.strip():
            continue
        if not run.italic:
            break
        italic.append(run)
    else:
        return number, ""  # all italic (a heading, a quotation): no lead to tell apart
    lead = _normalise_lead("".join(run.text for run in italic))
    return number, lead


def _normalise_lead(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\u2011", "-")).strip()
    return text.rstrip(",;: ")


def _joined(lines: list[Line]) -> str:
    """Lines joined as a reader sees them: a line-end hyphen keeps the hyphen and joins
    the word ("South-" / "South" and "South -" / "South": "South-South")."""
    pieces: list[str] = []  # joined once at the end: linear however many lines
    for line in lines:
        text = line.text
        if not pieces:
            pieces.append(text)
            continue
        out = pieces[-1]
        if out.endswith(("-", *SOFT_HYPHENS)) and _SUSPENDED_RE.match(text):
            pieces[-1] = out[:-1] + "- "  # "pre-" / "and post-conflict": a suspended hyphen
        elif out.endswith(SOFT_HYPHENS):
            pieces[-1] = out[:-1] + "-"
        elif out.endswith("-") and out[-2:-1].isalpha() and text[:1].isalnum():
            pass
        elif out.endswith(" -") and out[-3:-2].isalpha() and text[:1].isalnum():
            pieces[-1] = out[:-2] + "-"
        elif out.endswith("–") and out[-2:-1].isdigit() and text[:1].isdigit():
            pass  # a range broken after its dash: "(2016–" / "2025)"
        else:
            pieces.append(" ")
        pieces.append(text)
    return _soft_hyphens_inside("".join(pieces))


def _soft_hyphens_inside(text: str) -> str:
    for mark in SOFT_HYPHENS:
        text = text.replace(mark, "-")
    return text
