"""Write small .docx files from hand-written OOXML, so each Word import rule can be tested
on a tiny document (standard library only).

    python tests/docx_builder.py OUT.docx

writes a realistic small draft resolution: the masthead in a table, a sponsor line with its
asterisk note, preambular paragraphs with italic leads, operative paragraphs and
sub-paragraphs numbered by Word's list numbering (not typed), and two footnotes.
"""

from __future__ import annotations

import sys
import zipfile
from io import BytesIO
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# -- runs and paragraphs ------------------------------------------------------------------


def run(text: str, *, italic: bool | None = None, style: str | None = None, props: str = "") -> str:
    """A run; italic=False writes w:i w:val="0" (turns a style's italics off)."""
    rpr = f'<w:rStyle w:val="{style}"/>' if style else ""
    if italic is not None:
        rpr += "<w:i/>" if italic else '<w:i w:val="0"/>'
    rpr += props
    return (
        f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}"
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


def italic(text: str) -> str:
    return run(text, italic=True)


def note_ref(note_id: int, mark: str | None = None) -> str:
    """A footnote reference; `mark` makes it a custom mark (w:customMarkFollows)."""
    rpr = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    if mark is None:
        return f'<w:r>{rpr}<w:footnoteReference w:id="{note_id}"/></w:r>'
    return (
        f'<w:r>{rpr}<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/>'
        f"<w:t>{escape(mark)}</w:t></w:r>"
    )


def para(
    *runs: str, style: str | None = None, num: tuple[int, int] | None = None, props: str = ""
) -> str:
    """A paragraph; `num` = (numId, ilvl) gives it Word list numbering."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += props
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def table(rows: list[list[str]]) -> str:
    """A table; each cell is the XML of its paragraphs."""
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows
    )
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{body}</w:tbl>'


# -- styles, numbering, footnotes -----------------------------------------------------------


def style(
    style_id: str,
    *,
    kind: str = "paragraph",
    based_on: str | None = None,
    italic: bool | None = None,
    num: tuple[int, int | None] | None = None,
    default: bool = False,
    name: str | None = None,
) -> str:
    inner = f"<w:name w:val={quoteattr(name or style_id)}/>"
    inner += f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    if num is not None:
        ilvl = f'<w:ilvl w:val="{num[1]}"/>' if num[1] is not None else ""
        inner += f'<w:pPr><w:numPr>{ilvl}<w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
    if italic is not None:
        inner += "<w:rPr><w:i/></w:rPr>" if italic else '<w:rPr><w:i w:val="0"/></w:rPr>'
    flag = ' w:default="1"' if default else ""
    return f'<w:style w:type="{kind}"{flag} w:styleId="{style_id}">{inner}</w:style>'


def styles_xml(*styles: str) -> str:
    return f"<w:styles {_NS}>{style('Normal', default=True)}{''.join(styles)}</w:styles>"


def level(
    ilvl: int, fmt: str = "decimal", text: str | None = None, start: int = 1, extra: str = ""
) -> str:
    text = text if text is not None else f"%{ilvl + 1}."
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val={quoteattr(text)}/><w:lvlJc w:val="left"/></w:lvl>'
    )


def abstract_num(abstract_id: int, *levels: str) -> str:
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
    )


def num(num_id: int, abstract_id: int, starts: dict[int, int] | None = None) -> str:
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (starts or {}).items()
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def numbering_xml(*parts: str) -> str:
    """abstractNum elements first, then num elements, as the schema orders them."""
    ordered = sorted(parts, key=lambda part: not part.startswith("<w:abstractNum"))
    return f"<w:numbering {_NS}>{''.join(ordered)}</w:numbering>"


def operative_list(abstract_id: int = 1) -> str:
    """The list UN drafts number operative paragraphs with: 1. / (a) / (i)."""
    return abstract_num(
        abstract_id,
        level(0, "decimal", "%1."),
        level(1, "lowerLetter", "(%2)"),
        level(2, "lowerRoman", "(%3)"),
    )


def footnotes_xml(notes: dict[int, str]) -> str:
    """Word's two separator notes, then one note per id."""
    out = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for note_id, text in notes.items():
        out.append(
            f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr>'
            '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f"{run(' ' + text)}</w:p></w:footnote>"
        )
    return f"<w:footnotes {_NS}>{''.join(out)}</w:footnotes>"


def header_xml(*paragraphs: str) -> str:
    return f"<w:hdr {_NS}>{''.join(paragraphs)}</w:hdr>"


# -- the package ------------------------------------------------------------------------------


