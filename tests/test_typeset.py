"""The typeset reading pane: structure, italics, links, footnotes, escaping, and Qt layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resreader import parse
from resreader.model import Annex, Footnote, Paragraph, Resolution, SubParagraph
from resreader.styles import DarkStyle, LightStyle
from resreader.typeset import clause_html, resolution_html

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def sample() -> Resolution:
    return Resolution(
        symbol="A/RES/62/209",
        session=62,
        number="209",
        title="South-South cooperation",
        body="General Assembly",
        adopted="2007-12-19",
        meeting="78th plenary meeting",
        preamble=[
            Paragraph(
                "pp1",
                None,
                "Recalling",
                "Recalling its resolutions 58/220 of "
                "23 December 2003 and 59/250 of 22 December 2004,",
            ),
            Paragraph(
                "pp2", None, "Recalling also", "Recalling also the Outcome,", footnotes=["1"]
            ),
        ],
        operative=[
            Paragraph(
                "op1",
                "1",
                "Takes note with appreciation",
                "Takes note with appreciation of the report (A/62/39);",
                footnotes=["2", "3"],
            ),
            Paragraph(
                "op7",
                "7",
                "Requests",
                "Requests the Secretary-General:",
                subparagraphs=[
                    SubParagraph("op7(a)", "(a)", "To report;"),
                    SubParagraph(
                        "op7(b)",
                        "(b)",
                        "To act:",
                        subparagraphs=[SubParagraph("op7(b)(ii)", "(ii)", "With care;")],
                    ),
                ],
            ),
            Paragraph("op12", "12", "Urges", "Urges <script>alert(1)</script> & co;"),
        ],
        annexes=[
            Annex(
                "annex1",
                "Plan of Action",
                [Paragraph("annex1-op1", "1", None, "We commit to act;")],
            )
        ],
        footnotes=[
            Footnote("1", "See resolution 60/1."),
            Footnote("2", "A/62/39 <b>&</b>."),
            Footnote("3", "Ibid., chap. I."),
        ],
    )


def anchors(html: str) -> list[str]:
    return re.findall(r'<a name="([^"]+)">', html)


def test_header_body_line_and_closing_in_document_order() -> None:
    out = resolution_html(sample())
    order = [
        "A/RES/62/209",
        "Sixty-second session",
        "19 December 2007",
        "62/209.",
        "South-South cooperation",
        "<i>The General Assembly</i>,",
        " its resolutions",
        "Takes note",
        "78th plenary meeting",
        "Annex",
        "Plan of Action",
        "We commit",
        "<sup>1</sup>&nbsp;See resolution",
    ]
    positions = [out.index(text) for text in order]
    assert positions == sorted(positions)


def test_leads_are_italic_and_only_the_lead() -> None:
    out = resolution_html(sample())
    assert "<i>Recalling</i>" in out
    assert "<i>Recalling also</i>" in out
    assert "<i>Takes note with appreciation</i></span> of the report" in out
    assert "<i>We" not in out  # an annex paragraph without a lead


def test_operative_numbers_and_subparagraph_markers_with_indentation() -> None:
    out = resolution_html(sample())
    assert re.search(r'<a name="op12"></a>12\.</td>', out)
    assert re.search(r'<td width="36"></td><td width="36" [^>]*><a name="op7\(a\)"></a>\(a\)', out)
    assert re.search(
        r'<td width="72"></td><td width="36" [^>]*><a name="op7\(b\)\(ii\)">'
        r"</a>\(ii\)",
        out,
    )


def test_every_clause_has_exactly_one_anchor_and_no_stray_anchors() -> None:
    res = sample()
    names = anchors(resolution_html(res))
    clause_ids = [c.id for c in res.clauses()]
    assert names == [*clause_ids, "meeting", "annex1", "annex1-op1", "fn1", "fn2", "fn3"]


def test_footnote_markers_are_superscript_links_with_the_note_as_title() -> None:
    out = resolution_html(sample())
    assert re.search(r'<sup><a href="fn:1" title="See resolution 60/1\."[^>]*>1</a></sup>', out)
    assert re.search(
        r'<sup><a href="fn:2" title="A/62/39 &lt;b&gt;&amp;&lt;/b&gt;\."[^>]*>2'
        r'</a>,&nbsp;<a href="fn:3"',
        out,
    )


def test_notes_are_listed_at_the_end_with_their_anchor() -> None:
    out = resolution_html(sample())
    tail = out[out.index("<hr") :]
    assert '<a name="fn3"></a><sup>3</sup>&nbsp;Ibid., chap. I.' in tail


def test_document_text_is_escaped_everywhere() -> None:
    res = sample()
    res.title = "Title <img src=x onerror=alert(1)>"
    res.meeting = "<b>78th</b>"
    res.annexes[0].title = "</p><script>"
    out = resolution_html(res)
    assert "<script>" not in out and "<img" not in out and "<b>78th" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out


def test_only_resolutions_in_the_library_are_links() -> None:
    out = resolution_html(sample(), library_symbols=frozenset({"A/RES/58/220", "A/62/39"}))
    assert re.search(r'<a href="res:A/RES/58/220"[^>]*>58/220</a>', out)
    assert re.search(r'<a href="res:A/62/39"[^>]*>A/62/39</a>', out)
    assert "res:A/RES/59/250" not in out
    assert re.search(r"[^>]59/250 of", out)  # not in the library: plain text, as printed


def test_citations_are_plain_text_and_only_library_links_look_like_links() -> None:
    # citations were coloured like source code: blue symbols that were not links, green
    # dates, brown documents
    for dark, style in ((False, LightStyle), (True, DarkStyle)):
        out = resolution_html(sample(), dark=dark, library_symbols=frozenset({"A/RES/58/220"}))
        assert re.search(r"<span[^>]*>59/250</span>", out) is None
        assert re.search(r"<span[^>]*>\d{1,2} \w+ \d{4}</span>", out) is None  # dates too
        link = f'<a href="res:A/RES/58/220" style="color:{style.link_color};text-decoration:underline">'
        assert link in out
    dark_out, light_out = resolution_html(sample(), dark=True), resolution_html(sample())
    assert "background-color:#1e1e1e" in dark_out and "background-color:#ffffff" in light_out


def _name_tag() -> object:
    from pygments.token import Name

    return Name.Tag


def test_highlights_mark_the_clause_and_its_subparagraphs() -> None:
    out = resolution_html(sample(), highlights={"op7": "#fff2a8", "pp2": "rgb(1,2,3)"})
    assert out.count('bgcolor="#fff2a8"') == 2 * 4  # number and text cells of op7, (a), (b), (ii)
    assert "background-color:rgb(1,2,3)" in out


def test_a_highlight_colour_cannot_inject_markup() -> None:
    out = resolution_html(sample(), highlights={"op12": 'red"><script>', "pp1": "red;}<x>"})
    assert "<script>" not in out and "<x>" not in out
    assert 'bgcolor="#fff2a8"' in out and "background-color:#fff2a8" in out


def test_font_family_is_set_and_sanitised() -> None:
    assert "font-family:'Source Serif 4';" in resolution_html(
        sample(), font_family="Source Serif 4"
    )
    out = resolution_html(sample(), font_family="x'; color:red")
    assert "color:red'" not in out and "font-family:'x colorred';" in out


def test_clause_html_for_export_has_no_anchors_links_or_tables() -> None:
    res = sample()
    out = clause_html(res.clause("op7"), res)
    assert "<table" not in out and "<a " not in out
    assert out.count("<p ") == 4  # the paragraph and its three sub-paragraphs
    assert "7.&nbsp;&nbsp;&nbsp;<span" in out and "<i>Requests</i>" in out
    assert "<sup>" not in clause_html(res.clause("op1"), res)
    assert "<sup>2,&nbsp;3</sup>" in clause_html(res.clause("op1"), res, footnote_markers=True)


def test_clause_html_with_css_classes() -> None:
    res = sample()
    out = clause_html(res.clause("pp1"), res, inline_styles=False)
    assert '<span class="ge">Recalling</span>' in out
    assert '<span class="nt">58/220</span>' in out
    assert "color:" not in out.split(">", 1)[1]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.*")), ids=lambda p: p.name)
def test_seeds_typeset_with_every_clause_anchored(path: Path) -> None:
    res = parse(path.read_bytes(), source=str(path))
    names = anchors(resolution_html(res))
    assert [c.id for c in res.clauses()] == [n for n in names if re.match(r"(pp|op)\d", n)]


# -- as Qt lays it out ----------------------------------------------------------------------


@pytest.fixture
def document(qapp):  # noqa: ANN001, ANN201 - pytest-qt's application
    from PySide6.QtGui import QTextDocument

    def make(res: Resolution) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(resolution_html(res))
        doc.setTextWidth(700)
        doc.documentLayout().documentSize()  # lay it out now, before asking for lines
        return doc

    return make


def _x_of(doc, text: str) -> float:  # noqa: ANN001
    cursor = doc.find(text)
    assert not cursor.isNull(), text
    block = cursor.block()
    line = block.layout().lineForTextPosition(cursor.selectionStart() - block.position())
    rect = doc.documentLayout().blockBoundingRect(block)
    return rect.x() + line.cursorToX(cursor.selectionStart() - block.position())[0]


def test_qt_lays_out_hanging_numbers_and_nested_indents(document) -> None:  # noqa: ANN001
    res = sample()
    res.operative[0].text = "Takes note with appreciation " + "of the long report " * 30
    doc = document(res)
    number, text = _x_of(doc, "1."), _x_of(doc, "Takes note")
    assert number + 30 < text
    block = doc.find("Takes note").block()
    assert block.layout().lineCount() > 2
    second_line = doc.documentLayout().blockBoundingRect(block).x() + block.layout().lineAt(1).x()
    assert second_line == pytest.approx(text, abs=1)  # a hanging indent
    assert _x_of(doc, "(a)") == pytest.approx(text, abs=1)
    assert _x_of(doc, "To report") > _x_of(doc, "(a)") + 30
    assert _x_of(doc, "(ii)") == pytest.approx(_x_of(doc, "To act"), abs=1)


def _with_markers(text: str, notes: list[str], offsets: list[int]) -> str:
    """The clause as typeset: each group of footnote numbers where its markers stood."""
    spots: dict[int, list[str]] = {}
    for num, offset in zip(notes, offsets, strict=True):
        spots.setdefault(offset, []).append(num)
    for offset in sorted(spots, reverse=True):
        text = text[:offset] + ", ".join(spots[offset]) + text[offset:]
    return text


def test_qt_keeps_every_clause_text_with_markers_in_place(document) -> None:  # noqa: ANN001
    res = parse((SEEDS / "A-RES-62-209.txt").read_bytes())
    plain = " ".join(document(res).toPlainText().split())
    for clause in res.clauses():
        typeset = _with_markers(clause.text, clause.footnotes, clause.marker_offsets)
        assert " ".join(typeset.split()) in plain, clause.id
    # "…by the first South Summit,3 the Marrakesh Framework …4 and the Doha Plan of Action,5"
    assert "South Summit,3 the Marrakesh" in plain and "Cooperation4 and the Doha" in plain


# -- the style family -----------------------------------------------------------------------


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("style", [LightStyle, DarkStyle], ids=lambda s: s.__name__)
def test_every_colour_meets_wcag_aa_on_its_background(style) -> None:  # noqa: ANN001
    colours = {f"#{spec['color']}" for _, spec in style if spec["color"]}
    colours |= {style.text_color, style.muted_color, style.link_color}
    assert len(colours) >= 5  # text, muted, link, leads, numbers (citations are text)
    for colour in colours:
        assert _contrast(colour, style.background_color) >= 4.5, colour
    assert _contrast(style.text_color, style.highlight_color) >= 4.5


def test_style_for_follows_the_palette_and_the_variants_differ() -> None:
    from pygments.token import Generic

    from resreader.styles import style_for

    assert style_for(False) is LightStyle and style_for(True) is DarkStyle
    assert LightStyle.style_for_token(Generic.Emph)["italic"]
    assert DarkStyle.style_for_token(Generic.Emph)["italic"]
    assert _luminance(DarkStyle.background_color) < 0.05
    assert _luminance(LightStyle.background_color) > 0.95


def test_a_draft_is_not_numbered_like_a_resolution() -> None:
    res = parse((SEEDS / "A-C.2-54-L.5.txt").read_bytes())
    out = resolution_html(res)
    assert "Draft resolution" in out and "54/L.5." not in out and "Adopted" not in out
    assert "<big><b>Economic and technical cooperation among developing countries</b></big>" in out
