"""Headless renderings of a Comparison: a readable text report and a self-contained HTML page.

Both only render `Comparison` data; nothing here computes a difference. In the HTML every
piece of document text (clause text, ids, symbols, footnotes) goes through `html.escape`.
"""

from __future__ import annotations

import html
import textwrap

from resreader.compare.result import STATUSES, Comparison, Pair

_WIDTH = 100
_TEXT_MARKS = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
_SECTIONS = {"pp": "Preamble", "op": "Operative"}


def summary_line(cmp: Comparison) -> str:
    return ", ".join(f"{count} {status}" for status, count in cmp.summary.items())


def title(cmp: Comparison) -> str:
    return f"{cmp.a.label} → {cmp.b.label}"


def section_of(pair: Pair) -> str:
    """Where a row is shown: the section of its B clause, else of its A clause."""
    clause_id = pair.b or pair.a or ""
    return _SECTIONS.get(clause_id[:2], "")


def flags(pair: Pair) -> list[str]:
    names = (
        ("lead_changed", "lead changed"),
        ("migrated", "migrated"),
        ("footnotes_changed", "footnotes changed"),
    )
    return [label for attr, label in names if getattr(pair, attr)]


# --- text ---------------------------------------------------------------------------------


def as_text(cmp: Comparison) -> str:
    """A per-clause report: summary, then each pair's status and ids, with marked words."""
    lines = [title(cmp), summary_line(cmp)]
    ignored = [name.replace("_", " ") for name, on in cmp.options.items() if on]
    if ignored:
        lines.append("options: " + ", ".join(ignored))
    section = None
    for pair in cmp.pairs:
        if section_of(pair) != section:
            section = section_of(pair)
            lines += ["", f"{section}:"]
        lines += _text_pair(pair, depth=1)
    if cmp.footnotes:
        lines += ["", "Footnotes:"]
        for pair in cmp.footnotes:
            lines += _text_pair(pair, depth=1)
    return "\n".join(lines)


def _text_pair(pair: Pair, depth: int) -> list[str]:
    indent = "  " * depth
    head = f"{indent}{pair.status:<10}  {pair.a or '–'} → {pair.b or '–'}"
    if pair.a and pair.b and pair.status != "same":
        head += f"  (similarity {pair.similarity:.2f})"
    if flags(pair):
        head += "  [" + ", ".join(flags(pair)) + "]"
    lines = [head]
    if pair.status not in ("same", "renumbered") or pair.footnotes_changed:
        body = marked_text(pair)
        lines += textwrap.wrap(
            body,
            _WIDTH,
            initial_indent=indent + "    ",
            subsequent_indent=indent + "    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    for sub in pair.subpairs:
        lines += _text_pair(sub, depth + 1)
    return lines


def marked_text(pair: Pair) -> str:
    """The pair's words in one line, wdiff style: [-deleted-] {+inserted+}."""
    out: list[str] = []
    previous = ""
    for op, text in pair.words:
        start, end = _TEXT_MARKS[op]
        core = text.strip()
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        if op == "insert" and previous == "delete" and not lead:
            lead = " "
        out.append(f"{lead}{start}{core}{end}{trail}" if core else text)
        previous = op
    return "".join(out)


# --- HTML ---------------------------------------------------------------------------------

_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; }
.summary span { display: inline-block; margin: 0 .4em .4em 0; padding: .15em .6em;
  border-radius: .8em; font-family: sans-serif; font-size: .85em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #ddd; padding: .45em .6em; vertical-align: top;
  text-align: left; line-height: 1.45; }
th.section { background: #f2f2f2; font-family: sans-serif; }
col.status { width: 9em; }
td.status { font-family: sans-serif; font-size: .85em; }
td.status small { color: #555; }
td.gap { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 6px, #f0f0f0 6px,
  #f0f0f0 12px); }
tr.sub td.text { padding-left: 2.2em; }
.id { font-family: sans-serif; font-size: .75em; color: #777; margin-right: .5em; }
del { text-decoration: line-through; color: #8b0000; background: #fde2e2; }
ins { text-decoration: underline; color: #0b5a1f; background: #dcf5e1; }
.same { background: #eef0f2; } .renumbered { background: #e3ecfa; }
.changed { background: #fff1c9; } .moved { background: #ecdffa; }
.added { background: #dcf5e1; } .removed { background: #fde2e2; }
"""
_HTML_MARKS = {"equal": ("", ""), "delete": ("<del>", "</del>"), "insert": ("<ins>", "</ins>")}


def as_html(cmp: Comparison) -> str:
    """A self-contained page: summary counts, then the clauses side by side with marks."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title(cmp))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title(cmp))}</h1>",
        _html_summary(cmp),
    ]
    ignored = [name.replace("_", " ") for name, on in cmp.options.items() if on]
    if ignored:
        parts.append(f"<p>Options: {esc(', '.join(ignored))}</p>")
    parts.append(_html_table(cmp.pairs, esc(cmp.a.label), esc(cmp.b.label), with_sections=True))
    if cmp.footnotes:
        parts += ["<h2>Footnotes</h2>", _html_table(cmp.footnotes, "A", "B")]
    parts.append("</body></html>")
    return "\n".join(parts)


def _html_summary(cmp: Comparison) -> str:
    spans = " ".join(
        f'<span class="{status}">{cmp.summary[status]} {status}</span>' for status in STATUSES
    )
    return f'<p class="summary">{spans}</p>'


def _html_table(pairs: list[Pair], head_a: str, head_b: str, with_sections: bool = False) -> str:
    rows = [
        '<table><colgroup><col class="status"><col><col></colgroup>',
        f"<thead><tr><th>Status</th><th>{head_a}</th><th>{head_b}</th></tr></thead><tbody>",
    ]
    section = None
    for pair in pairs:
        if with_sections and section_of(pair) != section:
            section = section_of(pair)
            rows.append(f'<tr><th class="section" colspan="3">{html.escape(section)}</th></tr>')
        rows += _html_rows(pair, sub=False)
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _html_rows(pair: Pair, sub: bool) -> list[str]:
    notes = "".join(f"<br><small>{html.escape(flag)}</small>" for flag in flags(pair))
    status = f'<td class="status {pair.status}">{html.escape(pair.status)}{notes}</td>'
    row_class = ' class="sub"' if sub else ""
    rows = [f"<tr{row_class}>{status}{_html_cell(pair, 'a')}{_html_cell(pair, 'b')}</tr>"]
    for child in pair.subpairs:
        rows += _html_rows(child, sub=True)
    return rows


def _html_cell(pair: Pair, side: str) -> str:
    clause_id = pair.a if side == "a" else pair.b
    if clause_id is None:
        return '<td class="text gap"></td>'
    pieces = []
    for op, text in pair.side_runs(side):
        start, end = _HTML_MARKS[op]
        pieces.append(f"{start}{html.escape(text)}{end}")
    label = f'<span class="id">{html.escape(clause_id)}</span> '
    return f'<td class="text">{label}{"".join(pieces)}</td>'
