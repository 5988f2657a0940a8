"""A deterministic synthetic corpus of resolutions, built from the seeds.

The seeds are parsed once into a pool of clauses and footnotes. Each generated resolution
draws (and may repeat) preambular and operative paragraphs from the pool, shuffles and
renumbers them, gives some sub-paragraphs, attaches footnotes, and is typeset in one of
the two styles real texts come in:

- page layout, as extracted from the UN's PDFs: a header block with job number and barcode,
  wrapped lines, words hyphenated across lines, footnote blocks after a `____` rule at the
  foot of each page (cutting paragraphs in two), running headers in both orders, page numbers;
- Markdown, as converted: one line per paragraph, italic leads, `- 1.` bullets, superscript
  or `[^n]` markers, notes after the paragraph or after a `---` rule at the end.

`Generated.expected` records how many paragraphs and footnotes went in, so the benchmark can
say how much of the structure the parser recovered.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from resreader.parsing import parse

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MONTHS = [
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
]
ORDINALS = ["Fiftieth", "Sixtieth", "Sixty-second", "Seventieth", "Seventy-fifth"]


@dataclass
class Clause:
    lead: str | None
    text: str
    num: str | None = None
    notes: list[int] = field(default_factory=list)
    subs: list[str] = field(default_factory=list)


@dataclass
class Pool:
    preamble: list[Clause]
    operative: list[Clause]
    notes: list[str]
    titles: list[str]


@dataclass
class Generated:
    text: str
    style: str  # "page" | "markdown"
    expected: dict[str, int]


def load_pool(seeds: Path) -> Pool:
    pre, op, notes, titles = [], [], [], []
    for path in sorted(seeds.iterdir()):
        res = parse(path.read_bytes(), source=str(path))
        pre += [Clause(p.lead, p.text) for p in res.preamble]
        op += [Clause(p.lead, p.text) for p in res.operative]
        notes += [f.text for f in res.footnotes]
        titles.append(res.title or "South-South cooperation")
    return Pool(pre, op, notes, titles)


def generate(pool: Pool, count: int, seed: int = 2005) -> list[Generated]:
    rng = random.Random(seed)
    return [_one(pool, random.Random(rng.getrandbits(64))) for _ in range(count)]


def generate_long(pool: Pool, operative: int, style: str, seed: int = 2005) -> Generated:
    """One resolution with `operative` paragraphs (at most 999: numbers have 1-3 digits)."""
    return _one(pool, random.Random(seed), n_operative=operative, style=style)


def _one(
    pool: Pool, rng: random.Random, n_operative: int | None = None, style: str | None = None
) -> Generated:
    n_op = n_operative or rng.randint(4, 28)
    preamble = [_copy(rng.choice(pool.preamble)) for _ in range(rng.randint(2, 14))]
    operative = [_copy(rng.choice(pool.operative)) for _ in range(n_op)]
    rng.shuffle(preamble)
    rng.shuffle(operative)
    for n, para in enumerate(operative, 1):
        para.num = str(n)
        if rng.random() < 0.15:
            para.subs = _subparagraphs(pool, rng)
    notes = _attach_notes(pool, rng, preamble + operative)
    meta = _metadata(pool, rng)
    style = style or rng.choice(["page", "markdown"])
    render = _page_layout if style == "page" else _markdown
    text = render(rng, meta, preamble, operative, notes)
    expected = {"preamble": len(preamble), "operative": len(operative), "footnotes": len(notes)}
    return Generated(text, style, expected)


def _copy(clause: Clause) -> Clause:
    return Clause(clause.lead, clause.text)


def _subparagraphs(pool: Pool, rng: random.Random) -> list[str]:
    subs = []
    for _ in range(rng.randint(2, 5)):
        words = rng.choice(pool.operative).text.split()[1:]
        start = rng.randrange(max(1, len(words) - 12))
        subs.append(" ".join(words[start : start + rng.randint(6, 30)]).rstrip(",;.:") + ";")
    subs[-1] = subs[-1].rstrip(";") + ";"
    return subs


def _attach_notes(pool: Pool, rng: random.Random, clauses: list[Clause]) -> list[str]:
    notes: list[str] = []
    for clause in clauses:
        while rng.random() < 0.2 and len(notes) < 30:
            notes.append(rng.choice(pool.notes))
            clause.notes.append(len(notes))
    return notes


def _metadata(pool: Pool, rng: random.Random) -> dict[str, str]:
    session, number = rng.randint(50, 79), rng.randint(1, 320)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), 1945 + session
    return {
        "symbol": f"A/RES/{session}/{number}",
        "heading": f"{session}/{number}",
        "title": rng.choice(pool.titles),
        "date": f"{day} {month} {year}",
        "job": f"{year % 100:02d}-{rng.randint(10000, 99999)}",
        "session_name": rng.choice(ORDINALS),
        "meeting": f"{rng.randint(50, 90)}th plenary meeting",
    }


def _with_markers(rng: random.Random, text: str, notes: list[int], marker, last_marker=None) -> str:
    """Markers glued to words that end in a letter (never after a number), the last one
    after the clause's closing punctuation, as the seeds print them ("session2",
    "cooperation;4", "South Summit, 3"); numbering increases through the text."""
    if not notes:
        return text
    words = text.split(" ")
    spots = [i for i, w in enumerate(words[:-1]) if i > 0 and w[-1:].isalpha()]
    for i, n in zip(
        sorted(rng.sample(spots, min(len(spots), len(notes) - 1))), notes, strict=False
    ):
        words[i] += marker(n)
    return " ".join(words) + (last_marker or marker)(notes[-1])


# --- page layout ----------------------------------------------------------------------


def _page_layout(
    rng: random.Random,
    meta: dict[str, str],
    preamble: list[Clause],
    operative: list[Clause],
    notes: list[str],
) -> str:
    width = rng.randint(78, 92)
    body: list[tuple[str, list[int]]] = []  # (line, notes whose marker is on it)

    def para(first: str, text: str, clause_notes: list[int]) -> None:
        text = _with_markers(
            rng, text, clause_notes, str, lambda n: str(n) if rng.random() < 0.7 else f" {n}"
        )
        lines = textwrap.wrap(text, width, initial_indent=first)
        body.extend((line, []) for line in lines)
        body[-1] = (body[-1][0], clause_notes)
        body.append(("", []))

    for clause in preamble:
        para(" " * rng.randint(0, 2), clause.text, clause.notes)
    for clause in operative:
        para(f" {clause.num}. ", clause.text, clause.notes)
        for k, sub in enumerate(clause.subs):
            para(f" ({chr(97 + k)}) ", sub, [])
    pages = _paginate(rng, body, rng.randint(38, 52))
    head = _page_header(rng, meta)
    out = head + _pages_with_furniture(rng, meta, pages, notes)
    out += ["", f" {meta['meeting']}", f" {meta['date']}", ""]
    return "\n".join(out)


def _paginate(
    rng: random.Random, body: list[tuple[str, list[int]]], per_page: int
) -> list[list[tuple[str, list[int]]]]:
    return [body[i : i + per_page] for i in range(0, len(body), per_page)]


def _page_header(rng: random.Random, meta: dict[str, str]) -> list[str]:
    if rng.random() < 0.4:  # the short form of the older seeds
        return [f" {meta['heading']}. {meta['title']} ", " ", "", " The General Assembly, ", ""]
    return [
        "United Nations ",
        meta["symbol"],
        " ",
        "General Assembly ",
        "Distr.: General ",
        meta["date"],
        " ",
        f"{meta['job']} (E) ",
        f"*{meta['job'].replace('-', '')}* ",
        " ",
        f"{meta['session_name']} session ",
        f"Agenda item {rng.randint(10, 140)} ",
        "",
        " Resolution adopted by the General Assembly ",
        f"on {meta['date']} ",
        " ",
        f"[on the report of the Second Committee (A/{meta['heading'].split('/')[0]}/"
        f"{rng.randint(400, 499)})]",
        "",
        f"{meta['heading']}. {meta['title']} ",
        " ",
        "The General Assembly, ",
        " ",
    ]


def _pages_with_furniture(
    rng: random.Random,
    meta: dict[str, str],
    pages: list[list[tuple[str, list[int]]]],
    notes: list[str],
) -> list[str]:
    out: list[str] = []
    for k, page in enumerate(pages, 1):
        out += [line for line, _ in page]
        on_page = [n for _, nums in page for n in nums]
        if on_page:
            out += ["_" * rng.choice([15, 18, 20])]
            for n in on_page:
                out += textwrap.wrap(f"{n} {notes[n - 1]}", 90)
        if k < len(pages):
            out += _running_header(rng, meta, k + 1, len(pages))
    return out


def _running_header(rng: random.Random, meta: dict[str, str], page: int, total: int) -> list[str]:
    symbol, title = meta["symbol"], meta["title"]
    header = f"{symbol} {title}" if page % 2 == 0 else f"{title} {symbol}"
    furniture = [f"{page}/{total}", meta["job"], header]
    rng.shuffle(furniture)
    return ["", *furniture, " "]


# --- Markdown -------------------------------------------------------------------------


def _markdown(
    rng: random.Random,
    meta: dict[str, str],
    preamble: list[Clause],
    operative: list[Clause],
    notes: list[str],
) -> str:
    sup = rng.random() < 0.6
    bullet = "- " if rng.random() < 0.5 else ""
    italic = rng.random() < 0.6

    def marker(n: int) -> str:
        return str(n).translate(SUPERSCRIPT) if sup else f"[^{n}]"

    def note(n: int) -> str:
        return (
            f"{str(n).translate(SUPERSCRIPT)} {notes[n - 1]}" if sup else f"[^{n}]: {notes[n - 1]}"
        )

    out = [
        f"United Nations {meta['symbol']}",
        "",
        f"Distr.: General {meta['date']}",
        "",
        f"Resolution adopted by the General Assembly on {meta['date']}",
        "",
        f"{meta['heading']}. {meta['title']}",
        "",
        "The General Assembly,",
        "",
    ]
    pending: list[int] = []
    for clause in [*preamble, *operative]:
        text = _with_markers(rng, clause.text, clause.notes, marker)
        if italic and clause.lead and text.startswith(clause.lead):
            text = f"*{clause.lead}*{text[len(clause.lead) :]}"
        out += [f"{bullet}{clause.num}. {text}" if clause.num else text, ""]
        out += [f"{bullet}({chr(97 + k)}) {sub}" for k, sub in enumerate(clause.subs)]
        pending += clause.notes
        if sup and pending and rng.random() < 0.25:  # notes printed mid-text, at a page foot
            out += ["", *(note(n) for n in pending), "", f"{meta['symbol']} {meta['title']}", ""]
            pending = []
    out += ["", f"*{meta['meeting']}", f"{meta['date']}*", ""]
    if pending:
        out += ["---", "", *(note(n) for n in pending)]
    return "\n".join(out)
