"""The words around the diff: margin labels, tooltips, the summary bar, column headers.

Tooltips are rich text built from escaped document text (Qt would otherwise guess whether a
plain string is markup, and a clause containing `<b>` would be rendered as bold).
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from resreader.compare.result import STATUSES, Pair
from resreader.model import Clause, Paragraph, Resolution
from resreader.safe_text import display_text
from resreader.ui.diff_colors import DiffColors

LEAD_MARK = "⚑ lead"
MIGRATED_MARK = "⇅ migrated"
FOOTNOTES_MARK = "✱ footnotes"
_EXPLAIN = {
    "same": "Same text, same place.",
    "renumbered": "Same text; the number changed only because of inserts or removals before it.",
    "changed": "Edited in place.",
    "moved": "The order changed: this clause moved relative to the others.",
    "added": "Only in B: a new clause.",
    "removed": "Only in A: dropped from B.",
}


def clause_number(clauses: Mapping[str, Clause], cid: str | None) -> str:
    """What a negotiator calls the clause: "4" for op4, "pp3" for a preambular paragraph."""
    clause = clauses.get(cid) if cid else None
    if isinstance(clause, Paragraph) and clause.num:
        return clause.num
    return cid or "—"


def margin_lines(
    pair: Pair, clauses_a: Mapping[str, Clause], clauses_b: Mapping[str, Clause]
) -> list[str]:
    """The margin's lines: the status, the numbers when they differ, then the flags."""
    lines = [pair.status]
    na, nb = clause_number(clauses_a, pair.a), clause_number(clauses_b, pair.b)
    if pair.a and pair.b and na != nb:
        lines.append(f"{na}→{nb}")
    if pair.lead_changed:
        lines.append(LEAD_MARK)
    if pair.migrated:
        lines.append(MIGRATED_MARK)
    if pair.footnotes_changed:
        lines.append(FOOTNOTES_MARK)
    return lines


def margin_tooltip(
    pair: Pair, clauses_a: Mapping[str, Clause], clauses_b: Mapping[str, Clause]
) -> str:
    na, nb = clause_number(clauses_a, pair.a), clause_number(clauses_b, pair.b)
    parts = [f"<b>{html.escape(pair.status)}</b> — {_EXPLAIN.get(pair.status, '')}"]
    if pair.a and pair.b:
        parts.append(f"A {html.escape(na)} → B {html.escape(nb)}; similarity {pair.similarity:.2f}")
    if pair.words:
        parts.append(_word_counts(pair))
    if pair.lead_changed:
        parts.append(
            f"{LEAD_MARK}: the opening phrase changed, “{_lead(clauses_a, pair.a)}” "
            f"→ “{_lead(clauses_b, pair.b)}”."
        )
    if pair.migrated:
        parts.append(f"{MIGRATED_MARK}: moved between the preamble and the operative part.")
    if pair.footnotes_changed:
        parts.append(f"{FOOTNOTES_MARK}: the footnotes attached to this clause changed.")
    return display_text("<p>" + "<br>".join(parts) + "</p>")


def _word_counts(pair: Pair) -> str:
    deleted = sum(len(t.split()) for op, t in pair.words if op == "delete")
    inserted = sum(len(t.split()) for op, t in pair.words if op == "insert")
    return f"{deleted} word(s) deleted, {inserted} inserted"


def _lead(clauses: Mapping[str, Clause], cid: str | None) -> str:
    clause = clauses.get(cid) if cid else None
    lead = clause.lead if isinstance(clause, Paragraph) else None
    return html.escape(lead or "—")


def partner_tooltip(res: Resolution, cid: str | None, plain: str, side: str) -> str:
    """The tooltip over one side's cell: the partner clause, in full, from the other side."""
    if not cid:
        where = "B" if side == "a" else "A"
        return f"<p><i>No partner in {where} ({html.escape(res.label)}).</i></p>"
    text = html.escape(plain).replace("\n", "<br>")
    return display_text(f"<p><b>{html.escape(res.label)} · {html.escape(cid)}</b><br>{text}</p>")


def summary_html(summary: Mapping[str, int], colors: DiffColors) -> str:
    """ "■ same 2 · ■ renumbered 1 · …", each in its status colour."""
    parts = [
        f'<span style="color:{colors.status[s]};">■ {s} <b>{summary.get(s, 0)}</b></span>'
        for s in STATUSES
    ]
    return " · ".join(parts)


def header_text(res: Resolution) -> str:
    """A column header: symbol and title ("A/RES/60/212 — South-South cooperation")."""
    parts = [res.symbol, res.title]
    text = " — ".join(p for p in parts if p)
    return display_text(text or res.label)