def build_docx(
    body: str,
    *,
    styles: str | None = None,
    numbering: str | None = None,
    footnotes: str | None = None,
    first_header: str | None = None,
    default_header: str | None = None,
    document: str | None = None,
) -> bytes:
    """A .docx whose w:body holds `body` (paragraph and table XML). `document` replaces the
    whole word/document.xml (for damaged-input tests)."""
    parts = {"word/styles.xml": styles or styles_xml()}
    if numbering:
        parts["word/numbering.xml"] = numbering
    if footnotes:
        parts["word/footnotes.xml"] = footnotes
    sect = ""
    for kind, xml in (("first", first_header), ("default", default_header)):
        if xml:
            parts[f"word/header_{kind}.xml"] = xml
            sect += f'<w:headerReference w:type="{kind}" r:id="rIdHeader_{kind}"/>'
    sect += "<w:titlePg/>" if first_header else ""
    parts["word/document.xml"] = document or (
        f'<w:document {_NS}><w:body>{body}<w:sectPr>{sect}<w:pgSz w:w="12240" w:h="15840"/>'
        "</w:sectPr></w:body></w:document>"
    )
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _content_types(parts))
        archive.writestr("_rels/.rels", _rels([("rId1", "officeDocument", "word/document.xml")]))
        archive.writestr("word/_rels/document.xml.rels", _document_rels(parts))
        for name, xml in parts.items():
            archive.writestr(
                name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml
            )
    return out.getvalue()


_KINDS = {
    "styles": "styles",
    "numbering": "numbering",
    "footnotes": "footnotes",
    "header_first": "header",
    "header_default": "header",
}


def _document_rels(parts: dict[str, str]) -> str:
    rels = []
    for name in parts:
        stem = name.removeprefix("word/").removesuffix(".xml")
        if stem in _KINDS:
            rel_id = (
                "rIdHeader_" + stem.split("_")[1] if stem.startswith("header") else f"rId_{stem}"
            )
            rels.append((rel_id, _KINDS[stem], name.removeprefix("word/")))
    return _rels(rels)


def _rels(rels: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rel_id}" Type="{_REL}/{kind}" Target="{target}"/>'
        for rel_id, kind, target in rels
    )
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships">{body}</Relationships>'
    )


def _content_types(parts: dict[str, str]) -> str:
    kinds = {
        "document": "document.main",
        "styles": "styles",
        "numbering": "numbering",
        "footnotes": "footnotes",
        "header_first": "header",
        "header_default": "header",
    }
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{_CT}.{kinds[stem]}+xml"/>'
        for name in parts
        if (stem := name.removeprefix("word/").removesuffix(".xml")) in kinds
    )
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    )


# -- a realistic sample ---------------------------------------------------------------------

SAMPLE_SYMBOL = "A/C.2/80/L.4"
SAMPLE_TITLE = "Agricultural technology for sustainable development"


def sample_draft() -> bytes:
    """A small Second Committee draft, numbered and footnoted as Word does it."""
    masthead = table(
        [
            [para(run("United Nations")), para(run(SAMPLE_SYMBOL))],
            [
                para(run("General Assembly")),
                para(run("Distr.: Limited"))
                + para(run("10 October 2025"))
                + para(run("Original: English")),
            ],
        ]
    )
    body = [
        masthead,
        para(run("Eightieth session")),
        para(run("Second Committee")),
        para(run("Agenda item 18")),
        para(run("Sustainable development")),
        para(run("Iraq:"), note_ref(1, "*"), run(" draft resolution")),
        para(run(SAMPLE_TITLE, props="<w:b/>")),
        para(run("The General Assembly,")),
        para(italic("Recalling"), run(" its resolution 78/144 of 19 December 2023,")),
        para(
            italic("Reaffirming"),
            run(
                " its resolution 70/1 of 25 September 2015, "
                "entitled \u201cTransforming our world: the 2030 Agenda for Sustainable "
                "Development\u201d,"
            ),
        ),
        para(
            italic("Taking note with appreciation"),
            run(
                " of the report of the "
                "Secretary-General on progress towards the Sustainable Development Goals,"
            ),
            note_ref(2),
        ),
        para(italic("Expressing concern"), run(" about the high level of global hunger,")),
        para(
            italic("Takes note"),
            run(" of the report of the Secretary-General;"),
            note_ref(3),
            num=(1, 0),
        ),
        para(italic("Calls upon"), run(" Member States:"), num=(1, 0)),
        para(
            run("To include sustainable agricultural development in their national strategies;"),
            num=(1, 1),
        ),
        para(run("To promote access to technology for smallholder farmers;"), num=(1, 1)),
        para(
            italic("Requests"),
            run(
                " the Secretary-General to submit to the General "
                "Assembly at its eighty-second session a report on the implementation of "
                "the present resolution."
            ),
            num=(1, 0),
        ),
    ]
    notes = footnotes_xml(
        {
            1: "On behalf of the States Members of the United Nations that are members of the "
            "Group of 77 and China.",
            2: "A/80/81-E/2025/62.",
            3: "A/80/276.",
        }
    )
    return build_docx(
        "".join(body), numbering=numbering_xml(operative_list(), num(1, 1)), footnotes=notes
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python tests/docx_builder.py OUT.docx", file=sys.stderr)
        return 2
    with open(argv[1], "wb") as out:
        out.write(sample_draft())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
