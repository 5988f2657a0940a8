"""Bidi controls in document text never reach an output: displayed text cannot be spoofed."""

from __future__ import annotations

import pytest

from resreader.export import export_clauses, export_multi, redline_html, redline_text
from resreader.model import Paragraph, Resolution, SubParagraph
from resreader.typeset import clause_html, resolution_html

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
SPOOF = "Decides to pay \u202e001\u202c dollars \u2067x\u2069;"


def spoofed() -> Resolution:
    return Resolution(
        symbol="A/RES/1/1",
        title="Evil \u202etitle",
        body="General Assembly",
        preamble=[Paragraph("pp1", None, "Recalling", "Recalling \u2066it\u2069,")],
        operative=[
            Paragraph(
                "op1",
                "1",
                "Decides",
                SPOOF,
                subparagraphs=[SubParagraph("op1(a)", "(a)", "To \u202dact\u202c;")],
            )
        ],
    )


def clean(out: str) -> bool:
    return not any(c in out for c in CONTROLS)


def test_display_text_strips_every_bidi_control_and_keeps_marks() -> None:
    from resreader.safe_text import display_text

    assert display_text(f"a{CONTROLS}b") == "ab"
    assert display_text("a\u200eb\u200fc") == "a\u200eb\u200fc"  # LRM/RLM: harmless, kept
    assert display_text(SPOOF) == "Decides to pay 001 dollars x;"
    assert display_text("") == ""


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_exports_carry_no_bidi_controls(fmt: str) -> None:
    res = spoofed()
    notes = {"op1": "note \u202eevil"}
    one = export_clauses(res, ["pp1", "op1"], fmt, notes=notes)  # type: ignore[arg-type]
    many = export_multi([(res, ["op1"], notes)], fmt)  # type: ignore[arg-type]
    assert clean(one) and clean(many)
    assert "001" in one and "evil" in one  # the text itself is kept


def test_typeset_html_carries_no_bidi_controls() -> None:
    res = spoofed()
    assert clean(resolution_html(res)) and clean(clause_html(res.operative[0], res))
    assert "001" in resolution_html(res)


def test_redlines_carry_no_bidi_controls() -> None:
    words = [("equal", "pay "), ("delete", "\u202e001"), ("insert", "\u2067002\u2069")]
    assert clean(redline_html(words)) and clean(redline_text(words))
