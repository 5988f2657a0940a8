"""Exported clauses: document order, citations, notes, escaping, the three formats, redlines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resreader import parse
from resreader.cli import main
from resreader.errors import ResreaderError
from resreader.export import export_clauses, export_multi, redline_html, redline_text
from resreader.model import Paragraph, Resolution, SubParagraph

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def sample(symbol: str | None = "A/RES/62/209") -> Resolution:
    return Resolution(
        symbol=symbol,
        session=62,
        number="209",
        title="South-South cooperation",
        body="General Assembly",
        preamble=[
            Paragraph(f"pp{i}", None, "Recalling", f"Recalling text {i},") for i in range(1, 7)
        ],
        operative=[
            Paragraph("op1", "1", "Takes note", "Takes note of the report;", footnotes=["1"]),
            Paragraph(
                "op7",
                "7",
                "Requests",
                "Requests the Secretary-General:",
                subparagraphs=[
                    SubParagraph("op7(a)", "(a)", "To report;"),
                    SubParagraph(
                        "op7(c)",
                        "(c)",
                        "To act:",
                        subparagraphs=[SubParagraph("op7(c)(ii)", "(ii)", "With care;")],
                    ),
                ],
            ),
            Paragraph("op12", "12", "Urges", "Urges <script>alert(1)</script> & Co. to act;"),
        ],
    )


def test_clauses_come_in_document_order_whatever_the_order_asked() -> None:
    for fmt in ("text", "markdown", "html"):
        out = export_clauses(sample(), ["op12", "pp6", "op1", "pp2"], fmt)
        cited = re.findall(r"\(A/RES/62/209, ([^)]+)\)", out)
        assert cited == [
            "second preambular paragraph",
            "sixth preambular paragraph",
            "para. 1",
            "para. 12",
        ], fmt


def test_plain_text_form() -> None:
    out = export_clauses(sample(), ["op7", "pp6"], "text", notes={"op7": "keep (c)"})
    assert out == (
        "Recalling text 6,\n"
        "(A/RES/62/209, sixth preambular paragraph)\n"
        "\n"
        "7. Requests the Secretary-General:\n"
        "    (a) To report;\n"
        "    (c) To act:\n"
        "        (ii) With care;\n"
        "(A/RES/62/209, para. 7)\n"
        "Note: keep (c)"
    )


def test_markdown_form() -> None:
    out = export_clauses(sample(), ["op7", "pp6"], "markdown", notes={"pp6": "old wording"})
    assert out == (
        "*Recalling* text 6,\n"
        "\n"
        "(A/RES/62/209, sixth preambular paragraph)\n"
        "\n"
        "*Note:* old wording\n"
        "\n"
        "7. *Requests* the Secretary-General:\n"
        "\n"
        "   (a) To report;\n"
        "\n"
        "   (c) To act:\n"
        "\n"
        "   (ii) With care;\n"
        "\n"
        "(A/RES/62/209, para. 7)"
    )


def test_a_subparagraph_alone_and_one_its_parent_already_brings() -> None:
    out = export_clauses(sample(), ["op7(c)"], "text")
    assert out == "(c) To act:\n    (ii) With care;\n(A/RES/62/209, para. 7 (c))"
    both = export_clauses(sample(), ["op7(c)(ii)", "op7"], "text", notes={"op7(c)(ii)": "gentle"})
    assert both.count("With care") == 1
    assert both.endswith("(A/RES/62/209, para. 7)\nNote: para. 7 (c) (ii): gentle")


def test_html_escapes_document_text_and_notes() -> None:
    out = export_clauses(sample(), ["op12"], "html", notes={"op12": "<b>bold</b> & more"})
    assert "<script>" not in out and "<b>bold" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co. to act;" in out
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in out


def test_plain_text_keeps_document_text_unchanged() -> None:
    out = export_clauses(sample(), ["op12"], "text", notes={"op12": "a & b"})
    assert " <script>alert(1)</script> & Co. to act;" in out
    assert "a & b" in out and "&amp;" not in out


def test_markdown_escapes_markup_so_it_renders_as_the_same_text() -> None:
    out = export_clauses(sample(), ["op12"], "markdown", notes={"op12": "a & b *c*"})
    assert " \\<script\\>alert(1)\\</script\\> & Co. to act;" in out
    assert "*Note:* a & b \\*c\\*" in out  # a bare "&" is no entity: left as typed


def test_markdown_escapes_entity_references_so_they_stay_text() -> None:
    """A clause quoting "&lt;b&gt;" must not render as "<b>" in a Markdown viewer."""
    res = sample()
    res.operative[0] = Paragraph("op1", "1", "Takes note", "Takes note of &lt;b&gt; &#60;i&#x3E;;")
    out = export_clauses(res, ["op1"], "markdown", notes={"op1": "see &amp; &copy;"})
    assert "Takes note* of \\&lt;b\\&gt; \\&\\#60;i\\&\\#x3E;;" in out
    assert "*Note:* see \\&amp; \\&copy;" in out
    res.title = "&lt;b&gt; cooperation"
    heading = export_multi([(res, ["op1"], {})], "markdown")
    assert heading.startswith("## A/RES/62/209 — \\&lt;b\\&gt; cooperation\n")


def test_html_is_a_typeset_clipboard_fragment_with_inline_styles() -> None:
    out = export_clauses(sample(), ["op7", "pp6"], "html")
    assert out.startswith('<meta charset="utf-8"><div style="font-family:')
    assert "<i>Recalling</i> text 6," in out
    assert re.search(r"7\.(&nbsp;)+<i>Requests</i>", out)
    assert re.search(
        r'<p align="justify" style="[^"]*margin-left:48px;text-indent:48px">'
        r"\(a\)",
        out,
    )
    assert re.search(r'margin-left:96px;text-indent:48px">\(ii\)', out)
    assert "(A/RES/62/209, para. 7)</p>" in out
    assert "class=" not in out and "<a " not in out and "<table" not in out
    assert "<sup>" not in out  # footnote markers do not travel without their notes


def test_html_is_black_by_default_and_coloured_on_request() -> None:
    res = sample()
    res.operative[2].text = "Urges, recalling resolution 58/220 of 23 December 2003, all States;"
    plain = export_clauses(res, ["op12"], "html")
    coloured = export_clauses(res, ["op12"], "html", colour=True)
    assert "color:#" not in plain.replace("color:#000000", "")
    assert re.search(r"color:#(?!000000)[0-9a-f]{6}", coloured)  # the lead's colour
    assert "recalling resolution 58/220 of 23 December 2003" in coloured  # citations: text


def test_html_pastes_as_the_same_text(qapp) -> None:  # noqa: ANN001 - pytest-qt
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(export_clauses(sample(), ["op12", "op7(c)"], "html", notes={"op12": "x < y"}))
    assert doc.toPlainText().split("\n") == [
        "(c)  To act:",
        "(ii)  With care;",
        "(A/RES/62/209, para. 7 (c))",
        "12.  Urges <script>alert(1)</script> & Co. to act;",
        "(A/RES/62/209, para. 12)",
        "Note: x < y",
    ]


def test_unknown_clause_ids_are_an_error_naming_them() -> None:
    with pytest.raises(ResreaderError) as caught:
        export_clauses(sample(), ["op1", "op99", "pp40", "op99"], "text")
    message = str(caught.value)
    assert "op99" in message and "pp40" in message and "op1," not in message
    assert message.startswith("A/RES/62/209: ")


def test_no_clause_ids_and_unknown_formats_are_errors() -> None:
    with pytest.raises(ResreaderError, match="no clause ids"):
        export_clauses(sample(), [], "text")
    with pytest.raises(ResreaderError, match="format"):
        export_clauses(sample(), ["op1"], "pdf")  # type: ignore[arg-type]


def test_without_a_symbol_the_title_is_cited() -> None:
    out = export_clauses(sample(symbol=None), ["op1"], "text")
    assert out.endswith("(South-South cooperation, para. 1)")


def test_export_multi_groups_clauses_under_each_resolution() -> None:
    other = sample(symbol="A/RES/60/212")
    other.title = "South-South cooperation (2005)"
    items = [(sample(), ["op12", "pp1"], {"pp1": "first"}), (other, ["op1"], {}), (other, [], {})]
    text = export_multi(items, "text")
    heads = [
        text.index("A/RES/62/209 — South-South cooperation\n====="),
        text.index("(A/RES/62/209, first preambular paragraph)\nNote: first"),
        text.index("(A/RES/62/209, para. 12)"),
        text.index("A/RES/60/212 — South-South cooperation (2005)"),
        text.index("(A/RES/60/212, para. 1)"),
    ]
    assert heads == sorted(heads)
    markdown = export_multi(items, "markdown")
    assert markdown.startswith("## A/RES/62/209 — South-South cooperation\n\n*Recalling*")
    assert "\n\n## A/RES/60/212" in markdown
    page = export_multi(items, "html")
    assert page.count('<meta charset="utf-8">') == 1
    assert page.count("<b>A/RES/") == 2


def test_export_multi_reports_unknown_ids() -> None:
    with pytest.raises(ResreaderError, match="op42"):
        export_multi([(sample(), ["op42"], {})], "markdown")


# -- redline --------------------------------------------------------------------------------

WORDS = [
    ("equal", "Welcomes the report on its "),
    ("delete", "fourteenth "),
    ("insert", "fifteenth "),
    ("equal", "session & the <decisions>;"),
]


def test_redline_html_strikes_deletions_and_underlines_insertions() -> None:
    out = redline_html(WORDS)
    assert '<s style="color:#b3261e">fourteenth</s> ' in out
    assert '<u style="color:#0b57a4">fifteenth</u> ' in out
    assert "session &amp; the &lt;decisions&gt;;" in out
    assert out.startswith('<meta charset="utf-8"><p style=')


def test_redline_text_fallback() -> None:
    assert redline_text(WORDS) == (
        "Welcomes the report on its [-fourteenth-] {+fifteenth+} session & the <decisions>;"
    )


def test_redline_refuses_unknown_runs() -> None:
    with pytest.raises(ValueError, match="replace"):
        redline_text([("replace", "x")])


def test_redline_of_a_real_comparison_gives_back_both_texts() -> None:
    from resreader.compare import compare

    a = parse((SEEDS / "A-RES-60-212.txt").read_bytes())
    b = parse((SEEDS / "A-RES-62-209.txt").read_bytes())
    pair = next(p for p in compare(a, b).pairs if p.status == "changed" and p.words)
    text = redline_text(pair.words)
    old = re.sub(r"\{\+.*?\+\}", "", text).replace("[-", "").replace("-]", "")
    assert " ".join(old.split()) == " ".join(a.clause(pair.a).text.split())


# -- the command line -----------------------------------------------------------------------


def test_cli_export_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "62/209", "--clauses", "op12,pp6", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("*Taking note* of the initiatives")
    assert "(A/RES/62/209, sixth preambular paragraph)\n\n12. *Encourages* all Member" in out
    assert out.rstrip().endswith("(A/RES/62/209, para. 12)")


def test_cli_export_unknown_clause_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "62/209", "--clauses", "op12,op77"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "op77" in captured.err


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.*")), ids=lambda p: p.name)
def test_every_clause_of_every_seed_exports(path: Path) -> None:
    res = parse(path.read_bytes())
    ids = [c.id for c in res.clauses()]
    text = export_clauses(res, ids, "text")
    for clause in res.clauses():
        assert clause.text in text
    paragraphs = len(list(res.paragraphs()))
    assert text.count(f"({res.symbol or res.title}, ") == paragraphs
    assert export_clauses(res, ids, "html").count('<div style="margin-bottom') == paragraphs


def test_markdown_escapes_document_text_but_keeps_the_lead_italic() -> None:
    from resreader.parsing import parse

    res = parse(
        "99/1. Evil\n\nThe General Assembly,\n\n1. Decides that <script>x</script> "
        "and [a](http://evil.example) stay text;\n"
    )
    out = export_clauses(res, ["op1"], "markdown")
    assert out.startswith(
        "1. *Decides* that \\<script\\>x\\</script\\> and \\[a\\](http://evil.example) stay text;"
    )
