"""The headless renderings and the JSON contract of a Comparison."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from resreader.compare import compare
from resreader.compare.report import as_html, as_text, marked_text
from resreader.model import Footnote, Paragraph, Resolution

HOSTILE = "Decides that <script>alert('x')</script> & \"friends\" are welcome;"


def _res(symbol: str, ops: list[str], notes: list[Footnote] | None = None) -> Resolution:
    paras = [Paragraph(f"op{k}", str(k), t.split(" ")[0], t) for k, t in enumerate(ops, 1)]
    pre = [Paragraph("pp1", None, "Recalling", "Recalling its resolution 58/220,")]
    return Resolution(symbol=symbol, preamble=pre, operative=paras, footnotes=notes or [])


A = _res(
    "A/RES/60/212",
    [
        "Welcomes the report at its fourteenth session;",
        "Takes note of the report of the Secretary-General;",
        "Urges all States to act;",
        HOSTILE,
    ],
    [Footnote("1", "A/60/257 <i>")],
)
B = _res(
    "A/RES/62/209",
    [
        "Welcomes the report at its fifteenth session;",
        "Takes note of the report of the Secretary-General;",
        HOSTILE.replace("welcome", "welcome <b>indeed</b>"),
        "Highlights the fact that further efforts are required;",
    ],
    [Footnote("1", "A/62/295 <i>")],
)


def test_json_contract_keys_and_values() -> None:
    data = json.loads(json.dumps(compare(A, B).to_dict()))
    assert {"a", "b", "summary", "pairs"} <= set(data)
    assert data["a"] == {"symbol": "A/RES/60/212"} and data["b"] == {"symbol": "A/RES/62/209"}
    assert set(data["summary"]) == {"same", "renumbered", "changed", "moved", "added", "removed"}
    assert sum(data["summary"].values()) == len(data["pairs"])
    for pair in data["pairs"]:
        assert {"status", "a", "b", "similarity", "words"} <= set(pair)
        assert all(
            len(run) == 2 and run[0] in ("equal", "delete", "insert") for run in pair["words"]
        )
    first_op = next(p for p in data["pairs"] if p["a"] == "op1")
    assert first_op["status"] == "changed" and first_op["b"] == "op1"
    assert ["delete", "fourteenth"] in first_op["words"]
    assert ["insert", "fifteenth"] in first_op["words"]
    assert data["options"] == {
        "ignore_case": False,
        "ignore_punctuation": False,
        "ignore_footnotes": True,
    }


def test_text_report_lists_every_pair_with_marked_words() -> None:
    cmp = compare(A, B)
    text = as_text(cmp)
    lines = text.splitlines()
    assert lines[0] == "A/RES/60/212 → A/RES/62/209"
    assert lines[1] == "2 same, 0 renumbered, 2 changed, 0 moved, 1 added, 1 removed"
    assert "[-fourteenth-] {+fifteenth+}" in text
    assert re.search(r"removed\s+op3 → –", text) and re.search(r"added\s+– → op4", text)
    assert re.search(r"same\s+op2 → op2", text)
    assert "Preamble:" in text and "Operative:" in text and "Footnotes:" in text


def test_marked_text_puts_spaces_outside_the_marks() -> None:
    pair = compare(
        _res("x", ["Recalling further its resolution, which called on States;"]),
        _res("y", ["Recalling further its resolution, in which it urged States;"]),
    )
    op = next(p for p in pair.pairs if p.a == "op1")
    assert marked_text(op) == (
        "Recalling further its resolution, {+in+} which [-called on-] {+it urged+} States;"
    )


def test_html_is_self_contained_styled_and_escaped() -> None:
    page = as_html(compare(A, B))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page and "<b>indeed" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;friends&quot;" in page
    assert "<ins> &lt;b&gt;indeed&lt;/b&gt;</ins>" in page
    assert "<del>fourteenth</del>" in page and "<ins>fifteenth</ins>" in page
    assert "text-decoration: line-through" in page and "text-decoration: underline" in page
    assert "<link" not in page and "src=" not in page  # nothing loaded from elsewhere
    assert '<span class="changed">2 changed</span>' in page
    clauses = page.split("<h2>Footnotes</h2>")[0]
    assert clauses.count('<td class="text gap"></td>') == 2  # the added and the removed row


def test_html_tags_are_balanced() -> None:
    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []
            self.bad: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag not in ("meta", "col", "br"):
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if not self.open or self.open.pop() != tag:
                self.bad.append(tag)

    parser = Tags()
    parser.feed(as_html(compare(A, B, ignore_footnotes=False)))
    assert parser.open == [] and parser.bad == []


def test_html_escapes_the_symbols_too() -> None:
    a = _res("A/RES/<60>", ["Urges all States to act;"])
    page = as_html(compare(a, a))
    assert "A/RES/&lt;60&gt;" in page and "<60>" not in page
