"""The page around the clauses: symbol, session and title at the top, "The General
Assembly,", the meeting and date at the end, and the footnotes."""

from __future__ import annotations

import re
from datetime import date

from resreader.citation import ordinal_words
from resreader.model import Resolution
from resreader.typeset_page import STEP, Page, escape, length

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def header(res: Resolution, page: Page) -> str:
    muted = f"color:{page.style.muted_color}"
    lines = []
    if res.symbol:
        lines.append(page.para(f"<small>{escape(res.symbol)}</small>", muted, align="right"))
    facts = [
        _session(res.session),
        res.agenda_item and f"Agenda item {res.agenda_item}",
        "Draft resolution" if is_draft(res) else None,
    ]
    facts += [_adoption(res), res.report and f"Report {res.report}"]
    shown = [escape(fact) for fact in facts if fact]
    if shown:
        lines.append(page.para("<small>" + " · ".join(shown) + "</small>", muted, align="left"))
    number = (
        f"{res.session}/{res.number}." if res.session and res.number and not is_draft(res) else ""
    )
    title = res.title or ("" if number else res.symbol)
    if number:  # the title wraps under itself, clear of the number
        space = f'style="margin-top:{length(18, page.scale)}"'
        lines.append(
            f'<table cellspacing="0" cellpadding="0" {space}>'
            f'<tr><td valign="top"><big><b>{escape(number)}&nbsp;&nbsp;</b></big></td>'
            f'<td valign="top"><big><b>{escape(title)}</b></big></td></tr></table>'
        )
    elif title:
        lines.append(page.para(f"<big><b>{escape(title)}</b></big>", "margin-top:18px", "left"))
    return "\n".join(lines)


def body_line(res: Resolution, page: Page) -> list[str]:
    if not res.body:
        return []
    css = f"margin-top:{length(12, page.scale)};text-indent:{length(STEP, page.scale)}"
    return [page.para(f"<i>The {escape(res.body)}</i>,", css, align="left")]


def closing(res: Resolution, page: Page) -> list[str]:
    lines = [escape(res.meeting) if res.meeting else "", escape(_long_date(res.adopted))]
    lines = [line for line in lines if line]
    if not lines:
        return []
    css = f"margin-top:{length(14, page.scale)}"
    return [page.para(page.anchor("meeting") + f"<i>{'<br>'.join(lines)}</i>", css, "right")]


def footnote_blocks(res: Resolution, page: Page) -> list[str]:
    if not res.footnotes:
        return []
    rule = (
        f'<hr style="margin-top:{length(20, page.scale)}" width="30%" align="left" '
        f'color="{page.style.rule_color}">'
    )
    blocks = [rule]
    for note in res.footnotes:
        text = page.anchor(f"fn{note.num}") + f"<sup>{escape(note.num)}</sup>&nbsp;"
        text += page.text(note.text)
        hang = length(16, page.scale)
        css = f"margin-left:{hang};text-indent:-{hang};margin-top:{length(3, page.scale)}"
        blocks.append(page.para(f"<small>{text}</small>", css, align="left"))
    return blocks


def _session(session: int | None) -> str | None:
    if not session:
        return None
    name = ordinal_words(session) if session < 100 else f"{session}th"
    return f"{name[0].upper()}{name[1:]} session"


def _adoption(res: Resolution) -> str | None:
    when = _long_date(res.adopted)
    if not when or is_draft(res):
        return None
    return f"Adopted by the {res.body} on {when}" if res.body else f"Adopted on {when}"


def is_draft(res: Resolution) -> bool:
    """A/C.2/54/L.5 is a draft: it has no resolution number and was not adopted as such."""
    return bool(res.symbol and re.search(r"/L\.\d", res.symbol))


def _long_date(iso: str | None) -> str:
    try:
        day = date.fromisoformat(iso) if iso else None
    except ValueError:
        return iso or ""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else ""
